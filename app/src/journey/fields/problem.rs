//! Problems: what can be wrong with an answer, each with the Fluent message id and placeables
//! that explain it, so the server and the browser say it the same way.

use crate::journey::date::Date;

/// What is wrong with an answer. `message_id` names the Fluent message; `args` its placeables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong {
        max: usize,
    },
    ControlCharacters,
    NotWholeNumber,
    TooSmall {
        min: String,
    },
    TooLarge {
        max: String,
    },
    NotMoney,
    NotDate,
    DateTooEarly {
        min: Date,
    },
    DateTooLate {
        max: Date,
    },
    NotAnOption,
    IdentityNumber(&'static str),
    OrganisationNumber,
    BankAccount,
    Email,
    Phone,
    Postcode,
    AddressIncomplete,
    TooFewItems {
        min: usize,
    },
    TooManyItems {
        max: usize,
    },
    /// A register check (`verify`), on the server: the name is taken in Enhetsregisteret.
    NameTaken,
    /// A register check (`verify`), on the server: Folkeregisteret does not know the person.
    PersonUnknown,
}

impl Problem {
    /// Every message id a problem may have (the browser gets them all for live checks).
    pub const MESSAGE_IDS: [&'static str; 25] = [
        "error-required",
        "error-too-long",
        "error-control-characters",
        "error-not-whole-number",
        "error-too-small",
        "error-too-large",
        "error-not-money",
        "error-not-date",
        "error-date-too-early",
        "error-date-too-late",
        "error-not-an-option",
        "error-organisation-number",
        "error-bank-account",
        "error-email",
        "error-phone",
        "error-postcode",
        "error-address-incomplete",
        "error-too-few-items",
        "error-too-many-items",
        "error-identity-number-length",
        "error-identity-number-digits",
        "error-identity-number-date",
        "error-identity-number-checksum",
        "error-name-taken",
        "error-person-unknown",
    ];

    pub fn message_id(&self) -> &'static str {
        match self {
            Problem::Required => "error-required",
            Problem::TooLong { .. } => "error-too-long",
            Problem::ControlCharacters => "error-control-characters",
            Problem::NotWholeNumber => "error-not-whole-number",
            Problem::TooSmall { .. } => "error-too-small",
            Problem::TooLarge { .. } => "error-too-large",
            Problem::NotMoney => "error-not-money",
            Problem::NotDate => "error-not-date",
            Problem::DateTooEarly { .. } => "error-date-too-early",
            Problem::DateTooLate { .. } => "error-date-too-late",
            Problem::NotAnOption => "error-not-an-option",
            Problem::IdentityNumber(id) => id,
            Problem::OrganisationNumber => "error-organisation-number",
            Problem::BankAccount => "error-bank-account",
            Problem::Email => "error-email",
            Problem::Phone => "error-phone",
            Problem::Postcode => "error-postcode",
            Problem::AddressIncomplete => "error-address-incomplete",
            Problem::TooFewItems { .. } => "error-too-few-items",
            Problem::TooManyItems { .. } => "error-too-many-items",
            Problem::NameTaken => "error-name-taken",
            Problem::PersonUnknown => "error-person-unknown",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Problem::TooLong { max } | Problem::TooManyItems { max } => {
                vec![("max", max.to_string())]
            }
            Problem::TooFewItems { min } => vec![("min", min.to_string())],
            Problem::TooSmall { min } => vec![("min", min.clone())],
            Problem::TooLarge { max } => vec![("max", max.clone())],
            Problem::DateTooEarly { min } => vec![("min", min.display())],
            Problem::DateTooLate { max } => vec![("max", max.display())],
            _ => vec![],
        }
    }
}
