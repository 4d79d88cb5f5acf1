//! Field types: how a typed answer is checked, normalised, shown and read by conditions.
//! Every problem is a [`Problem`] with a Fluent message id, so both the server and the browser
//! explain it the same way in the person's language.

use super::{
    condition::Val,
    date::{Date, DateBound},
    IdentityNumber,
};
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

/// What is wrong with an answer. `message_id` names the Fluent message; `args` its placeables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong { max: usize },
    ControlCharacters,
    NotWholeNumber,
    TooSmall { min: String },
    TooLarge { max: String },
    NotMoney,
    NotDate,
    DateTooEarly { min: Date },
    DateTooLate { max: Date },
    NotAnOption,
    IdentityNumber(&'static str),
    OrganisationNumber,
    BankAccount,
    Email,
    Phone,
    Postcode,
    AddressIncomplete,
    TooFewItems { min: usize },
    TooManyItems { max: usize },
}

impl Problem {
    /// Every message id a problem may have (the browser gets them all for live checks).
    pub const MESSAGE_IDS: [&'static str; 23] = [
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

fn digits_only(input: &str) -> Option<String> {
    let cleaned: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.' && *c != '-')
        .collect();
    cleaned
        .chars()
        .all(|c| c.is_ascii_digit())
        .then_some(cleaned)
}

fn mod11(digits: &[u32], weights: &[u32]) -> Option<u32> {
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        check => Some(check),
    }
}

/// Organisation numbers: nine digits, the last a mod-11 check digit.
pub fn valid_organisation_number(input: &str) -> Option<String> {
    let digits = digits_only(input).filter(|d| d.len() == 9)?;
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    (mod11(&d[..8], &[3, 2, 7, 6, 5, 4, 3, 2]) == Some(d[8])).then_some(digits)
}

/// Norwegian bank account numbers: eleven digits, the last a mod-11 check digit.
pub fn valid_bank_account(input: &str) -> Option<String> {
    let digits = digits_only(input).filter(|d| d.len() == 11)?;
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    (mod11(&d[..10], &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) == Some(d[10])).then_some(digits)
}

/// Kroner as people type them ("12 500", "12500,50", "12.500 kr") in øre.
pub fn parse_money(input: &str) -> Option<i64> {
    let cleaned: String = input
        .trim()
        .trim_end_matches("kr")
        .trim_start_matches("kr")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    let (kroner, ore) = match cleaned.rsplit_once(',') {
        Some((k, o)) => (k.replace('.', ""), o.to_string()),
        None => (cleaned.replace('.', ""), String::new()),
    };
    if kroner.is_empty() || !kroner.chars().all(|c| c.is_ascii_digit()) || ore.len() > 2 {
        return None;
    }
    if !ore.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let ore: i64 = match ore.len() {
        0 => 0,
        1 => ore.parse::<i64>().ok()? * 10,
        _ => ore.parse().ok()?,
    };
    kroner
        .parse::<i64>()
        .ok()?
        .checked_mul(100)?
        .checked_add(ore)
}

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

fn parse_number(input: &str) -> Option<i64> {
    let cleaned: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    cleaned.parse().ok()
}

/// Nothing a reader would see: spaces, and characters of no width (zero-width spaces and
/// joiners, word joiners, the byte-order mark, soft hyphens). "Required" is not met by them.
fn blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || invisible(c))
}

fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{034F}' | '\u{180E}'
    )
}

/// Characters refused in any answer: control characters (tabs and line breaks only in long
/// text); the bidirectional overrides, embeddings and isolates, which make a text read
/// differently from what it holds (and would reach the agencies so); and U+FFFD, which is what
/// bytes that were not UTF-8 became.
fn has_control_characters(text: &str, multiline: bool) -> bool {
    text.chars().any(|c| {
        (c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FFFD}')
    })
}

fn check_text(text: &str, max_length: usize, multiline: bool) -> Option<Problem> {
    if text.chars().count() > max_length.min(HARD_MAX_LENGTH) {
        Some(Problem::TooLong { max: max_length })
    } else if has_control_characters(text, multiline) {
        Some(Problem::ControlCharacters)
    } else {
        None
    }
}

fn valid_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(char::is_whitespace)
        && !domain.contains('@')
}

fn valid_phone(text: &str) -> bool {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    match cleaned.strip_prefix('+') {
        Some(rest) => (8..=15).contains(&rest.len()) && rest.chars().all(|c| c.is_ascii_digit()),
        None => cleaned.len() == 8 && cleaned.chars().all(|c| c.is_ascii_digit()),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::date::Period;

    fn text(s: &str) -> Answer {
        Answer::Text(s.into())
    }

    fn today() -> Date {
        Date::parse_iso("2026-11-22").expect("date")
    }

    /// A date field with the default floor and, when given, the bound `not_after`.
    fn date(not_after: Option<DateBound>) -> FieldKind {
        FieldKind::Date {
            not_before: DateBound::DEFAULT_FLOOR,
            not_after,
        }
    }

    #[test]
    fn an_answer_of_only_invisible_characters_is_empty() {
        for blank in [
            "",
            "  ",
            "\u{200B}\u{200B}",
            "\u{FEFF}\u{2060} \u{200D}",
            "\u{00AD}",
        ] {
            assert!(text(blank).is_empty(), "{blank:?}");
        }
        assert!(!text("\u{200B}Kari").is_empty());
    }

    #[test]
    fn organisation_numbers_and_bank_accounts_have_check_digits() {
        assert_eq!(
            valid_organisation_number("974 760 673").as_deref(),
            Some("974760673")
        );
        assert_eq!(valid_organisation_number("974760674"), None);
        assert_eq!(valid_organisation_number("97476067"), None);
        assert_eq!(
            valid_bank_account("1234.56.78903").as_deref(),
            Some("12345678903")
        );
        assert_eq!(valid_bank_account("12345678904"), None);
        assert_eq!(valid_bank_account("1234567890x"), None);
    }

    #[test]
    fn numbers_are_shown_grouped_for_reading_however_they_were_typed() {
        let cases = [
            (FieldKind::BankAccount, "12345678903", "1234.56.78903"),
            (FieldKind::BankAccount, " 1234 56 78903 ", "1234.56.78903"),
            (FieldKind::BankAccount, "1234.56.78903", "1234.56.78903"),
            (FieldKind::IdentityNumber, "15858510055", "158585 10055"),
            (FieldKind::IdentityNumber, "158585 10055", "158585 10055"),
            (FieldKind::OrganisationNumber, "974760673", "974 760 673"),
            (FieldKind::OrganisationNumber, "974.760.673", "974 760 673"),
        ];
        for (kind, typed, shown) in cases {
            assert_eq!(display(&kind, typed), shown, "{kind:?} {typed:?}");
        }
    }

    #[test]
    fn an_invalid_number_is_shown_as_typed() {
        assert_eq!(display(&FieldKind::BankAccount, " 1234 "), "1234");
        assert_eq!(
            display(&FieldKind::IdentityNumber, "15858510056"),
            "15858510056"
        );
        assert_eq!(
            display(&FieldKind::OrganisationNumber, "97476067x"),
            "97476067x"
        );
    }

    #[test]
    fn money_and_dates_are_shown_as_read_and_other_text_as_typed() {
        let money = FieldKind::Money {
            min: None,
            max: None,
        };
        assert_eq!(display(&money, "12500"), "12\u{a0}500 kr");
        assert_eq!(display(&date(None), "2026-05-17"), "17.05.2026");
        assert_eq!(
            display(&FieldKind::Text { max_length: 50 }, " Kari "),
            "Kari"
        );
    }

    #[test]
    fn money_is_typed_in_kroner_and_kept_in_ore() {
        assert_eq!(parse_money("12 500"), Some(1_250_000));
        assert_eq!(parse_money("12.500,50 kr"), Some(1_250_050));
        assert_eq!(parse_money("0,5"), Some(50));
        for bad in ["", "kr", "12,345", "-5", "1e3", "tolv"] {
            assert_eq!(parse_money(bad), None, "{bad:?}");
        }
        assert_eq!(display_money(1_250_000), "12\u{a0}500 kr");
        assert_eq!(display_money(1_250_050), "12\u{a0}500,50 kr");
        assert_eq!(display_money(99), "0,99 kr");
    }

    #[test]
    fn every_field_type_refuses_what_it_cannot_be() {
        let cases: Vec<(FieldKind, &str, Option<&str>)> = vec![
            (FieldKind::Text { max_length: 5 }, "Kari", None),
            (
                FieldKind::Text { max_length: 5 },
                "Kari Nordmann",
                Some("error-too-long"),
            ),
            (
                FieldKind::Text { max_length: 50 },
                "two\nlines",
                Some("error-control-characters"),
            ),
            (FieldKind::LongText { max_length: 50 }, "two\nlines", None),
            (
                FieldKind::Text { max_length: 50 },
                "Kari\u{202E}nnamdroN",
                Some("error-control-characters"),
            ),
            (
                FieldKind::Text { max_length: 50 },
                "Kari\u{FFFD}",
                Some("error-control-characters"),
            ),
            (FieldKind::Text { max_length: 50 }, "Zoë", None),
            (
                FieldKind::LongText { max_length: 50 },
                "bell\u{7}",
                Some("error-control-characters"),
            ),
            (
                FieldKind::Text { max_length: 50 },
                "<script>alert(1)</script>",
                None,
            ),
            (
                FieldKind::Number {
                    min: Some(0),
                    max: Some(10),
                },
                "7",
                None,
            ),
            (
                FieldKind::Number {
                    min: Some(0),
                    max: Some(10),
                },
                "11",
                Some("error-too-large"),
            ),
            (
                FieldKind::Number {
                    min: Some(0),
                    max: None,
                },
                "-1",
                Some("error-too-small"),
            ),
            (
                FieldKind::Number {
                    min: None,
                    max: None,
                },
                "7,5",
                Some("error-not-whole-number"),
            ),
            (
                FieldKind::Money {
                    min: Some(0),
                    max: Some(100_000),
                },
                "1 000",
                None,
            ),
            (
                FieldKind::Money {
                    min: Some(0),
                    max: Some(100_000),
                },
                "1 000,01",
                Some("error-too-large"),
            ),
            (
                FieldKind::Money {
                    min: None,
                    max: None,
                },
                "mye",
                Some("error-not-money"),
            ),
            (date(None), "17.05.2026", None),
            (date(None), "31.04.2026", Some("error-not-date")),
            (FieldKind::YesNo, "yes", None),
            (FieldKind::YesNo, "maybe", Some("error-not-an-option")),
            (FieldKind::OneOf(vec!["a".into()]), "a", None),
            (
                FieldKind::OneOf(vec!["a".into()]),
                "b",
                Some("error-not-an-option"),
            ),
            (FieldKind::IdentityNumber, "15858510055", None),
            (
                FieldKind::IdentityNumber,
                "15858510056",
                Some("error-identity-number-checksum"),
            ),
            (
                FieldKind::IdentityNumber,
                "1585851005",
                Some("error-identity-number-length"),
            ),
            (FieldKind::OrganisationNumber, "974760673", None),
            (
                FieldKind::OrganisationNumber,
                "974760670",
                Some("error-organisation-number"),
            ),
            (FieldKind::BankAccount, "1234 56 78903", None),
            (
                FieldKind::BankAccount,
                "1234 56 78900",
                Some("error-bank-account"),
            ),
            (FieldKind::Email, "kari@example.no", None),
            (FieldKind::Email, "kari@example", Some("error-email")),
            (FieldKind::Email, "kari example@x.no", Some("error-email")),
            (FieldKind::Phone, "912 34 567", None),
            (FieldKind::Phone, "+47 912 34 567", None),
            (FieldKind::Phone, "912", Some("error-phone")),
        ];
        for (kind, input, expected) in cases {
            let problem = check(&kind, &text(input), today());
            assert_eq!(
                problem.as_ref().map(Problem::message_id),
                expected,
                "{kind:?} {input:?}"
            );
        }
    }

    #[test]
    fn every_problem_has_its_message_id_listed() {
        let problems = [
            Problem::Required,
            Problem::TooLong { max: 1 },
            Problem::ControlCharacters,
            Problem::NotWholeNumber,
            Problem::TooSmall { min: "1".into() },
            Problem::TooLarge { max: "1".into() },
            Problem::NotMoney,
            Problem::NotDate,
            Problem::DateTooEarly { min: today() },
            Problem::DateTooLate { max: today() },
            Problem::NotAnOption,
            Problem::OrganisationNumber,
            Problem::BankAccount,
            Problem::Email,
            Problem::Phone,
            Problem::Postcode,
            Problem::AddressIncomplete,
            Problem::TooFewItems { min: 1 },
            Problem::TooManyItems { max: 1 },
        ];
        for problem in problems {
            assert!(
                Problem::MESSAGE_IDS.contains(&problem.message_id()),
                "{problem:?}"
            );
        }
        for error in [
            crate::journey::IdentityNumberError::Length,
            crate::journey::IdentityNumberError::NotDigits,
            crate::journey::IdentityNumberError::Date,
            crate::journey::IdentityNumberError::Checksum,
        ] {
            assert!(Problem::MESSAGE_IDS.contains(&error.message_id()));
        }
    }

    #[test]
    fn a_bound_of_today_minus_twelve_months_refuses_thirteen_months_back_and_takes_eleven() {
        let within_a_year = FieldKind::Date {
            not_before: DateBound::Today(vec![Period::Months(-12)]),
            not_after: Some(DateBound::Today(vec![])),
        };
        // Today is 22.11.2026: the earliest day allowed is 22.11.2025.
        assert_eq!(
            check(&within_a_year, &text("22.10.2025"), today()),
            Some(Problem::DateTooEarly {
                min: Date::parse_iso("2025-11-22").expect("date")
            })
        );
        assert_eq!(check(&within_a_year, &text("22.12.2025"), today()), None);
        assert_eq!(check(&within_a_year, &text("22.11.2025"), today()), None);
        assert_eq!(
            check(&within_a_year, &text("23.11.2026"), today()).map(|p| p.message_id()),
            Some("error-date-too-late")
        );
        // The same answer on another day gets another verdict: the bound moves with today.
        let later = Date::parse_iso("2027-10-23").expect("date");
        assert_eq!(
            check(&within_a_year, &text("22.10.2026"), later),
            Some(Problem::DateTooEarly {
                min: Date::parse_iso("2026-10-23").expect("date")
            })
        );
    }

    #[test]
    fn a_date_later_than_not_after_names_the_last_day_allowed() {
        let problem = check(
            &date(Some(DateBound::Today(vec![]))),
            &text("01.01.2099"),
            today(),
        )
        .expect("refused");
        assert_eq!(problem.message_id(), "error-date-too-late");
        assert_eq!(problem.args(), vec![("max", "22.11.2026".to_string())]);
    }

    #[test]
    fn every_date_field_refuses_a_date_before_1900_unless_its_definition_says_otherwise() {
        let problem = check(&date(None), &text("31.12.1899"), today()).expect("refused");
        assert_eq!(problem.message_id(), "error-date-too-early");
        assert_eq!(problem.args(), vec![("min", "01.01.1900".to_string())]);
        assert_eq!(check(&date(None), &text("01.01.1900"), today()), None);
        let older = FieldKind::Date {
            not_before: DateBound::On(Date::parse_iso("1800-01-01").expect("date")),
            not_after: None,
        };
        assert_eq!(check(&older, &text("31.12.1899"), today()), None);
    }

    #[test]
    fn a_date_outside_its_bounds_is_absent_to_conditions() {
        let past = date(Some(DateBound::Today(vec![])));
        assert_eq!(
            condition_value(&past, Some(&text("01.01.2099")), today()),
            Val::Absent
        );
        assert_eq!(
            condition_value(&past, Some(&text("01.01.2020")), today()),
            Val::Date(Date::parse_iso("2020-01-01").expect("date"))
        );
    }

    #[test]
    fn choices_must_be_options_and_one_of_takes_one() {
        let kind = FieldKind::ManyOf(vec!["a".into(), "b".into()]);
        assert_eq!(
            check(
                &kind,
                &Answer::Choices(vec!["a".into(), "b".into()]),
                today()
            ),
            None
        );
        assert_eq!(
            check(&kind, &Answer::Choices(vec!["c".into()]), today()),
            Some(Problem::NotAnOption)
        );
        let one = FieldKind::OneOf(vec!["a".into(), "b".into()]);
        assert_eq!(
            check(
                &one,
                &Answer::Choices(vec!["a".into(), "b".into()]),
                today()
            ),
            Some(Problem::NotAnOption)
        );
    }

    #[test]
    fn addresses_need_every_part_and_a_four_digit_postcode() {
        let address = |street: &str, postcode: &str, city: &str| Answer::Address {
            street: street.into(),
            postcode: postcode.into(),
            city: city.into(),
        };
        assert_eq!(
            check(
                &FieldKind::Address,
                &address("Storgata 1", "0155", "Oslo"),
                today()
            ),
            None
        );
        assert_eq!(
            check(
                &FieldKind::Address,
                &address("Storgata 1", "155", "Oslo"),
                today()
            ),
            Some(Problem::Postcode)
        );
        assert_eq!(
            check(&FieldKind::Address, &address("", "0155", "Oslo"), today()),
            Some(Problem::AddressIncomplete)
        );
    }

    #[test]
    fn conditions_read_typed_values_and_treat_invalid_answers_as_absent() {
        let money = FieldKind::Money {
            min: None,
            max: None,
        };
        assert_eq!(
            condition_value(&money, Some(&text("1 000")), today()),
            Val::Number(100_000)
        );
        assert_eq!(
            condition_value(&money, Some(&text("mye")), today()),
            Val::Absent
        );
        assert_eq!(
            condition_value(&FieldKind::YesNo, Some(&text("no")), today()),
            Val::Bool(false)
        );
        assert_eq!(
            condition_value(&FieldKind::YesNo, None, today()),
            Val::Absent
        );
        assert_eq!(
            condition_value(
                &FieldKind::Text { max_length: 9 },
                Some(&text("  ")),
                today()
            ),
            Val::Absent
        );
    }

    /// A small deterministic generator, so the property tests need no extra crate.
    fn numbers(seed: u64) -> impl Iterator<Item = u64> {
        let mut state = seed;
        std::iter::from_fn(move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            Some(state)
        })
    }

    #[test]
    fn property_every_valid_organisation_number_fails_with_any_single_digit_changed() {
        let mut checked = 0;
        for n in numbers(7).take(3000) {
            let candidate = format!("{:09}", n % 1_000_000_000);
            let Some(valid) = valid_organisation_number(&candidate) else {
                continue;
            };
            checked += 1;
            for position in 0..9 {
                let mut digits: Vec<u8> = valid.bytes().collect();
                digits[position] = b'0' + (digits[position] - b'0' + 1) % 10;
                let changed = String::from_utf8(digits).expect("digits");
                assert_eq!(
                    valid_organisation_number(&changed),
                    None,
                    "{valid} -> {changed}"
                );
            }
        }
        assert!(checked > 100, "the generator found {checked} valid numbers");
    }

    #[test]
    fn property_money_round_trips_through_its_display() {
        for n in numbers(11).take(2000) {
            let ore = (n % 10_000_000_000) as i64;
            let shown = display_money(ore).replace('\u{a0}', " ");
            assert_eq!(parse_money(&shown), Some(ore), "{shown}");
        }
    }
}
