//! Organisation and account numbers: their check digits, how they are shown, and what is
//! refused.

use crate::journey::value::{AccountNumber, CheckDigitError, OrgNumber};

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
