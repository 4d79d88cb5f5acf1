//! The structural diff of two versions of a journey: steps and fields. Things are matched by
//! id, never by position, so a renamed field reads as one removed and one added, and a moved
//! step as moved rather than as every step after it changed. Services and prefill look-ups are
//! `diff_parts.rs`'s.

use super::{
    diff_parts::{field_aspects, prefill, services, values},
    text::optional_text,
    Aspect, Change, How, Thing,
};
use crate::journey::model::{Field, Journey, Step};

/// What differs between `old` and `new`, as an admin reads it: steps, then fields, services and
/// prefill look-ups; within each, in the new version's order, then what was removed in the old
/// one's. Equal journeys give an empty diff.
pub fn diff(old: &Journey, new: &Journey) -> Vec<Change> {
    let mut changes = steps(old, new);
    changes.extend(fields(old, new));
    changes.extend(services(old, new));
    changes.extend(prefill(old, new));
    changes
}

fn steps(old: &Journey, new: &Journey) -> Vec<Change> {
    let mut changes = Vec::new();
    let moved = moved_steps(old, new);
    for (to, step) in new.steps.iter().enumerate() {
        let change = |how| Change {
            thing: Thing::Step,
            id: step.id.clone(),
            step: None,
            group: None,
            how,
        };
        let Some((from, before)) = old.step(&step.id) else {
            changes.push(change(How::Added));
            continue;
        };
        if moved.contains(&step.id.as_str()) {
            changes.push(change(How::Moved {
                from: from + 1,
                to: to + 1,
            }));
        }
        let mut aspects = Vec::new();
        values(&mut aspects, "intro", before.intro, step.intro);
        let (old_if, new_if) = (
            optional_text(before.show_if.as_ref()),
            optional_text(step.show_if.as_ref()),
        );
        if old_if != new_if {
            aspects.push(Aspect::value("show_if", old_if, new_if));
        }
        let (old_next, new_next) = (branches(old, before), branches(new, step));
        if old_next != new_next {
            aspects.push(Aspect::value("next", old_next, new_next));
        }
        if !aspects.is_empty() {
            changes.push(change(How::Changed(aspects)));
        }
    }
    for step in old.steps.iter().filter(|s| new.step(&s.id).is_none()) {
        changes.push(Change {
            thing: Thing::Step,
            id: step.id.clone(),
            step: None,
            group: None,
            how: How::Removed,
        });
    }
    changes
}

/// A step's branches as text (`settlement if birth_date < today - 18y; payment`), by the ids of
/// the steps they lead to, so a branch that still leads to the same step reads unchanged when
/// steps were added before it.
fn branches(journey: &Journey, step: &Step) -> Option<String> {
    if step.next.is_empty() {
        return None;
    }
    let texts: Vec<String> = step
        .next
        .iter()
        .map(|branch| {
            let to = journey
                .steps
                .get(branch.to)
                .map_or_else(|| format!("#{}", branch.to + 1), |s| s.id.clone());
            match optional_text(branch.condition.as_ref()) {
                Some(condition) => format!("{to} if {condition}"),
                None => to,
            }
        })
        .collect();
    Some(texts.join("; "))
}

/// The steps both versions have that come in another order: those outside a longest run the
/// two orders share. Moving one step reads as that step moved, not as all it jumped over.
fn moved_steps<'a>(old: &Journey, new: &'a Journey) -> Vec<&'a str> {
    let a: Vec<&str> = old
        .steps
        .iter()
        .map(|s| s.id.as_str())
        .filter(|id| new.step(id).is_some())
        .collect();
    let b: Vec<&'a str> = new
        .steps
        .iter()
        .map(|s| s.id.as_str())
        .filter(|id| old.step(id).is_some())
        .collect();
    // Longest common subsequence, by the textbook table: a journey has a few dozen steps.
    let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i][j] = if a[i] == b[j] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut moved) = (0, 0, Vec::new());
    while j < b.len() {
        if i < a.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if i < a.len() && table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            moved.push(b[j]);
            j += 1;
        }
    }
    moved
}

/// A field where it stands: its step and, for a group's item field, its group.
pub(super) struct Placed<'a> {
    pub step: &'a str,
    pub group: Option<&'a str>,
    pub field: &'a Field,
}

/// Every field of a journey, item fields right after their group, in order.
pub(super) fn all_fields(journey: &Journey) -> Vec<Placed<'_>> {
    fn push<'a>(
        out: &mut Vec<Placed<'a>>,
        step: &'a str,
        group: Option<&'a str>,
        fields: &'a [Field],
    ) {
        for field in fields {
            out.push(Placed { step, group, field });
            push(out, step, Some(&field.id), &field.fields);
        }
    }
    let mut out = Vec::new();
    for step in &journey.steps {
        push(&mut out, &step.id, None, &step.fields);
    }
    out
}

fn fields(old: &Journey, new: &Journey) -> Vec<Change> {
    let (before, after) = (all_fields(old), all_fields(new));
    let find = |all: &'_ [Placed<'_>], id: &str| all.iter().position(|p| p.field.id == id);
    let change = |placed: &Placed, how| Change {
        thing: Thing::Field,
        id: placed.field.id.clone(),
        step: Some(placed.step.to_string()),
        group: placed.group.map(str::to_string),
        how,
    };
    let mut changes = Vec::new();
    for placed in &after {
        match find(&before, &placed.field.id) {
            None => changes.push(change(placed, How::Added)),
            Some(at) => {
                let was = &before[at];
                let mut aspects = Vec::new();
                values(&mut aspects, "step", was.step, placed.step);
                values(&mut aspects, "group", was.group, placed.group);
                aspects.extend(field_aspects(was.field, placed.field));
                if !aspects.is_empty() {
                    changes.push(change(placed, How::Changed(aspects)));
                }
            }
        }
    }
    for placed in before
        .iter()
        .filter(|p| find(&after, &p.field.id).is_none())
    {
        changes.push(change(placed, How::Removed));
    }
    changes
}
