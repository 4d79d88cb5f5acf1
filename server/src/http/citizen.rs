//! The citizen's forms over HTTP: start a life event, post a step, submit, delete a draft; and
//! one submission's timeline for the live timeline. Each handler is thin: it reads the form,
//! checks the session's token, calls the citizen port and redirects (`303`), or renders the
//! page that says why not. The pages themselves load through the port (`app::pages::citizen`).
//!
//! One thing here is HTTP's own: a step posted after the session ended is parked in the new
//! session through the login and shown back on the step (`park`, `parked`).

use super::{
    forms::{csrf_ok, go, login_redirect, read_form, refused, signed_post, value},
    security::REFUSED_PAGE,
    Pages,
};
use crate::state::AppState;
use app::{
    auth::CurrentUser,
    error::{AppError, Refusal},
    i18n::{cookie_value, negotiate, LANG_COOKIE},
    journey::SecurityLevel,
    pages::{
        auth::Incident,
        citizen::{
            model::{PartyAnswered, StepSaved, TaskAnswered},
            timeline_fragment, MessageReply, ParkedStep, PartyReply, TaskReply, UnsavedStep,
        },
    },
};
use axum::{
    extract::{ConnectInfo, Path, Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
    Extension,
};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// A step posted after the session had ended: kept in the new session through the login, then
/// shown back on the step (not saved) so nothing typed is lost.
const PARKED: &str = "parked_post";

/// The most a parked step may hold (its answers' names and values).
const MAX_PARKED_BYTES: usize = 32 * 1024;

#[derive(Debug, Serialize, Deserialize)]
struct Parked {
    path: String,
    form: Vec<(String, String)>,
}

/// The form parked for `path` before a login, if any (taken: it is shown once).
async fn take_parked(session: &Session, path: &str) -> Option<Vec<(String, String)>> {
    let parked: Parked = session.get(PARKED).await.ok().flatten()?;
    if parked.path != path {
        return None;
    }
    let _ = session.remove::<Parked>(PARKED).await;
    Some(parked.form)
}

/// `POST /life-event/<id>/start`.
pub async fn start(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let page = format!("/life-event/{id}");
    let catalog = state.journeys.current();
    let Some(journey) = catalog.definition(&id).filter(|j| j.has_steps()) else {
        return refused(&pages, request, AppError::NotFound, &page).await;
    };
    let level = journey.meta.security_level;
    match signed_post(&pages, user, level, request, &page).await {
        Ok((user, _, head)) => {
            go(&pages, head(), state.citizen.start(&user, &id).await, &page).await
        }
        Err(response) => response,
    }
}

/// `POST /journey/<draft>/<step>`: saves the step (valid or not) and goes on; without a
/// session, parks it through the login.
pub async fn save_step(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    ConnectInfo(peer): ConnectInfo<std::net::SocketAddr>,
    session: Session,
    user: Option<Extension<CurrentUser>>,
    Path((draft_id, step_id)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (form, request) = match read_form(&pages, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let path = format!("/journey/{draft_id}/{step_id}");
    let Some(Extension(user)) = user else {
        let client = state.edge.client(peer.ip(), request().headers());
        return park(&state, &session, client, &draft_id, path, form).await;
    };
    if !csrf_ok(&form, &user) {
        return Redirect::to(REFUSED_PAGE).into_response();
    }
    match state
        .citizen
        .save_step(&user, &draft_id, &step_id, &form)
        .await
    {
        Ok(StepSaved::Go(to)) => Redirect::to(&to).into_response(),
        Ok(StepSaved::Unsaved(view) | StepSaved::Refused(view)) => {
            pages.render(request(), UnsavedStep(*view)).await
        }
        Err(error) => refused(&pages, request(), error, &path).await,
    }
}

/// `POST /journey/<draft>/submit`.
pub async fn submit(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(draft_id): Path<String>,
    request: Request,
) -> Response {
    // Pages about this post (a login at a higher level, a refusal) lead back to the summary.
    let check = format!("/journey/{draft_id}/check");
    match signed_post(&pages, user, SecurityLevel::Substantial, request, &check).await {
        Ok((user, _, head)) => {
            let submitted = state.citizen.submit(&user, &draft_id).await;
            go(&pages, head(), submitted, &check).await
        }
        Err(response) => response,
    }
}

/// `POST /journey/<draft>/delete`: deletes the person's open draft and returns to My page with
/// a notice.
pub async fn delete(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(draft_id): Path<String>,
    request: Request,
) -> Response {
    let path = format!("/journey/{draft_id}/delete");
    match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
        Ok((user, _, head)) => {
            let deleted = state.citizen.delete_draft(&user, &draft_id).await;
            go(&pages, head(), deleted, &path).await
        }
        Err(response) => response,
    }
}

/// `POST /offers/<id>/start` and `POST /offers/<id>/dismiss`: an offer on My page started (the
/// journey's own start; a journey at a higher level asks for that login first and comes back to
/// My page) or dismissed.
pub async fn offer(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path((id, action)): Path<(String, String)>,
    request: Request,
) -> Response {
    const MY_PAGE: &str = "/my-page";
    match signed_post(&pages, user, SecurityLevel::Substantial, request, MY_PAGE).await {
        Ok((user, _, head)) => {
            let to = match action.as_str() {
                "start" => state.citizen.start_offer(&user, &id).await,
                "dismiss" => state.citizen.dismiss_offer(&user, &id).await,
                _ => Err(AppError::NotFound),
            };
            go(&pages, head(), to, MY_PAGE).await
        }
        Err(response) => response,
    }
}

/// `POST /party/<key>`: a party's answer, consent or refusal on someone else's submission, or
/// the task again with what was refused.
pub async fn answer_party(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(key): Path<String>,
    request: Request,
) -> Response {
    let path = format!("/party/{key}");
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    match state.citizen.answer_party(&user, &key, &form).await {
        Ok(PartyAnswered::Go(to)) => Redirect::to(&to).into_response(),
        Ok(PartyAnswered::Invalid(view)) => pages.render(head(), PartyReply(*view)).await,
        Err(error) => refused(&pages, head(), error, &path).await,
    }
}

/// `POST /task/<id>`: answers an agency's request for more information, or shows it again with
/// what was refused.
pub async fn answer_task(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let path = format!("/task/{id}");
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    match state.citizen.answer_task(&user, &id, &form).await {
        Ok(TaskAnswered::Go(to)) => Redirect::to(&to).into_response(),
        Ok(TaskAnswered::Invalid(view)) => pages.render(head(), TaskReply(*view)).await,
        Err(error) => refused(&pages, head(), error, &path).await,
    }
}

/// `POST /receipt/<reference>/messages`: a message to the agency handling one of the
/// submission's cases; a refused one comes back in its field.
pub async fn send_message(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(reference): Path<String>,
    request: Request,
) -> Response {
    let path = format!("/receipt/{reference}");
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    let field = |name| value(&form, name).unwrap_or_default().to_string();
    let (case, text) = (field("case"), field("text"));
    match state
        .citizen
        .send_message(&user, &reference, &case, &text)
        .await
    {
        Ok(to) => Redirect::to(&to).into_response(),
        Err(AppError::Invalid(Refusal::Text)) => {
            let mut head = head();
            *head.uri_mut() = path.parse().unwrap_or_default();
            let reply = MessageReply { case, typed: text };
            pages.render(head, reply).await
        }
        Err(error) => refused(&pages, head(), error, &path).await,
    }
}

/// `/receipt/<reference>/timeline`: the submission's timeline alone, as its receipt and *My page*
/// show it, for the `LiveTimeline` island to refresh itself from every few seconds. Never
/// cached; another citizen's reference, or none, is 404 (logged); without a session, 401 (the
/// island then stops).
pub async fn timeline(
    State(state): State<AppState>,
    user: Option<Extension<CurrentUser>>,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Response {
    let no_store = [(header::CACHE_CONTROL, "no-store")];
    let Some(Extension(user)) = user else {
        return (StatusCode::UNAUTHORIZED, no_store, "not logged in").into_response();
    };
    let timeline = match state.citizen.timeline(&user, &reference).await {
        Ok(timeline) => timeline,
        Err(AppError::Internal { incident }) => {
            let mut response = StatusCode::SERVICE_UNAVAILABLE.into_response();
            response.extensions_mut().insert(Incident(incident));
            return response;
        }
        Err(error) => {
            let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::NOT_FOUND);
            return (status, no_store, error.notice()).into_response();
        }
    };
    let header = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    let lang = negotiate(
        header(header::COOKIE).and_then(|c| cookie_value(c, LANG_COOKIE)),
        header(header::ACCEPT_LANGUAGE),
    );
    let html = timeline_fragment(
        state.journeys.current(),
        lang,
        &timeline.journey_id,
        &timeline.reference,
        &timeline.calls,
    );
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response()
}

/// The session ended while the page was open: keep what was typed through the login — but only
/// for a draft that exists and is open (its id is a secret its owner's page carried), only
/// within the login rate limit, and only up to a bound, so an anonymous flood of posts cannot
/// fill the session table.
async fn park(
    state: &AppState,
    session: &Session,
    client: std::net::IpAddr,
    draft_id: &str,
    path: String,
    form: Vec<(String, String)>,
) -> Response {
    let form: Vec<(String, String)> = form
        .into_iter()
        .filter(|(k, _)| k.starts_with("a."))
        .collect();
    let size: usize = form.iter().map(|(k, v)| k.len() + v.len()).sum();
    let open = match state.database.drafts().is_open(draft_id).await {
        Ok(open) => open,
        Err(error) => return super::unavailable::response(&error, "cannot read a draft"),
    };
    if !open || size > MAX_PARKED_BYTES || !state.identity.limiter.allow(client) {
        tracing::warn!(%client, open, size, "a step posted without a login was not kept");
        return login_redirect(&path, SecurityLevel::Substantial);
    }
    let parked = Parked {
        path: path.clone(),
        form,
    };
    if let Err(error) = session.insert(PARKED, parked).await {
        tracing::error!(%error, "cannot keep a step posted without a session");
    }
    login_redirect(&path, SecurityLevel::Substantial)
}

/// For a step page: the step parked for it before the login, if any, handed to the page (taken:
/// it is shown once).
pub async fn parked(session: Session, mut request: Request, next: Next) -> Response {
    if request.method() == axum::http::Method::GET {
        if let Some(form) = take_parked(&session, request.uri().path()).await {
            request.extensions_mut().insert(ParkedStep(form));
        }
    }
    next.run(request).await
}
