//! Money: an amount in øre, read from kroner as people type them ("12 500", "12500,50",
//! "12.500 kr", "kr 1 000") and shown in kroner (`12 500 kr`). Whole øre in an `i64`, never a
//! float, so what the citizen typed is what the agency receives.

use std::fmt;

/// An amount of money in øre. Typed and shown in kroner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(i64);

/// Why a typed text is not an amount; each is the message `error-not-money`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("no kroner were given")]
    Empty,
    #[error("kroner are written in digits only (no sign, no letters)")]
    NotDigits,
    #[error("at most two digits of øre")]
    TooManyDecimals,
    #[error("the amount is too large")]
    TooLarge,
}

impl MoneyError {
    pub fn message_id(self) -> &'static str {
        "error-not-money"
    }
}

impl Money {
    /// Kroner as people type them, in øre: spaces (also no-break spaces) and `.` group the
    /// kroner, `,` starts the øre (one or two digits), `kr` may stand before or after.
    pub fn parse(input: &str) -> Result<Money, MoneyError> {
        let cleaned: String = input
            .trim()
            .trim_end_matches("kr")
            .trim_start_matches("kr")
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
            .collect();
        let (kroner, ore) = match cleaned.rsplit_once(',') {
            Some((k, o)) => (k.replace('.', ""), o),
            None => (cleaned.replace('.', ""), ""),
        };
        if kroner.is_empty() {
            return Err(MoneyError::Empty);
        }
        if !kroner.chars().all(|c| c.is_ascii_digit()) || !ore.chars().all(|c| c.is_ascii_digit()) {
            return Err(MoneyError::NotDigits);
        }
        let ore: i64 = match ore.len() {
            0 => 0,
            1 => ore.parse::<i64>().map_err(|_| MoneyError::NotDigits)? * 10,
            2 => ore.parse().map_err(|_| MoneyError::NotDigits)?,
            _ => return Err(MoneyError::TooManyDecimals),
        };
        kroner
            .parse::<i64>()
            .ok()
            .and_then(|k| k.checked_mul(100))
            .and_then(|k| k.checked_add(ore))
            .map(Money)
            .ok_or(MoneyError::TooLarge)
    }

    /// An amount the portal itself states (a definition's bounds), in øre.
    pub const fn from_ore(ore: i64) -> Money {
        Money(ore)
    }

    pub const fn ore(self) -> i64 {
        self.0
    }
}

/// Kroner for readers: `12 500 kr` or `12 500,50 kr`, thousands split by a no-break space.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kroner = (self.0 / 100).to_string();
        let mut grouped = String::new();
        for (i, c) in kroner.chars().enumerate() {
            if i > 0 && (kroner.len() - i).is_multiple_of(3) {
                grouped.push('\u{a0}');
            }
            grouped.push(c);
        }
        match self.0 % 100 {
            0 => write!(f, "{grouped} kr"),
            rest => write!(f, "{grouped},{rest:02} kr"),
        }
    }
}
