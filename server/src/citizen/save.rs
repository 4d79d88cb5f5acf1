//! Saving a posted step: what was typed is saved, valid or not; a repeating group's item is
//! added or removed; a save from a page older than the draft (another tab) is kept aside
//! rather than overwriting what that tab saved; and the person is told where to go next.

use super::{
    internal,
    step::{fingerprint, stable_path, step_view},
    today, Citizen,
};
use crate::storage::Saved;
use app::{
    auth::CurrentUser,
    error::{AppError, Refusal},
    journey::{
        flow::{self, FormError},
        Answer, Answers, FieldKind, Journey,
    },
    pages::citizen::model::{Outcome, StepSaved},
};

/// What the button pressed asks for (`action`: `continue`, `save`, `add:<group>`,
/// `remove:<group>:<index>`).
#[derive(Debug, PartialEq, Eq)]
enum Action {
    Continue,
    Save,
    Add(String),
    Remove(String, usize),
}

fn action_of(form: &[(String, String)]) -> Option<Action> {
    let value = value(form, "action").unwrap_or("continue");
    let mut parts = value.split(':');
    match (parts.next()?, parts.next(), parts.next()) {
        ("continue", None, None) => Some(Action::Continue),
        ("save", None, None) => Some(Action::Save),
        ("add", Some(group), None) => Some(Action::Add(group.to_string())),
        ("remove", Some(group), Some(index)) => {
            Some(Action::Remove(group.to_string(), index.parse().ok()?))
        }
        _ => None,
    }
}

fn value<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

const MISMATCH: AppError = AppError::Invalid(Refusal::FormMismatch);

/// Adds an empty item to the group (up to its maximum) or removes the item asked for; only that
/// group changes.
fn change_group(
    journey: &Journey,
    step: usize,
    action: &Action,
    typed: &mut Answers,
) -> Result<(), AppError> {
    let (Action::Add(group) | Action::Remove(group, _)) = action else {
        return Ok(());
    };
    let Some(FieldKind::Group { max, .. }) = journey.steps[step]
        .fields
        .iter()
        .find(|f| f.id == *group)
        .map(|f| &f.kind)
    else {
        return Err(MISMATCH);
    };
    let Answer::Items(items) = typed
        .0
        .entry(group.clone())
        .or_insert(Answer::Items(Vec::new()))
    else {
        return Err(MISMATCH);
    };
    match action {
        Action::Add(_) if items.len() < *max => items.push(Answers::default()),
        Action::Remove(_, index) if *index < items.len() => {
            items.remove(*index);
        }
        _ => {}
    }
    Ok(())
}

/// Where a save leads, and the step *My page* resumes the draft at.
struct Next {
    to: String,
    resume: String,
}

impl Citizen {
    pub(super) async fn save(
        &self,
        user: &CurrentUser,
        draft_id: &str,
        step_id: &str,
        form: &[(String, String)],
    ) -> Result<StepSaved, AppError> {
        let (draft, journey) = match self.open(user, draft_id).await? {
            Outcome::Page(found) => found,
            Outcome::Elsewhere(to) => return Ok(StepSaved::Go(to)),
        };
        let today = today();
        let Some((step, _)) = journey.step(step_id) else {
            tracing::warn!(step = step_id, "a post to an unknown step");
            return Err(MISMATCH);
        };
        let before = flow::walk(&journey, &draft.answers, today);
        if !before.path.contains(&step) {
            tracing::warn!(
                step = step_id,
                "a post to a step the answers do not lead to"
            );
            return Err(AppError::Conflict);
        }
        let action = action_of(form).ok_or(MISMATCH)?;
        let mut typed = match flow::read_step_form(&journey, step, form) {
            Ok(typed) => typed,
            Err(FormError::Oversized(name)) => {
                tracing::warn!(field = name, "an oversized answer was refused");
                return Err(AppError::Invalid(Refusal::Oversized));
            }
            Err(error) => {
                tracing::warn!(?error, "a form that does not match its step was refused");
                return Err(MISMATCH);
            }
        };
        change_group(&journey, step, &action, &mut typed)?;
        let mut answers = draft.answers.clone();
        for field in &journey.steps[step].fields {
            answers.0.remove(&field.id);
        }
        answers.0.append(&mut typed.0);
        // Another tab saved since this page was shown: fine if it did not touch this step, or
        // if this post says the same as what is saved (a double click).
        let posted_revision: i64 = value(form, "revision")
            .and_then(|r| r.parse().ok())
            .unwrap_or(-1);
        let base = value(form, "base").unwrap_or_default();
        let stored = fingerprint(&journey, step, &draft.answers);
        let same = fingerprint(&journey, step, &answers) == stored;
        if posted_revision != draft.revision && base != stored && !same {
            tracing::info!("a save from a page older than the draft was kept aside");
            return self
                .keep_aside(user, draft_id, &journey, step, &answers)
                .await;
        }
        // One walk of the new answers: their problems, where they lead, and the path to keep.
        let walked = flow::walk(&journey, &answers, today);
        let mut errors = flow::validate_walked(&journey, step, &walked, today);
        if action == Action::Continue {
            errors.extend(
                self.register_errors(user, &draft, &journey, step, &walked, today)
                    .await?,
            );
        }
        // The people it names as parties, once its own answers are valid.
        let mut refused_parties = false;
        if errors.is_empty() && action == Action::Continue && !journey.parties.is_empty() {
            errors = self
                .party_problems(user, &draft, &journey, step, &answers)
                .await?;
            refused_parties = !errors.is_empty();
        }
        let return_to_check = value(form, "return") == Some("check");
        let following = walked
            .after(step)
            .map(|next| journey.steps[next].id.as_str());
        let next = next(
            draft_id,
            step_id,
            &action,
            &answers,
            errors.is_empty(),
            return_to_check,
            following,
        );
        let path = stable_path(
            &journey,
            &draft,
            &before.path,
            &walked.path,
            errors.is_empty(),
        );
        let saved = self
            .database
            .drafts()
            .save(
                &user.pid,
                draft_id,
                draft.revision,
                &answers,
                &next.resume,
                &path,
            )
            .await;
        match saved {
            Ok(Saved::Saved) if refused_parties => {
                let mut view = step_view(&journey, &draft, step, &walked, answers, today);
                view.return_to_check = return_to_check;
                view.errors = errors;
                Ok(StepSaved::Refused(Box::new(view)))
            }
            Ok(Saved::Saved) => Ok(StepSaved::Go(next.to)),
            Ok(Saved::Stale) => {
                self.keep_aside(user, draft_id, &journey, step, &answers)
                    .await
            }
            Ok(Saved::Missing) => Err(AppError::NotFound),
            Err(error) => {
                // Nothing typed is lost: the step comes back with it, and says to try again.
                let AppError::Internal { incident } = internal(&error, "cannot save a draft")
                else {
                    unreachable!("internal() is always Internal")
                };
                let mut view = step_view(&journey, &draft, step, &before, answers, today);
                view.return_to_check = return_to_check;
                view.unsaved = Some(incident);
                Ok(StepSaved::Unsaved(Box::new(view)))
            }
        }
    }

    /// Keeps what this step's post typed beside the draft (the step then shows it, with a note
    /// about the other tab) and leads back to the step.
    async fn keep_aside(
        &self,
        user: &CurrentUser,
        draft_id: &str,
        journey: &Journey,
        step: usize,
        answers: &Answers,
    ) -> Result<StepSaved, AppError> {
        let step_id = &journey.steps[step].id;
        let mut typed = Answers::default();
        for field in &journey.steps[step].fields {
            if let Some(a) = answers.get(&field.id) {
                typed.set(&field.id, a.clone());
            }
        }
        self.database
            .drafts()
            .keep_pending(&user.pid, draft_id, step_id, &typed)
            .await
            .map_err(|error| internal(&error, "cannot keep a clashing save aside"))?;
        Ok(StepSaved::Go(format!("/journey/{draft_id}/{step_id}")))
    }
}

/// Where a save leads: back to the same step (to the group item added, or removed, or to show
/// the errors), to *My page* ("save for later"), to the summary, or to the `following` step.
fn next(
    draft_id: &str,
    step_id: &str,
    action: &Action,
    answers: &Answers,
    valid: bool,
    return_to_check: bool,
    following: Option<&str>,
) -> Next {
    let here = format!("/journey/{draft_id}/{step_id}");
    let check = if return_to_check { "?return=check" } else { "" };
    let stay = |to: String| Next {
        to,
        resume: step_id.to_string(),
    };
    match action {
        Action::Add(group) => {
            let count = match answers.get(group) {
                Some(Answer::Items(items)) => items.len(),
                _ => 0,
            };
            stay(format!(
                "{here}{check}#a.{group}.{}",
                count.saturating_sub(1)
            ))
        }
        Action::Remove(group, _) => stay(format!("{here}{check}#a.{group}")),
        Action::Save => stay("/my-page?saved=1".into()),
        Action::Continue if !valid => {
            let check = if return_to_check { "&return=check" } else { "" };
            stay(format!("{here}?invalid=1{check}"))
        }
        Action::Continue if return_to_check => stay(format!("/journey/{draft_id}/check")),
        Action::Continue => match following {
            Some(next) => Next {
                to: format!("/journey/{draft_id}/{next}"),
                resume: next.to_string(),
            },
            None => stay(format!("/journey/{draft_id}/check")),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::{action_of, Action};

    fn form(action: &str) -> Vec<(String, String)> {
        vec![("action".into(), action.into())]
    }

    #[test]
    fn the_button_pressed_is_read_and_anything_else_is_refused() {
        assert_eq!(action_of(&[]), Some(Action::Continue));
        assert_eq!(action_of(&form("save")), Some(Action::Save));
        assert_eq!(
            action_of(&form("add:heirs")),
            Some(Action::Add("heirs".into()))
        );
        assert_eq!(
            action_of(&form("remove:heirs:2")),
            Some(Action::Remove("heirs".into(), 2))
        );
        for refused in ["remove:heirs", "remove:heirs:x", "add", "delete", "save:x"] {
            assert_eq!(action_of(&form(refused)), None, "{refused}");
        }
    }
}
