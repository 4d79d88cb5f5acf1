//! The parsed answer value: each newtype read from what people type (and refused when it is
//! not one), `parse` per field kind with its problems, the bounds apart from the value, and what
//! a value becomes for conditions, agencies and readers. Property tests for check digits and
//! money.

use super::*;
use crate::journey::{
    date::DateBound,
    fields::{Answer, FieldKind, Problem},
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

// Money

#[test]
fn money_is_typed_in_kroner_and_kept_in_ore() {
    assert_eq!(Money::parse("12 500").map(Money::ore), Ok(1_250_000));
    assert_eq!(Money::parse("12.500,50 kr").map(Money::ore), Ok(1_250_050));
    assert_eq!(Money::parse("0,5").map(Money::ore), Ok(50));
    for bad in ["", "kr", "12,345", "-5", "1e3", "tolv"] {
        assert!(Money::parse(bad).is_err(), "{bad:?}");
    }
    assert_eq!(Money::from_ore(1_250_000).to_string(), "12\u{a0}500 kr");
    assert_eq!(Money::from_ore(1_250_050).to_string(), "12\u{a0}500,50 kr");
    assert_eq!(Money::from_ore(99).to_string(), "0,99 kr");
}

#[test]
fn money_takes_kr_before_or_after_and_no_break_spaces() {
    assert_eq!(Money::parse("kr 1 000").map(Money::ore), Ok(100_000));
    assert_eq!(Money::parse("12500,50").map(Money::ore), Ok(1_250_050));
    assert_eq!(Money::parse("1\u{a0}000 kr").map(Money::ore), Ok(100_000));
    assert_eq!(Money::parse("  7  ").map(Money::ore), Ok(700));
}

#[test]
fn money_refuses_nothing_at_all() {
    assert_eq!(Money::parse(""), Err(MoneyError::Empty));
    assert_eq!(Money::parse("   "), Err(MoneyError::Empty));
    assert_eq!(Money::parse("kr"), Err(MoneyError::Empty));
    assert_eq!(Money::parse(",50"), Err(MoneyError::Empty));
}

#[test]
fn money_refuses_a_negative_amount_and_letters() {
    assert_eq!(Money::parse("-5"), Err(MoneyError::NotDigits));
    assert_eq!(Money::parse("+5"), Err(MoneyError::NotDigits));
    assert_eq!(Money::parse("tolv"), Err(MoneyError::NotDigits));
    assert_eq!(Money::parse("1e3"), Err(MoneyError::NotDigits));
    assert_eq!(Money::parse("12,5x"), Err(MoneyError::NotDigits));
}

#[test]
fn money_refuses_more_than_two_digits_of_ore() {
    assert_eq!(Money::parse("12,345"), Err(MoneyError::TooManyDecimals));
}

#[test]
fn money_refuses_an_amount_too_large_to_keep_in_ore() {
    // i64::MAX øre is 92 233 720 368 547 758,07 kr.
    assert_eq!(
        Money::parse("92233720368547758").map(Money::ore),
        Ok(9_223_372_036_854_775_800)
    );
    assert_eq!(
        Money::parse("92233720368547758,08"),
        Err(MoneyError::TooLarge)
    );
    assert_eq!(Money::parse("92233720368547759"), Err(MoneyError::TooLarge));
    assert_eq!(
        Money::parse("99999999999999999999999"),
        Err(MoneyError::TooLarge)
    );
}

#[test]
fn every_money_error_is_explained_as_not_money() {
    for error in [
        MoneyError::Empty,
        MoneyError::NotDigits,
        MoneyError::TooManyDecimals,
        MoneyError::TooLarge,
    ] {
        assert_eq!(error.message_id(), "error-not-money");
    }
}

// Organisation and account numbers

#[test]
fn organisation_numbers_and_bank_accounts_have_check_digits() {
    assert_eq!(
        OrgNumber::parse("974 760 673").map(|n| n.as_str().to_string()),
        Ok("974760673".to_string())
    );
    assert!(OrgNumber::parse("974760674").is_err());
    assert!(OrgNumber::parse("97476067").is_err());
    assert_eq!(
        AccountNumber::parse("1234.56.78903").map(|n| n.as_str().to_string()),
        Ok("12345678903".to_string())
    );
    assert!(AccountNumber::parse("12345678904").is_err());
    assert!(AccountNumber::parse("1234567890x").is_err());
}

#[test]
fn an_organisation_number_keeps_its_digits_and_shows_them_in_threes() {
    let number = OrgNumber::parse("974-760-673").expect("valid");
    assert_eq!(number.as_str(), "974760673");
    assert_eq!(number.to_string(), "974 760 673");
}

#[test]
fn an_organisation_number_with_the_wrong_check_digit_is_refused() {
    assert_eq!(
        OrgNumber::parse("974760670"),
        Err(CheckDigitError::Checksum)
    );
}

#[test]
fn an_organisation_number_of_the_wrong_length_is_refused() {
    assert_eq!(OrgNumber::parse("97476067"), Err(CheckDigitError::Length));
    assert_eq!(OrgNumber::parse("9747606731"), Err(CheckDigitError::Length));
    assert_eq!(OrgNumber::parse(""), Err(CheckDigitError::Length));
}

#[test]
fn an_organisation_number_with_letters_is_refused() {
    assert_eq!(
        OrgNumber::parse("97476067a"),
        Err(CheckDigitError::NotDigits)
    );
    assert_eq!(
        OrgNumber::parse("MVA974760673"),
        Err(CheckDigitError::NotDigits)
    );
}

#[test]
fn an_account_number_keeps_its_digits_and_shows_them_as_banks_do() {
    let number = AccountNumber::parse(" 1234 56 78903 ").expect("valid");
    assert_eq!(number.as_str(), "12345678903");
    assert_eq!(number.to_string(), "1234.56.78903");
}

#[test]
fn an_account_number_with_the_wrong_check_digit_is_refused() {
    assert_eq!(
        AccountNumber::parse("12345678900"),
        Err(CheckDigitError::Checksum)
    );
}

#[test]
fn an_account_number_of_the_wrong_length_or_with_letters_is_refused() {
    assert_eq!(
        AccountNumber::parse("1234567890"),
        Err(CheckDigitError::Length)
    );
    assert_eq!(AccountNumber::parse(""), Err(CheckDigitError::Length));
    assert_eq!(
        AccountNumber::parse("1234567890x"),
        Err(CheckDigitError::NotDigits)
    );
}

// parse, per kind

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

// What a value becomes

#[test]
fn conditions_read_money_in_ore_and_numbers_with_check_digits_as_digits() {
    use crate::journey::condition::Val;
    assert_eq!(
        Value::Money(Money::from_ore(150_000)).condition(),
        Val::Number(150_000)
    );
    assert_eq!(
        Value::OrgNumber(OrgNumber::parse("974 760 673").expect("valid")).condition(),
        Val::Text("974760673".into())
    );
    assert_eq!(Value::YesNo(true).condition(), Val::Bool(true));
    assert_eq!(Value::Items(3).condition(), Val::Text(String::new()));
}

#[test]
fn agencies_receive_money_in_ore_dates_iso_and_digits() {
    use serde_json::json;
    assert_eq!(
        Value::Money(Money::from_ore(1_250_050)).payload(),
        json!(1_250_050)
    );
    assert_eq!(
        Value::Date(Date::parse_iso("2026-05-17").expect("date")).payload(),
        json!("2026-05-17")
    );
    assert_eq!(
        Value::AccountNumber(AccountNumber::parse("1234.56.78903").expect("valid")).payload(),
        json!("12345678903")
    );
    assert_eq!(Value::YesNo(false).payload(), json!(false));
    assert_eq!(
        Value::Address(Address {
            street: "Storgata 1".into(),
            postcode: "0155".into(),
            city: "Oslo".into(),
        })
        .payload(),
        json!({ "street": "Storgata 1", "postcode": "0155", "city": "Oslo" })
    );
}

#[test]
fn readers_see_identity_numbers_split_after_the_birth_date() {
    let pid = IdentityNumber::parse("15858510055").expect("valid");
    assert_eq!(Value::IdentityNumber(pid).to_string(), "158585 10055");
}

// Properties

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
        let Ok(valid) = OrgNumber::parse(&candidate) else {
            continue;
        };
        checked += 1;
        for position in 0..9 {
            let mut digits: Vec<u8> = valid.as_str().bytes().collect();
            digits[position] = b'0' + (digits[position] - b'0' + 1) % 10;
            let changed = String::from_utf8(digits).expect("digits");
            assert!(
                OrgNumber::parse(&changed).is_err(),
                "{} -> {changed}",
                valid.as_str()
            );
        }
    }
    assert!(checked > 100, "the generator found {checked} valid numbers");
}

#[test]
fn property_every_valid_account_number_fails_with_any_single_digit_changed() {
    let mut checked = 0;
    for n in numbers(13).take(3000) {
        let candidate = format!("{:011}", n % 100_000_000_000);
        let Ok(valid) = AccountNumber::parse(&candidate) else {
            continue;
        };
        checked += 1;
        for position in 0..11 {
            let mut digits: Vec<u8> = valid.as_str().bytes().collect();
            digits[position] = b'0' + (digits[position] - b'0' + 1) % 10;
            let changed = String::from_utf8(digits).expect("digits");
            assert!(
                AccountNumber::parse(&changed).is_err(),
                "{} -> {changed}",
                valid.as_str()
            );
        }
    }
    assert!(checked > 100, "the generator found {checked} valid numbers");
}

#[test]
fn property_money_round_trips_through_its_display() {
    for n in numbers(11).take(2000) {
        let ore = (n % 10_000_000_000) as i64;
        let shown = Money::from_ore(ore).to_string().replace('\u{a0}', " ");
        assert_eq!(Money::parse(&shown).map(Money::ore), Ok(ore), "{shown}");
    }
}
