//! Which answers of a step a register is to check (`verify = "name-free"`, `"known-person"`):
//! those shown, answered and sound in themselves (an answer the form refuses already has its
//! error). The engine only says what to check; the server asks the registers and adds a
//! [`FieldError`](super::FieldError) at the field for each answer they refuse.

use super::{validate::shown_with_answers, walk::Walk};
use crate::journey::{
    date::Date,
    fields::Answer,
    model::{Field, Journey, Verify},
    value, IdentityNumber,
};

/// One answer to check: its form field name (`name`, `board.1.member_pid`), its field, the
/// check and the answer as the register is asked about it (a name trimmed, a number's digits).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToVerify {
    pub name: String,
    pub field: String,
    pub check: Verify,
    pub value: String,
}

/// The answers of `step` that a register is to check, in the order of the fields.
pub fn to_verify(journey: &Journey, step: usize, walked: &Walk, today: Date) -> Vec<ToVerify> {
    let mut out = Vec::new();
    for (field, answer, name) in shown_with_answers(journey, step, &walked.shown, today) {
        push(field, answer, &name, today, &mut out);
    }
    out
}

fn push(field: &Field, answer: Option<&Answer>, name: &str, today: Date, out: &mut Vec<ToVerify>) {
    let Some(check) = field.verify else {
        return;
    };
    let Some(answer @ Answer::Text(text)) = answer else {
        return;
    };
    if text.trim().is_empty() || value::read(&field.kind, answer, today).is_err() {
        return;
    }
    let value = match check {
        Verify::NameFree => text.trim().to_string(),
        Verify::KnownPerson => match IdentityNumber::parse(text) {
            Ok(number) => number.as_str().to_string(),
            Err(_) => return,
        },
    };
    out.push(ToVerify {
        name: name.to_string(),
        field: field.id.clone(),
        check,
        value,
    });
}
