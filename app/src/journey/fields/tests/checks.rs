//! An answer checked against its field: what each kind refuses, with a listed message id, and
//! date bounds, choices and addresses in detail.

use super::{date, text, today};
use crate::journey::{
    date::{Date, DateBound, Period},
    fields::{check, Answer, FieldKind, Problem},
};

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
