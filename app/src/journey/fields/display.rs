//! Display: an answer in the form agencies receive (digits, øre, ISO dates) and as a reader sees
//! it on "check your answers" and the receipt (kroner, `dd.mm.yyyy`, grouped numbers).

use super::{
    parse::{parse_money, parse_number, valid_bank_account, valid_organisation_number},
    FieldKind,
};
use crate::journey::{date::Date, IdentityNumber};

/// Øre shown as kroner: `12 500 kr` or `12 500,50 kr`.
pub fn display_money(ore: i64) -> String {
    let kroner = (ore / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in kroner.chars().enumerate() {
        if i > 0 && (kroner.len() - i).is_multiple_of(3) {
            grouped.push('\u{a0}');
        }
        grouped.push(c);
    }
    match ore % 100 {
        0 => format!("{grouped} kr"),
        rest => format!("{grouped},{rest:02} kr"),
    }
}

/// The answer in the form agencies receive: numbers as digits, money in øre, dates ISO.
pub fn normalise(kind: &FieldKind, text: &str) -> String {
    let text = text.trim();
    match kind {
        FieldKind::Money { .. } => parse_money(text).map_or(text.to_string(), |n| n.to_string()),
        FieldKind::Number { .. } => parse_number(text).map_or(text.to_string(), |n| n.to_string()),
        FieldKind::Date { .. } => {
            Date::parse_input(text).map_or(text.to_string(), |d| d.to_string())
        }
        FieldKind::IdentityNumber => IdentityNumber::parse(text)
            .map(|n| n.as_str().to_string())
            .unwrap_or_else(|_| text.to_string()),
        FieldKind::OrganisationNumber => {
            valid_organisation_number(text).unwrap_or_else(|| text.to_string())
        }
        FieldKind::BankAccount => valid_bank_account(text).unwrap_or_else(|| text.to_string()),
        FieldKind::Phone => text.chars().filter(|c| !c.is_whitespace()).collect(),
        _ => text.to_string(),
    }
}

/// The answer as a reader sees it on "check your answers" and the receipt: money in kroner
/// (`12 500 kr`), dates `dd.mm.yyyy`, identity numbers `DDMMYY NNNNN`, organisation numbers
/// `974 760 673`, account numbers `1234.56.78903`. An answer that is not valid for its field is
/// shown as typed (trimmed).
pub fn display(kind: &FieldKind, text: &str) -> String {
    let text = text.trim();
    let grouped = |digits: &str, sizes: &[usize], separator: char| {
        let mut out = String::with_capacity(digits.len() + sizes.len());
        let mut at = 0;
        for (i, size) in sizes.iter().enumerate() {
            if i > 0 {
                out.push(separator);
            }
            out.push_str(&digits[at..at + size]);
            at += size;
        }
        out
    };
    match kind {
        FieldKind::Money { .. } => {
            parse_money(text).map_or_else(|| text.to_string(), display_money)
        }
        FieldKind::Date { .. } => {
            Date::parse_input(text).map_or_else(|| text.to_string(), Date::display)
        }
        FieldKind::IdentityNumber => IdentityNumber::parse(text)
            .map(|n| grouped(n.as_str(), &[6, 5], ' '))
            .unwrap_or_else(|_| text.to_string()),
        FieldKind::OrganisationNumber => valid_organisation_number(text)
            .map(|d| grouped(&d, &[3, 3, 3], ' '))
            .unwrap_or_else(|| text.to_string()),
        FieldKind::BankAccount => valid_bank_account(text)
            .map(|d| grouped(&d, &[4, 2, 5], '.'))
            .unwrap_or_else(|| text.to_string()),
        kind => normalise(kind, text),
    }
}
