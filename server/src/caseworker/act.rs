//! What a caseworker does to a case: claim it, release it, assign it to a colleague, move it on
//! with a message to the citizen, or note something internal. Each is one conditional change
//! with its history entry (`storage::Inbox`), so of two claims at once one wins and the other is
//! told (`Conflict`); a status is also the call's case event, which the citizen's timeline,
//! receipt and *My page* show with its message. A refused action changes nothing.

use super::Caseworker;
use crate::citizen::internal;
use app::{
    auth::{CurrentUser, Role},
    error::{AppError, Refusal},
    pages::caseworker::model::{CaseAction, MAX_TEXT_CHARS},
};

/// A caseworker's message or note as it is kept: line breaks as `\n`, trimmed; `None` when
/// nothing is left. Over `MAX_TEXT_CHARS` or with control characters other than line breaks:
/// refused.
pub fn checked_text(raw: &str) -> Result<Option<String>, AppError> {
    let text = raw.replace("\r\n", "\n");
    let text = text.trim();
    if text.chars().count() > MAX_TEXT_CHARS || text.chars().any(|c| c.is_control() && c != '\n') {
        return Err(AppError::Invalid(Refusal::Text));
    }
    Ok((!text.is_empty()).then(|| text.to_string()))
}

impl Caseworker {
    pub(super) async fn act_on(
        &self,
        user: &CurrentUser,
        id: &str,
        action: CaseAction,
    ) -> Result<(), AppError> {
        let agencies = Self::agencies(user)?;
        let case = self.case_of(&agencies, id).await?;
        let inbox = self.database.inbox();
        let failed = |error: crate::storage::StorageError| internal(&error, "cannot change a case");
        match action {
            CaseAction::Claim => {
                if inbox.claim(&case.id, &user.pid).await.map_err(failed)? {
                    tracing::info!("a case was claimed");
                    return Ok(());
                }
                // Someone has it: the person themself (a second click) is no conflict.
                let now = inbox.get(&case.id).await.map_err(failed)?;
                let mine = now
                    .and_then(|c| c.assignee)
                    .is_some_and(|(pid, _)| pid == user.pid);
                if mine {
                    Ok(())
                } else {
                    tracing::info!("a claim lost to another caseworker's");
                    Err(AppError::Conflict)
                }
            }
            CaseAction::Release => {
                if inbox.release(&case.id, &user.pid).await.map_err(failed)? {
                    Ok(())
                } else {
                    tracing::info!("a release of a case the person does not have");
                    Err(AppError::Conflict)
                }
            }
            CaseAction::Assign { to } => {
                let roles = self.database.people().roles_of(&to).await.map_err(failed)?;
                let colleague = roles
                    .iter()
                    .any(|r| r.agency == case.agency && r.role == Role::Caseworker);
                if !colleague {
                    tracing::warn!(
                        to,
                        "an assignment to someone who is no caseworker of the agency"
                    );
                    return Err(AppError::Invalid(Refusal::FormMismatch));
                }
                inbox
                    .assign(&case.id, &to, &user.pid)
                    .await
                    .map_err(failed)?;
                Ok(())
            }
            CaseAction::Status { to, message } => {
                let message = checked_text(&message)?;
                if !case.status.may_move_to(to) {
                    tracing::info!(from = %case.status, %to, "a status change the case does not allow");
                    return Err(AppError::Conflict);
                }
                let moved = inbox
                    .set_status(&case, case.status, to, message.as_deref(), &user.pid)
                    .await
                    .map_err(failed)?;
                if moved {
                    tracing::info!(from = %case.status, %to, "a case moved on");
                    Ok(())
                } else {
                    // Moved by someone else meanwhile.
                    Err(AppError::Conflict)
                }
            }
            CaseAction::Note { text } => {
                let Some(text) = checked_text(&text)? else {
                    return Err(AppError::Invalid(Refusal::Text));
                };
                inbox.note(&case.id, &user.pid, &text).await.map_err(failed)
            }
            CaseAction::Message { text } => {
                let Some(text) = checked_text(&text)? else {
                    return Err(AppError::Invalid(Refusal::Text));
                };
                let id = crate::ids::random_token(18);
                self.database
                    .case_messages()
                    .send(&id, &case.id, false, &user.pid, &text)
                    .await
                    .map_err(failed)?;
                tracing::info!("a message to the citizen");
                Ok(())
            }
            CaseAction::Ask {
                fields,
                question,
                reason,
            } => self.ask(user, &case, fields, &question, &reason).await,
        }
    }
}
