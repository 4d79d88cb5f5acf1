//! Field kinds and what each kind means to the parts of the engine that do not read values: the
//! shape of its answer in a form, its type in the condition language, the values a condition can
//! see when they are few, and what leaving it unanswered means. Reading an answer of a kind is
//! [`value::parse`](crate::journey::value::parse); rendering its widget is the pages'.

use super::Problem;
use crate::journey::{
    condition::{Ty, Val},
    date::DateBound,
};
use serde::{Deserialize, Serialize};

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

/// How an answer of a kind is posted and kept: one text, a list of choices, the parts of an
/// address, or a group's items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerShape {
    Text,
    Choices,
    Address,
    Items,
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

    /// A repeating group of item fields.
    pub fn is_group(&self) -> bool {
        matches!(self, FieldKind::Group { .. })
    }

    /// How its answer is posted (`a.<field>`, repeated, `.street`…, `.<i>.<item field>`).
    pub fn shape(&self) -> AnswerShape {
        match self {
            FieldKind::ManyOf(_) => AnswerShape::Choices,
            FieldKind::Address => AnswerShape::Address,
            FieldKind::Group { .. } => AnswerShape::Items,
            _ => AnswerShape::Text,
        }
    }

    /// Its type in the condition language.
    pub fn condition_type(&self) -> Ty {
        match self {
            FieldKind::YesNo => Ty::Bool,
            FieldKind::Number { .. } | FieldKind::Money { .. } => Ty::Number,
            FieldKind::Date { .. } => Ty::Date,
            FieldKind::ManyOf(_) => Ty::Set,
            FieldKind::Group { .. } => Ty::Group,
            FieldKind::Address => Ty::Address,
            _ => Ty::Text,
        }
    }

    /// Every value a condition can read from an answer of this kind, when there are few (yes or
    /// no, the options of `one_of`); `None` for the others. Absent is always possible too.
    pub fn finite_values(&self) -> Option<Vec<Val>> {
        match self {
            FieldKind::YesNo => Some(vec![Val::Bool(true), Val::Bool(false)]),
            FieldKind::OneOf(options) => Some(options.iter().cloned().map(Val::Text).collect()),
            _ => None,
        }
    }

    /// What is wrong with leaving a field of this kind unanswered: a group needs its `min`
    /// items whatever `required` says; any other field only its `required`.
    pub fn unanswered(&self, required: bool) -> Option<Problem> {
        match self {
            FieldKind::Group { min, .. } => {
                (*min > 0).then_some(Problem::TooFewItems { min: *min })
            }
            _ => required.then_some(Problem::Required),
        }
    }

    /// The input a problem points at, for a kind posted as several (`street` or `postcode` of
    /// an address); `None` when the field is one input.
    pub fn input_of(&self, problem: &Problem) -> Option<&'static str> {
        match (self, problem) {
            (FieldKind::Address, Problem::Postcode) => Some("postcode"),
            (FieldKind::Address, _) => Some("street"),
            _ => None,
        }
    }
}
