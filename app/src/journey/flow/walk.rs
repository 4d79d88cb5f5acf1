//! The walk: the steps the answers lead through, in order, and the answers (and fields) they
//! show — what every other part of a journey in motion starts from.

use super::{holds, top_env, AnswerEnv, Answers};
use crate::journey::{
    condition::Expr,
    date::Date,
    fields::Answer,
    model::{Field, Journey},
};

/// Where the answers lead: the steps on the path, in order, and the answers that are shown
/// (hidden branches' answers are left out — this is what gets submitted).
#[derive(Clone, Debug, PartialEq)]
pub struct Walk {
    pub path: Vec<usize>,
    pub shown: Answers,
}

/// Keeps the shown parts of one answer (a group's items keep only their shown fields).
fn shown_answer(
    journey: &Journey,
    field: &Field,
    answer: &Answer,
    outer: &AnswerEnv,
    today: Date,
) -> Answer {
    let Answer::Items(items) = answer else {
        return answer.clone();
    };
    Answer::Items(
        items
            .iter()
            .map(|item| {
                let mut kept = Answers::default();
                for item_field in &field.fields {
                    let env = AnswerEnv {
                        fields: &field.fields,
                        answers: &kept,
                        outer: Some(outer),
                        today,
                        journey,
                    };
                    if holds(item_field.show_if.as_ref(), &env) {
                        if let Some(a) = item.get(&item_field.id) {
                            kept.set(&item_field.id, a.clone());
                        }
                    }
                }
                kept
            })
            .collect(),
    )
}

/// Walks the steps with the given answers, as the citizen would.
pub fn walk(journey: &Journey, answers: &Answers, today: Date) -> Walk {
    let mut shown = Answers::default();
    let mut path = Vec::new();
    let mut index = 0;
    while let Some(step) = journey.steps.get(index) {
        // A party's step is theirs to answer, after the submission.
        if step.party.is_some() || !holds(step.show_if.as_ref(), &top_env(journey, &shown, today)) {
            index += 1;
            continue;
        }
        path.push(index);
        for field in &step.fields {
            let visible = holds(field.show_if.as_ref(), &top_env(journey, &shown, today));
            if let (true, Some(answer)) = (visible, answers.get(&field.id)) {
                let kept = shown_answer(
                    journey,
                    field,
                    answer,
                    &top_env(journey, &shown, today),
                    today,
                );
                shown.set(&field.id, kept);
            }
        }
        let after = top_env(journey, &shown, today);
        index = step
            .next
            .iter()
            .find(|b| holds(b.condition.as_ref(), &after))
            .map_or(index + 1, |b| b.to);
    }
    Walk { path, shown }
}

/// Whether `condition` holds (no condition always does) over answers already walked: why a walk
/// went where it did, for the checker's saved test cases. A condition reads only answers before
/// it, so the walk's answers give the value it had when the walk met it.
pub fn holds_walked(
    journey: &Journey,
    walked: &Walk,
    condition: Option<&Expr>,
    today: Date,
) -> bool {
    holds(condition, &top_env(journey, &walked.shown, today))
}

/// The item fields of one group item that its answers show.
pub(super) fn shown_item_fields<'a>(
    journey: &'a Journey,
    group: &'a Field,
    item: &Answers,
    outer: &AnswerEnv,
    today: Date,
) -> Vec<&'a Field> {
    let env = AnswerEnv {
        fields: &group.fields,
        answers: item,
        outer: Some(outer),
        today,
        journey,
    };
    group
        .fields
        .iter()
        .filter(|f| holds(f.show_if.as_ref(), &env))
        .collect()
}

/// The step's fields that the current answers show. Without JavaScript, every field of the step
/// is on the page (a conditional one says when it applies); this decides what is checked and kept.
pub fn shown_fields<'a>(
    journey: &'a Journey,
    step: usize,
    answers: &Answers,
    today: Date,
) -> Vec<&'a Field> {
    shown_fields_walked(journey, step, &walk(journey, answers, today), today)
}

/// `shown_fields` over answers already walked.
pub fn shown_fields_walked<'a>(
    journey: &'a Journey,
    step: usize,
    walked: &Walk,
    today: Date,
) -> Vec<&'a Field> {
    fields_shown(journey, step, &top_env(journey, &walked.shown, today))
}

/// The step's fields whose conditions hold in `env` (an environment over walked answers).
pub(super) fn fields_shown<'a>(
    journey: &'a Journey,
    step: usize,
    env: &AnswerEnv,
) -> Vec<&'a Field> {
    journey.steps[step]
        .fields
        .iter()
        .filter(|f| holds(f.show_if.as_ref(), env))
        .collect()
}

/// The step after `step` on the path, or `None` when it is the last.
pub fn next_step(journey: &Journey, step: usize, answers: &Answers, today: Date) -> Option<usize> {
    walk(journey, answers, today).after(step)
}

impl Walk {
    /// The step after `step` on this path, or `None` when it is the last (or not on it).
    pub fn after(&self, step: usize) -> Option<usize> {
        let at = self.path.iter().position(|&s| s == step)?;
        self.path.get(at + 1).copied()
    }
}

/// The step before `step` on the path.
pub fn previous_step(
    journey: &Journey,
    step: usize,
    answers: &Answers,
    today: Date,
) -> Option<usize> {
    let path = walk(journey, answers, today).path;
    let at = path.iter().position(|&s| s == step)?;
    at.checked_sub(1).map(|i| path[i])
}
