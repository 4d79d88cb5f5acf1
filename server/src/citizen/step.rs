//! A step page's data: the step of a draft with its saved answers (or what was typed over them
//! in a clash, or before a login), its count on the path, and where "Back" leads.

use super::{page_or_return, today, Citizen};
use crate::storage::{Draft, StablePath};
use app::{
    auth::CurrentUser,
    error::AppError,
    journey::{compare::Notice, flow, Answer, Answers, Date, Journey},
    pages::citizen::model::{Outcome, StepAsk, StepView},
};
use sha2::{Digest, Sha256};
use std::sync::Arc;

impl Citizen {
    pub(super) async fn step_page(
        &self,
        user: &CurrentUser,
        draft_id: &str,
        step_id: &str,
        ask: StepAsk,
    ) -> Result<Outcome<StepView>, AppError> {
        let (draft, journey) = page_or_return!(self.open(user, draft_id).await?);
        let today = today();
        let Some((step, _)) = journey.step(step_id) else {
            return Err(AppError::NotFound);
        };
        let walk = flow::walk(&journey, &draft.answers, today);
        if !walk.path.contains(&step) {
            // Not on the path the answers take (an old link, a tampered one, or answers that
            // have aged out of a branch): back on track, at a step that is on the path.
            let on_track = journey
                .step(&draft.current_step)
                .map(|(i, _)| i)
                .filter(|i| walk.path.contains(i))
                .or_else(|| flow::first_incomplete_step(&journey, &draft.answers, today))
                .or_else(|| walk.path.last().copied());
            return Ok(Outcome::Elsewhere(match on_track {
                Some(i) => format!("/journey/{draft_id}/{}", journey.steps[i].id),
                None => format!("/journey/{draft_id}/check"),
            }));
        }
        let parked = ask.parked.as_ref().and_then(|form| {
            let typed = flow::read_step_form(&journey, step, form).ok();
            if typed.is_some() {
                tracing::info!("a step typed before the session ended was shown back after login");
            }
            typed
        });
        let was_parked = parked.is_some();
        let pending = parked.or_else(|| {
            draft
                .pending
                .clone()
                .filter(|(pending_step, _)| pending_step == step_id)
                .map(|(_, typed)| typed)
        });
        let conflict = !was_parked && (pending.is_some() || ask.conflict);
        let mut answers = draft.answers.clone();
        if let Some(typed) = pending {
            for field in &journey.steps[step].fields {
                answers.0.remove(&field.id);
            }
            answers.0.extend(typed.0);
        }
        let mut view = step_view(&journey, &draft, step, &walk, answers, today);
        if ask.invalid {
            let walked = flow::walk(&journey, &view.answers, today);
            view.errors = flow::validate_walked(&journey, step, &walked, today);
            view.errors.extend(
                self.register_errors(user, &draft, &journey, step, &walked, today)
                    .await?,
            );
        }
        view.conflict = conflict;
        view.return_to_check = ask.return_to_check;
        view.parked = was_parked;
        view.preview = self.preview_name(&draft).await;
        if draft.notice.is_some() {
            view.changes = self.changes_told(user, draft_id).await;
        }
        Ok(Outcome::Page(view))
    }
}

impl Citizen {
    /// What changed for the citizen when their draft was moved to a newer version, taken so it
    /// is told once. A notice that cannot be read is logged and dropped (the draft itself is
    /// fine: the notice only explains it).
    async fn changes_told(&self, user: &CurrentUser, draft_id: &str) -> Vec<Notice> {
        let taken = self
            .database
            .authoring()
            .take_notice(&user.pid, draft_id)
            .await;
        match taken {
            Ok(Some(json)) => serde_json::from_str(&json).unwrap_or_else(|error| {
                tracing::error!(%error, draft = draft_id, "a draft's notice cannot be read");
                Vec::new()
            }),
            Ok(None) => Vec::new(),
            Err(error) => {
                tracing::error!(%error, draft = draft_id, "cannot take a draft's notice");
                Vec::new()
            }
        }
    }
}

/// The fields of one step as stored, fingerprinted: tells a save from another tab that touched
/// only other steps (harmless) from one that changed this step.
pub(super) fn fingerprint(journey: &Journey, step: usize, answers: &Answers) -> String {
    let mine: Vec<(&str, Option<&Answer>)> = journey.steps[step]
        .fields
        .iter()
        .map(|f| (f.id.as_str(), answers.get(&f.id)))
        .collect();
    let digest = Sha256::digest(serde_json::to_vec(&mine).unwrap_or_default());
    digest.iter().take(12).map(|b| format!("{b:02x}")).collect()
}

/// The page model of `step` showing `answers` (the saved ones, or what was typed over them).
///
/// `saved` is the walk of the draft's saved answers, which the caller has already taken to check
/// that `step` is on it; `answers` are walked again only when they differ (typed in a clash).
pub(super) fn step_view(
    journey: &Arc<Journey>,
    draft: &Draft,
    step: usize,
    saved: &flow::Walk,
    answers: Answers,
    today: Date,
) -> StepView {
    let path = &saved.path;
    let position = path.iter().position(|&s| s == step).unwrap_or(0);
    let (counted, total, changed) = step_count(journey, draft, step, path);
    let typed;
    let walked = if answers == draft.answers {
        saved
    } else {
        typed = flow::walk(journey, &answers, today);
        &typed
    };
    let shown: Vec<String> = flow::shown_fields_walked(journey, step, walked, today)
        .into_iter()
        .map(|f| f.id.clone())
        .collect();
    let hidden = journey.steps[step]
        .fields
        .iter()
        .filter(|f| !shown.contains(&f.id))
        .map(|f| f.id.clone())
        .collect();
    let back = match position.checked_sub(1).map(|i| path[i]) {
        Some(previous) => format!("/journey/{}/{}", draft.id, journey.steps[previous].id),
        None => format!("/life-event/{}", journey.meta.id),
    };
    StepView {
        journey_id: journey.meta.id.to_string(),
        journey: journey.clone(),
        draft_id: draft.id.clone(),
        step,
        base: fingerprint(journey, step, &draft.answers),
        answers,
        errors: Vec::new(),
        position: counted,
        total,
        changed,
        back,
        revision: draft.revision,
        conflict: false,
        return_to_check: false,
        hidden,
        island: flow::island_slice(journey, step, walked),
        today: today.to_string(),
        parked: false,
        unsaved: None,
        sources: draft.sources.clone(),
        changes: Vec::new(),
        preview: None,
    }
}

/// "Step x of y" and whether the last save changed y: counted on the steps the answers took at
/// the draft's last save without errors (an error page counts as the page before it did), or,
/// when this step is not among them (a draft not saved since it started), on the path the saved
/// answers take.
fn step_count(
    journey: &Journey,
    draft: &Draft,
    step: usize,
    path: &[usize],
) -> (usize, usize, bool) {
    let id = &journey.steps[step].id;
    if let Some(stable) = &draft.path {
        if let Some(at) = stable.steps.iter().position(|s| s == id) {
            return (at + 1, stable.steps.len(), stable.changed);
        }
    }
    let at = path.iter().position(|&s| s == step).unwrap_or(0);
    (at + 1, path.len(), false)
}

/// The path to keep with a save: the steps these answers take when the posted step has no
/// errors; otherwise the path the page was counted on, so a typed-but-invalid answer does not
/// move the count.
pub(super) fn stable_path(
    journey: &Journey,
    draft: &Draft,
    saved_path: &[usize],
    new_path: &[usize],
    valid: bool,
) -> StablePath {
    let ids = |path: &[usize]| -> Vec<String> {
        path.iter().map(|&s| journey.steps[s].id.clone()).collect()
    };
    let before = draft.path.clone().unwrap_or_else(|| StablePath {
        steps: ids(saved_path),
        changed: false,
    });
    if !valid {
        return before;
    }
    let steps = ids(new_path);
    StablePath {
        changed: steps.len() != before.steps.len(),
        steps,
    }
}
