//! A citizen's draft moved to a new version of its journey: the answers that still fit are
//! kept, the others left behind with why, and the citizen is told what concerns them.
//!
//! "Still fits" is the field check's verdict ([`fields::check`]), never a second opinion.
//! Two judgements are this module's own, both so that a migration loses nothing the version
//! did not make wrong:
//! - an answer the old field already refused (a draft keeps what was typed, wrong or not) is
//!   kept as long as the field's kind is unchanged: the citizen's own unfinished answer, which
//!   the step's validation points out as before, not something the new version broke;
//! - a group with fewer items than its new `min` keeps them, as an unanswered field is kept:
//!   too few is incomplete (the step asks for more), not wrong. Too many is wrong.

use super::{DropReason, Dropped, Migration, Notice};
use crate::journey::{
    date::Date,
    fields::{self, Answer, Problem},
    flow::{shown_fields_walked, walk, Answers, Walk},
    model::{Field, Journey},
};

/// Moves answers saved on `old` to `new`. `today` is the citizen's calendar day, as for
/// validation (date bounds such as `today - 12m`).
pub fn migrate(old: &Journey, new: &Journey, answers: &Answers, today: Date) -> Migration {
    let mut dropped = Vec::new();
    let kept = keep(
        &top_fields(old),
        &top_fields(new),
        answers,
        today,
        &mut dropped,
    );
    let walked = walk(new, &kept, today);
    let mut notices = notices(old, new, &kept, &walked, today);
    notices.extend(dropped.iter().map(|d| Notice::AnswerRemoved {
        field_id: d.field_id.clone(),
    }));
    Migration {
        answers: kept,
        dropped,
        notices,
    }
}

/// The fields whose answers sit at the top of a draft: every step's own fields.
pub(super) fn top_fields(journey: &Journey) -> Vec<&Field> {
    journey.steps.iter().flat_map(|s| &s.fields).collect()
}

/// The answers at one level (the draft, or one group item) that fit `new`'s fields at that
/// level; what does not is added to `dropped` (once per field id).
fn keep(
    old: &[&Field],
    new: &[&Field],
    answers: &Answers,
    today: Date,
    dropped: &mut Vec<Dropped>,
) -> Answers {
    let mut kept = Answers::default();
    for (id, answer) in &answers.0 {
        let was = old.iter().find(|f| &f.id == id);
        let Some(field) = new.iter().find(|f| &f.id == id) else {
            // An empty answer to a removed field loses nothing: it goes without a word.
            if !answer.is_empty() {
                drop(dropped, id, DropReason::FieldRemoved);
            }
            continue;
        };
        match still_fits(was.copied(), field, answer, today) {
            Err(problem) => drop(
                dropped,
                id,
                DropReason::NoLongerFits {
                    problem: problem.message_id().to_string(),
                },
            ),
            Ok(()) => {
                let answer = match answer {
                    // A group's items: each item's answers against the item fields in turn.
                    Answer::Items(items) => {
                        let old_items = was.map_or_else(Vec::new, |was| refs(&was.fields));
                        let new_items = refs(&field.fields);
                        Answer::Items(
                            items
                                .iter()
                                .map(|item| keep(&old_items, &new_items, item, today, dropped))
                                .collect(),
                        )
                    }
                    _ => answer.clone(),
                };
                kept.set(id, answer);
            }
        }
    }
    kept
}

fn refs(fields: &[Field]) -> Vec<&Field> {
    fields.iter().collect()
}

fn drop(dropped: &mut Vec<Dropped>, id: &str, reason: DropReason) {
    if dropped.iter().all(|d| d.field_id != id) {
        dropped.push(Dropped {
            field_id: id.to_string(),
            reason,
        });
    }
}

/// Whether `answer` may stay as an answer to `field` (see the module note for what stays
/// though the check refuses it).
fn still_fits(
    was: Option<&Field>,
    field: &Field,
    answer: &Answer,
    today: Date,
) -> Result<(), Problem> {
    if answer.is_empty() {
        return Ok(());
    }
    match fields::check(&field.kind, answer, today) {
        None | Some(Problem::TooFewItems { .. }) => Ok(()),
        Some(_) if was.is_some_and(|was| was.kind == field.kind) => Ok(()),
        Some(problem) => Err(problem),
    }
}

fn answered(field: &Field, answers: &Answers) -> bool {
    answers.get(&field.id).is_some_and(|a| !a.is_empty())
}

/// Whether the question behind an answer is asked differently now.
fn question_changed(was: &Field, field: &Field) -> bool {
    was.kind != field.kind || was.required != field.required
}

/// New questions and changed ones, on the steps the kept answers walk through, in walk order.
/// A group's new item fields count as new questions where the group is shown (their item's own
/// conditions aside: the citizen may add items).
fn notices(
    old: &Journey,
    new: &Journey,
    kept: &Answers,
    walked: &Walk,
    today: Date,
) -> Vec<Notice> {
    let mut notices = Vec::new();
    for (position, &index) in walked.path.iter().enumerate() {
        let (step, step_id) = (position + 1, &new.steps[index].id);
        for field in shown_fields_walked(new, index, walked, today) {
            let items = match kept.get(&field.id) {
                Some(Answer::Items(items)) => items.as_slice(),
                _ => &[],
            };
            let mut consider = |f: &Field, answered: bool| match old.any_field(&f.id) {
                None => notices.push(Notice::NewQuestion {
                    step,
                    step_id: step_id.clone(),
                    field_id: f.id.clone(),
                }),
                Some(was) if answered && question_changed(was, f) => {
                    notices.push(Notice::QuestionChanged {
                        step,
                        field_id: f.id.clone(),
                    })
                }
                Some(_) => {}
            };
            consider(field, answered(field, kept));
            // A new group is one new question, not one per item field.
            let group_is_new = old.any_field(&field.id).is_none();
            for item_field in field.fields.iter().filter(|_| !group_is_new) {
                consider(item_field, items.iter().any(|i| answered(item_field, i)));
            }
        }
    }
    notices
}
