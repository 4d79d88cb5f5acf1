//! Validation: one answer checked against its field type and bounds (today's date for bounds
//! that move with it), and the answer as conditions read it — an invalid one counts as absent.

use super::{
    display::{display_money, normalise},
    parse::{
        has_control_characters, parse_money, parse_number, valid_bank_account, valid_email,
        valid_organisation_number, valid_phone,
    },
    Answer, FieldKind, Problem, HARD_MAX_LENGTH,
};
use crate::journey::{
    condition::Val,
    date::{Date, DateBound},
    IdentityNumber,
};

fn check_text(text: &str, max_length: usize, multiline: bool) -> Option<Problem> {
    if text.chars().count() > max_length.min(HARD_MAX_LENGTH) {
        Some(Problem::TooLong { max: max_length })
    } else if has_control_characters(text, multiline) {
        Some(Problem::ControlCharacters)
    } else {
        None
    }
}

/// Checks one non-empty answer of a (non-group) field. Emptiness and `required` are the
/// caller's business. `today` is the citizen's calendar day (Oslo), for date bounds such as
/// `today - 12m`; the server and the browser pass the same one, so they agree.
pub fn check(kind: &FieldKind, answer: &Answer, today: Date) -> Option<Problem> {
    let text = match answer {
        Answer::Text(text) => text.trim(),
        Answer::Choices(choices) => {
            let options = kind.options().unwrap_or_default();
            let single = matches!(kind, FieldKind::OneOf(_) | FieldKind::YesNo);
            let valid = choices.iter().all(|c| {
                options.contains(c)
                    || (matches!(kind, FieldKind::YesNo) && (c == "yes" || c == "no"))
            });
            return (!valid || (single && choices.len() > 1)).then_some(Problem::NotAnOption);
        }
        Answer::Address {
            street,
            postcode,
            city,
        } => {
            if !matches!(kind, FieldKind::Address) {
                return Some(Problem::NotAnOption);
            }
            for part in [street, postcode, city] {
                if let Some(problem) = check_text(part, 200, false) {
                    return Some(problem);
                }
            }
            if [street, postcode, city].iter().any(|p| p.trim().is_empty()) {
                return Some(Problem::AddressIncomplete);
            }
            let postcode = postcode.trim();
            return (postcode.len() != 4 || !postcode.chars().all(|c| c.is_ascii_digit()))
                .then_some(Problem::Postcode);
        }
        Answer::Items(_) => return None,
    };
    match kind {
        FieldKind::Text { max_length } => return check_text(text, *max_length, false),
        FieldKind::LongText { max_length } => return check_text(text, *max_length, true),
        _ => {}
    }
    if let Some(problem) = check_text(text, 200, false) {
        return Some(problem);
    }
    match kind {
        FieldKind::Number { min, max } => {
            let Some(n) = parse_number(text) else {
                return Some(Problem::NotWholeNumber);
            };
            bounds(n, *min, *max, |n| n.to_string())
        }
        FieldKind::Money { min, max } => {
            let Some(n) = parse_money(text) else {
                return Some(Problem::NotMoney);
            };
            bounds(n, *min, *max, display_money)
        }
        FieldKind::Date {
            not_before,
            not_after,
        } => match Date::parse_input(text) {
            None => Some(Problem::NotDate),
            Some(date) => date_bounds(date, not_before, not_after.as_ref(), today),
        },
        FieldKind::YesNo => (!matches!(text, "yes" | "no")).then_some(Problem::NotAnOption),
        FieldKind::OneOf(options) => {
            (!options.iter().any(|o| o == text)).then_some(Problem::NotAnOption)
        }
        FieldKind::ManyOf(_) | FieldKind::Address | FieldKind::Group { .. } => {
            Some(Problem::NotAnOption)
        }
        FieldKind::IdentityNumber => IdentityNumber::parse(text)
            .err()
            .map(|e| Problem::IdentityNumber(e.message_id())),
        FieldKind::OrganisationNumber => valid_organisation_number(text)
            .is_none()
            .then_some(Problem::OrganisationNumber),
        FieldKind::BankAccount => valid_bank_account(text)
            .is_none()
            .then_some(Problem::BankAccount),
        FieldKind::Email => (!valid_email(text)).then_some(Problem::Email),
        FieldKind::Phone => (!valid_phone(text)).then_some(Problem::Phone),
        FieldKind::Text { .. } | FieldKind::LongText { .. } => None,
    }
}

fn bounds(n: i64, min: Option<i64>, max: Option<i64>, show: fn(i64) -> String) -> Option<Problem> {
    if let Some(min) = min.filter(|&m| n < m) {
        return Some(Problem::TooSmall { min: show(min) });
    }
    max.filter(|&m| n > m)
        .map(|m| Problem::TooLarge { max: show(m) })
}

/// A date outside its bounds, as of `today` (a bound that moves today out of the calendar does
/// not apply).
fn date_bounds(
    date: Date,
    not_before: &DateBound,
    not_after: Option<&DateBound>,
    today: Date,
) -> Option<Problem> {
    if let Some(min) = not_before.on(today).filter(|&min| date < min) {
        return Some(Problem::DateTooEarly { min });
    }
    not_after
        .and_then(|bound| bound.on(today))
        .filter(|&max| date > max)
        .map(|max| Problem::DateTooLate { max })
}

/// The answer as conditions see it; an invalid or empty answer counts as absent.
pub fn condition_value(kind: &FieldKind, answer: Option<&Answer>, today: Date) -> Val {
    let Some(answer) = answer.filter(|a| !a.is_empty()) else {
        return Val::Absent;
    };
    if !matches!(kind, FieldKind::Group { .. }) && check(kind, answer, today).is_some() {
        return Val::Absent;
    }
    match (kind, answer) {
        (FieldKind::ManyOf(_), Answer::Choices(c)) => Val::Set(c.clone()),
        (FieldKind::YesNo, Answer::Text(t)) => Val::Bool(t.trim() == "yes"),
        (FieldKind::Number { .. }, Answer::Text(t)) => {
            parse_number(t).map_or(Val::Absent, Val::Number)
        }
        (FieldKind::Money { .. }, Answer::Text(t)) => {
            parse_money(t).map_or(Val::Absent, Val::Number)
        }
        (FieldKind::Date { .. }, Answer::Text(t)) => {
            Date::parse_input(t).map_or(Val::Absent, Val::Date)
        }
        (FieldKind::Address | FieldKind::Group { .. }, _) => Val::Text(String::new()),
        (_, Answer::Text(t)) => Val::Text(normalise(kind, t)),
        _ => Val::Absent,
    }
}
