//! Money, typed in kroner and kept in øre: what it takes, what it refuses and why.

use crate::journey::value::{Money, MoneyError};

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
