//! Calendar dates without a clock: what the engine needs for date fields and for conditions
//! such as `child_birth_date > today - 18y`. The caller supplies "today".

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

/// A span of calendar time in a condition: `18y`, `6m`, `14d`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    Years(i32),
    Months(i32),
    Days(i32),
}

/// A limit on a date answer, as a journey states it (`not_before`, `not_after`): a fixed day, or
/// today moved by periods (`today - 12m`), worked out against the caller's today.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateBound {
    On(Date),
    /// Today, moved by each period in turn (none: today itself).
    Today(Vec<Period>),
}

impl DateBound {
    /// The floor of every date field whose definition states none: no one alive, and nothing a
    /// citizen reports, is dated before it.
    pub const DEFAULT_FLOOR: DateBound = DateBound::On(Date {
        year: 1900,
        month: 1,
        day: 1,
    });

    /// The day the bound stands for when it is `today`; `None` when moving today leaves the
    /// calendar.
    pub fn on(&self, today: Date) -> Option<Date> {
        match self {
            DateBound::On(date) => Some(*date),
            DateBound::Today(periods) => periods
                .iter()
                .try_fold(today, |date, period| date.shift(*period)),
        }
    }
}

impl fmt::Display for DateBound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateBound::On(date) => write!(f, "{date}"),
            DateBound::Today(periods) => {
                f.write_str("today")?;
                for period in periods {
                    let (n, unit) = match period {
                        Period::Years(n) => (n, 'y'),
                        Period::Months(n) => (n, 'm'),
                        Period::Days(n) => (n, 'd'),
                    };
                    let sign = if *n < 0 { '-' } else { '+' };
                    write!(f, " {sign} {}{unit}", n.unsigned_abs())?;
                }
                Ok(())
            }
        }
    }
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day)
            && (1000..=9999).contains(&year))
        .then_some(Date { year, month, day })
    }

    /// `yyyy-mm-dd` (ISO, as stored and as written in conditions).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(number(y)?, number(m)?, number(d)?)
    }

    /// What a person types: `dd.mm.yyyy` (Norwegian), `d.m.yyyy`, or ISO `yyyy-mm-dd`.
    pub fn parse_input(text: &str) -> Option<Date> {
        let text = text.trim();
        if let Some(date) = Date::parse_iso(text) {
            return Some(date);
        }
        let mut parts = text.split(['.', '/']);
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || d.is_empty() || m.is_empty() {
            return None;
        }
        if d.len() > 2 || m.len() > 2 {
            return None;
        }
        Date::new(number(y)?, number(m)?, number(d)?)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// `yyyy-mm-dd`, as stored and as registers send it.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `dd.mm.yyyy`, as Norwegian services show dates.
    pub fn display(self) -> String {
        format!("{:02}.{:02}.{:04}", self.day, self.month, self.year)
    }

    /// The date moved by a period; a day past the end of the month becomes its last day
    /// (31 January + 1 month is 28 or 29 February).
    pub fn shift(self, period: Period) -> Option<Date> {
        match period {
            Period::Years(n) => self.add_months(n.checked_mul(12)?),
            Period::Months(n) => self.add_months(n),
            Period::Days(n) => Date::from_days(self.days().checked_add(i64::from(n))?),
        }
    }

    fn add_months(self, n: i32) -> Option<Date> {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(n);
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = (index.rem_euclid(12) + 1) as u32;
        Date::new(year, month, self.day.min(days_in_month(year, month)))
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil calendar algorithm).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01; `None` outside the calendar (years 1000 to 9999).
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month, day)
    }
}

/// A part of a date: digits only (`str::parse` would also take a sign, `+1`).
fn number<T: std::str::FromStr>(text: &str) -> Option<T> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Date::parse_iso(&value).ok_or_else(|| format!("`{value}` is not a date (yyyy-mm-dd)"))
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse_iso(text).expect(text)
    }

    #[test]
    fn dates_are_read_as_people_type_them() {
        assert_eq!(Date::parse_input("17.05.2026"), Some(d("2026-05-17")));
        assert_eq!(Date::parse_input("7.5.2026"), Some(d("2026-05-07")));
        assert_eq!(Date::parse_input(" 2026-05-17 "), Some(d("2026-05-17")));
        for bad in [
            "31.02.2026",
            "2026-13-01",
            "17.05.26",
            "i går",
            "",
            "1.1.1.2026",
            "0.1.2026",
        ] {
            assert_eq!(Date::parse_input(bad), None, "{bad:?}");
        }
        assert_eq!(d("2024-02-29").display(), "29.02.2024");
        assert_eq!(d("2026-05-07").iso(), "2026-05-07");
    }

    #[test]
    fn periods_move_dates_by_the_calendar() {
        assert_eq!(
            d("2026-11-22").shift(Period::Years(-18)),
            Some(d("2008-11-22"))
        );
        assert_eq!(
            d("2026-01-31").shift(Period::Months(1)),
            Some(d("2026-02-28"))
        );
        assert_eq!(
            d("2024-02-29").shift(Period::Years(1)),
            Some(d("2025-02-28"))
        );
        assert_eq!(
            d("2026-12-31").shift(Period::Days(1)),
            Some(d("2027-01-01"))
        );
        assert_eq!(
            d("2026-03-01").shift(Period::Days(-1)),
            Some(d("2026-02-28"))
        );
        assert_eq!(
            d("2026-01-15").shift(Period::Months(-13)),
            Some(d("2024-12-15"))
        );
    }

    #[test]
    fn day_numbers_round_trip_over_four_centuries() {
        let start = d("1900-01-01").days();
        for offset in (0..146_097 * 2).step_by(7) {
            let date = Date::from_days(start + offset).expect("a date");
            assert_eq!(date.days(), start + offset);
            assert_eq!(Date::parse_iso(&date.to_string()), Some(date));
        }
    }
}
