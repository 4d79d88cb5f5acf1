//! Norwegian national identity numbers (fødselsnummer), D-numbers and synthetic test numbers.
//!
//! Eleven digits: DDMMYY, a three-digit individual number, and two mod-11 check digits. A
//! D-number adds 4 to the first digit; a synthetic (test) number adds 80 to the month.

use serde::{Deserialize, Serialize};
use std::fmt;

const WEIGHTS_1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const WEIGHTS_2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/// What is wrong with a typed identity number; each maps to a Fluent message id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IdentityNumberError {
    #[error("an identity number has exactly 11 digits")]
    Length,
    #[error("an identity number has only digits")]
    NotDigits,
    #[error("the first six digits are not a date")]
    Date,
    #[error("the check digits do not match")]
    Checksum,
}

impl IdentityNumberError {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Length => "error-identity-number-length",
            Self::NotDigits => "error-identity-number-digits",
            Self::Date => "error-identity-number-date",
            Self::Checksum => "error-identity-number-checksum",
        }
    }
}

/// A checked identity number. Constructed only through [`IdentityNumber::parse`].
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IdentityNumber(String);

impl IdentityNumber {
    /// Parses what a person typed: spaces are ignored, everything else must be right.
    pub fn parse(input: &str) -> Result<Self, IdentityNumberError> {
        let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.chars().count() != 11 {
            return Err(IdentityNumberError::Length);
        }
        let d: Vec<u32> = digits
            .chars()
            .map(|c| c.to_digit(10))
            .collect::<Option<_>>()
            .ok_or(IdentityNumberError::NotDigits)?;
        let mut day = d[0] * 10 + d[1];
        let mut month = d[2] * 10 + d[3];
        if day > 40 {
            day -= 40; // D-number
        }
        if month > 80 {
            month -= 80; // synthetic test number
        }
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 => 29,
            _ => return Err(IdentityNumberError::Date),
        };
        if day == 0 || day > days_in_month {
            return Err(IdentityNumberError::Date);
        }
        let k1 = check_digit(&d[..9], &WEIGHTS_1).ok_or(IdentityNumberError::Checksum)?;
        let k2 = check_digit(&d[..10], &WEIGHTS_2).ok_or(IdentityNumberError::Checksum)?;
        if d[9] != k1 || d[10] != k2 {
            return Err(IdentityNumberError::Checksum);
        }
        Ok(Self(digits))
    }

    /// Builds the valid number for a birth date and individual number, if one exists (a
    /// check digit of 10 means that individual number cannot be used).
    pub fn with_check_digits(first_nine: &str) -> Option<Self> {
        let d: Vec<u32> = first_nine
            .chars()
            .map(|c| c.to_digit(10))
            .collect::<Option<_>>()?;
        if d.len() != 9 {
            return None;
        }
        let k1 = check_digit(&d, &WEIGHTS_1)?;
        let mut ten = d.clone();
        ten.push(k1);
        let k2 = check_digit(&ten, &WEIGHTS_2)?;
        Self::parse(&format!("{first_nine}{k1}{k2}")).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_synthetic(&self) -> bool {
        self.0[2..4].parse::<u32>().is_ok_and(|month| month > 80)
    }

    pub fn is_d_number(&self) -> bool {
        self.0[..1].parse::<u32>().is_ok_and(|first| first >= 4)
    }

    /// The birth date it encodes (D-numbers and synthetic numbers too), the century taken from
    /// the individual number as Skatteetaten assigns them: 000–499 1900–1999, 500–749 with
    /// years 54–99 1854–1899, 500–999 with years 00–39 2000–2039, 900–999 with years 40–99
    /// 1940–1999; `None` for a combination never assigned.
    pub fn birth_date(&self) -> Option<super::Date> {
        let part = |range: std::ops::Range<usize>| self.0[range].parse::<u32>().ok();
        let (day, month, year, individual) = (part(0..2)?, part(2..4)?, part(4..6)?, part(6..9)?);
        let day = if day > 40 { day - 40 } else { day };
        let month = if month > 80 { month - 80 } else { month };
        let century = match (individual, year) {
            (0..=499, _) | (900..=999, 40..=99) => 1900,
            (500..=749, 54..=99) => 1800,
            (500..=999, 0..=39) => 2000,
            _ => return None,
        };
        super::Date::new(century + year as i32, month, day)
    }
}

fn check_digit(digits: &[u32], weights: &[u32]) -> Option<u32> {
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k),
    }
}

impl TryFrom<String> for IdentityNumber {
    type Error = IdentityNumberError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<IdentityNumber> for String {
    fn from(value: IdentityNumber) -> Self {
        value.0
    }
}

impl fmt::Display for IdentityNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Shown masked in logs: the birth date is personal data too.
impl fmt::Debug for IdentityNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IdentityNumber({}*****)", &self.0[..6])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first valid number for a birth date (`DDMMYY`), as the register would assign.
    fn first_valid(birth: &str) -> IdentityNumber {
        (100..1000)
            .find_map(|individual| {
                IdentityNumber::with_check_digits(&format!("{birth}{individual}"))
            })
            .expect("some individual number is valid")
    }

    #[test]
    fn check_digits_are_computed_as_the_register_does() {
        let number = first_valid("010190");
        assert_eq!(IdentityNumber::parse(number.as_str()), Ok(number.clone()));
        // The register's rule, stated the other way: each weighted sum over all the digits
        // (the check digit weighted 1) is divisible by 11.
        let d: Vec<u32> = number
            .as_str()
            .chars()
            .filter_map(|c| c.to_digit(10))
            .collect();
        let sum1: u32 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]
            .iter()
            .zip(&d)
            .map(|(w, x)| w * x)
            .sum();
        let sum2: u32 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
            .iter()
            .zip(&d)
            .map(|(w, x)| w * x)
            .sum();
        assert_eq!((sum1 % 11, sum2 % 11), (0, 0), "{number}");
        assert!(!number.is_synthetic() && !number.is_d_number());
    }

    #[test]
    fn synthetic_numbers_and_d_numbers_are_accepted() {
        let synthetic = first_valid("018190");
        assert!(synthetic.is_synthetic());
        let d_number = first_valid("410190");
        assert!(d_number.is_d_number());
    }

    #[test]
    fn every_single_digit_change_is_caught() {
        let number = first_valid("150585");
        let digits: Vec<char> = number.as_str().chars().collect();
        for position in 0..11 {
            for replacement in '0'..='9' {
                if replacement == digits[position] {
                    continue;
                }
                let mut changed = digits.clone();
                changed[position] = replacement;
                let changed: String = changed.into_iter().collect();
                assert!(
                    IdentityNumber::parse(&changed).is_err(),
                    "{changed} should be refused"
                );
            }
        }
    }

    #[test]
    fn malformed_input_gets_a_reason() {
        assert_eq!(
            IdentityNumber::parse("123"),
            Err(IdentityNumberError::Length)
        );
        assert_eq!(
            IdentityNumber::parse("1234567890a"),
            Err(IdentityNumberError::NotDigits)
        );
        assert_eq!(
            IdentityNumber::parse("32019012345"),
            Err(IdentityNumberError::Date)
        );
        assert_eq!(
            IdentityNumber::parse("01139012345"),
            Err(IdentityNumberError::Date)
        );
        assert_eq!(
            IdentityNumber::parse("01019012345"),
            Err(IdentityNumberError::Checksum)
        );
        assert_eq!(
            IdentityNumber::parse("０１０１９０１２３４５"),
            Err(IdentityNumberError::NotDigits)
        );
    }

    #[test]
    fn spaces_are_ignored_and_logs_are_masked() {
        let number = first_valid("010190");
        let spaced = format!("{} {}", &number.as_str()[..6], &number.as_str()[6..]);
        assert_eq!(IdentityNumber::parse(&spaced), Ok(number.clone()));
        assert_eq!(format!("{number:?}"), "IdentityNumber(010190*****)");
    }

    #[test]
    fn the_birth_date_follows_the_individual_number_for_the_century() {
        let number = |birth: &str, individuals: std::ops::Range<u32>| {
            individuals
                .into_iter()
                .find_map(|i| IdentityNumber::with_check_digits(&format!("{birth}{i:03}")))
                .expect("a valid number")
        };
        let date = |birth: &str, individuals| {
            number(birth, individuals)
                .birth_date()
                .map(|d| d.to_string())
        };
        assert_eq!(date("150585", 0..500).as_deref(), Some("1985-05-15"));
        assert_eq!(date("010506", 500..1000).as_deref(), Some("2006-05-01"));
        assert_eq!(date("010595", 500..750).as_deref(), Some("1895-05-01"));
        assert_eq!(date("150595", 900..1000).as_deref(), Some("1995-05-15"));
        // A D-number (day + 40) and a synthetic number (month + 80).
        assert_eq!(date("550595", 0..500).as_deref(), Some("1995-05-15"));
        assert_eq!(date("158585", 0..500).as_deref(), Some("1985-05-15"));
        // 750–899 with a year from 40 on was never assigned.
        assert_eq!(number("010545", 750..900).birth_date(), None);
    }
}
