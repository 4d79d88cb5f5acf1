//! Field types and answers: the kinds of field a journey asks ([`FieldKind`], with what each
//! kind means to forms, conditions and validation), answers as typed ([`Answer`], never lost even
//! when wrong) and what can be wrong with one ([`Problem`], with a Fluent message id, so the
//! server and the browser explain it the same way in the person's language).
//!
//! What an answer *is* — its parsed value — is [`value`](crate::journey::value)'s. Here beside
//! the kinds: `problem.rs` and `validate.rs` (an answer checked against its field, read as
//! conditions see it, and shown as readers see it, each through that parsed value).

mod kind;
mod problem;
mod validate;

#[cfg(test)]
mod tests;

pub use kind::{AnswerShape, FieldKind};
pub use problem::Problem;
pub use validate::{check, condition_value, display};

use super::value::text::blank;
use serde::{Deserialize, Serialize};

/// The most characters any single answer may have, whatever the definition says.
pub const HARD_MAX_LENGTH: usize = 10_000;

/// One answer as kept in a draft: what the person typed (never lost, even when invalid).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Text(String),
    Choices(Vec<String>),
    Address {
        street: String,
        postcode: String,
        city: String,
    },
    Items(Vec<super::Answers>),
}

impl Answer {
    /// Nothing typed or chosen.
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Text(t) => blank(t),
            Answer::Choices(c) => c.is_empty(),
            Answer::Address {
                street,
                postcode,
                city,
            } => [street, postcode, city].iter().all(|p| blank(p)),
            Answer::Items(items) => items.is_empty(),
        }
    }
}
