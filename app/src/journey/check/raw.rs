//! The definition file as written: what TOML deserialises into, every value with its place in
//! the file (`Spanned`) so an error can point at it. Unknown keys are refused here, by serde.

use crate::journey::definition::JourneyMeta;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(in crate::journey) struct RawFile {
    pub journey: JourneyMeta,
    #[serde(default)]
    pub(super) prefill: Vec<RawPrefill>,
    #[serde(default)]
    pub(super) step: Vec<RawStep>,
    #[serde(default)]
    pub(super) service: Vec<RawService>,
    /// `[[party]]`: the people besides the applicant who take part (`parties.rs`).
    #[serde(default)]
    pub(super) party: Vec<RawParty>,
    /// `[texts.<lang>]`: language code → message id → text.
    #[serde(default)]
    pub(super) texts: BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Spanned<String>>>,
    /// `[[test]]`: saved test cases, run by the checker (`cases.rs`).
    #[serde(default)]
    pub(super) test: Vec<RawTest>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPrefill {
    pub(super) register: Spanned<String>,
    pub(super) lookup: Spanned<String>,
    pub(super) fill: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStep {
    pub(super) id: Spanned<String>,
    #[serde(default)]
    pub(super) intro: bool,
    pub(super) show_if: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) field: Vec<RawField>,
    #[serde(default)]
    pub(super) next: Vec<RawNext>,
    /// The party that answers this step (never the applicant).
    pub(super) party: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawParty {
    pub(super) id: Spanned<String>,
    pub(super) person: Option<Spanned<String>>,
    pub(super) organisation: Option<Spanned<String>>,
    pub(super) blocking: Option<Spanned<bool>>,
    #[serde(rename = "if")]
    pub(super) condition: Option<Spanned<String>>,
    pub(super) task: Spanned<String>,
    #[serde(default)]
    pub(super) show: Vec<Spanned<String>>,
    pub(super) deadline_days: Option<Spanned<u32>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawField {
    pub(super) id: Spanned<String>,
    #[serde(rename = "type")]
    pub(super) kind: Spanned<String>,
    #[serde(default)]
    pub(super) required: bool,
    #[serde(default)]
    pub(super) help: bool,
    pub(super) show_if: Option<Spanned<String>>,
    /// Says when the field applies, in words: `<journey>-<field>-show-if`.
    #[serde(default)]
    pub(super) show_if_text: bool,
    /// The answer names what a draft is about (My page).
    #[serde(default)]
    pub(super) about: bool,
    /// A register check of the answer: `name-free` (text), `known-person` (identity number).
    pub(super) verify: Option<Spanned<String>>,
    pub(super) max_length: Option<usize>,
    pub(super) min: Option<i64>,
    pub(super) max: Option<i64>,
    /// A `date`'s bounds: `1900-01-01`, `today`, `today - 12m`.
    pub(super) not_before: Option<Spanned<String>>,
    pub(super) not_after: Option<Spanned<String>>,
    pub(super) options: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    pub(super) field: Vec<RawField>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawNext {
    pub(super) step: Spanned<String>,
    #[serde(rename = "if")]
    pub(super) condition: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawService {
    pub(super) id: Spanned<String>,
    pub(super) agency: Spanned<String>,
    pub(super) operation: String,
    #[serde(rename = "if")]
    pub(super) condition: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) after: Vec<Spanned<String>>,
    /// Waits for this (non-blocking) party's answer, and carries it.
    pub(super) party: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) payload: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// A saved test case: answers as the citizen types them, and the path and services they must
/// give. Answers are TOML values (a string, a list of choices, an address table, a group's
/// items as an array of tables) read against their fields by the checker, which knows the kinds.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTest {
    pub(super) name: Spanned<String>,
    /// The day the test is run on (`yyyy-mm-dd`); without it, [`super::cases::DEFAULT_TODAY`].
    pub(super) today: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) answers: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    pub(super) path: Spanned<Vec<String>>,
    pub(super) services: Spanned<Vec<String>>,
}
