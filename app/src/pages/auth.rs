//! Pages around login: why a login was refused, the logged-out receipt, and "not for you".

use crate::{
    error::AppError,
    i18n::{tr, tr_with},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Sets the response's status (server-side; the client never renders pages).
#[cfg(feature = "ssr")]
pub(crate) fn set_status(status: http::StatusCode) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}

/// `/login/error?reason=…`: the reason is a code, never details (those are in the log).
#[component]
pub fn LoginError() -> impl IntoView {
    let reason = use_query_map().with_untracked(|q| q.get("reason").unwrap_or_default());
    let (message, _status) = match reason.as_str() {
        "state" => ("login-error-state", 400),
        "token" => ("login-error-token", 400),
        "level" => ("login-error-level", 403),
        "rate" => ("login-error-rate", 429),
        _ => ("login-error-provider", 502),
    };
    #[cfg(feature = "ssr")]
    set_status(http::StatusCode::from_u16(_status).unwrap_or(http::StatusCode::BAD_REQUEST));
    view! {
        <Title text=tr("login-error-title") />
        <h1 class="ds-heading" data-size="lg">{tr("login-error-title")}</h1>
        <p class="ds-paragraph">{tr(message)}</p>
        <p class="ds-paragraph">
            <a class="ds-link" href="/login">{tr("login-error-retry")}</a>
        </p>
    }
}

/// A short page that says what happened and offers the way home, with its HTTP status.
#[component]
pub fn Notice(status: u16, title: String, body: String) -> impl IntoView {
    #[cfg(feature = "ssr")]
    set_status(http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::OK));
    #[cfg(not(feature = "ssr"))]
    let _ = status;
    view! {
        <Title text=title.clone() />
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        <p class="ds-paragraph">{body}</p>
        <p class="ds-paragraph">
            <a class="ds-link" href="/">{tr("not-found-home")}</a>
        </p>
    }
}

#[component]
pub fn LoggedOut() -> impl IntoView {
    view! { <Notice status=200 title=tr("logged-out-title") body=tr("logged-out-body") /> }
}

/// A page the person may not see: status 403, and a way on.
#[component]
pub fn Forbidden() -> impl IntoView {
    view! { <Notice status=403 title=tr("forbidden-title") body=tr("forbidden-body") /> }
}

/// A form or request the portal refused as possibly forged (sent from another site, or with a
/// token that does not belong to this session): nothing was changed, and the person is told so.
#[component]
pub fn RequestRefused() -> impl IntoView {
    view! {
        <Notice status=403 title=tr("request-refused-title") body=tr("request-refused-body") />
    }
}

/// The id a failure was logged under, for the person to quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incident(pub String);

/// Storage or another part of the portal failed: nothing was changed or lost, try again.
#[component]
fn Unavailable(incident: String) -> impl IntoView {
    view! {
        <Notice
            status=503
            title=tr("unavailable-title")
            body=tr_with("unavailable-body", &[("incident", incident)])
        />
    }
}

/// `/notice/<kind>`: why a journey request was refused, with its status. The server renders
/// these for posts it cannot take (see `error_page`); nothing was changed.
#[component]
pub fn RefusalNotice() -> impl IntoView {
    let kind = leptos_router::hooks::use_params_map()
        .with_untracked(|p| p.get("kind").unwrap_or_default());
    let incident = use_context::<Incident>().map(|i| i.0).unwrap_or_default();
    notice(&kind, incident)
}

fn notice(kind: &str, incident: String) -> AnyView {
    match kind {
        "form-mismatch" => view! { <Notice status=400 title=tr("form-mismatch-title") body=tr("form-mismatch-body") /> }.into_any(),
        "step-not-applicable" => view! { <Notice status=409 title=tr("step-not-applicable-title") body=tr("step-not-applicable-body") /> }.into_any(),
        "oversized" => view! { <Notice status=413 title=tr("oversized-title") body=tr("oversized-body") /> }.into_any(),
        "text-refused" => view! { <Notice status=422 title=tr("text-refused-title") body=tr("text-refused-body") /> }.into_any(),
        "unavailable" => view! { <Unavailable incident /> }.into_any(),
        "forbidden" => view! { <Forbidden /> }.into_any(),
        _ => view! { <Notice status=404 title=tr("draft-missing-title") body=tr("draft-missing-body") /> }.into_any(),
    }
}

/// The page for an error a page's load ended in: the login (and back to `path`) for a person
/// not logged in at the level needed, otherwise the notice that explains it, with its status.
pub fn error_page(error: AppError, path: &str) -> AnyView {
    match error {
        AppError::Unauthenticated(level) => {
            see_other(&AppError::login_path(level, path));
            ().into_any()
        }
        AppError::Forbidden => notice("forbidden", String::new()),
        AppError::Internal { incident } => notice("unavailable", incident),
        other => notice(other.notice(), String::new()),
    }
}

/// Answers with `303 See Other` to `location` (a plain redirect for every client:
/// `leptos_axum::redirect` answers 200 to requests that do not accept HTML).
pub fn see_other(location: &str) {
    if let (Some(response), Ok(location)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(location),
    ) {
        response.set_status(http::StatusCode::SEE_OTHER);
        response.insert_header(http::header::LOCATION, location);
    }
}

/// Sends someone who is not logged in to the login, and back here afterwards.
pub fn redirect_to_login(path: &str) {
    see_other(&AppError::login_path(
        crate::journey::SecurityLevel::Substantial,
        path,
    ));
}
