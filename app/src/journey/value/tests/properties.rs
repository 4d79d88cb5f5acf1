//! Property tests for check digits and money, on numbers from a small deterministic generator.

use crate::journey::value::{AccountNumber, Money, OrgNumber};

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
