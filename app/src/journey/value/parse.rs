//! Reading an answer by its field kind: the one place that knows, for every kind, what a typed
//! answer must look like and what value it becomes ([`parse`]), and which values the kind's
//! bounds allow ([`check_bounds`]: `min`/`max`, date bounds that move with today, a group's
//! number of items). The two are apart because a value outside its bounds is still that value:
//! the summary shows `150 000 kr` for an amount over the maximum, while validation refuses it
//! and conditions read it as absent ([`read`]: both at once).

use super::{
    money::Money,
    numbers::{AccountNumber, OrgNumber},
    text::{has_control_characters, phone_number, valid_email, whole_number},
    Address, Value,
};
use crate::journey::{
    date::{Date, DateBound},
    fields::{Answer, FieldKind, Problem, HARD_MAX_LENGTH},
    IdentityNumber,
};

/// Reads an answer as the value of a field of `kind`, or says what is wrong with it. Nothing
/// given (an empty or blank answer) is [`Problem::Required`]; whether that matters is the
/// caller's business (`required`, a group's `min`). Bounds are [`check_bounds`]'s.
pub fn parse(kind: &FieldKind, answer: &Answer) -> Result<Value, Problem> {
    if answer.is_empty() {
        return Err(Problem::Required);
    }
    match answer {
        Answer::Text(text) => parse_text(kind, text.trim()),
        Answer::Choices(choices) => parse_choices(kind, choices),
        Answer::Address {
            street,
            postcode,
            city,
        } => parse_address(kind, street, postcode, city),
        Answer::Items(items) => match kind {
            FieldKind::Group { .. } => Ok(Value::Items(items.len())),
            _ => Err(Problem::NotAnOption),
        },
    }
}

/// [`parse`], then [`check_bounds`]: the answer's value if the field takes it.
pub fn read(kind: &FieldKind, answer: &Answer, today: Date) -> Result<Value, Problem> {
    let value = parse(kind, answer)?;
    match check_bounds(kind, &value, today) {
        Some(problem) => Err(problem),
        None => Ok(value),
    }
}

fn check_text(text: &str, max_length: usize, multiline: bool) -> Result<(), Problem> {
    if text.chars().count() > max_length.min(HARD_MAX_LENGTH) {
        Err(Problem::TooLong { max: max_length })
    } else if has_control_characters(text, multiline) {
        Err(Problem::ControlCharacters)
    } else {
        Ok(())
    }
}

/// A typed answer (already trimmed): a text of its own, or a number, date, option, identity
/// number… typed as text, at most 200 characters on one line.
fn parse_text(kind: &FieldKind, text: &str) -> Result<Value, Problem> {
    let owned = || text.to_string();
    match kind {
        FieldKind::Text { max_length } => {
            return check_text(text, *max_length, false).map(|()| Value::Text(owned()))
        }
        FieldKind::LongText { max_length } => {
            return check_text(text, *max_length, true).map(|()| Value::Text(owned()))
        }
        _ => check_text(text, 200, false)?,
    }
    match kind {
        FieldKind::Number { .. } => whole_number(text)
            .map(Value::Number)
            .ok_or(Problem::NotWholeNumber),
        FieldKind::Money { .. } => Money::parse(text)
            .map(Value::Money)
            .map_err(|_| Problem::NotMoney),
        FieldKind::Date { .. } => Date::parse_input(text)
            .map(Value::Date)
            .ok_or(Problem::NotDate),
        FieldKind::YesNo => match text {
            "yes" => Ok(Value::YesNo(true)),
            "no" => Ok(Value::YesNo(false)),
            _ => Err(Problem::NotAnOption),
        },
        FieldKind::OneOf(options) if options.iter().any(|o| o == text) => Ok(Value::OneOf(owned())),
        FieldKind::IdentityNumber => IdentityNumber::parse(text)
            .map(Value::IdentityNumber)
            .map_err(|e| Problem::IdentityNumber(e.message_id())),
        FieldKind::OrganisationNumber => OrgNumber::parse(text)
            .map(Value::OrgNumber)
            .map_err(|_| Problem::OrganisationNumber),
        FieldKind::BankAccount => AccountNumber::parse(text)
            .map(Value::AccountNumber)
            .map_err(|_| Problem::BankAccount),
        FieldKind::Email if valid_email(text) => Ok(Value::Email(owned())),
        FieldKind::Email => Err(Problem::Email),
        FieldKind::Phone => phone_number(text).map(Value::Phone).ok_or(Problem::Phone),
        FieldKind::OneOf(_)
        | FieldKind::ManyOf(_)
        | FieldKind::Address
        | FieldKind::Group { .. }
        | FieldKind::Text { .. }
        | FieldKind::LongText { .. } => Err(Problem::NotAnOption),
    }
}

/// Chosen options: any of `many_of`'s, or one of `one_of`'s (or yes or no).
fn parse_choices(kind: &FieldKind, choices: &[String]) -> Result<Value, Problem> {
    let one = match choices {
        [one] => Some(one.clone()),
        _ => None,
    };
    match (kind, one) {
        (FieldKind::ManyOf(options), _) if choices.iter().all(|c| options.contains(c)) => {
            Ok(Value::ManyOf(choices.to_vec()))
        }
        (FieldKind::OneOf(options), Some(one)) if options.contains(&one) => Ok(Value::OneOf(one)),
        (FieldKind::YesNo, Some(one)) if one == "yes" || one == "no" => {
            Ok(Value::YesNo(one == "yes"))
        }
        _ => Err(Problem::NotAnOption),
    }
}

/// A postal address: every part given, none too long, a four-digit postcode.
fn parse_address(
    kind: &FieldKind,
    street: &str,
    postcode: &str,
    city: &str,
) -> Result<Value, Problem> {
    if !matches!(kind, FieldKind::Address) {
        return Err(Problem::NotAnOption);
    }
    for part in [street, postcode, city] {
        check_text(part, 200, false)?;
    }
    let [street, postcode, city] = [street, postcode, city].map(str::trim);
    if [street, postcode, city].iter().any(|p| p.is_empty()) {
        return Err(Problem::AddressIncomplete);
    }
    if postcode.len() != 4 || !postcode.chars().all(|c| c.is_ascii_digit()) {
        return Err(Problem::Postcode);
    }
    Ok(Value::Address(Address {
        street: street.to_string(),
        postcode: postcode.to_string(),
        city: city.to_string(),
    }))
}

/// What is wrong with a value for a field of `kind` because of the kind's bounds, as of `today`
/// (a date bound that moves today out of the calendar does not apply).
pub fn check_bounds(kind: &FieldKind, value: &Value, today: Date) -> Option<Problem> {
    match (kind, value) {
        (FieldKind::Number { min, max }, Value::Number(n)) => {
            bounds(*n, *min, *max, |n| n.to_string())
        }
        (FieldKind::Money { min, max }, Value::Money(money)) => {
            bounds(money.ore(), *min, *max, |ore| {
                Money::from_ore(ore).to_string()
            })
        }
        (
            FieldKind::Date {
                not_before,
                not_after,
            },
            Value::Date(date),
        ) => date_bounds(*date, not_before, not_after.as_ref(), today),
        (FieldKind::Group { min, max }, Value::Items(count)) => {
            if count < min {
                Some(Problem::TooFewItems { min: *min })
            } else {
                (count > max).then_some(Problem::TooManyItems { max: *max })
            }
        }
        _ => None,
    }
}

fn bounds(n: i64, min: Option<i64>, max: Option<i64>, show: fn(i64) -> String) -> Option<Problem> {
    if let Some(min) = min.filter(|&m| n < m) {
        return Some(Problem::TooSmall { min: show(min) });
    }
    max.filter(|&m| n > m)
        .map(|m| Problem::TooLarge { max: show(m) })
}

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
