//! An agency's connector form over HTTP: `POST /admin/connectors/<agency>` with the session's
//! token and `action=save` (the connector's fields), `action=roll-back` (`to`, `newest`) or `action=test`. Thin: read the form, call
//! the connectors port, answer `303` back to the page (`?done=saved`), or the page again — with
//! what was typed (never the token) and each problem at its field (422), or with the test's
//! report. Who may call it is the port's to say: only the agency's admins.

use super::{
    forms::{refused, signed_post, value},
    Pages,
};
use crate::state::AppState;
use app::{
    auth::CurrentUser,
    error::{AppError, Refusal},
    journey::{Agency, SecurityLevel},
    pages::admin::{
        connectors::{ConnectorTested, ConnectorTyped},
        model::ConnectorForm,
    },
};
use axum::{
    extract::{Path, Request, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    Extension,
};

/// `POST /admin/connectors/<agency>`.
pub async fn act(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(agency): Path<String>,
    request: Request,
) -> Response {
    let path = format!("/admin/connectors/{agency}");
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    let Some(agency) = Agency::parse(&agency) else {
        return refused(&pages, head(), AppError::NotFound, &path).await;
    };
    let port = &state.connectors;
    match value(&form, "action") {
        Some("test") => match port.test(&user, agency).await {
            Ok(report) => pages.render(head(), ConnectorTested(report)).await,
            Err(error) => refused(&pages, head(), error, &path).await,
        },
        Some("roll-back") => {
            let number = |name| value(&form, name).and_then(|v| v.parse::<i64>().ok());
            let (Some(to), Some(newest)) = (number("to"), number("newest")) else {
                let mismatch = AppError::Invalid(Refusal::FormMismatch);
                return refused(&pages, head(), mismatch, &path).await;
            };
            match port.roll_back(&user, agency, to, newest).await {
                Ok(_) => Redirect::to(&format!("{path}?done=rolled-back")).into_response(),
                Err(AppError::Conflict) => {
                    Redirect::to(&format!("{path}?done=conflict")).into_response()
                }
                Err(error) => refused(&pages, head(), error, &path).await,
            }
        }
        Some("save") => {
            let text = |name| value(&form, name).unwrap_or_default().to_string();
            let typed = ConnectorForm {
                kind: text("kind"),
                url: text("url"),
                auth: text("auth"),
                scopes: text("scopes"),
                token: text("token"),
                timeout_seconds: text("timeout_seconds"),
                backoff_ms: text("backoff_ms"),
                give_up_hours: text("give_up_hours"),
                attempts: text("attempts"),
            };
            match port.save(&user, agency, &typed).await {
                Ok(Ok(())) => Redirect::to(&format!("{path}?done=saved")).into_response(),
                Ok(Err(problems)) => {
                    // The token is a secret: what was typed there is not sent back.
                    let form = ConnectorForm {
                        token: String::new(),
                        ..typed
                    };
                    let mut response = pages
                        .render(head(), ConnectorTyped { form, problems })
                        .await;
                    *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
                    response
                }
                Err(error) => refused(&pages, head(), error, &path).await,
            }
        }
        _ => {
            refused(
                &pages,
                head(),
                AppError::Invalid(Refusal::FormMismatch),
                &path,
            )
            .await
        }
    }
}
