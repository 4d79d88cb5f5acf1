//! Why a step or a field is shown: its own `show_if`, its step's, and the branches of earlier
//! steps that jump past it or are the only way to it — what the walk (`flow/walk.rs`) does,
//! read off the definition instead of off answers.

use super::{explain, Explanation};
use crate::journey::model::{Field, Journey, Step};

/// Why a step (or a field) is shown, when it is not always shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhyShown {
    /// Its own `show_if`.
    pub shown_if: Option<Explanation>,
    /// For a field: its step's own `show_if` (the field is on the page only with its step).
    pub step_shown_if: Option<Explanation>,
    /// Branches of earlier steps that jump past the step: it is shown only when they do not
    /// lead elsewhere.
    pub passed_by: Vec<BranchNote>,
    /// When the step is reached only through branches of earlier steps (never by simply going
    /// on from the step before): those branches. Empty when going on in order reaches it.
    pub only_through: Vec<BranchNote>,
}

/// A branch (`[[step.next]]`) of an earlier step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BranchNote {
    pub from: usize,
    pub from_title_id: String,
    pub to: usize,
    /// `None`: the branch is taken whatever the answers.
    pub condition: Option<Explanation>,
}

/// Why step `index` is shown; `None` when every path through the journey shows it.
pub fn why_shown(journey: &Journey, index: usize) -> Option<WhyShown> {
    let step = journey.steps.get(index)?;
    let why = WhyShown {
        shown_if: step.show_if.as_ref().map(|c| explain(journey, c)),
        step_shown_if: None,
        passed_by: branches(journey, |from, to| from < index && to > index),
        only_through: if reached_in_order(journey, index) {
            Vec::new()
        } else {
            branches(journey, |_, to| to == index)
        },
    };
    why.is_conditional().then_some(why)
}

impl WhyShown {
    /// Whether anything here can keep it from being shown.
    fn is_conditional(&self) -> bool {
        self.shown_if.is_some()
            || self.step_shown_if.is_some()
            || !self.passed_by.is_empty()
            || !self.only_through.is_empty()
    }
}

/// Why a field (a group's item field too) is shown; `None` when it is shown whenever its step
/// is and its step is always shown.
pub fn why_shown_field(journey: &Journey, field_id: &str) -> Option<WhyShown> {
    let index = journey
        .steps
        .iter()
        .position(|s| contains(&s.fields, field_id))?;
    let field = journey.any_field(field_id)?;
    let step = why_shown(journey, index);
    let why = WhyShown {
        shown_if: field.show_if.as_ref().map(|c| explain(journey, c)),
        step_shown_if: step.as_ref().and_then(|s| s.shown_if.clone()),
        passed_by: step
            .as_ref()
            .map(|s| s.passed_by.clone())
            .unwrap_or_default(),
        only_through: step.map(|s| s.only_through).unwrap_or_default(),
    };
    why.is_conditional().then_some(why)
}

fn contains(fields: &[Field], id: &str) -> bool {
    fields.iter().any(|f| f.id == id || contains(&f.fields, id))
}

/// Every branch of the journey for which `keep(from, to)` holds.
fn branches(journey: &Journey, keep: impl Fn(usize, usize) -> bool) -> Vec<BranchNote> {
    journey
        .steps
        .iter()
        .enumerate()
        .flat_map(|(from, step)| step.next.iter().map(move |b| (from, step, b)))
        .filter(|(from, _, b)| keep(*from, b.to))
        .map(|(from, step, b)| BranchNote {
            from,
            from_title_id: journey.step_title_id(step),
            to: b.to,
            condition: b.condition.as_ref().map(|c| explain(journey, c)),
        })
        .collect()
}

/// Whether going on in order can arrive at step `index`: the step before it either goes on
/// (no branch it always takes) or may be skipped — and is itself arrived at somehow.
fn reached_in_order(journey: &Journey, index: usize) -> bool {
    let Some(before) = index.checked_sub(1) else {
        return true;
    };
    let step: &Step = &journey.steps[before];
    let arrived = reached_in_order(journey, before)
        || journey
            .steps
            .iter()
            .any(|s| s.next.iter().any(|b| b.to == before));
    arrived && (step.show_if.is_some() || goes_on(step))
}

/// Whether a shown step can go on to the step after it: none of its branches is unconditional.
pub(crate) fn goes_on(step: &Step) -> bool {
    step.next.iter().all(|b| b.condition.is_some())
}
