//! Validation: the problems with the answers a walk shows, per step and per group item, each
//! named by the form field it belongs to; and the first step on the path that has one.

use super::{
    top_env,
    walk::{fields_shown, shown_item_fields, walk, Walk},
    Answers,
};
use crate::journey::{
    date::Date,
    fields::{Answer, Problem},
    model::{Field, Journey},
    value,
};

/// One problem with one answer. `name` is the form field it belongs to (`child_pid`,
/// `heirs.0.heir_name`, `home.postcode`), so the error summary can link to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub name: String,
    pub field: String,
    pub problem: Problem,
}

pub(super) fn check_field(
    field: &Field,
    answer: Option<&Answer>,
    name: &str,
    today: Date,
    errors: &mut Vec<FieldError>,
) {
    // A problem with what was given points at the input it is in; a missing answer at the field.
    let (problem, input) = match answer.filter(|a| !a.is_empty()) {
        None => (field.kind.unanswered(field.required), None),
        Some(answer) => match value::read(&field.kind, answer, today) {
            Ok(_) => (None, None),
            Err(problem) => {
                let input = field.kind.input_of(&problem);
                (Some(problem), input)
            }
        },
    };
    if let Some(problem) = problem {
        errors.push(FieldError {
            name: match input {
                Some(input) => format!("{name}.{input}"),
                None => name.to_string(),
            },
            field: field.id.clone(),
            problem,
        });
    }
}

/// The problems with a step's shown answers, in the order of the fields.
pub fn validate_step(
    journey: &Journey,
    step: usize,
    answers: &Answers,
    today: Date,
) -> Vec<FieldError> {
    validate_shown(journey, step, &walk(journey, answers, today).shown, today)
}

/// `validate_step` over answers already walked, for a caller that needs the walk for more.
pub fn validate_walked(
    journey: &Journey,
    step: usize,
    walked: &Walk,
    today: Date,
) -> Vec<FieldError> {
    validate_shown(journey, step, &walked.shown, today)
}

/// `validate_step` over answers already walked (`shown`), so a caller that checks several steps
/// walks once.
fn validate_shown(journey: &Journey, step: usize, shown: &Answers, today: Date) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (field, answer, name) in shown_with_answers(journey, step, shown, today) {
        check_field(field, answer, &name, today, &mut errors);
    }
    errors
}

/// Each field of `step` these (walked) answers show, and each shown item field of its groups,
/// with its answer and its form field name (`board.1.member_pid`), in the order of the form.
pub(super) fn shown_with_answers<'a>(
    journey: &'a Journey,
    step: usize,
    shown: &'a Answers,
    today: Date,
) -> Vec<(&'a Field, Option<&'a Answer>, String)> {
    let outer = top_env(journey, shown, today);
    let mut out = Vec::new();
    for field in fields_shown(journey, step, &outer) {
        let answer = shown.get(&field.id);
        out.push((field, answer, field.id.clone()));
        if let Some(Answer::Items(items)) = answer {
            for (i, item) in items.iter().enumerate() {
                for item_field in shown_item_fields(journey, field, item, &outer, today) {
                    let name = format!("{}.{i}.{}", field.id, item_field.id);
                    out.push((item_field, item.get(&item_field.id), name));
                }
            }
        }
    }
    out
}

/// The first step on the path with a problem, if any (submit is allowed only without).
pub fn first_incomplete_step(journey: &Journey, answers: &Answers, today: Date) -> Option<usize> {
    let walk = walk(journey, answers, today);
    walk.path
        .into_iter()
        .find(|&s| !validate_shown(journey, s, &walk.shown, today).is_empty())
}
