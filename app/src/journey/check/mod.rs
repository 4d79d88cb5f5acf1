//! The static checker: turns a definition file into a [`Journey`] or a list of errors, each with
//! the line and column it is about. It catches what would otherwise surprise a citizen or an
//! agency at run time: unknown fields, type mismatches, duplicate ids, steps no path reaches,
//! cycles, required fields that are always hidden, and services mapping answers that may be
//! absent. Message ids are collected here and checked against the translations by the caller.
//!
//! Here: the checker itself and its one pass over a file — ids, kinds and the table of fields
//! first, then every condition in the scope it may read, then prefill, services and the paths.
//! Each concern is a file beside it: `raw.rs` (the file as written), `positions.rs` (line and
//! column of an error), `conditions.rs` (which fields a condition may read), `fields.rs` (field
//! types, ids and date bounds), `prefill.rs` (register look-ups), `services.rs` (agency calls
//! and their payloads), `paths.rs` (steps no path reaches, required fields always hidden) and
//! `possible.rs` (the search over answers that the path checks ask, within a budget),
//! `limits.rs` (the most a definition may hold) and `cases.rs` (the saved test cases, run last,
//! on the journey the rest has checked).

mod cases;
mod conditions;
mod fields;
mod limits;
mod parties;
mod paths;
mod positions;
mod possible;
mod prefill;
mod raw;
mod services;
mod texts;

pub(super) use limits::oversized;
pub use limits::MAX_BYTES;
/// What each register look-up gives; outside the checker, the translations' completeness test
/// reads them, and the admin's form to add a look-up offers them (`registers`).
#[cfg(feature = "ssr")]
pub(crate) use prefill::registers;
#[cfg(all(test, feature = "ssr"))]
pub(crate) use prefill::{AA_REGISTERET, ENHETSREGISTERET, FOLKEREGISTERET};
pub(super) use raw::RawFile;

/// Condition nodes the path checks may evaluate for one definition: a fraction of a second.
pub(super) const BUDGET: u64 = 2_000_000;

use super::{
    catalog::CatalogError,
    condition::{Expr, FieldSig},
    fields::FieldKind,
    model::{Branch, Journey, Step},
};
use conditions::Names;
use fields::{valid_field_id, valid_option_id};
use possible::{possible, Budget};
use raw::RawField;
use std::collections::HashMap;

/// What the checker knows about each field while checking conditions.
#[derive(Clone, Debug)]
struct FieldInfo {
    sig: FieldSig,
    /// Document order, across steps; a condition may only read fields before its own limit.
    seq: usize,
    step: usize,
    group: Option<String>,
    kind: FieldKind,
    /// Its step's and its own `show_if`, once checked (an answer exists only when they hold).
    shown_if: Vec<Expr>,
}

pub(super) struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    pub errors: Vec<CatalogError>,
    pub warnings: Vec<CatalogError>,
    /// A condition could not be parsed or checked: the path checks would be guesses.
    broken_conditions: bool,
    budget: Budget,
    /// Path checks left unproven when the budget ran out (the first has a warning).
    unproven: usize,
}

impl<'a> Checker<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Checker {
            file,
            text,
            errors: Vec::new(),
            warnings: Vec::new(),
            broken_conditions: false,
            budget: Budget {
                spent: 0,
                limit: BUDGET,
            },
            unproven: 0,
        }
    }

    /// Condition nodes evaluated so far by the path checks (at most [`BUDGET`]).
    #[cfg(test)]
    pub fn work(&self) -> u64 {
        self.budget.spent
    }

    /// [`possible`], within the budget; when it runs out, a warning at `offset` that `what`
    /// could not be proved (the first time; later ones are counted in it).
    fn prove(
        &mut self,
        conditions: &[&Expr],
        fields: &HashMap<String, FieldInfo>,
        offset: usize,
        what: &str,
        wanted: impl Fn(&[Option<bool>]) -> bool,
    ) -> Option<bool> {
        let answer = possible(conditions, fields, &mut self.budget, wanted);
        if answer.is_none() {
            self.unproven += 1;
            if self.unproven == 1 {
                let (line, column) = self.position(offset);
                self.warnings.push(CatalogError {
                    file: self.file.to_string(),
                    line,
                    column,
                    message: format!(
                        "too complex to prove {what}: checking stopped after {BUDGET} \
                         evaluations of conditions; simplify the conditions (fewer terms, or \
                         fewer yes/no and one-of answers read together)"
                    ),
                });
            }
        }
        answer
    }

    pub fn check(&mut self, raw: RawFile) -> Result<Journey, Vec<CatalogError>> {
        if !self.within_limits(&raw) {
            return Err(std::mem::take(&mut self.errors));
        }
        let meta = raw.journey;
        let journey_id = meta.id.to_string();
        let mut messages: Vec<(String, usize, usize)> = Vec::new();
        let mut need = |checker: &Self, id: String, offset: usize| {
            let (line, column) = checker.position(offset);
            messages.push((id, line, column));
        };
        if !raw.step.is_empty() {
            need(self, format!("{journey_id}-needs"), 0);
        }

        // Ids, kinds and the field table.
        let mut step_index: HashMap<String, usize> = HashMap::new();
        let mut fields: HashMap<String, FieldInfo> = HashMap::new();
        let mut seq = 0;
        for (index, step) in raw.step.iter().enumerate() {
            if !valid_option_id(step.id.get_ref()) {
                self.error(
                    &step.id,
                    format!(
                        "step id `{}` must be lowercase letters, digits and single hyphens",
                        step.id.get_ref()
                    ),
                );
            }
            if step_index
                .insert(step.id.get_ref().clone(), index)
                .is_some()
            {
                self.error(
                    &step.id,
                    format!("step id `{}` is used twice", step.id.get_ref()),
                );
            }
            need(
                self,
                format!("{journey_id}-step-{}", step.id.get_ref()),
                step.id.span().start,
            );
            if step.intro {
                need(
                    self,
                    format!("{journey_id}-step-{}-intro", step.id.get_ref()),
                    step.id.span().start,
                );
            }
            let mut pending: Vec<(&RawField, Option<String>)> =
                step.field.iter().map(|f| (f, None)).collect();
            let mut i = 0;
            while i < pending.len() {
                let (field, group) = pending[i].clone();
                let id = field.id.get_ref();
                if !valid_field_id(id) {
                    self.error(&field.id, format!("field id `{id}` must start with a lowercase letter and have only lowercase letters, digits and `_`"));
                }
                let kind = self.kind(field);
                let offset = field.id.span().start;
                need(self, format!("{journey_id}-{id}"), offset);
                if field.help {
                    need(self, format!("{journey_id}-{id}-help"), offset);
                }
                if field.show_if_text {
                    if field.show_if.is_some() {
                        need(self, format!("{journey_id}-{id}-show-if"), offset);
                    } else {
                        self.error(&field.id, format!("`show_if_text` says in words when a field applies, but `{id}` has no `show_if`"));
                    }
                }
                if field.about && (group.is_some() || field.kind.get_ref() != "text") {
                    self.error(&field.id, format!("`about` marks a `text` field outside groups (a name); `{id}` is not one"));
                }
                if let Some(options) = kind.options() {
                    for option in options {
                        need(self, format!("{journey_id}-{id}-{option}"), offset);
                    }
                }
                if kind.is_group() {
                    need(self, format!("{journey_id}-{id}-item"), offset);
                    // Item fields follow their group directly, in order.
                    for (k, item) in field.field.iter().enumerate() {
                        pending.insert(i + 1 + k, (item, Some(id.clone())));
                    }
                } else if !field.field.is_empty() {
                    self.error(&field.field[0].id, "only a `group` has fields of its own");
                }
                let info = FieldInfo {
                    sig: FieldSig {
                        ty: kind.condition_type(),
                        options: kind.options().map(<[String]>::to_vec),
                    },
                    seq,
                    step: index,
                    group,
                    kind,
                    shown_if: Vec::new(),
                };
                seq += 1;
                if fields.insert(id.clone(), info).is_some() {
                    self.error(
                        &field.id,
                        format!("field id `{id}` is used twice in this journey"),
                    );
                }
                i += 1;
            }
        }

        // Conditions, in the steps' own scopes.
        let first_seq_of_step = |step: usize| {
            fields
                .values()
                .filter(|f| f.step >= step)
                .map(|f| f.seq)
                .min()
                .unwrap_or(usize::MAX)
        };
        let mut steps = Vec::new();
        for (index, raw_step) in raw.step.iter().enumerate() {
            let before_step = Names {
                fields: &fields,
                limit: first_seq_of_step(index),
                group: None,
            };
            let show_if = raw_step
                .show_if
                .as_ref()
                .and_then(|c| self.condition(c, &before_step));
            let through_step = Names {
                fields: &fields,
                limit: first_seq_of_step(index + 1),
                group: None,
            };
            let mut next = Vec::new();
            for rule in &raw_step.next {
                let condition = rule
                    .condition
                    .as_ref()
                    .and_then(|c| self.condition(c, &through_step));
                match step_index.get(rule.step.get_ref()) {
                    None => self.error(
                        &rule.step,
                        format!("unknown step `{}`", rule.step.get_ref()),
                    ),
                    Some(&to) if to <= index => self.error(
                        &rule.step,
                        format!(
                            "a branch back to `{}` would make a cycle; branches go forward",
                            rule.step.get_ref()
                        ),
                    ),
                    Some(&to) => next.push(Branch { to, condition }),
                }
            }
            let fields_of_step = raw_step
                .field
                .iter()
                .map(|f| self.field(f, &fields, None))
                .collect();
            steps.push(Step {
                id: raw_step.id.get_ref().clone(),
                intro: raw_step.intro,
                show_if,
                fields: fields_of_step,
                next,
                party: raw_step.party.as_ref().map(|p| p.get_ref().clone()),
            });
        }

        for step in &steps {
            for field in &step.fields {
                if let Some(info) = fields.get_mut(&field.id) {
                    info.shown_if = step
                        .show_if
                        .iter()
                        .chain(field.show_if.iter())
                        .cloned()
                        .collect();
                }
            }
        }
        let prefill = raw
            .prefill
            .iter()
            .map(|p| self.prefill(p, &fields))
            .collect();
        let services = self.services(&raw.service, &fields, &steps);
        let parties = self.parties(
            (&raw.party, &raw.step, &raw.service),
            &fields,
            &steps,
            (&journey_id, &mut messages),
        );
        // Each service is named where the citizen follows it (the timeline): "NAV — barnetrygd".
        for service in &raw.service {
            let (line, column) = self.position(service.id.span().start);
            messages.push((
                format!("{journey_id}-service-{}", service.id.get_ref()),
                line,
                column,
            ));
        }
        if !self.broken_conditions {
            self.reachability(&raw.step, &steps, &fields);
            self.hidden_required(&raw.step, &steps, &fields);
        }
        if self.unproven > 1 {
            // The budget's warning is the only one: it names the first check left unproven.
            if let Some(first) = self.warnings.first_mut() {
                first.message += &format!(
                    " ({} later checks were not proved either)",
                    self.unproven - 1
                );
            }
        }
        let texts = self.texts(&raw.texts, &journey_id);
        if !self.errors.is_empty() {
            return Err(std::mem::take(&mut self.errors));
        }
        let journey = Journey {
            meta,
            file: self.file.to_string(),
            prefill,
            steps,
            services,
            parties,
            messages,
            texts,
        };
        let written = cases::Written {
            journey: &journey,
            steps: &raw.step,
            services: &raw.service,
        };
        self.cases(&raw.test, &written);
        if self.errors.is_empty() {
            Ok(journey)
        } else {
            Err(std::mem::take(&mut self.errors))
        }
    }
}
