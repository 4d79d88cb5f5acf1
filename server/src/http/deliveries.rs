//! The deliveries page's form over HTTP: `POST /admin/deliveries/<agency>` with the session's
//! token and `action=retry:<call id>` or `action=retry-all`. Thin: read the form, call the
//! deliveries port, answer `303` back to the page with what was done (`?done=retried&count=n`,
//! or `?done=nothing` when there was nothing dead to put back), or the page for its error.

use super::{
    forms::{go, refused, signed_post},
    Pages,
};
use crate::state::AppState;
use app::{
    auth::CurrentUser,
    error::{AppError, Refusal},
    journey::{Agency, SecurityLevel},
};
use axum::{
    extract::{Path, Request, State},
    response::Response,
    Extension,
};

/// `POST /admin/deliveries/<agency>`.
pub async fn retry(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(agency): Path<String>,
    request: Request,
) -> Response {
    let path = format!("/admin/deliveries/{agency}");
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    let Some(agency) = Agency::parse(&agency) else {
        tracing::warn!("a retry for no such agency");
        return refused(&pages, head(), AppError::NotFound, &path).await;
    };
    let action = form
        .iter()
        .find(|(name, _)| name == "action")
        .map(|(_, value)| value.as_str());
    let port = &state.deliveries;
    let retried = match action {
        Some("retry-all") => port.retry_all(&user, agency).await,
        Some(action) => match action.strip_prefix("retry:") {
            Some(id) => port.retry(&user, agency, id).await,
            None => Err(AppError::Invalid(Refusal::FormMismatch)),
        },
        None => Err(AppError::Invalid(Refusal::FormMismatch)),
    };
    let to = match retried {
        Ok(0) | Err(AppError::Conflict) => Ok(format!("{path}?done=nothing")),
        Ok(count) => Ok(format!("{path}?done=retried&count={count}")),
        Err(error) => Err(error),
    };
    go(&pages, head(), to, &path).await
}
