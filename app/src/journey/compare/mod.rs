//! Two versions of one journey, compared. An agency admin edits a draft version and publishes
//! it while citizens have drafts (their saved [`Answers`]) pinned to older versions; this module
//! says what the new version changes ([`diff`], for the admin to read), what becomes of a
//! citizen's draft when it moves to the new version ([`migrate`], with what the citizen is told)
//! and which of a draft's answers the change touches ([`impact`], for the admin's
//! impact-before-publish page).
//!
//! Pure, like the rest of the engine: two checked journeys and answers in, values out, the
//! caller's today passed in. Every result is serde-serialisable, as pages receive them. Nothing
//! here reimplements the engine: which steps a citizen reaches is the walk's
//! ([`flow::walk`](super::flow::walk)) and whether an answer still fits a field is the field
//! check's ([`fields::check`](super::fields::check)).
//!
//! Here: the result types. Beside them: `text.rs` (conditions printed back as source text),
//! `diff.rs` and `diff_parts.rs` (the structural diff), `migrate.rs` and `impact.rs`.

mod diff;
mod diff_parts;
mod impact;
mod migrate;
mod text;

#[cfg(test)]
mod tests;

pub use diff::diff;
pub use impact::impact;
pub use migrate::migrate;
pub use text::condition_text;

use super::flow::Answers;
use serde::{Deserialize, Serialize};

/// What kind of thing in a journey a [`Change`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Thing {
    Step,
    Field,
    Service,
    /// A prefill look-up, identified as `register/lookup`.
    Prefill,
}

/// How a thing changed between the versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    Added,
    Removed,
    /// A step now comes elsewhere among the steps both versions have (1-based positions in
    /// each version's list of steps).
    Moved {
        from: usize,
        to: usize,
    },
    /// The aspects that differ, in a fixed order per kind of thing.
    Changed(Vec<Aspect>),
}

/// One aspect of a changed thing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aspect {
    /// A property before and after, as text (`required`: `false` → `true`; `show_if`: the
    /// condition's source text). `None` is "not set": no condition, no bound, no payload key.
    Value {
        name: String,
        old: Option<String>,
        new: Option<String>,
    },
    /// A choice field's option.
    OptionAdded(String),
    OptionRemoved(String),
}

impl Aspect {
    pub(crate) fn value(name: &str, old: Option<String>, new: Option<String>) -> Self {
        Aspect::Value {
            name: name.to_string(),
            old,
            new,
        }
    }
}

/// One thing that differs between two versions of a journey, as an admin reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub thing: Thing,
    pub id: String,
    /// The step a field is on (in the new version, or the old one when it was removed).
    pub step: Option<String>,
    /// The group a group's item field belongs to.
    pub group: Option<String>,
    pub how: How,
}

/// A citizen's draft moved to a new version of its journey.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Migration {
    /// The answers that still fit the new version.
    pub answers: Answers,
    /// The answers that did not, with why.
    pub dropped: Vec<Dropped>,
    /// What the citizen is told on their next visit.
    pub notices: Vec<Notice>,
}

/// An answer left behind by a migration. For a group's item field, one entry stands for every
/// item whose answer to it was left behind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dropped {
    pub field_id: String,
    pub reason: DropReason,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DropReason {
    /// The new version has no such field (where the answer was: at the top, or in the group).
    FieldRemoved,
    /// The new version's field does not take the answer; `problem` is the Fluent message id of
    /// what is wrong with it (`error-not-an-option`, `error-too-long`…).
    NoLongerFits { problem: String },
}

/// What a citizen is told about a new version, on their next visit. Only what concerns them:
/// steps their answers do not reach are not mentioned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Notice {
    /// A new question on a step their answers reach (`step`: 1-based, as "Step 2 of 5" counts).
    NewQuestion {
        step: usize,
        step_id: String,
        field_id: String,
    },
    /// An answer of theirs could not be kept.
    AnswerRemoved { field_id: String },
    /// A question they answered is asked differently now (its kind, options or whether it is
    /// required); their answer is kept, and worth a look.
    QuestionChanged { step: usize, field_id: String },
}

/// How a new version touches one draft's answers, for the admin before publishing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Touch {
    /// The draft answered a field the new version removes.
    RemovedFieldWithAnswer { field_id: String },
    /// A field that is new, or newly required, on a step the draft has already passed: the
    /// citizen has to go back to it.
    NewRequiredOnPassedStep { step_id: String, field_id: String },
    /// The old version showed this answered field; the new one's conditions hide it.
    NowHidden { field_id: String },
    /// The draft's answer is not one the new version's field takes.
    AnswerNoLongerFits { field_id: String },
}

impl Touch {
    /// A short stable word for this touch, as the publish form names it when the admin
    /// chooses, per change, whether the drafts it touches move (`removed:<field>`,
    /// `required:<step>/<field>`, `hidden:<field>`, `fits:<field>`).
    pub fn key(&self) -> String {
        match self {
            Touch::RemovedFieldWithAnswer { field_id } => format!("removed:{field_id}"),
            Touch::NewRequiredOnPassedStep { step_id, field_id } => {
                format!("required:{step_id}/{field_id}")
            }
            Touch::NowHidden { field_id } => format!("hidden:{field_id}"),
            Touch::AnswerNoLongerFits { field_id } => format!("fits:{field_id}"),
        }
    }
}
