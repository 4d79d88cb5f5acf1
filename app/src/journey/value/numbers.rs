//! Numbers with a mod-11 check digit that citizens type: organisation numbers (nine digits, from
//! Enhetsregisteret) and Norwegian bank account numbers (eleven digits). Spaces, dots and
//! hyphens between the digits are ignored; what is kept is the digits alone.

use std::fmt;

/// Why a typed text is not the number asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CheckDigitError {
    #[error("only digits (and spaces, dots or hyphens between them)")]
    NotDigits,
    #[error("not the right number of digits")]
    Length,
    #[error("the check digit does not match")]
    Checksum,
}

/// The digits of `input` with `.`, `-` and whitespace left out, `length` of them, the last the
/// mod-11 check digit over the others with `weights`.
fn checked_digits(input: &str, length: usize, weights: &[u32]) -> Result<String, CheckDigitError> {
    let digits: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.' && *c != '-')
        .collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(CheckDigitError::NotDigits);
    }
    if digits.len() != length {
        return Err(CheckDigitError::Length);
    }
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    let sum: u32 = d.iter().zip(weights).map(|(d, w)| d * w).sum();
    let check = match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        check => Some(check),
    };
    if check == Some(d[length - 1]) {
        Ok(digits)
    } else {
        Err(CheckDigitError::Checksum)
    }
}

/// Digits split into groups of `sizes`, joined by `separator`.
fn grouped(
    digits: &str,
    sizes: &[usize],
    separator: char,
    f: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    let mut at = 0;
    for (i, size) in sizes.iter().enumerate() {
        if i > 0 {
            write!(f, "{separator}")?;
        }
        f.write_str(&digits[at..at + size])?;
        at += size;
    }
    Ok(())
}

/// An organisation number: nine digits, the last a mod-11 check digit.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct OrgNumber(String);

impl OrgNumber {
    pub fn parse(input: &str) -> Result<OrgNumber, CheckDigitError> {
        checked_digits(input, 9, &[3, 2, 7, 6, 5, 4, 3, 2]).map(OrgNumber)
    }

    /// The nine digits, as agencies receive them.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// For readers: `974 760 673`.
impl fmt::Display for OrgNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        grouped(&self.0, &[3, 3, 3], ' ', f)
    }
}

/// A Norwegian bank account number: eleven digits, the last a mod-11 check digit.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AccountNumber(String);

impl AccountNumber {
    pub fn parse(input: &str) -> Result<AccountNumber, CheckDigitError> {
        checked_digits(input, 11, &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]).map(AccountNumber)
    }

    /// The eleven digits, as agencies receive them.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// For readers: `1234.56.78903`.
impl fmt::Display for AccountNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        grouped(&self.0, &[4, 2, 5], '.', f)
    }
}
