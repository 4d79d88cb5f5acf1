//! The parsed answer value: each newtype read from what people type (and refused when it is
//! not one) in `money.rs` and `numbers.rs`, `parse` per field kind with its problems and the
//! bounds apart from the value in `parse.rs`, property tests for check digits and money in
//! `properties.rs`; and here, what a value becomes for conditions, agencies and readers.

mod money;
mod numbers;
mod parse;
mod properties;

use super::{AccountNumber, Address, Money, OrgNumber, Value};
use crate::journey::{Date, IdentityNumber};

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
