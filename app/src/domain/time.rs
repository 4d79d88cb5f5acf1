//! Instants: when something happened or is due, in UTC, to the millisecond — as the database
//! keeps it (`2026-11-22T10:15:00.000Z`: fixed width, so times order as text in SQL too) and as
//! pages show it, in Oslo's local time from the time-zone database (not rules written by hand).
//!
//! The time-zone database is bundled into the server (the `ssr` feature); the WebAssembly client
//! has none and never shows local time (pages are rendered on the server), so there
//! `oslo_display` falls back to the UTC text.

use crate::journey::Date;
use std::{fmt, sync::LazyLock, time::Duration};

/// A moment in UTC, to the millisecond (finer parts are cut off where it is made, so what is
/// stored reads back as the same instant).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct Instant(jiff::Timestamp);

/// Text that is not an instant this version can hold.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NotATime {
    /// Not an RFC 3339 time with an offset (`2026-11-22T10:15:00.000Z`,
    /// `2026-11-22T11:15:00+01:00`).
    #[error("`{0}` is not an RFC 3339 time")]
    Malformed(String),
    /// A well-formed time after the last instant there is (late on 30 December 9999).
    #[error("`{0}` is later than any time this version can hold")]
    TooLate(String),
}

/// Oslo's rules, from the bundled time-zone database (none in the browser).
static OSLO: LazyLock<Option<jiff::tz::TimeZone>> =
    LazyLock::new(|| jiff::tz::TimeZone::get("Europe/Oslo").ok());

impl Instant {
    /// Now, by the system clock.
    pub fn now() -> Instant {
        Instant::millis(jiff::Timestamp::now())
    }

    fn millis(at: jiff::Timestamp) -> Instant {
        let millis = at.as_millisecond();
        Instant(jiff::Timestamp::from_millisecond(millis).unwrap_or(at))
    }

    /// The instant `seconds` after 1970-01-01T00:00:00Z (`None` outside the years -9999..9999).
    pub fn from_unix_seconds(seconds: i64) -> Option<Instant> {
        jiff::Timestamp::from_second(seconds).ok().map(Instant)
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    pub fn unix_seconds(self) -> i64 {
        self.0.as_second()
    }

    /// Reads an RFC 3339 time with any offset (`2026-11-22T11:15:00+01:00`) as its instant,
    /// cut to the millisecond.
    pub fn parse(text: &str) -> Result<Instant, NotATime> {
        let not = || NotATime::Malformed(text.to_string());
        // The shape RFC 3339 asks for (jiff also reads looser ISO 8601 forms).
        let shaped = text.len() >= 20
            && text.is_char_boundary(19)
            && text[..19].char_indices().all(|(i, c)| match i {
                4 | 7 => c == '-',
                10 => matches!(c, 'T' | 't' | ' '),
                13 | 16 => c == ':',
                _ => c.is_ascii_digit(),
            });
        if !shaped {
            return Err(not());
        }
        text.parse::<jiff::Timestamp>()
            .map(Instant::millis)
            .map_err(|_| {
                // Four-digit years only run past the end: a sound date, time and offset that
                // are no instant are too late.
                match jiff::fmt::temporal::Pieces::parse(text) {
                    Ok(pieces) if pieces.offset().is_some() && pieces.time().is_some() => {
                        NotATime::TooLate(text.to_string())
                    }
                    _ => not(),
                }
            })
    }

    /// As the database keeps it: `2026-11-22T10:15:00.000Z`.
    pub fn stored(self) -> String {
        jiff::fmt::temporal::DateTimePrinter::new()
            .precision(Some(3))
            .timestamp_to_string(&self.0)
    }

    /// `duration` later (the last instant there is, at the most).
    pub fn plus(self, duration: Duration) -> Instant {
        let span = jiff::SignedDuration::try_from(duration).unwrap_or(jiff::SignedDuration::MAX);
        Instant::millis(self.0.saturating_add(span).unwrap_or(jiff::Timestamp::MAX))
    }

    /// `duration` earlier (the first instant there is, at the least).
    pub fn minus(self, duration: Duration) -> Instant {
        let span = jiff::SignedDuration::try_from(duration).unwrap_or(jiff::SignedDuration::MAX);
        Instant::millis(self.0.saturating_sub(span).unwrap_or(jiff::Timestamp::MIN))
    }

    /// How long after `earlier` this is; `None` when it is before it.
    pub fn since(self, earlier: Instant) -> Option<Duration> {
        Duration::try_from(self.0.duration_since(earlier.0)).ok()
    }

    /// The year in UTC (what a reference's year is taken from).
    pub fn year(self) -> i16 {
        self.0.to_zoned(jiff::tz::TimeZone::UTC).year()
    }

    /// The date in UTC.
    pub fn utc_date(self) -> Option<Date> {
        date_of(&self.0.to_zoned(jiff::tz::TimeZone::UTC))
    }

    fn oslo(self) -> Option<jiff::Zoned> {
        Some(self.0.to_zoned((*OSLO).clone()?))
    }

    /// The date on a calendar in Oslo at this instant: what "today" is for a citizen, so a child
    /// born at 00:30 on a winter night is not born "tomorrow".
    pub fn oslo_date(self) -> Option<Date> {
        date_of(&self.oslo()?)
    }

    /// As Norwegians read it, in Oslo's local time: `22.11.2026 11:15` (the UTC text where there
    /// is no time-zone database, as in the browser).
    pub fn oslo_display(self) -> String {
        match self.oslo() {
            Some(local) => local.strftime("%d.%m.%Y %H:%M").to_string(),
            None => self.stored(),
        }
    }

    /// A time on a clock in Oslo, as a `datetime-local` input sends it (`2026-11-29T20:00`):
    /// `None` when it is not one (or there is no time-zone database, as in the browser). In the
    /// hour that autumn's change repeats, the earlier one.
    pub fn from_oslo_local(text: &str) -> Option<Instant> {
        let civil: jiff::civil::DateTime = text.trim().parse().ok()?;
        let zoned = civil.to_zoned((*OSLO).clone()?).ok()?;
        Some(Instant(zoned.timestamp()))
    }

    /// As a `datetime-local` input shows it, on a clock in Oslo: `2026-11-29T20:00`.
    pub fn oslo_local(self) -> String {
        match self.oslo() {
            Some(local) => local.strftime("%Y-%m-%dT%H:%M").to_string(),
            None => self.stored()[..16].to_string(),
        }
    }

    /// The day in Oslo alone: `22.11.2026`.
    pub fn oslo_day(self) -> String {
        match self.oslo() {
            Some(local) => local.strftime("%d.%m.%Y").to_string(),
            None => self.stored()[..10].to_string(),
        }
    }
}

fn date_of(zoned: &jiff::Zoned) -> Option<Date> {
    Date::new(
        i32::from(zoned.year()),
        u32::try_from(zoned.month()).ok()?,
        u32::try_from(zoned.day()).ok()?,
    )
}

impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.stored())
    }
}

impl std::str::FromStr for Instant {
    type Err = NotATime;
    fn from_str(text: &str) -> Result<Instant, NotATime> {
        Instant::parse(text)
    }
}

impl TryFrom<String> for Instant {
    type Error = NotATime;
    fn try_from(text: String) -> Result<Instant, NotATime> {
        Instant::parse(&text)
    }
}

impl From<Instant> for String {
    fn from(at: Instant) -> String {
        at.stored()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_on_an_oslo_clock_is_read_in_winter_and_summer_time() {
        let winter = Instant::from_oslo_local("2026-11-29T20:00").expect("a time");
        assert_eq!(winter.stored(), "2026-11-29T19:00:00.000Z");
        assert_eq!(winter.oslo_local(), "2026-11-29T20:00");
        let summer = Instant::from_oslo_local("2026-06-01T08:30").expect("a time");
        assert_eq!(summer.stored(), "2026-06-01T06:30:00.000Z");
        assert_eq!(Instant::from_oslo_local("29.11.2026 20:00"), None);
        assert_eq!(Instant::from_oslo_local(""), None);
    }

    fn at(text: &str) -> Instant {
        Instant::parse(text).expect(text)
    }

    #[test]
    fn an_instant_is_stored_in_utc_with_milliseconds_and_reads_back_the_same() {
        assert_eq!(
            at("2026-11-22T10:15:00Z").stored(),
            "2026-11-22T10:15:00.000Z"
        );
        assert_eq!(
            at("2026-11-23T11:04:59+01:00").stored(),
            "2026-11-23T10:04:59.000Z"
        );
        // Finer than a millisecond is cut off, not rounded.
        assert_eq!(
            at("2026-11-22T10:15:00.123999Z").stored(),
            "2026-11-22T10:15:00.123Z"
        );
        let now = Instant::now();
        assert_eq!(at(&now.stored()), now);
        assert_eq!(now.to_string(), now.stored());
        for bad in [
            "not a time",
            "",
            "2026-11-22",
            "2026-11-22T10:15:00",
            "2026-11-22T10:15Z",
            "2026-13-22T10:15:00Z",
            "yesterday at ten",
        ] {
            assert_eq!(
                Instant::parse(bad),
                Err(NotATime::Malformed(bad.into())),
                "{bad:?}"
            );
        }
        assert_eq!(
            Instant::parse("9999-12-31T23:59:59Z"),
            Err(NotATime::TooLate("9999-12-31T23:59:59Z".into()))
        );
    }

    #[test]
    fn stored_text_orders_as_the_instants_do() {
        let times = [
            "2026-03-29T00:59:59.999Z",
            "2026-03-29T01:00:00.000Z",
            "2026-10-25T00:00:00.001Z",
            "2027-01-01T00:00:00.000Z",
        ];
        for pair in times.windows(2) {
            assert!(at(pair[0]) < at(pair[1]));
            assert!(at(pair[0]).stored() < at(pair[1]).stored());
        }
    }

    #[test]
    fn durations_move_an_instant_and_measure_between_two() {
        let start = at("2026-11-22T10:15:00.000Z");
        let later = start.plus(Duration::from_millis(90_500));
        assert_eq!(later.stored(), "2026-11-22T10:16:30.500Z");
        assert_eq!(later.minus(Duration::from_millis(90_500)), start);
        assert_eq!(later.since(start), Some(Duration::from_millis(90_500)));
        assert_eq!(start.since(later), None);
        // Beyond the calendar's end it stays at the last instant there is (in the year 9999).
        assert_eq!(start.plus(Duration::MAX).year(), 9999);
        assert_eq!(start.year(), 2026);
        let epoch = Instant::from_unix_seconds(0).expect("1970");
        assert_eq!(epoch.stored(), "1970-01-01T00:00:00.000Z");
        assert_eq!(start.unix_seconds(), 1_795_342_500);
    }

    #[test]
    fn stored_times_are_shown_in_oslo_time_across_summer_time() {
        let oslo = |text: &str| at(text).oslo_display();
        assert_eq!(oslo("2026-11-22T10:15:00.000Z"), "22.11.2026 11:15");
        assert_eq!(oslo("2026-07-01T22:30:00Z"), "02.07.2026 00:30");
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(oslo("2026-03-29T00:59:00Z"), "29.03.2026 01:59");
        assert_eq!(oslo("2026-03-29T01:00:00Z"), "29.03.2026 03:00");
        assert_eq!(oslo("2026-10-25T00:59:00Z"), "25.10.2026 02:59");
        assert_eq!(oslo("2026-10-25T01:00:00Z"), "25.10.2026 02:00");
        assert_eq!(oslo("2026-12-31T23:30:00Z"), "01.01.2027 00:30");
        // Another year's switches come from the database too (2027: 28 March, 31 October).
        assert_eq!(oslo("2027-03-28T00:59:00Z"), "28.03.2027 01:59");
        assert_eq!(oslo("2027-03-28T01:00:00Z"), "28.03.2027 03:00");
        assert_eq!(oslo("2027-10-31T01:00:00Z"), "31.10.2027 02:00");
        assert_eq!(at("2026-12-31T23:30:00Z").oslo_day(), "01.01.2027");
        assert_eq!(
            at("2026-12-31T23:30:00Z")
                .utc_date()
                .map(|d| d.to_string())
                .as_deref(),
            Some("2026-12-31")
        );
    }

    #[test]
    fn today_is_the_date_in_oslo_not_in_greenwich() {
        let today = |seconds| {
            Instant::from_unix_seconds(seconds)
                .and_then(Instant::oslo_date)
                .map(|d| d.to_string())
        };
        // 2026-11-22T23:30:00Z: half past midnight on the 23rd in Oslo (winter time).
        assert_eq!(today(1_795_390_200).as_deref(), Some("2026-11-23"));
        // 2026-11-22T22:59:00Z: still the 22nd in Oslo.
        assert_eq!(today(1_795_388_340).as_deref(), Some("2026-11-22"));
        // 2026-07-01T21:59:00Z is 23:59 in Oslo (summer time), 22:00Z is midnight.
        assert_eq!(today(1_782_943_140).as_deref(), Some("2026-07-01"));
        assert_eq!(today(1_782_943_200).as_deref(), Some("2026-07-02"));
        // New Year's Eve 23:30Z is already next year in Oslo.
        assert_eq!(today(1_798_759_800).as_deref(), Some("2027-01-01"));
    }
}
