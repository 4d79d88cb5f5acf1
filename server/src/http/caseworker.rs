//! The caseworker's forms over HTTP: an action on a case, and saving an inbox view. Thin: read
//! the form, check the session's token, call the caseworker port, answer `303` — back to the
//! case with what was done, or the case again with a refused text in its field.

use super::{
    forms::{refused, signed_post, value},
    Pages,
};
use crate::state::AppState;
use app::{
    auth::CurrentUser,
    domain::CaseStatus,
    error::{AppError, Refusal},
    journey::SecurityLevel,
    pages::caseworker::{
        model::{CaseAction, InboxQuery},
        CaseReply,
    },
};
use axum::{
    extract::{Path, Request, State},
    response::{IntoResponse, Redirect, Response},
    Extension,
};

/// The action a case form asks for, and its word (for the notice after it).
fn action_of(form: &[(String, String)]) -> Option<(CaseAction, &'static str)> {
    let text = |name| value(form, name).unwrap_or_default().to_string();
    Some(match value(form, "action")? {
        "claim" => (CaseAction::Claim, "claim"),
        "release" => (CaseAction::Release, "release"),
        "assign" => (CaseAction::Assign { to: text("to") }, "assign"),
        "status" => (
            CaseAction::Status {
                to: CaseStatus::parse(value(form, "to")?)?,
                message: text("message"),
            },
            "status",
        ),
        "note" => (CaseAction::Note { text: text("text") }, "note"),
        "message" => (CaseAction::Message { text: text("text") }, "message"),
        "ask" => (
            CaseAction::Ask {
                fields: form
                    .iter()
                    .filter(|(k, _)| k == "field")
                    .map(|(_, v)| v.clone())
                    .collect(),
                question: text("question"),
                reason: text("reason"),
            },
            "ask",
        ),
        _ => return None,
    })
}

/// `POST /caseworker/case/<id>`.
pub async fn act(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let path = format!("/caseworker/case/{id}");
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    let Some((action, word)) = action_of(&form) else {
        let mismatch = AppError::Invalid(Refusal::FormMismatch);
        return refused(&pages, head(), mismatch, &path).await;
    };
    let typed = match &action {
        CaseAction::Status { message, .. } => Some(("status", message.clone())),
        CaseAction::Note { text } => Some(("note", text.clone())),
        CaseAction::Message { text } => Some(("message", text.clone())),
        CaseAction::Ask { reason, .. } => Some(("ask", reason.clone())),
        _ => None,
    };
    match state.caseworker.act(&user, &id, action).await {
        Ok(()) => Redirect::to(&format!("{path}?done={word}")).into_response(),
        Err(AppError::Conflict) => Redirect::to(&format!("{path}?done=conflict")).into_response(),
        Err(error @ AppError::Invalid(refusal)) if refusal != Refusal::FormMismatch => {
            match typed {
                Some((form, typed)) => {
                    let reply = CaseReply { form, typed, error };
                    pages.render(head(), reply).await
                }
                None => refused(&pages, head(), error, &path).await,
            }
        }
        Err(error) => refused(&pages, head(), error, &path).await,
    }
}

/// `POST /caseworker/views`: saves the view the form carries under its name, then shows it.
pub async fn save_view(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    request: Request,
) -> Response {
    let path = "/caseworker";
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    let Ok(query) = InboxQuery::from_query(&form) else {
        let mismatch = AppError::Invalid(Refusal::FormMismatch);
        return refused(&pages, head(), mismatch, path).await;
    };
    let name = value(&form, "name").unwrap_or_default().trim().to_string();
    let shared = value(&form, "shared").is_some();
    // Back to the view saved; only ever an inbox address.
    let back = value(&form, "return")
        .filter(|r| *r == path || r.starts_with("/caseworker?"))
        .unwrap_or(path)
        .to_string();
    match state
        .caseworker
        .save_view(&user, &name, &query, shared)
        .await
    {
        Ok(()) => Redirect::to(&back).into_response(),
        Err(error) => refused(&pages, head(), error, path).await,
    }
}
