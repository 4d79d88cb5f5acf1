//! One page of the register's event feed, read strictly, and what of it is new: events already
//! handled (a repeat) are left out, a gap in the sequence is reported, an event this portal does
//! not offer anything for is passed by, and an event that is not sound is refused.

use app::{
    domain::LifeEventKind,
    journey::{Date, IdentityNumber},
};
use serde::Deserialize;

/// At most this many events are asked for, and taken, per page.
pub const PAGE: usize = 100;

/// A page as the feed sends it (`{"events": [...], "next": n}`); `next` is not trusted: the
/// cursor moves to the last event handled.
#[derive(Debug, Deserialize)]
pub struct Page {
    pub events: Vec<RawEvent>,
}

#[derive(Debug, Deserialize)]
pub struct RawEvent {
    pub sequence: i64,
    pub kind: String,
    pub pid: String,
    pub date: String,
}

/// An event to handle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub sequence: i64,
    pub kind: LifeEventKind,
    pub pid: String,
    pub date: Date,
}

/// What a page holds after `cursor`.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// The events to handle, in sequence.
    pub events: Vec<Event>,
    /// Events at or before the cursor, or twice on the page: handled before.
    pub repeated: usize,
    /// Ranges of sequence numbers the feed skipped (first, last).
    pub gaps: Vec<(i64, i64)>,
    /// Events refused as unsound (a number that is no identity number, a date that is none),
    /// by sequence.
    pub refused: Vec<i64>,
    /// The last sequence on the page after the cursor: where the cursor goes once it is handled.
    pub last: i64,
}

/// Sorts out a page read after `cursor`: what was handled before is counted and left out, then
/// the lowest `PAGE` of the rest are taken in sequence (a feed that sends more, or out of order,
/// skips nothing: the rest come on the next read).
pub fn plan(cursor: i64, mut page: Vec<RawEvent>) -> Plan {
    let sent = page.len();
    page.retain(|e| e.sequence > cursor);
    let repeated = sent - page.len();
    page.sort_by_key(|e| e.sequence);
    page.truncate(PAGE);
    let mut plan = Plan {
        last: cursor,
        repeated,
        ..Plan::default()
    };
    for raw in page {
        if raw.sequence <= plan.last {
            plan.repeated += 1;
            continue;
        }
        if raw.sequence > plan.last + 1 {
            plan.gaps.push((plan.last + 1, raw.sequence - 1));
        }
        plan.last = raw.sequence;
        let Some(kind) = LifeEventKind::parse(&raw.kind) else {
            // Moves, name changes…: nothing to offer.
            continue;
        };
        match (IdentityNumber::parse(&raw.pid), Date::parse_iso(&raw.date)) {
            (Ok(_), Some(date)) => plan.events.push(Event {
                sequence: raw.sequence,
                kind,
                pid: raw.pid,
                date,
            }),
            _ => plan.refused.push(raw.sequence),
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    const PID: &str = "15058512345";

    fn raw(sequence: i64, kind: &str, pid: &str, date: &str) -> RawEvent {
        RawEvent {
            sequence,
            kind: kind.into(),
            pid: pid.into(),
            date: date.into(),
        }
    }

    fn valid_pid() -> String {
        // A synthetic number with valid check digits.
        crate::identity::population::population()[0].pid.to_string()
    }

    #[test]
    fn new_events_come_in_sequence_and_the_cursor_goes_to_the_last() {
        let pid = valid_pid();
        let page = vec![
            raw(7, "death", &pid, "2026-11-02"),
            raw(6, "birth", &pid, "2026-11-01"),
        ];
        let plan = plan(5, page);
        let sequences: Vec<i64> = plan.events.iter().map(|e| e.sequence).collect();
        assert_eq!(sequences, [6, 7]);
        assert_eq!(plan.events[0].kind, LifeEventKind::Birth);
        assert_eq!(plan.last, 7);
        assert_eq!((plan.repeated, plan.gaps.len()), (0, 0));
    }

    #[test]
    fn repeats_are_left_out_and_gaps_reported() {
        let pid = valid_pid();
        let page = vec![
            raw(4, "birth", &pid, "2026-11-01"),
            raw(5, "birth", &pid, "2026-11-01"),
            raw(6, "birth", &pid, "2026-11-01"),
            raw(6, "birth", &pid, "2026-11-01"),
            raw(9, "death", &pid, "2026-11-03"),
        ];
        let plan = plan(5, page);
        let sequences: Vec<i64> = plan.events.iter().map(|e| e.sequence).collect();
        assert_eq!(sequences, [6, 9]);
        assert_eq!(plan.repeated, 3);
        assert_eq!(plan.gaps, [(7, 8)]);
        assert_eq!(plan.last, 9);
    }

    #[test]
    fn other_kinds_are_passed_by_and_unsound_events_refused_but_the_cursor_moves_past_them() {
        let pid = valid_pid();
        let page = vec![
            raw(1, "move", &pid, "2026-11-01"),
            raw(2, "birth", PID, "2026-11-01"),
            raw(3, "birth", &pid, "yesterday"),
            raw(4, "birth", &pid, "2026-11-01"),
        ];
        let plan = plan(0, page);
        assert_eq!(plan.events.len(), 1);
        assert_eq!(plan.refused, [2, 3]);
        assert_eq!(plan.last, 4);
    }

    #[test]
    fn a_page_too_long_and_out_of_order_gives_its_lowest_events_and_skips_none() {
        let pid = valid_pid();
        let extra = i64::try_from(PAGE).expect("small") + 5;
        // Newest first, five more than a page, and two already handled.
        let mut page: Vec<RawEvent> = (1..=extra)
            .rev()
            .map(|n| raw(10 + n, "birth", &pid, "2026-11-01"))
            .collect();
        page.push(raw(9, "birth", &pid, "2026-11-01"));
        page.push(raw(10, "birth", &pid, "2026-11-01"));
        let plan = plan(10, page);
        assert_eq!(plan.events.len(), PAGE);
        assert_eq!(plan.events[0].sequence, 11);
        assert_eq!(plan.last, 10 + i64::try_from(PAGE).expect("small"));
        assert_eq!((plan.repeated, plan.gaps.len()), (2, 0), "nothing skipped");
    }

    #[test]
    fn an_empty_page_leaves_the_cursor_where_it_is() {
        assert_eq!(plan(12, vec![]).last, 12);
    }
}
