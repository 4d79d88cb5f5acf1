//! "Check your answers", the submission, and what follows it: the receipt, one submission's
//! timeline (the live timeline asks for that alone) and *My page*.

use super::{internal, page_or_return, today, Citizen};
use crate::storage::{CaseEvent, Delivery, Draft, Submission};
use app::{
    auth::CurrentUser,
    error::AppError,
    journey::flow,
    pages::citizen::model::{
        CallStatus, CheckView, MyPageView, Outcome, ReceiptView, SubmissionCard, TimelineView,
    },
};

impl Citizen {
    pub(super) async fn check_answers(
        &self,
        user: &CurrentUser,
        draft_id: &str,
    ) -> Result<Outcome<CheckView>, AppError> {
        let (draft, journey) = page_or_return!(self.open(user, draft_id).await?);
        let today = today();
        let preview = self.preview_name(&draft).await;
        Ok(Outcome::Page(CheckView {
            preview,
            journey_id: journey.meta.id.to_string(),
            journey: journey.clone(),
            draft_id: draft_id.to_string(),
            summary: flow::summary(&journey, &draft.answers, today),
            incomplete: flow::first_incomplete_step(&journey, &draft.answers, today)
                .map(|s| journey.steps[s].id.clone()),
            sources: draft.sources.current(&draft.answers),
        }))
    }

    /// Submits once: a draft already submitted (a second click, another tab, a replayed post)
    /// leads to its receipt; storage makes the submission and its agency calls in one commit.
    pub(super) async fn submit_draft(
        &self,
        user: &CurrentUser,
        draft_id: &str,
    ) -> Result<String, AppError> {
        let (mut draft, journey) = match self.open(user, draft_id).await? {
            Outcome::Page(found) => found,
            Outcome::Elsewhere(to) => return Ok(to),
        };
        if draft.preview_as.is_some() {
            tracing::warn!(
                draft = draft_id,
                "a preview was posted to be submitted: refused"
            );
            return Err(AppError::Forbidden);
        }
        let today = today();
        if let Some(step) = flow::first_incomplete_step(&journey, &draft.answers, today) {
            return Ok(format!(
                "/journey/{draft_id}/{}?invalid=1",
                journey.steps[step].id
            ));
        }
        let walked = flow::walk(&journey, &draft.answers, today);
        if let Some(step) = self
            .first_refused_step(user, &draft, &journey, &walked, today)
            .await?
        {
            return Ok(format!(
                "/journey/{draft_id}/{}?invalid=1",
                journey.steps[step].id
            ));
        }
        let shown = walked.shown;
        let calls = flow::service_calls(&journey, &draft.answers, today);
        let parties = self.new_parties(user, &journey, &draft.answers)?;
        self.learn_party_names(user, &draft, &parties).await?;
        // The submission records the definition its answers were checked and mapped with: the
        // version the draft was started on (`open` took that one).
        draft.journey_version = i64::from(journey.meta.version);
        let reference = self
            .database
            .submissions()
            .submit_with(&user.pid, &draft, &shown, &calls, &parties)
            .await
            .map_err(|error| internal(&error, "cannot store a submission"))?;
        tracing::info!(journey = %journey.meta.id, reference, "submitted");
        Ok(format!("/receipt/{reference}"))
    }

    pub(super) async fn receipt_of(
        &self,
        user: &CurrentUser,
        reference: &str,
    ) -> Result<ReceiptView, AppError> {
        let submission = self.submission_of(user, reference).await?;
        let journey = self
            .pinned(&submission.journey_id, submission.journey_version)
            .await?;
        super::level_met(&journey, user)?;
        // As of the day it was submitted: conditions such as "born less than six months ago"
        // must read the same on the receipt a year later.
        // (Its UTC date, as before times were typed.)
        let submitted_on = submission.submitted_at.utc_date().unwrap_or_else(today);
        Ok(ReceiptView {
            journey_id: submission.journey_id.clone(),
            reference: submission.reference.clone(),
            summary: flow::summary(&journey, &submission.answers, submitted_on),
            journey,
            calls: self.calls_of(&submission.reference).await?,
            threads: self.threads_of(&submission.reference).await?,
            parties: self.party_statuses(&submission.reference).await?,
            submitted_at: submission.submitted_at,
        })
    }

    /// One submission's timeline, read alone: is it this person's, and its calls with their
    /// statuses, nothing else.
    pub(super) async fn timeline_of(
        &self,
        user: &CurrentUser,
        reference: &str,
    ) -> Result<TimelineView, AppError> {
        let submission = self.submission_of(user, reference).await?;
        Ok(TimelineView {
            calls: self.calls_of(reference).await?,
            journey_id: submission.journey_id,
            reference: submission.reference,
        })
    }

    pub(super) async fn my_page_of(&self, user: &CurrentUser) -> Result<MyPageView, AppError> {
        let drafts = self
            .database
            .drafts()
            .of_person(&user.pid)
            .await
            .map_err(|error| internal(&error, "cannot list drafts"))?;
        let (submitted, open): (Vec<Draft>, Vec<Draft>) =
            drafts.into_iter().partition(|d| d.reference.is_some());
        let mut submissions = Vec::new();
        for draft in submitted {
            let reference = draft.reference.clone().unwrap_or_default();
            let submitted_at = match self.database.submissions().get(&user.pid, &reference).await {
                Ok(Some(s)) => s.submitted_at,
                Ok(None) => draft.updated_at,
                Err(error) => return Err(internal(&error, "cannot read a submission")),
            };
            submissions.push(SubmissionCard {
                calls: self.calls_of(&reference).await?,
                parties: self.party_statuses(&reference).await?,
                reference,
                journey_id: draft.journey_id,
                submitted_at,
            });
        }
        let (reads, reads_about) = tokio::try_join!(
            self.database.register_log().of(&user.pid),
            self.database.register_log().about(&user.pid)
        )
        .map_err(|error| internal(&error, "cannot read the register access log"))?;
        let case_reads = self
            .database
            .case_access()
            .of_citizen(&user.pid)
            .await
            .map_err(|error| internal(&error, "cannot read who read the citizen's cases"))?;
        Ok(MyPageView {
            offers: self.offers_of(user).await?,
            dismissed: false,
            party_tasks: self.party_tasks_of(user).await?,
            party_done: None,
            reads,
            reads_about,
            case_reads,
            tasks: self.tasks_of(user).await?,
            drafts: open.iter().map(|d| self.draft_card(d)).collect(),
            submissions,
            saved: false,
            deleted: false,
            answered: false,
        })
    }

    /// This person's submission `reference`: another person's, or none, is `NotFound` (logged).
    pub(super) async fn submission_of(
        &self,
        user: &CurrentUser,
        reference: &str,
    ) -> Result<Submission, AppError> {
        match self.database.submissions().get(&user.pid, reference).await {
            Ok(Some(submission)) => Ok(submission),
            Ok(None) => {
                tracing::warn!(reference, "a submission that is not this person's, or none");
                Err(AppError::NotFound)
            }
            Err(error) => Err(internal(&error, "cannot read a submission")),
        }
    }

    /// Each agency's part of a submission: the call and the agency's latest reported status.
    async fn calls_of(&self, reference: &str) -> Result<Vec<CallStatus>, AppError> {
        let (deliveries, events) = tokio::try_join!(
            self.database.outbox().of_submission(reference),
            self.database.case_events().of_submission(reference)
        )
        .map_err(|error| internal(&error, "cannot read a submission's timeline"))?;
        Ok(call_statuses(deliveries, &events))
    }
}

/// Each call with the agency's latest status: the latest reported, and of two reported at the
/// same time the later in a case's course.
fn call_statuses(deliveries: Vec<Delivery>, events: &[CaseEvent]) -> Vec<CallStatus> {
    deliveries
        .into_iter()
        .filter_map(|d| {
            let status = events
                .iter()
                .filter(|event| event.delivery_id == d.id)
                .max_by_key(|event| (event.reported_at, event.status))
                .map(|event| (event.status, event.message.clone()));
            Some(CallStatus {
                held: d.held(),
                agency: app::journey::Agency::parse(&d.agency)?,
                service: d.service,
                state: d.state,
                attempts: d.attempts,
                case_number: d.case_number,
                delivered_at: d.delivered_at,
                status,
            })
        })
        .collect()
}
