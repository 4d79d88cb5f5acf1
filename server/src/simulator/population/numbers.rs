//! The synthetic numbers the population is given: identity numbers and D-numbers that no real
//! person has (the month + 80), and valid organisation numbers for the units.

use super::Unit;
use app::journey::{IdentityNumber, OrgNumber};
use chrono::{Datelike, NaiveDate};
use std::collections::HashSet;

/// A synthetic identity number (month + 80) for a birth date that no one in `taken` has:
/// individual numbers 500–999 for births from 2000, 100–499 before.
pub fn synthetic_pid(birth: NaiveDate, taken: &mut HashSet<String>) -> String {
    synthetic_number(birth, 0, taken)
}

/// The same as a D-number (the day + 40): someone registered without a fødselsnummer.
pub(super) fn synthetic_d_number(birth: NaiveDate, taken: &mut HashSet<String>) -> String {
    synthetic_number(birth, 40, taken)
}

fn synthetic_number(birth: NaiveDate, day_offset: u32, taken: &mut HashSet<String>) -> String {
    let first_nine = |individual: u32| {
        format!(
            "{:02}{:02}{:02}{individual:03}",
            birth.day() + day_offset,
            birth.month() + 80,
            birth.year() % 100
        )
    };
    let individuals = if birth.year() >= 2000 {
        500..1000
    } else {
        100..500
    };
    let pid = individuals
        .filter_map(|i| IdentityNumber::with_check_digits(&first_nine(i)))
        .map(|n| n.as_str().to_string())
        .find(|pid| !taken.contains(pid))
        .unwrap_or_else(|| unreachable!("a date has hundreds of free synthetic numbers"));
    taken.insert(pid.clone());
    pid
}

/// A valid organisation number `9nnnnnnn` + check digit, from the `n`th base on (a base whose
/// check digit would be 10 is skipped).
pub(in crate::simulator) fn organisation_number(n: u32) -> String {
    (n..)
        .find_map(|k| (0..10).find_map(|d| OrgNumber::parse(&format!("9{k:07}{d}")).ok()))
        .map(|number| number.as_str().to_string())
        .unwrap_or_else(|| unreachable!("some base has a check digit"))
}

/// A new organisation number not in `units`.
pub fn next_organisation_number(units: &[Unit]) -> String {
    (1..)
        .map(organisation_number)
        .find(|orgnr| units.iter().all(|u| &u.orgnr != orgnr))
        .unwrap_or_else(|| unreachable!("there are free numbers"))
}
