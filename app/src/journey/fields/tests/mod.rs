//! Field types: each checked, normalised, shown and read by conditions as the person and the
//! agencies would meet it: answers checked in `checks.rs`, shown and read in `reading.rs`.

mod checks;
mod reading;

use super::{Answer, FieldKind};
use crate::journey::date::{Date, DateBound};

fn text(s: &str) -> Answer {
    Answer::Text(s.into())
}

fn today() -> Date {
    Date::parse_iso("2026-11-22").expect("date")
}

/// A date field with the default floor and, when given, the bound `not_after`.
fn date(not_after: Option<DateBound>) -> FieldKind {
    FieldKind::Date {
        not_before: DateBound::DEFAULT_FLOOR,
        not_after,
    }
}
