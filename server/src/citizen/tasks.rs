//! Requests for more information, from the citizen's side: the open ones on *My page*, a page
//! with only the fields asked about (and the free question), and the answer — checked like a
//! step's, sent once, and the case is back with its agency with its deadline moved on by the
//! working days it waited.

use super::{internal, page_or_return, today, Citizen};
use crate::{caseworker::checked_text, storage::InformationRequest};
use app::{
    auth::CurrentUser,
    domain::deadline::{add_working_days, working_days_between},
    error::{AppError, Refusal},
    journey::{
        flow::{self, FormError},
        Answers,
    },
    pages::citizen::model::{Outcome, TaskAnswered, TaskCard, TaskView},
};

impl Citizen {
    /// The citizen's open requests, for *My page*.
    pub(super) async fn tasks_of(&self, user: &CurrentUser) -> Result<Vec<TaskCard>, AppError> {
        let open = self
            .database
            .information_requests()
            .open_for(&user.pid)
            .await
            .map_err(|error| internal(&error, "cannot read requests for information"))?;
        Ok(open
            .into_iter()
            .map(|r| TaskCard {
                id: r.id,
                agency: r.agency,
                reference: r.reference,
                journey_id: r.journey_id,
                reason: r.reason,
                asked_at: r.asked_at,
            })
            .collect())
    }

    /// This person's request `id`: another person's, or none, is `NotFound`; an answered one
    /// leads to *My page*.
    async fn request(
        &self,
        user: &CurrentUser,
        id: &str,
    ) -> Result<Outcome<InformationRequest>, AppError> {
        let found = self
            .database
            .information_requests()
            .of_citizen(&user.pid, id)
            .await
            .map_err(|error| internal(&error, "cannot read a request for information"))?;
        match found {
            None => {
                tracing::warn!(
                    task = id,
                    "a request for information that is not this person's"
                );
                Err(AppError::NotFound)
            }
            Some(request) if request.answered_at.is_some() => {
                Ok(Outcome::Elsewhere("/my-page".into()))
            }
            Some(request) => Ok(Outcome::Page(request)),
        }
    }

    pub(super) async fn task_page(
        &self,
        user: &CurrentUser,
        id: &str,
    ) -> Result<Outcome<TaskView>, AppError> {
        let request = page_or_return!(self.request(user, id).await?);
        let answers = request.before.clone();
        Ok(Outcome::Page(task_view(request, answers, String::new())))
    }

    pub(super) async fn answer(
        &self,
        user: &CurrentUser,
        id: &str,
        form: &[(String, String)],
    ) -> Result<TaskAnswered, AppError> {
        let request = match self.request(user, id).await? {
            Outcome::Page(request) => request,
            Outcome::Elsewhere(to) => return Ok(TaskAnswered::Go(to)),
        };
        // The version the citizen answered: the fields asked about are that version's.
        let submission = self
            .database
            .submissions()
            .get(&user.pid, &request.reference)
            .await
            .map_err(|error| internal(&error, "cannot read a task's submission"))?
            .ok_or(AppError::NotFound)?;
        let journey = self
            .versions
            .get(&request.journey_id, submission.journey_version)
            .await
            .map_err(|error| internal(&error, "cannot read a task's journey version"))?
            .ok_or(AppError::NotFound)?;
        let journey = &*journey;
        let today = today();
        let answers = match flow::read_asked_form(journey, &request.fields, form) {
            Ok(answers) => answers,
            Err(FormError::Oversized(_)) => return Err(AppError::Invalid(Refusal::Oversized)),
            Err(error) => {
                tracing::warn!(?error, "an answer to a request that does not match it");
                return Err(AppError::Invalid(Refusal::FormMismatch));
            }
        };
        let raw_reply = form
            .iter()
            .find(|(k, _)| k == "reply")
            .map(|(_, v)| v.as_str())
            .unwrap_or_default();
        let errors = flow::validate_asked(journey, &request.fields, &answers, today);
        // A free question asked must be answered, within the limits a caseworker's text has.
        let reply = match (&request.question, checked_text(raw_reply)) {
            (None, _) => Ok(None),
            (Some(_), Ok(Some(reply))) => Ok(Some(reply)),
            (Some(_), _) => Err(()),
        };
        if !errors.is_empty() || reply.is_err() {
            let mut view = task_view(request, answers, raw_reply.to_string());
            view.errors = errors;
            view.reply_refused = reply.is_err();
            return Ok(TaskAnswered::Invalid(Box::new(view)));
        }
        let case = self
            .database
            .inbox()
            .get(&request.case_id)
            .await
            .map_err(|error| internal(&error, "cannot read a case"))?
            .ok_or(AppError::NotFound)?;
        // The deadline waits while the citizen does.
        let asked_on = request.asked_at.oslo_date().unwrap_or(today);
        let waited = working_days_between(asked_on, today).max(0);
        let due_on = add_working_days(case.due_on, u32::try_from(waited).unwrap_or(0))
            .unwrap_or(case.due_on);
        let reply = reply.unwrap_or_default();
        let sent = self
            .database
            .information_requests()
            .answer(
                &request,
                &case.delivery_id,
                &answers,
                reply.as_deref(),
                due_on,
            )
            .await
            .map_err(|error| internal(&error, "cannot store an answer to a request"))?;
        if sent {
            tracing::info!(task = id, "a request for information was answered");
        }
        Ok(TaskAnswered::Go("/my-page?answered=1".into()))
    }
}

fn task_view(request: InformationRequest, answers: Answers, reply: String) -> TaskView {
    TaskView {
        id: request.id,
        agency: request.agency,
        reference: request.reference,
        journey_id: request.journey_id,
        reason: request.reason,
        question: request.question,
        fields: request.fields,
        answers,
        reply,
        errors: Vec::new(),
        reply_refused: false,
    }
}
