//! The citizen's use cases behind the citizen port (`app::ports::CitizenPort`): start a life
//! event, save a step, check, submit, read the receipt and *My page*. No HTTP here: the pages
//! load through this port, the form handlers in `http::citizen` read a form and call it, and the
//! tests in `tests` call it directly.
//!
//! Each use case takes the person it acts for and answers with page data or an `AppError`: what
//! is not this person's is `NotFound` (and logged); what fails inside is `Internal`, logged once
//! with its cause under the incident id the page shows.

mod messages;
mod offers;
mod parties;
mod party_task;
mod preview;
mod save;
mod start;
mod step;
mod submission;
mod tasks;
#[cfg(test)]
mod tests;
mod verify;

use crate::{
    agencies::prefill::Registers,
    journeys::{live::LiveCatalog, versions::Definitions},
    storage::{Database, Draft},
};
use app::{
    auth::CurrentUser,
    error::AppError,
    journey::{Date, Journey, SecurityLevel},
    pages::citizen::model::{
        CheckView, DraftCard, MyPageView, Outcome, PartyAnswered, PartyTaskView, ReceiptView,
        StepAsk, StepSaved, StepView, TaskAnswered, TaskView, TimelineView,
    },
    ports::CitizenPort,
};
use std::sync::Arc;

/// The citizen's side of the portal, over storage, the journey catalogue and the registers.
#[derive(Clone)]
pub struct Citizen {
    pub database: Database,
    /// The published versions: what a new start gets.
    pub catalog: Arc<LiveCatalog>,
    /// Every version by `(id, version)`: a draft goes on, and a receipt shows, on the version it
    /// was started on, whichever is published now.
    pub versions: Arc<Definitions>,
    /// The registers prefill reads; `None`: journeys start without prefill.
    pub registers: Option<Registers>,
}

/// Today's date, as the citizen's calendar in Norway says, for conditions such as "the child is
/// under 18" and "not in the future".
pub(crate) fn today() -> Date {
    app::domain::Instant::now()
        .oslo_date()
        .unwrap_or_else(|| unreachable!("a calendar date"))
}

/// Logs a failure once, with its cause chain, under a new incident id; the person is shown the
/// id to quote.
pub(crate) fn internal(error: &(dyn std::error::Error + 'static), what: &'static str) -> AppError {
    let incident = crate::ids::incident_id();
    let mut causes = Vec::new();
    let mut source = error.source();
    while let Some(cause) = source {
        causes.push(cause.to_string());
        source = cause.source();
    }
    tracing::error!(%incident, %error, ?causes, "{what}");
    AppError::Internal { incident }
}

impl Citizen {
    /// Over `catalog` (the published versions), with every other version read from the
    /// database when a draft or submission names it.
    pub fn new(
        database: Database,
        catalog: Arc<LiveCatalog>,
        registers: Option<Registers>,
    ) -> Self {
        Citizen {
            versions: Arc::new(Definitions::new(database.clone(), &catalog.current())),
            database,
            catalog,
            registers,
        }
    }

    /// The open draft `draft_id` of this person with its journey: another person's draft, or
    /// none, is `NotFound`; a submitted one leads to its receipt; a journey that needs the high
    /// level needs it for every look at its answers, not only for starting and submitting.
    async fn open(
        &self,
        user: &CurrentUser,
        draft_id: &str,
    ) -> Result<Outcome<(Draft, Arc<Journey>)>, AppError> {
        let draft = match self.database.drafts().get(&user.pid, draft_id).await {
            Ok(Some(draft)) => draft,
            Ok(None) => {
                tracing::warn!(
                    draft = draft_id,
                    "a draft that is not this person's, or none"
                );
                return Err(AppError::NotFound);
            }
            Err(error) => return Err(internal(&error, "cannot read a draft")),
        };
        if let Some(reference) = &draft.reference {
            return Ok(Outcome::Elsewhere(format!("/receipt/{reference}")));
        }
        let journey = self
            .pinned(&draft.journey_id, draft.journey_version)
            .await?;
        level_met(&journey, user)?;
        Ok(Outcome::Page((draft, journey)))
    }

    /// The version `version` of journey `id`, published or not: the one a draft was started on
    /// or a submission made on. None stored is `NotFound` (and logged).
    async fn pinned(&self, id: &str, version: i64) -> Result<Arc<Journey>, AppError> {
        match self.versions.get(id, version).await {
            Ok(Some(journey)) => Ok(journey),
            Ok(None) => {
                tracing::warn!(
                    journey = id,
                    version,
                    "a version of a journey that is not stored"
                );
                Err(AppError::NotFound)
            }
            Err(error) => Err(internal(&error, "cannot load a version of a journey")),
        }
    }
}

/// `Outcome::Page` inside, or return the `Elsewhere` from the function.
macro_rules! page_or_return {
    ($outcome:expr) => {
        match $outcome {
            Outcome::Page(page) => page,
            Outcome::Elsewhere(to) => return Ok(Outcome::Elsewhere(to)),
        }
    };
}
pub(crate) use page_or_return;

#[async_trait::async_trait]
impl CitizenPort for Citizen {
    #[tracing::instrument(skip(self, user))]
    async fn open_draft(
        &self,
        user: &CurrentUser,
        journey: &str,
    ) -> Result<Option<DraftCard>, AppError> {
        self.open_draft_of(user, journey).await
    }

    #[tracing::instrument(skip(self, user))]
    async fn start(&self, user: &CurrentUser, journey: &str) -> Result<String, AppError> {
        self.start_journey(user, journey).await
    }

    #[tracing::instrument(skip(self, user, ask))]
    async fn step(
        &self,
        user: &CurrentUser,
        draft: &str,
        step: &str,
        ask: StepAsk,
    ) -> Result<Outcome<StepView>, AppError> {
        self.step_page(user, draft, step, ask).await
    }

    #[tracing::instrument(skip(self, user, form))]
    async fn save_step(
        &self,
        user: &CurrentUser,
        draft: &str,
        step: &str,
        form: &[(String, String)],
    ) -> Result<StepSaved, AppError> {
        self.save(user, draft, step, form).await
    }

    #[tracing::instrument(skip(self, user))]
    async fn check(&self, user: &CurrentUser, draft: &str) -> Result<Outcome<CheckView>, AppError> {
        self.check_answers(user, draft).await
    }

    #[tracing::instrument(skip(self, user))]
    async fn submit(&self, user: &CurrentUser, draft: &str) -> Result<String, AppError> {
        self.submit_draft(user, draft).await
    }

    #[tracing::instrument(skip(self, user))]
    async fn receipt(&self, user: &CurrentUser, reference: &str) -> Result<ReceiptView, AppError> {
        self.receipt_of(user, reference).await
    }

    #[tracing::instrument(skip(self, user))]
    async fn timeline(
        &self,
        user: &CurrentUser,
        reference: &str,
    ) -> Result<TimelineView, AppError> {
        self.timeline_of(user, reference).await
    }

    #[tracing::instrument(skip_all)]
    async fn my_page(&self, user: &CurrentUser) -> Result<MyPageView, AppError> {
        self.my_page_of(user).await
    }

    #[tracing::instrument(skip(self, user))]
    async fn party_task(
        &self,
        user: &CurrentUser,
        key: &str,
    ) -> Result<Outcome<PartyTaskView>, AppError> {
        self.party_page(user, key).await
    }

    #[tracing::instrument(skip(self, user, form))]
    async fn answer_party(
        &self,
        user: &CurrentUser,
        key: &str,
        form: &[(String, String)],
    ) -> Result<PartyAnswered, AppError> {
        self.party_answer(user, key, form).await
    }

    #[tracing::instrument(skip(self, user))]
    async fn start_offer(&self, user: &CurrentUser, offer: &str) -> Result<String, AppError> {
        self.start_offered(user, offer).await
    }

    #[tracing::instrument(skip(self, user))]
    async fn dismiss_offer(&self, user: &CurrentUser, offer: &str) -> Result<String, AppError> {
        self.dismiss_offered(user, offer).await
    }

    #[tracing::instrument(skip(self, user))]
    async fn draft_to_delete(
        &self,
        user: &CurrentUser,
        draft: &str,
    ) -> Result<Outcome<DraftCard>, AppError> {
        let (draft, _) = page_or_return!(self.open(user, draft).await?);
        Ok(Outcome::Page(self.draft_card(&draft)))
    }

    #[tracing::instrument(skip(self, user))]
    async fn delete_draft(&self, user: &CurrentUser, draft: &str) -> Result<String, AppError> {
        if let Outcome::Elsewhere(to) = self.open(user, draft).await? {
            return Ok(to);
        }
        match self.database.drafts().delete(&user.pid, draft).await {
            Ok(true) => {
                tracing::info!("a draft was deleted by its owner");
                Ok("/my-page?deleted=1".into())
            }
            // Submitted or deleted in the meantime (another tab): My page shows how it stands.
            Ok(false) => Ok("/my-page".into()),
            Err(error) => Err(internal(&error, "cannot delete a draft")),
        }
    }

    #[tracing::instrument(skip(self, user))]
    async fn task(&self, user: &CurrentUser, id: &str) -> Result<Outcome<TaskView>, AppError> {
        self.task_page(user, id).await
    }

    #[tracing::instrument(skip(self, user, form))]
    async fn answer_task(
        &self,
        user: &CurrentUser,
        id: &str,
        form: &[(String, String)],
    ) -> Result<TaskAnswered, AppError> {
        self.answer(user, id, form).await
    }

    #[tracing::instrument(skip(self, user, text))]
    async fn send_message(
        &self,
        user: &CurrentUser,
        reference: &str,
        case: &str,
        text: &str,
    ) -> Result<String, AppError> {
        self.send(user, reference, case, text).await
    }
}

/// A journey at the high level is high for every look at its answers — the draft, the receipt
/// and a party's task — not only for its start: a person logged in lower is sent to log in again
/// at that level (and back).
pub(crate) fn level_met(journey: &Journey, user: &CurrentUser) -> Result<(), AppError> {
    if journey.meta.security_level == SecurityLevel::High && !user.acr.ends_with("high") {
        return Err(AppError::Unauthenticated(SecurityLevel::High));
    }
    Ok(())
}
