//! An answer against its field, through its parsed value: checked ([`check`]), read as
//! conditions see it ([`condition_value`]: an invalid one counts as absent) and shown as
//! readers see it ([`display`]).

use super::{Answer, FieldKind, Problem};
use crate::journey::{
    condition::Val,
    date::Date,
    value::{self, Value},
};

/// Checks one non-empty answer of a field. Emptiness and `required` are the caller's business.
/// `today` is the citizen's calendar day (Oslo), for date bounds such as `today - 12m`; the
/// server and the browser pass the same one, so they agree.
pub fn check(kind: &FieldKind, answer: &Answer, today: Date) -> Option<Problem> {
    value::read(kind, answer, today).err()
}

/// The answer as conditions see it; an invalid or empty answer counts as absent. A group counts
/// as answered when it has items, whatever their number (conditions count them themselves).
pub fn condition_value(kind: &FieldKind, answer: Option<&Answer>, today: Date) -> Val {
    let Some(answer) = answer.filter(|a| !a.is_empty()) else {
        return Val::Absent;
    };
    match value::parse(kind, answer) {
        Ok(value @ Value::Items(_)) => value.condition(),
        Ok(value) if value::check_bounds(kind, &value, today).is_none() => value.condition(),
        _ => Val::Absent,
    }
}

/// One typed text as a reader sees it on "check your answers" and the receipt: its value shown
/// (money in kroner, dates `dd.mm.yyyy`, numbers grouped), or, when it is not a valid answer to
/// the field, as typed (trimmed).
pub fn display(kind: &FieldKind, text: &str) -> String {
    value::parse(kind, &Answer::Text(text.to_string()))
        .map_or_else(|_| text.trim().to_string(), |value| value.to_string())
}
