//! A journey in motion: answers, the path the citizen's answers take through the steps, which
//! fields are shown, validation, reading a posted step, and "check your answers". Pure: the
//! caller passes today's date.
//!
//! Here: the answers, and the environment through which conditions read them (only shown
//! answers count). Beside it, one file per use of a walk: `walk.rs` (the path and what is
//! shown), `validate.rs` (the problems with a step's answers), `form.rs` (a posted step read
//! into answers), `summary.rs` ("check your answers" and what a draft is about) and `payload.rs`
//! (the calls to agencies a submission makes).

mod asked;
mod form;
mod parties;
mod payload;
mod slice;
mod summary;
mod validate;
mod verify;
mod walk;

pub use asked::{askable_fields, read_asked_form, shown_answer, validate_asked, validate_own};
pub use form::{read_step_form, FormError};
pub use parties::{participants, Participant};
pub use payload::{party_payload, service_calls, ServiceCall};
pub use slice::{island_slice, ISLAND_STEP};
pub use summary::{about, summary, Row, Shown, SummaryStep};
pub use validate::{first_incomplete_step, validate_step, validate_walked, FieldError};
pub use verify::{to_verify, ToVerify};
pub use walk::{
    holds_walked, next_step, previous_step, shown_fields, shown_fields_walked, walk, Walk,
};

use super::{
    condition::{self, Env, Expr, Val},
    date::Date,
    fields::{self, Answer},
    model::{Field, Journey},
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The answers of a draft or a submission, by field id. What the person typed is kept as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub BTreeMap<String, Answer>);

impl Answers {
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.0.get(id)
    }

    pub fn set(&mut self, id: &str, answer: Answer) {
        self.0.insert(id.to_string(), answer);
    }
}

/// Conditions read answers through this: only answers that are shown count.
struct AnswerEnv<'a> {
    fields: &'a [Field],
    answers: &'a Answers,
    outer: Option<&'a AnswerEnv<'a>>,
    today: Date,
    journey: &'a Journey,
}

impl Env for AnswerEnv<'_> {
    fn value(&self, name: &str) -> Val {
        match self.fields.iter().find(|f| f.id == name) {
            Some(field) => fields::condition_value(&field.kind, self.answers.get(name), self.today),
            None => match self.outer {
                Some(outer) => outer.value(name),
                None => match self.journey.field(name) {
                    Some((_, field)) => {
                        fields::condition_value(&field.kind, self.answers.get(name), self.today)
                    }
                    None => Val::Absent,
                },
            },
        }
    }

    fn items(&self, group: &str) -> Option<Vec<Box<dyn Env + '_>>> {
        let field = self
            .fields
            .iter()
            .find(|f| f.id == group)
            .or_else(|| self.journey.field(group).map(|(_, f)| f))?;
        let Some(Answer::Items(items)) = self.answers.get(group) else {
            return Some(Vec::new());
        };
        Some(
            items
                .iter()
                .map(|item| {
                    Box::new(AnswerEnv {
                        fields: &field.fields,
                        answers: item,
                        outer: Some(self),
                        today: self.today,
                        journey: self.journey,
                    }) as Box<dyn Env>
                })
                .collect(),
        )
    }

    fn today(&self) -> Option<Date> {
        Some(self.today)
    }
}

fn holds(condition: Option<&Expr>, env: &dyn Env) -> bool {
    condition.is_none_or(|c| condition::eval(c, env) == Some(true))
}

fn top_env<'a>(journey: &'a Journey, answers: &'a Answers, today: Date) -> AnswerEnv<'a> {
    AnswerEnv {
        fields: &[],
        answers,
        outer: None,
        today,
        journey,
    }
}
