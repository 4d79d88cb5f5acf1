//! Field types: how a typed answer is checked, normalised, shown and read by conditions.
//! Every problem is a [`Problem`] with a Fluent message id, so both the server and the browser
//! explain it the same way in the person's language.
//!
//! Here: the field types ([`FieldKind`]) and answers ([`Answer`]). Beside them: `problem.rs`
//! (what can be wrong, with its message id), `parse.rs` (reading what people type: numbers,
//! money, check digits, invisible and control characters), `validate.rs` (an answer checked
//! against its type, and read as conditions see it) and `display.rs` (an answer normalised for
//! agencies and shown for readers).

mod display;
mod parse;
mod problem;
mod validate;

#[cfg(test)]
mod tests;

pub use display::{display, display_money, normalise};
pub use parse::{parse_money, valid_bank_account, valid_organisation_number};
pub use problem::Problem;
pub use validate::{check, condition_value};

use super::date::DateBound;
use parse::blank;
use serde::{Deserialize, Serialize};

/// The most characters any single answer may have, whatever the definition says.
pub const HARD_MAX_LENGTH: usize = 10_000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldKind {
    Text {
        max_length: usize,
    },
    LongText {
        max_length: usize,
    },
    Number {
        min: Option<i64>,
        max: Option<i64>,
    },
    /// Kept in øre, typed and shown in kroner.
    Money {
        min: Option<i64>,
        max: Option<i64>,
    },
    /// Inclusive bounds, worked out against the caller's today. A definition that states no
    /// `not_before` gets [`DateBound::DEFAULT_FLOOR`].
    Date {
        not_before: DateBound,
        not_after: Option<DateBound>,
    },
    YesNo,
    OneOf(Vec<String>),
    ManyOf(Vec<String>),
    IdentityNumber,
    OrganisationNumber,
    BankAccount,
    Email,
    Phone,
    Address,
    Group {
        min: usize,
        max: usize,
    },
}

impl FieldKind {
    pub fn name(&self) -> &'static str {
        match self {
            FieldKind::Text { .. } => "text",
            FieldKind::LongText { .. } => "long_text",
            FieldKind::Number { .. } => "number",
            FieldKind::Money { .. } => "money",
            FieldKind::Date { .. } => "date",
            FieldKind::YesNo => "yes_no",
            FieldKind::OneOf(_) => "one_of",
            FieldKind::ManyOf(_) => "many_of",
            FieldKind::IdentityNumber => "identity_number",
            FieldKind::OrganisationNumber => "organisation_number",
            FieldKind::BankAccount => "bank_account",
            FieldKind::Email => "email",
            FieldKind::Phone => "phone",
            FieldKind::Address => "address",
            FieldKind::Group { .. } => "group",
        }
    }

    pub fn options(&self) -> Option<&[String]> {
        match self {
            FieldKind::OneOf(options) | FieldKind::ManyOf(options) => Some(options),
            _ => None,
        }
    }
}

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
