//! How an answer reads: blank or not, shown to readers grouped or as typed, and seen by
//! conditions as a typed value or absent.

use super::{date, text, today};
use crate::journey::{
    condition::Val,
    date::{Date, DateBound},
    fields::{condition_value, display, FieldKind},
};

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
