//! Asking the citizen for more information: the caseworker picks the answers that need
//! correcting (any top-level answer that is not a repeating group) and/or writes a free
//! question, with a reason the citizen is shown. The case then waits for the citizen (its
//! status *needs information*, on the citizen's timeline with the reason); their answer brings
//! it back, and the case page shows each answer before and after. And the messages on a case,
//! in both directions, each marked read when the other side first sees it.

use super::{act::checked_text, today, Caseworker};
use crate::{
    citizen::internal,
    ids::random_token,
    storage::{CaseMessage, InboxCase, NewRequest},
};
use app::{
    auth::CurrentUser,
    domain::CaseStatus,
    error::{AppError, Refusal},
    journey::{flow, Answers, Journey},
    pages::caseworker::model::{Change, MessageView, RequestView},
};

/// Whether a case may wait for the citizen now: not decided, not waiting already.
pub(super) fn may_ask(status: CaseStatus) -> bool {
    matches!(status, CaseStatus::Received | CaseStatus::InProgress)
}

impl Caseworker {
    pub(super) async fn ask(
        &self,
        user: &CurrentUser,
        case: &InboxCase,
        fields: Vec<String>,
        question: &str,
        reason: &str,
    ) -> Result<(), AppError> {
        let Some(reason) = checked_text(reason)? else {
            return Err(AppError::Invalid(Refusal::Text));
        };
        let question = checked_text(question)?;
        let submission = self
            .database
            .submissions()
            .get(&case.citizen_pid, &case.reference)
            .await
            .map_err(|error| internal(&error, "cannot read a case's submission"))?
            .ok_or(AppError::NotFound)?;
        // The version the citizen answered: the fields asked about are that version's.
        let journey = self
            .journey_of(&submission.journey_id, submission.journey_version)
            .await?
            .ok_or(AppError::NotFound)?;
        let askable: Vec<&str> = flow::askable_fields(&journey)
            .iter()
            .map(|f| f.id.as_str())
            .collect();
        if fields.iter().any(|f| !askable.contains(&f.as_str())) {
            tracing::warn!("a request for information about a field the journey cannot ask");
            return Err(AppError::Invalid(Refusal::FormMismatch));
        }
        if fields.is_empty() && question.is_none() {
            return Err(AppError::Invalid(Refusal::Text));
        }
        if !may_ask(case.status) {
            tracing::info!(status = %case.status, "a request for information on a case that cannot wait");
            return Err(AppError::Conflict);
        }
        let mut before = Answers::default();
        for field in &fields {
            if let Some(answer) = submission.answers.get(field) {
                before.set(field, answer.clone());
            }
        }
        let id = random_token(18);
        let asked = self
            .database
            .information_requests()
            .ask(
                case,
                case.status,
                NewRequest {
                    id: &id,
                    fields: &fields,
                    question: question.as_deref(),
                    reason: &reason,
                    before: &before,
                },
                &user.pid,
            )
            .await
            .map_err(|error| internal(&error, "cannot ask for information"))?;
        if !asked {
            return Err(AppError::Conflict);
        }
        tracing::info!(
            fields = fields.len(),
            "the citizen was asked for more information"
        );
        Ok(())
    }

    /// The messages on a case, oldest first; the citizen's are read now.
    pub(super) async fn messages_of(&self, case: &str) -> Result<Vec<MessageView>, AppError> {
        let messages = self.database.case_messages();
        let ids = [case.to_string()];
        let read = messages
            .of_cases(&ids)
            .await
            .map_err(|error| internal(&error, "cannot read a case's messages"))?;
        messages
            .mark_read(case, false)
            .await
            .map_err(|error| internal(&error, "cannot mark messages read"))?;
        Ok(read.into_iter().map(message_view).collect())
    }

    /// The case's requests, each answer asked about before and after.
    pub(super) async fn requests_of(
        &self,
        case: &InboxCase,
        journey: Option<&Journey>,
    ) -> Result<Vec<RequestView>, AppError> {
        let requests = self
            .database
            .information_requests()
            .of_case(&case.id)
            .await
            .map_err(|error| internal(&error, "cannot read a case's requests"))?;
        let today = today();
        Ok(requests
            .into_iter()
            .map(|r| {
                let changes = r
                    .fields
                    .iter()
                    .map(|id| {
                        let shown = |answers: &Answers| match journey {
                            Some(j) => flow::shown_answer(j, id, answers.get(id), today),
                            None => flow::Shown::NotAnswered,
                        };
                        Change {
                            label_id: journey
                                .and_then(|j| j.any_field(id).map(|f| j.label_id(f)))
                                .unwrap_or_else(|| id.clone()),
                            before: shown(&r.before),
                            after: r.after.as_ref().map(shown),
                        }
                    })
                    .collect();
                RequestView {
                    asked_at: r.asked_at,
                    asked_by: r.asked_by,
                    reason: r.reason,
                    question: r.question,
                    answered_at: r.answered_at,
                    reply: r.reply,
                    changes,
                }
            })
            .collect())
    }
}

/// A stored message as both sides' pages show it.
pub(crate) fn message_view(m: CaseMessage) -> MessageView {
    MessageView {
        at: m.sent_at,
        from_citizen: m.from_citizen,
        author: m.author,
        text: m.text,
        read_at: m.read_at,
    }
}
