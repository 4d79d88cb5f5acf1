//! The forms for a draft's prefill look-ups and services over HTTP. Thin, as `authoring` is:
//! read the form, check the session's token, call the authoring parts port, answer `303` back
//! to the list with what was done (`?done=<what>`), or the page again with what was typed: with
//! each problem (422), or with a note that the draft changed since the page was read (409).
//!
//! - `POST /admin/journeys/<id>/draft/prefill`: `action=remove`, `revision`, `index`
//! - `POST /admin/journeys/<id>/draft/prefill/new`: `action=add`, `revision`, `lookup`, `fill`
//! - `POST /admin/journeys/<id>/draft/services`: `action=remove`, `revision`, `service`
//! - `POST /admin/journeys/<id>/draft/services/new`: `action=save`, the service's fields with
//!   `id` and `name-<language>`
//! - `POST /admin/journeys/<id>/draft/service/<service>`: `action=save`, `revision`, `agency`,
//!   `operation`, `condition`, `after` (one per service waited for), `payload`

use super::{
    forms::{refused, signed_post, value},
    Pages,
};
use crate::state::AppState;
use app::{
    auth::CurrentUser,
    error::{AppError, Refusal},
    journey::SecurityLevel,
    pages::admin::{
        journeys::JOURNEYS,
        parts::{PartProblem, PartTyped, PrefillChange, PrefillForm, ServiceChange, ServiceForm},
    },
};
use axum::{
    extract::{Path, Request, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    Extension,
};

type Form = Vec<(String, String)>;

/// What a form's change came to, and what goes back to its page when it is refused.
type Changed = (Result<Result<(), Vec<PartProblem>>, AppError>, PartTyped);

/// The post to `path` (`action`, the session's token) as `change` does it: on success to
/// `done`, refused back to the page with what was typed.
async fn part_post<F, Fut>(
    pages: Pages,
    user: Option<Extension<CurrentUser>>,
    request: Request,
    (path, action, done): (&str, &str, String),
    change: F,
) -> Response
where
    F: FnOnce(CurrentUser, Form) -> Fut,
    Fut: std::future::Future<Output = Changed>,
{
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    if value(&form, "action") != Some(action) {
        let mismatch = AppError::Invalid(Refusal::FormMismatch);
        return refused(&pages, head(), mismatch, path).await;
    }
    let (outcome, mut typed) = change(user, form).await;
    let status = match outcome {
        Ok(Ok(())) => return Redirect::to(&done).into_response(),
        Ok(Err(problems)) => {
            typed.problems = problems;
            StatusCode::UNPROCESSABLE_ENTITY
        }
        Err(AppError::Conflict) => {
            typed.stale = true;
            StatusCode::CONFLICT
        }
        Err(error) => return refused(&pages, head(), error, path).await,
    };
    let mut response = pages.render(head(), typed).await;
    *response.status_mut() = status;
    response
}

fn text(form: &Form, name: &str) -> String {
    value(form, name).unwrap_or_default().replace("\r\n", "\n")
}

/// `POST /admin/journeys/<id>/draft/prefill`: a look-up removed.
pub async fn prefill(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let path = format!("{JOURNEYS}/{id}/draft/prefill");
    let done = format!("{path}?done=prefill-removed");
    part_post(
        pages,
        user,
        request,
        (&path, "remove", done),
        |user, form| async move {
            // An index that is not a number is no look-up the page listed.
            let Some(index) = value(&form, "index").and_then(|i| i.parse().ok()) else {
                return (Err(AppError::NotFound), PartTyped::default());
            };
            let revision = text(&form, "revision");
            let change = PrefillChange::Remove { index, revision };
            let parts = &state.authoring_parts;
            (
                parts.change_prefill(&user, &id, &change).await,
                PartTyped::default(),
            )
        },
    )
    .await
}

/// `POST /admin/journeys/<id>/draft/prefill/new`: a look-up added.
pub async fn new_prefill(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let path = format!("{JOURNEYS}/{id}/draft/prefill/new");
    let done = format!("{JOURNEYS}/{id}/draft/prefill?done=prefill-added");
    part_post(
        pages,
        user,
        request,
        (&path, "add", done),
        |user, form| async move {
            let typed = PrefillForm {
                lookup: text(&form, "lookup"),
                fill: text(&form, "fill"),
                revision: text(&form, "revision"),
            };
            let change = PrefillChange::Add(typed.clone());
            let parts = &state.authoring_parts;
            (
                parts.change_prefill(&user, &id, &change).await,
                PartTyped::prefill(typed),
            )
        },
    )
    .await
}

/// `POST /admin/journeys/<id>/draft/services`: a service removed.
pub async fn services(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let path = format!("{JOURNEYS}/{id}/draft/services");
    let done = format!("{path}?done=service-removed");
    part_post(
        pages,
        user,
        request,
        (&path, "remove", done),
        |user, form| async move {
            let (service, revision) = (text(&form, "service"), text(&form, "revision"));
            let change = ServiceChange::Remove {
                id: service.clone(),
                revision,
            };
            // What the page says was not removed.
            let typed = PartTyped::service(ServiceForm {
                original: service,
                ..ServiceForm::default()
            });
            let parts = &state.authoring_parts;
            (parts.change_service(&user, &id, &change).await, typed)
        },
    )
    .await
}

/// The service's form as posted.
fn service_form(form: &Form, original: &str) -> ServiceForm {
    ServiceForm {
        original: original.to_string(),
        id: text(form, "id").trim().to_string(),
        agency: text(form, "agency"),
        operation: text(form, "operation"),
        condition: text(form, "condition"),
        after: form
            .iter()
            .filter(|(name, _)| name == "after")
            .map(|(_, service)| service.clone())
            .collect(),
        payload: text(form, "payload"),
        name: [
            text(form, "name-nb"),
            text(form, "name-nn"),
            text(form, "name-en"),
        ],
        revision: text(form, "revision"),
    }
}

/// Saves the posted service: a new one when `original` is empty.
async fn save_service(
    state: AppState,
    pages: Pages,
    (user, request): (Option<Extension<CurrentUser>>, Request),
    (id, original, path): (String, String, String),
    done: &str,
) -> Response {
    let done = format!("{JOURNEYS}/{id}/draft/services?done={done}");
    part_post(
        pages,
        user,
        request,
        (&path, "save", done),
        |user, form| async move {
            let typed = service_form(&form, &original);
            let change = ServiceChange::Save(Box::new(typed.clone()));
            let parts = &state.authoring_parts;
            (
                parts.change_service(&user, &id, &change).await,
                PartTyped::service(typed),
            )
        },
    )
    .await
}

/// `POST /admin/journeys/<id>/draft/services/new`: a service added.
pub async fn new_service(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let path = format!("{JOURNEYS}/{id}/draft/services/new");
    let place = (id, String::new(), path);
    save_service(state, pages, (user, request), place, "service-added").await
}

/// `POST /admin/journeys/<id>/draft/service/<service>`: a service changed.
pub async fn service(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path((id, service)): Path<(String, String)>,
    request: Request,
) -> Response {
    let path = format!("{JOURNEYS}/{id}/draft/service/{service}");
    let place = (id, service, path);
    save_service(state, pages, (user, request), place, "service-saved").await
}
