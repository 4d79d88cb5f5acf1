//! Agency admins' journeys, behind the authoring port (`app::ports::AuthoringPort`): the list and
//! a journey's versions and audit trail (`read`), a draft's text and its questions (`edit`,
//! `question`), and publishing — now, at a time, or a rollback (`publish`). No HTTP here; the
//! tests in `tests` call the port.
//!
//! Who may do what: a person with the admin role of any agency reads every journey (the
//! published versions are public anyway, and admins learn from each other's); only an admin of
//! the agency that owns a journey (`[journey] owner`) changes it. Anyone else is `Forbidden`, and
//! an admin changing another agency's journey is logged. Every change is recorded in the audit
//! trail (`authoring_event`) with who made it, and each version keeps who made it and when.
//!
//! What is published is served at once (`LiveCatalog::refresh` after each publish; other
//! instances within their journey worker's poll).

mod case_save;
mod cases;
mod edit;
mod impact;
mod import;
mod part_edit;
mod parts;
mod prefill;
mod preview;
mod publish;
mod question;
mod question_edit;
mod read;
mod services;
mod source;
mod steps;
#[cfg(test)]
mod tests;
mod texts;

use crate::{
    citizen::internal,
    journeys::{live::LiveCatalog, versions::Definitions},
    storage::{AuthoringEvent, Database},
};
use app::{
    auth::{CurrentUser, Role},
    domain::{AuthoringAction, Instant},
    error::AppError,
    journey::{Agency, Journey},
    pages::admin::model::{
        DraftAdmin, FieldProblem, JourneyAdmin, JourneyRow, Move, NewQuestion, PublishOutcome,
        PublishRequest, QuestionProblem, VersionDiff,
    },
    pages::admin::parts_model::{QuestionForm, StepForm},
    ports::AuthoringPort,
};
use std::sync::Arc;

/// The authoring side of the portal, over storage and the served catalogue.
#[derive(Clone)]
pub struct Authoring {
    pub database: Database,
    pub journeys: Arc<LiveCatalog>,
    pub versions: Arc<Definitions>,
    /// Previews are citizens' drafts of the admin's own (`Citizen::start_preview`).
    pub citizen: Arc<crate::citizen::Citizen>,
}

impl Authoring {
    /// An admin of some agency may read; anyone else is `Forbidden`.
    fn reader(user: &CurrentUser) -> Result<(), AppError> {
        if user.has_role(Role::Admin) {
            Ok(())
        } else {
            tracing::warn!("an admin's journey page asked for by someone without the role");
            Err(AppError::Forbidden)
        }
    }

    /// The published definition of `id` (`NotFound`: no such journey).
    fn published(&self, id: &str) -> Result<Arc<Journey>, AppError> {
        self.journeys
            .current()
            .definition(id)
            .cloned()
            .ok_or(AppError::NotFound)
    }

    /// The journey, if the person administers its owner: `Forbidden` (logged) otherwise.
    fn owned(&self, user: &CurrentUser, id: &str) -> Result<Arc<Journey>, AppError> {
        Self::reader(user)?;
        let journey = self.published(id)?;
        if Self::may_change(user, journey.meta.owner) {
            Ok(journey)
        } else {
            tracing::warn!(
                journey = id,
                owner = journey.meta.owner.id(),
                "an admin of another agency tried to change a journey"
            );
            Err(AppError::Forbidden)
        }
    }

    fn may_change(user: &CurrentUser, owner: Agency) -> bool {
        user.agencies_with(Role::Admin).contains(&owner)
    }

    /// Records a change in the audit trail.
    async fn record(
        &self,
        user: &CurrentUser,
        journey: &Journey,
        version: Option<i64>,
        action: AuthoringAction,
        detail: String,
    ) -> Result<(), AppError> {
        let event = AuthoringEvent {
            at: Instant::now(),
            person_id: user.pid.clone(),
            agency: journey.meta.owner.id().to_string(),
            journey_id: journey.meta.id.to_string(),
            version,
            action,
            detail,
        };
        tracing::info!(
            journey = %event.journey_id,
            ?version,
            action = action.as_str(),
            detail = %event.detail,
            "a journey was changed"
        );
        self.database
            .authoring()
            .record(&event)
            .await
            .map_err(|error| internal(&error, "cannot record a change to a journey"))
    }
}

/// A storage failure as the person sees it: logged under an incident.
fn failed(what: &'static str) -> impl Fn(crate::storage::StorageError) -> AppError {
    move |error| internal(&error, what)
}

#[async_trait::async_trait]
impl AuthoringPort for Authoring {
    async fn journeys(&self, user: &CurrentUser) -> Result<Vec<JourneyRow>, AppError> {
        self.list(user).await
    }

    async fn journey(&self, user: &CurrentUser, id: &str) -> Result<JourneyAdmin, AppError> {
        self.journey_page(user, id).await
    }

    async fn draft(&self, user: &CurrentUser, id: &str) -> Result<DraftAdmin, AppError> {
        self.draft_page(user, id).await
    }

    async fn compare(
        &self,
        user: &CurrentUser,
        id: &str,
        from: i64,
        to: i64,
    ) -> Result<VersionDiff, AppError> {
        self.compare_versions(user, id, from, to).await
    }

    async fn export(
        &self,
        user: &CurrentUser,
        id: &str,
        version: Option<i64>,
    ) -> Result<String, AppError> {
        self.export_text(user, id, version).await
    }

    async fn new_draft(&self, user: &CurrentUser, id: &str) -> Result<i64, AppError> {
        self.start_draft(user, id).await
    }

    async fn import(
        &self,
        user: &CurrentUser,
        id: &str,
        file: &[u8],
    ) -> Result<Result<i64, Vec<FieldProblem>>, AppError> {
        self.import_file(user, id, file).await
    }

    async fn save_draft(
        &self,
        user: &CurrentUser,
        id: &str,
        revision: &str,
        source: &str,
    ) -> Result<(), AppError> {
        self.save_text(user, id, revision, source).await
    }

    async fn add_question(
        &self,
        user: &CurrentUser,
        id: &str,
        question: &NewQuestion,
    ) -> Result<Result<(), Vec<QuestionProblem>>, AppError> {
        self.add(user, id, question).await
    }

    async fn preview(
        &self,
        user: &CurrentUser,
        id: &str,
        person: &str,
    ) -> Result<String, AppError> {
        self.start_preview(user, id, person).await
    }

    async fn save_case(
        &self,
        user: &CurrentUser,
        id: &str,
        preview: &str,
        name: &str,
    ) -> Result<Result<(), Vec<FieldProblem>>, AppError> {
        self.save_preview_case(user, id, preview, name).await
    }

    async fn reorder(&self, user: &CurrentUser, id: &str, moved: &Move) -> Result<(), AppError> {
        self.move_part(user, id, moved).await
    }

    async fn save_texts(
        &self,
        user: &CurrentUser,
        id: &str,
        revision: &str,
        texts: &[(String, String, String)],
    ) -> Result<(), AppError> {
        self.save_own_texts(user, id, revision, texts).await
    }

    async fn publish(
        &self,
        user: &CurrentUser,
        id: &str,
        request: &PublishRequest,
    ) -> Result<PublishOutcome, AppError> {
        self.publish_draft(user, id, request).await
    }

    async fn unschedule(&self, user: &CurrentUser, id: &str) -> Result<(), AppError> {
        self.take_schedule(user, id).await
    }

    async fn roll_back(
        &self,
        user: &CurrentUser,
        id: &str,
        to: i64,
        published: i64,
    ) -> Result<i64, AppError> {
        self.roll_back_to(user, id, to, published).await
    }

    async fn discard(&self, user: &CurrentUser, id: &str, version: i64) -> Result<(), AppError> {
        self.discard_draft(user, id, version).await
    }

    async fn add_step(
        &self,
        user: &CurrentUser,
        id: &str,
        step: &StepForm,
    ) -> Result<Result<(), Vec<QuestionProblem>>, AppError> {
        self.change(user, id, &step.revision, |text| {
            steps::with_step(text, id, step)
        })
        .await
    }

    async fn edit_step(
        &self,
        user: &CurrentUser,
        id: &str,
        step: &StepForm,
    ) -> Result<Result<(), Vec<QuestionProblem>>, AppError> {
        self.change(user, id, &step.revision, |text| {
            steps::with_step_changed(text, id, step)
        })
        .await
    }

    async fn remove_step(
        &self,
        user: &CurrentUser,
        id: &str,
        step: &str,
        revision: &str,
    ) -> Result<Result<(), Vec<QuestionProblem>>, AppError> {
        self.change(user, id, revision, |text| {
            steps::without_step(text, id, step)
        })
        .await
    }

    async fn edit_question(
        &self,
        user: &CurrentUser,
        id: &str,
        question: &QuestionForm,
    ) -> Result<Result<(), Vec<QuestionProblem>>, AppError> {
        self.change(user, id, &question.revision, |text| {
            question_edit::with_question_changed(text, id, question)
        })
        .await
    }

    async fn remove_question(
        &self,
        user: &CurrentUser,
        id: &str,
        place: (&str, &str),
        revision: &str,
    ) -> Result<Result<(), Vec<QuestionProblem>>, AppError> {
        self.change(user, id, revision, |text| {
            question_edit::without_question(text, id, place)
        })
        .await
    }
}
