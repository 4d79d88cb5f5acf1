//! Starting a life event's journey: once per person and journey at a time, reading the
//! registers once — a person with an open draft of it continues that draft instead.

use super::{internal, today, Citizen};
use crate::{
    ids::random_token,
    storage::{Draft, NewDraft},
};
use app::{
    auth::CurrentUser,
    error::AppError,
    journey::{flow, Journey, SecurityLevel},
    pages::citizen::model::DraftCard,
};
use std::sync::Arc;

/// Starts in progress, by person and journey: a double click waits for the first start, then
/// continues the draft it made rather than reading the registers again.
type StartingGates = std::collections::HashMap<(String, String), Arc<tokio::sync::Mutex<()>>>;
static STARTING: std::sync::LazyLock<std::sync::Mutex<StartingGates>> =
    std::sync::LazyLock::new(Default::default);

fn starting_gate(key: &(String, String)) -> Arc<tokio::sync::Mutex<()>> {
    let mut gates = STARTING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    gates.entry(key.clone()).or_default().clone()
}

/// Forgets the gate once no other start is waiting at it.
fn release_starting_gate(key: &(String, String), gate: Arc<tokio::sync::Mutex<()>>) {
    let mut gates = STARTING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // Here: the map's and this start's.
    if Arc::strong_count(&gate) <= 2 {
        gates.remove(key);
    }
}

impl Citizen {
    pub(super) async fn start_journey(
        &self,
        user: &CurrentUser,
        id: &str,
    ) -> Result<String, AppError> {
        let catalog = self.catalog.current();
        let Some(journey) = catalog.definition(id).filter(|j| j.has_steps()) else {
            return Err(AppError::NotFound);
        };
        let level = journey.meta.security_level;
        if level == SecurityLevel::High && !user.acr.ends_with("high") {
            return Err(AppError::Unauthenticated(level));
        }
        let key = (user.pid.clone(), journey.meta.id.to_string());
        let gate = starting_gate(&key);
        let started = {
            let _turn = gate.lock().await;
            self.start_or_continue(journey, user).await
        };
        release_starting_gate(&key, gate);
        started
    }

    /// Continues the person's open draft of `journey` (no new draft, no new register reads), or
    /// starts one: reads the registers, logs the reads and creates the draft.
    async fn start_or_continue(
        &self,
        journey: &Journey,
        user: &CurrentUser,
    ) -> Result<String, AppError> {
        match self
            .database
            .drafts()
            .open_of(&user.pid, journey.meta.id.as_str())
            .await
        {
            Ok(Some(draft)) => {
                tracing::info!(journey = %journey.meta.id, "an open draft continued instead of a new start");
                return Ok(format!("/journey/{}/{}", draft.id, draft.current_step));
            }
            Ok(None) => {}
            Err(error) => return Err(internal(&error, "cannot read drafts")),
        }
        self.create_draft(journey, &user.pid, None).await
    }

    /// A new draft of `journey` for `owner`, prefilled from the registers about `owner`, or about
    /// the person an admin's preview is walked as (`preview_as`): the path of its first step.
    pub(super) async fn create_draft(
        &self,
        journey: &Journey,
        owner: &str,
        preview_as: Option<&str>,
    ) -> Result<String, AppError> {
        let subject = preview_as.unwrap_or(owner);
        let today = today();
        let draft_id = random_token(18);
        let prefilled = match &self.registers {
            Some(registers) => registers.prefill(journey, subject, today).await,
            None => Default::default(),
        };
        if let Some(name) = &prefilled.citizen_name {
            // Not worth failing the start for: the name is only what caseworkers search by.
            if let Err(error) = self.database.people().registered_name(subject, name).await {
                tracing::warn!(error = %error, "cannot record the citizen's name from the register");
            }
        }
        self.database
            .register_log()
            .record(
                subject,
                journey.meta.id.as_str(),
                &draft_id,
                &prefilled.reads,
            )
            .await
            .map_err(|error| internal(&error, "cannot record register reads"))?;
        let first = flow::walk(journey, &prefilled.answers, today)
            .path
            .first()
            .copied()
            .unwrap_or(0);
        self.database
            .drafts()
            .create(NewDraft {
                person_id: owner,
                draft_id: &draft_id,
                journey_id: journey.meta.id.as_str(),
                journey_version: i64::from(journey.meta.version),
                first_step: &journey.steps[first].id,
                answers: &prefilled.answers,
                sources: &prefilled.sources,
                preview_as,
            })
            .await
            .map_err(|error| internal(&error, "cannot create a draft"))?;
        tracing::info!(journey = %journey.meta.id, "journey started");
        Ok(format!("/journey/{draft_id}/{}", journey.steps[first].id))
    }

    pub(super) async fn open_draft_of(
        &self,
        user: &CurrentUser,
        id: &str,
    ) -> Result<Option<DraftCard>, AppError> {
        let catalog = self.catalog.current();
        let Some(journey) = catalog.definition(id).filter(|j| j.has_steps()) else {
            return Ok(None);
        };
        match self
            .database
            .drafts()
            .open_of(&user.pid, journey.meta.id.as_str())
            .await
        {
            Ok(draft) => Ok(draft.map(|d| self.draft_card(&d))),
            Err(error) => Err(internal(
                &error,
                "cannot read drafts for a life event's page",
            )),
        }
    }

    /// A draft as its card names it: the step it stands on and what it is about.
    pub(super) fn draft_card(&self, draft: &Draft) -> DraftCard {
        // The version it was started on when at hand, else the published one (a card names only
        // the step and what the draft is about).
        let pinned = self
            .versions
            .at_hand(&draft.journey_id, draft.journey_version);
        let catalog = self.catalog.current();
        let journey = pinned
            .as_ref()
            .or_else(|| catalog.definition(&draft.journey_id));
        DraftCard {
            id: draft.id.clone(),
            journey_id: draft.journey_id.clone(),
            step: draft.current_step.clone(),
            step_title_id: journey.and_then(|j| {
                j.step(&draft.current_step)
                    .map(|(_, step)| j.step_title_id(step))
            }),
            about: journey.and_then(|j| flow::about(j, &draft.answers, today())),
            saved_at: draft.updated_at,
        }
    }
}
