//! `parse` per field kind, into its value or with its problem, and the kind's bounds checked
//! apart from the value (`check_bounds`, `read`).

use crate::journey::{
    date::DateBound,
    fields::{Answer, FieldKind, Problem},
    value::{check_bounds, parse, read, AccountNumber, Address, Money, OrgNumber, Value},
    Date, IdentityNumber,
};

fn text(s: &str) -> Answer {
    Answer::Text(s.into())
}

fn today() -> Date {
    Date::parse_iso("2026-11-22").expect("date")
}

fn money_kind(min: Option<i64>, max: Option<i64>) -> FieldKind {
    FieldKind::Money { min, max }
}

fn date_kind() -> FieldKind {
    FieldKind::Date {
        not_before: DateBound::DEFAULT_FLOOR,
        not_after: Some(DateBound::Today(vec![])),
    }
}

#[test]
fn parse_reads_every_kind_into_its_value() {
    let pid = IdentityNumber::parse("15858510055").expect("valid");
    let cases: Vec<(FieldKind, Answer, Value)> = vec![
        (
            FieldKind::Text { max_length: 20 },
            text(" Kari "),
            Value::Text("Kari".into()),
        ),
        (
            FieldKind::LongText { max_length: 20 },
            text("two\nlines"),
            Value::Text("two\nlines".into()),
        ),
        (
            FieldKind::Number {
                min: None,
                max: None,
            },
            text("-1 000"),
            Value::Number(-1000),
        ),
        (
            money_kind(None, None),
            text("kr 1 000"),
            Value::Money(Money::from_ore(100_000)),
        ),
        (
            date_kind(),
            text("17.05.2026"),
            Value::Date(Date::parse_iso("2026-05-17").expect("date")),
        ),
        (FieldKind::YesNo, text("no"), Value::YesNo(false)),
        (
            FieldKind::OneOf(vec!["a".into(), "b".into()]),
            text("b"),
            Value::OneOf("b".into()),
        ),
        (
            FieldKind::ManyOf(vec!["a".into(), "b".into()]),
            Answer::Choices(vec!["b".into(), "a".into()]),
            Value::ManyOf(vec!["b".into(), "a".into()]),
        ),
        (
            FieldKind::IdentityNumber,
            text("158585 10055"),
            Value::IdentityNumber(pid),
        ),
        (
            FieldKind::OrganisationNumber,
            text("974 760 673"),
            Value::OrgNumber(OrgNumber::parse("974760673").expect("valid")),
        ),
        (
            FieldKind::BankAccount,
            text("1234.56.78903"),
            Value::AccountNumber(AccountNumber::parse("12345678903").expect("valid")),
        ),
        (
            FieldKind::Email,
            text(" kari@example.no "),
            Value::Email("kari@example.no".into()),
        ),
        (
            FieldKind::Phone,
            text("+47 912 34 567"),
            Value::Phone("+4791234567".into()),
        ),
        (
            FieldKind::Address,
            Answer::Address {
                street: " Storgata 1 ".into(),
                postcode: "0155".into(),
                city: "Oslo".into(),
            },
            Value::Address(Address {
                street: "Storgata 1".into(),
                postcode: "0155".into(),
                city: "Oslo".into(),
            }),
        ),
        (
            FieldKind::Group { min: 0, max: 5 },
            Answer::Items(vec![Default::default(), Default::default()]),
            Value::Items(2),
        ),
    ];
    for (kind, answer, value) in cases {
        assert_eq!(parse(&kind, &answer), Ok(value), "{kind:?} {answer:?}");
    }
}

#[test]
fn parse_refuses_what_a_kind_cannot_be_with_its_message() {
    let cases: Vec<(FieldKind, Answer, &str)> = vec![
        (
            FieldKind::Number {
                min: None,
                max: None,
            },
            text("7,5"),
            "error-not-whole-number",
        ),
        (
            FieldKind::Number {
                min: None,
                max: None,
            },
            text("99999999999999999999"),
            "error-not-whole-number",
        ),
        (money_kind(None, None), text("-5"), "error-not-money"),
        (
            money_kind(None, None),
            text("99999999999999999999"),
            "error-not-money",
        ),
        (date_kind(), text("31.04.2026"), "error-not-date"),
        (FieldKind::YesNo, text("maybe"), "error-not-an-option"),
        (
            FieldKind::OneOf(vec!["a".into()]),
            text("b"),
            "error-not-an-option",
        ),
        (
            FieldKind::ManyOf(vec!["a".into()]),
            text("a"),
            "error-not-an-option",
        ),
        (
            FieldKind::IdentityNumber,
            text("15858510056"),
            "error-identity-number-checksum",
        ),
        (
            FieldKind::IdentityNumber,
            text("1585851005"),
            "error-identity-number-length",
        ),
        (
            FieldKind::IdentityNumber,
            text("1585851005x"),
            "error-identity-number-digits",
        ),
        (
            FieldKind::OrganisationNumber,
            text("974760670"),
            "error-organisation-number",
        ),
        (
            FieldKind::OrganisationNumber,
            text("97476067"),
            "error-organisation-number",
        ),
        (
            FieldKind::OrganisationNumber,
            text("nine nine"),
            "error-organisation-number",
        ),
        (
            FieldKind::BankAccount,
            text("1234 56 78900"),
            "error-bank-account",
        ),
        (FieldKind::BankAccount, text("1234"), "error-bank-account"),
        (FieldKind::Email, text("kari@example"), "error-email"),
        (FieldKind::Phone, text("912"), "error-phone"),
        (
            FieldKind::OrganisationNumber,
            text(&"9".repeat(201)),
            "error-too-long",
        ),
        (
            FieldKind::Phone,
            text("912\u{7}34567"),
            "error-control-characters",
        ),
        (
            FieldKind::Text { max_length: 50 },
            Answer::Choices(vec!["a".into()]),
            "error-not-an-option",
        ),
        (
            FieldKind::YesNo,
            Answer::Choices(vec!["yes".into(), "no".into()]),
            "error-not-an-option",
        ),
        (
            FieldKind::Text { max_length: 50 },
            Answer::Address {
                street: "Storgata 1".into(),
                postcode: "0155".into(),
                city: "Oslo".into(),
            },
            "error-not-an-option",
        ),
        (
            FieldKind::Address,
            Answer::Address {
                street: "Storgata 1".into(),
                postcode: "O155".into(),
                city: "Oslo".into(),
            },
            "error-postcode",
        ),
        (
            FieldKind::Text { max_length: 50 },
            Answer::Items(vec![Default::default()]),
            "error-not-an-option",
        ),
    ];
    for (kind, answer, message_id) in cases {
        assert_eq!(
            parse(&kind, &answer).map_err(|p| p.message_id()),
            Err(message_id),
            "{kind:?} {answer:?}"
        );
    }
}

#[test]
fn parse_of_nothing_given_is_required_for_every_kind() {
    let kinds = [
        FieldKind::Text { max_length: 50 },
        money_kind(None, None),
        date_kind(),
        FieldKind::YesNo,
        FieldKind::IdentityNumber,
        FieldKind::OrganisationNumber,
        FieldKind::BankAccount,
        FieldKind::Phone,
    ];
    for kind in &kinds {
        assert_eq!(parse(kind, &text("")), Err(Problem::Required), "{kind:?}");
        assert_eq!(
            parse(kind, &text(" \u{200B} ")),
            Err(Problem::Required),
            "{kind:?}"
        );
    }
    assert_eq!(
        parse(
            &FieldKind::ManyOf(vec!["a".into()]),
            &Answer::Choices(vec![])
        ),
        Err(Problem::Required)
    );
    assert_eq!(
        parse(&FieldKind::Group { min: 0, max: 1 }, &Answer::Items(vec![])),
        Err(Problem::Required)
    );
}

// Bounds

#[test]
fn an_amount_over_the_maximum_is_still_an_amount_but_not_one_the_field_takes() {
    let kind = money_kind(Some(0), Some(100_000));
    let value = parse(&kind, &text("1 500")).expect("an amount");
    assert_eq!(value, Value::Money(Money::from_ore(150_000)));
    assert_eq!(
        check_bounds(&kind, &value, today()),
        Some(Problem::TooLarge {
            max: "1\u{a0}000 kr".into()
        })
    );
    assert_eq!(
        read(&kind, &text("1 500"), today()).map_err(|p| p.message_id()),
        Err("error-too-large")
    );
    assert_eq!(
        read(&kind, &text("1 000"), today()),
        Ok(Value::Money(Money::from_ore(100_000)))
    );
}

#[test]
fn a_number_below_its_minimum_names_the_minimum() {
    let kind = FieldKind::Number {
        min: Some(1),
        max: None,
    };
    assert_eq!(
        read(&kind, &text("0"), today()),
        Err(Problem::TooSmall { min: "1".into() })
    );
}

#[test]
fn a_date_after_today_is_refused_by_a_bound_of_today() {
    assert_eq!(
        read(&date_kind(), &text("23.11.2026"), today()).map_err(|p| p.message_id()),
        Err("error-date-too-late")
    );
}

#[test]
fn a_group_takes_between_min_and_max_items() {
    let kind = FieldKind::Group { min: 1, max: 2 };
    let items = |n| Answer::Items(vec![Default::default(); n]);
    assert_eq!(read(&kind, &items(1), today()), Ok(Value::Items(1)));
    assert_eq!(
        read(&kind, &items(3), today()),
        Err(Problem::TooManyItems { max: 2 })
    );
    assert_eq!(
        check_bounds(
            &FieldKind::Group { min: 2, max: 3 },
            &Value::Items(1),
            today()
        ),
        Some(Problem::TooFewItems { min: 2 })
    );
}
