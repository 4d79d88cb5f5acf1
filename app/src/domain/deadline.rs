//! Deadlines in working days: an agency answers within so many working days of receiving a
//! case, counted Monday to Friday, leaving out Norway's public holidays (helligdager: the fixed
//! ones and those that move with Easter).

use crate::journey::Date;

/// Whether `date` is a Saturday or a Sunday.
pub fn is_weekend(date: Date) -> bool {
    // 1970-01-01 was a Thursday: with Monday as 0, it is 3.
    (date.days() + 3).rem_euclid(7) >= 5
}

/// Easter Sunday of `year` (the Gregorian computus, "anonymous" algorithm).
fn easter(year: i32) -> Option<Date> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Whether `date` is a Norwegian public holiday: New Year's Day, Maundy Thursday, Good Friday,
/// Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday and Monday, Christmas Day
/// and Boxing Day.
pub fn is_holiday(date: Date) -> bool {
    let year = date.year();
    let fixed = [(1, 1), (5, 1), (5, 17), (12, 25), (12, 26)];
    if fixed
        .into_iter()
        .any(|(m, d)| Date::new(year, m, d) == Some(date))
    {
        return true;
    }
    let Some(easter) = easter(year) else {
        return false;
    };
    [-3, -2, 0, 1, 39, 49, 50]
        .into_iter()
        .any(|offset| easter.days() + offset == date.days())
}

/// Whether `date` is a working day: a weekday that is no public holiday.
pub fn is_working_day(date: Date) -> bool {
    !is_weekend(date) && !is_holiday(date)
}

/// The working day `n` working days after `from` (a case received on a Friday with one working
/// day is due on Monday, unless that is a holiday). A start on a day off counts from the next
/// working day. `None` past the
/// end of the calendar.
pub fn add_working_days(from: Date, n: u32) -> Option<Date> {
    let mut date = from;
    let mut left = n;
    while left > 0 {
        date = Date::from_days(date.days() + 1)?;
        if is_working_day(date) {
            left -= 1;
        }
    }
    // Due on a day off (no days added from a Saturday): the working day after.
    while !is_working_day(date) {
        date = Date::from_days(date.days() + 1)?;
    }
    Some(date)
}

/// Working days from `from` to `to`: how many working days lie after `from` up to and including
/// `to`; negative (the same count, the other way) when `to` is before `from`. Days left until a
/// deadline: 0 on the day itself, −1 the working day after.
pub fn working_days_between(from: Date, to: Date) -> i64 {
    let (start, end, sign) = if to >= from {
        (from.days(), to.days(), 1)
    } else {
        (to.days(), from.days(), -1)
    };
    let count = ((start + 1)..=end)
        .filter(|&day| Date::from_days(day).is_some_and(is_working_day))
        .count();
    sign * i64::try_from(count).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse_iso(text).unwrap_or_else(|| panic!("{text}"))
    }

    #[test]
    fn saturdays_and_sundays_are_the_weekend() {
        // 2026-11-23 is a Monday.
        let week = [
            "2026-11-23",
            "2026-11-24",
            "2026-11-25",
            "2026-11-26",
            "2026-11-27",
        ];
        assert!(week.iter().all(|day| !is_weekend(d(day))));
        assert!(is_weekend(d("2026-11-28")) && is_weekend(d("2026-11-29")));
        assert!(!is_weekend(d("1970-01-01")), "a Thursday");
    }

    #[test]
    fn adding_working_days_skips_the_weekend() {
        // Monday + 4 = Friday; Friday + 1 = Monday; Thursday + 2 = Monday.
        assert_eq!(add_working_days(d("2026-11-23"), 4), Some(d("2026-11-27")));
        assert_eq!(add_working_days(d("2026-11-27"), 1), Some(d("2026-11-30")));
        assert_eq!(add_working_days(d("2026-11-26"), 2), Some(d("2026-11-30")));
        // Ten working days are two weeks.
        assert_eq!(add_working_days(d("2026-11-23"), 10), Some(d("2026-12-07")));
        // Received on a Saturday: one working day is Monday's end… of Monday.
        assert_eq!(add_working_days(d("2026-11-28"), 1), Some(d("2026-11-30")));
        assert_eq!(add_working_days(d("2026-11-28"), 0), Some(d("2026-11-30")));
        assert_eq!(add_working_days(d("2026-11-25"), 0), Some(d("2026-11-25")));
    }

    #[test]
    fn working_days_between_count_across_a_weekend_and_backwards() {
        assert_eq!(working_days_between(d("2026-11-23"), d("2026-11-23")), 0);
        assert_eq!(working_days_between(d("2026-11-27"), d("2026-11-30")), 1);
        assert_eq!(working_days_between(d("2026-11-30"), d("2026-11-27")), -1);
        assert_eq!(working_days_between(d("2026-11-23"), d("2026-12-07")), 10);
        assert_eq!(working_days_between(d("2026-12-07"), d("2026-11-23")), -10);
        // From a Saturday to Monday: one working day.
        assert_eq!(working_days_between(d("2026-11-28"), d("2026-11-30")), 1);
        assert_eq!(working_days_between(d("2026-11-28"), d("2026-11-29")), 0);
    }

    #[test]
    fn days_between_undo_days_added() {
        let start = d("2026-11-02");
        for offset in 0..30 {
            let from = Date::from_days(start.days() + offset).unwrap_or(start);
            for n in 0..25 {
                let due = add_working_days(from, n).unwrap_or(from);
                let expected = if is_weekend(from) { n.max(1) } else { n };
                assert_eq!(
                    working_days_between(from, due),
                    i64::from(expected),
                    "{from} + {n} = {due}"
                );
            }
        }
    }

    #[test]
    fn norways_public_holidays_are_no_working_days() {
        // Easter 2027 is on 28 March: Maundy Thursday 25.3, Good Friday 26.3, Easter Monday
        // 29.3; Ascension 6.5; Whit Monday 17.5 (also Constitution Day).
        for holiday in [
            "2027-01-01",
            "2027-03-25",
            "2027-03-26",
            "2027-03-29",
            "2027-05-06",
            "2027-05-17",
            "2027-12-24",
            "2027-12-27",
        ] {
            let date = d(holiday);
            if holiday == "2027-12-24" || holiday == "2027-12-27" {
                assert!(is_working_day(date), "{holiday} is a working day");
            } else {
                assert!(is_holiday(date), "{holiday} is a holiday");
            }
        }
        assert!(is_holiday(d("2026-12-25")) && is_holiday(d("2026-12-26")));
        assert_eq!(easter(2026), Some(d("2026-04-05")));
        assert_eq!(easter(2025), Some(d("2025-04-20")));
        // A case received the Wednesday before Easter 2027 with two working days is due the
        // Tuesday after it: Thursday, Friday and Monday are holidays.
        assert_eq!(add_working_days(d("2027-03-24"), 2), Some(d("2027-03-31")));
        assert_eq!(working_days_between(d("2027-03-24"), d("2027-03-31")), 2);
        assert_eq!(working_days_between(d("2027-03-31"), d("2027-03-24")), -2);
    }
}
