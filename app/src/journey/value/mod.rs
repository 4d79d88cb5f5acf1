//! The parsed answer value: what an answer *is* once read as its field's kind — a whole number,
//! money in øre, a date, an identity, organisation or account number, a chosen option, an
//! address — so conditions, validation, the summary and agency payloads work with typed values
//! and no one reads the typed text again.
//!
//! Answers stay as typed in drafts ([`Answer`](super::fields::Answer), never lost even when
//! wrong); [`parse`] reads one into a [`Value`] or says what is wrong with it, as a
//! [`Problem`](super::fields::Problem) with a Fluent message id. Here: the value and what it
//! becomes for conditions, agencies and readers. Beside it: `parse.rs` (the one place that reads
//! an answer by its field kind, and the kind's bounds), the newtypes `money.rs` ([`Money`]) and
//! `numbers.rs` ([`OrgNumber`], [`AccountNumber`]) beside the engine's
//! [`IdentityNumber`](super::IdentityNumber) and [`Date`], and `text.rs` (typed text: blanks,
//! control characters, numbers, e-mail, phone).

mod money;
mod numbers;
mod parse;
pub(crate) mod text;

#[cfg(test)]
mod tests;

pub use money::{Money, MoneyError};
pub use numbers::{AccountNumber, CheckDigitError, OrgNumber};
pub use parse::{check_bounds, parse, read};

use super::{condition::Val, date::Date, IdentityNumber};
use std::fmt;

/// An answer read as its field's kind. Each variant is one kind's value (`text` and
/// `long_text` share [`Value::Text`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// `text` and `long_text`, trimmed.
    Text(String),
    Number(i64),
    Money(Money),
    Date(Date),
    YesNo(bool),
    /// `one_of`: the chosen option's id.
    OneOf(String),
    /// `many_of`: the chosen options' ids.
    ManyOf(Vec<String>),
    IdentityNumber(IdentityNumber),
    OrgNumber(OrgNumber),
    AccountNumber(AccountNumber),
    Email(String),
    /// Without its spaces: `91234567`, `+4791234567`.
    Phone(String),
    Address(Address),
    /// A group: how many items it has (each item's answers are read by their own fields).
    Items(usize),
}

/// A postal address, each part trimmed; the postcode is four digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    pub street: String,
    pub postcode: String,
    pub city: String,
}

impl Value {
    /// The value as conditions read it: numbers and money (in øre) as numbers, dates as dates,
    /// yes/no as a truth value, the options of `many_of` as a set, the numbers with check digits
    /// as their digits, and an address or a group as merely answered.
    pub fn condition(&self) -> Val {
        match self {
            Value::Number(n) => Val::Number(*n),
            Value::Money(money) => Val::Number(money.ore()),
            Value::Date(date) => Val::Date(*date),
            Value::YesNo(yes) => Val::Bool(*yes),
            Value::ManyOf(options) => Val::Set(options.clone()),
            Value::Address(_) | Value::Items(_) => Val::Text(String::new()),
            Value::Text(text) | Value::OneOf(text) | Value::Email(text) | Value::Phone(text) => {
                Val::Text(text.clone())
            }
            Value::IdentityNumber(number) => Val::Text(number.as_str().to_string()),
            Value::OrgNumber(number) => Val::Text(number.as_str().to_string()),
            Value::AccountNumber(number) => Val::Text(number.as_str().to_string()),
        }
    }

    /// The value as an agency receives it: numbers and money (in øre) as JSON numbers, yes/no
    /// as a boolean, dates ISO, numbers with check digits as their digits, the options of
    /// `many_of` as a list, an address as an object. A group's items are mapped field by field
    /// by the caller; here it is only their count.
    pub fn payload(&self) -> serde_json::Value {
        use serde_json::{json, Value as Json};
        match self {
            Value::Number(n) => Json::from(*n),
            Value::Money(money) => Json::from(money.ore()),
            Value::YesNo(yes) => Json::Bool(*yes),
            Value::Date(date) => Json::String(date.to_string()),
            Value::ManyOf(options) => json!(options),
            Value::Address(a) => {
                json!({ "street": a.street, "postcode": a.postcode, "city": a.city })
            }
            Value::Items(count) => Json::from(*count),
            Value::Text(text) | Value::OneOf(text) | Value::Email(text) | Value::Phone(text) => {
                Json::String(text.clone())
            }
            Value::IdentityNumber(number) => Json::String(number.as_str().to_string()),
            Value::OrgNumber(number) => Json::String(number.as_str().to_string()),
            Value::AccountNumber(number) => Json::String(number.as_str().to_string()),
        }
    }
}

/// The value as a reader sees it on "check your answers" and the receipt: money in kroner
/// (`12 500 kr`), dates `dd.mm.yyyy`, identity numbers `DDMMYY NNNNN`, organisation numbers
/// `974 760 673`, account numbers `1234.56.78903`, an address on one line. (Options and yes/no
/// are shown through their Fluent messages by the summary; here they are their ids.)
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => write!(f, "{n}"),
            Value::Money(money) => write!(f, "{money}"),
            Value::Date(date) => f.write_str(&date.display()),
            Value::YesNo(yes) => f.write_str(if *yes { "yes" } else { "no" }),
            Value::ManyOf(options) => f.write_str(&options.join(", ")),
            Value::IdentityNumber(number) => {
                let digits = number.as_str();
                write!(f, "{} {}", &digits[..6], &digits[6..])
            }
            Value::OrgNumber(number) => write!(f, "{number}"),
            Value::AccountNumber(number) => write!(f, "{number}"),
            Value::Address(a) => write!(f, "{}, {} {}", a.street, a.postcode, a.city),
            Value::Items(count) => write!(f, "{count}"),
            Value::Text(text) | Value::OneOf(text) | Value::Email(text) | Value::Phone(text) => {
                f.write_str(text)
            }
        }
    }
}
