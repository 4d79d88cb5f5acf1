//! Deadlines in working days: an agency answers within so many working days of receiving a
//! case, counted Monday to Friday. Public holidays are not counted out (yet): a deadline that
//! falls on one is a day early, never late.

use crate::journey::Date;

/// Whether `date` is a Saturday or a Sunday.
pub fn is_weekend(date: Date) -> bool {
    // 1970-01-01 was a Thursday: with Monday as 0, it is 3.
    (date.days() + 3).rem_euclid(7) >= 5
}

/// The working day `n` working days after `from` (a case received on a Friday with one working
/// day is due on Monday). A start on a weekend counts from the Monday after it. `None` past the
/// end of the calendar.
pub fn add_working_days(from: Date, n: u32) -> Option<Date> {
    let mut date = from;
    let mut left = n;
    while left > 0 {
        date = Date::from_days(date.days() + 1)?;
        if !is_weekend(date) {
            left -= 1;
        }
    }
    // Due on a weekend (no days added from a Saturday): the Monday after.
    while is_weekend(date) {
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
    // Whole weeks have five working days each; the rest are counted one by one.
    let span = end - start;
    let weeks = span / 7;
    let mut count = weeks * 5;
    for day in (start + weeks * 7 + 1)..=end {
        if Date::from_days(day).is_some_and(|d| !is_weekend(d)) {
            count += 1;
        }
    }
    sign * count
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
}
