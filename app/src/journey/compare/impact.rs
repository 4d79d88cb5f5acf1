//! How a new version touches one draft, for the admin's impact-before-publish page: the
//! answers it removes or no longer takes (the migration's verdict, so the page and the
//! citizen's next visit agree), the new required questions on steps the draft has already
//! passed, and answered fields the new conditions hide.

use super::{migrate, DropReason, Touch};
use crate::journey::{
    date::Date,
    fields::Answer,
    flow::{first_incomplete_step, shown_fields_walked, walk, Answers, Walk},
    model::{Field, Journey, Step},
};

/// Which of the draft's `answers` (saved on `old`) the move to `new` touches; empty when none.
pub fn impact(old: &Journey, new: &Journey, answers: &Answers, today: Date) -> Vec<Touch> {
    let migration = migrate(old, new, answers, today);
    let mut touches: Vec<Touch> = migration
        .dropped
        .iter()
        .map(|d| match d.reason {
            DropReason::FieldRemoved => Touch::RemovedFieldWithAnswer {
                field_id: d.field_id.clone(),
            },
            DropReason::NoLongerFits { .. } => Touch::AnswerNoLongerFits {
                field_id: d.field_id.clone(),
            },
        })
        .collect();
    let before = walk(old, answers, today);
    let after = walk(new, &migration.answers, today);
    touches.extend(new_required(old, new, answers, &after, today));
    // An answer left behind is told as such, not also as hidden.
    let left_behind: Vec<&str> = migration
        .dropped
        .iter()
        .map(|d| d.field_id.as_str())
        .collect();
    touches.extend(now_hidden(new, &before, &after).into_iter().filter(
        |t| !matches!(t, Touch::NowHidden { field_id } if left_behind.contains(&field_id.as_str())),
    ));
    touches
}

/// A field needs an answer to be complete: `required`, or a group with a `min`.
fn needs_answer(field: &Field) -> bool {
    field.kind.unanswered(field.required).is_some()
}

fn has_answer(answers: &Answers, id: &str) -> bool {
    answers.get(id).is_some_and(|a| !a.is_empty())
}

/// Fields that need an answer in `new` but did not in `old` (or did not exist), shown on a step
/// of the new walk that the draft has passed: a step before the one the draft resumes at (the
/// first incomplete one on the old version; every step when it was complete), or a step with
/// answers of its own.
fn new_required(
    old: &Journey,
    new: &Journey,
    answers: &Answers,
    after: &Walk,
    today: Date,
) -> Vec<Touch> {
    let resume = first_incomplete_step(old, answers, today).map(|i| old.steps[i].id.as_str());
    let resume_at = resume
        .and_then(|id| new.step(id))
        .and_then(|(index, _)| after.path.iter().position(|&s| s == index));
    let answered_on = |step: &Step| step.fields.iter().any(|f| has_answer(answers, &f.id));
    let mut touches = Vec::new();
    for (position, &index) in after.path.iter().enumerate() {
        let step = &new.steps[index];
        let passed =
            resume.is_none() || resume_at.is_some_and(|at| position < at) || answered_on(step);
        if !passed {
            continue;
        }
        let mut touch = |field: &Field| {
            let newly = old
                .any_field(&field.id)
                .is_none_or(|was| !needs_answer(was));
            if newly && needs_answer(field) {
                touches.push(Touch::NewRequiredOnPassedStep {
                    step_id: step.id.clone(),
                    field_id: field.id.clone(),
                });
            }
        };
        for field in shown_fields_walked(new, index, after, today) {
            touch(field);
            // Items the draft already has need the group's newly required item fields too.
            if let Some(Answer::Items(items)) = after.shown.get(&field.id) {
                if !items.is_empty() {
                    field.fields.iter().for_each(&mut touch);
                }
            }
        }
    }
    touches
}

/// Answered fields the old walk showed and the new one does not (a group's item field: shown
/// with an answer in some item before, in none now).
fn now_hidden(new: &Journey, before: &Walk, after: &Walk) -> Vec<Touch> {
    let mut touches = Vec::new();
    for field in new.steps.iter().flat_map(|s| &s.fields) {
        let hidden = |id: &str| Touch::NowHidden {
            field_id: id.to_string(),
        };
        if has_answer(&before.shown, &field.id) && !has_answer(&after.shown, &field.id) {
            touches.push(hidden(&field.id));
            continue;
        }
        let items = |walk: &'_ Walk| match walk.shown.get(&field.id) {
            Some(Answer::Items(items)) => items.clone(),
            _ => Vec::new(),
        };
        let (was, is) = (items(before), items(after));
        for item_field in &field.fields {
            let shown = |items: &[Answers]| items.iter().any(|i| has_answer(i, &item_field.id));
            if shown(&was) && !shown(&is) {
                touches.push(hidden(&item_field.id));
            }
        }
    }
    touches
}
