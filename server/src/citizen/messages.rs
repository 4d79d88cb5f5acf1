//! The citizen's side of the messages on a case: each agency that handles a submission's case
//! in Veiviser has a thread on the receipt (read now: the agency sees when), and the citizen
//! writes back from it.

use super::{internal, Citizen};
use crate::caseworker::{checked_text, message_view};
use app::{
    auth::CurrentUser,
    error::{AppError, Refusal},
    pages::citizen::model::Thread,
};

impl Citizen {
    /// The threads of a submission's cases, each marked read by the citizen.
    pub(super) async fn threads_of(&self, reference: &str) -> Result<Vec<Thread>, AppError> {
        let failed = |error: crate::storage::StorageError| internal(&error, "cannot read messages");
        let cases = self
            .database
            .inbox()
            .of_submission(reference)
            .await
            .map_err(failed)?;
        let messages = self.database.case_messages();
        let mut threads = Vec::new();
        for case in cases {
            let ids = [case.id.clone()];
            let read = messages.of_cases(&ids).await.map_err(failed)?;
            messages.mark_read(&case.id, true).await.map_err(failed)?;
            threads.push(Thread {
                case_id: case.id,
                agency: case.agency,
                messages: read.into_iter().map(message_view).collect(),
            });
        }
        Ok(threads)
    }

    pub(super) async fn send(
        &self,
        user: &CurrentUser,
        reference: &str,
        case_id: &str,
        text: &str,
    ) -> Result<String, AppError> {
        let submission = self.submission_of(user, reference).await?;
        let case = self
            .database
            .inbox()
            .get(case_id)
            .await
            .map_err(|error| internal(&error, "cannot read a case"))?;
        if case.is_none_or(|c| c.reference != submission.reference) {
            tracing::warn!(
                case = case_id,
                "a message to a case that is not this submission's"
            );
            return Err(AppError::NotFound);
        }
        let Some(text) = checked_text(text)? else {
            return Err(AppError::Invalid(Refusal::Text));
        };
        let id = crate::ids::random_token(18);
        self.database
            .case_messages()
            .send(&id, case_id, true, &user.pid, &text)
            .await
            .map_err(|error| internal(&error, "cannot send a message"))?;
        tracing::info!("a message to an agency");
        Ok(format!("/receipt/{reference}#messages"))
    }
}
