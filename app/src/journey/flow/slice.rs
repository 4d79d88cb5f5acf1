//! What a step's island gets: the step itself, and the earlier answers its conditions read with
//! the definitions of their fields — not the whole journey, which every step page would
//! otherwise carry.
//!
//! Answers flow forward (the checker refuses a condition that reads a later answer), so what a
//! step shows depends only on its own answers and on earlier ones, and the earlier ones do not
//! change while the citizen is on this step. The server walks them once; the island walks a
//! journey of two steps: the earlier fields it reads (already walked, so with no conditions of
//! their own) and the step.

use super::{Answers, Walk};
use crate::journey::model::{Field, Journey, Step};

/// A journey of two steps for a step's island, with the answers it reads (from `walked`, the
/// walk of the draft's answers); the step is the second (`ISLAND_STEP`).
pub fn island_slice(journey: &Journey, step: usize, walked: &Walk) -> (Journey, Answers) {
    let current = &journey.steps[step];
    let mut names = Vec::new();
    for field in &current.fields {
        field_references(field, &mut names);
    }
    let own = |name: &str| current.fields.iter().any(|f| f.id == name);
    let mut context: Vec<Field> = Vec::new();
    for name in names {
        if own(&name) || context.iter().any(|f| f.id == name) {
            continue;
        }
        if let Some((at, field)) = journey.field(&name) {
            if at < step {
                context.push(unconditional(field));
            }
        }
    }
    let read = Answers(
        walked
            .shown
            .0
            .iter()
            .filter(|(id, _)| context.iter().any(|f| &f.id == *id))
            .map(|(id, answer)| (id.clone(), answer.clone()))
            .collect(),
    );
    let slice = Journey {
        meta: journey.meta.clone(),
        file: String::new(),
        prefill: Vec::new(),
        // The island shows no text of its own: the server rendered them all.
        texts: Default::default(),
        steps: vec![
            Step {
                id: String::new(),
                intro: false,
                show_if: None,
                fields: context,
                next: Vec::new(),
                party: None,
            },
            Step {
                show_if: None,
                next: Vec::new(),
                ..current.clone()
            },
        ],
        services: Vec::new(),
        parties: Vec::new(),
        messages: Vec::new(),
    };
    (slice, read)
}

/// The step's index in an island slice.
pub const ISLAND_STEP: usize = 1;

/// A field already walked: its answer (and its items' answers) are the shown ones, so its
/// conditions have nothing left to decide.
fn unconditional(field: &Field) -> Field {
    Field {
        show_if: None,
        fields: field.fields.iter().map(unconditional).collect(),
        ..field.clone()
    }
}

/// Every answer a field's conditions (and its items' conditions) read.
fn field_references(field: &Field, out: &mut Vec<String>) {
    if let Some(condition) = &field.show_if {
        crate::journey::condition::all_references(condition, out);
    }
    for item in &field.fields {
        field_references(item, out);
    }
}
