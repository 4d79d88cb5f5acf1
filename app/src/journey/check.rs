//! The static checker: turns a definition file into a [`Journey`] or a list of errors, each with
//! the line and column it is about. It catches what would otherwise surprise a citizen or an
//! agency at run time: unknown fields, type mismatches, duplicate ids, steps no path reaches,
//! cycles, required fields that are always hidden, and services mapping answers that may be
//! absent. Message ids are collected here and checked against the translations by the caller.

use super::{
    catalog::CatalogError,
    condition::{self, ConditionError, Env, Expr, FieldSig, Scope, Ty, Val},
    date::{Date, DateBound},
    definition::JourneyMeta,
    fields::FieldKind,
    model::{Branch, Field, Journey, Mapping, Prefill, Service, Step},
    Agency,
};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    pub journey: JourneyMeta,
    #[serde(default)]
    prefill: Vec<RawPrefill>,
    #[serde(default)]
    step: Vec<RawStep>,
    #[serde(default)]
    service: Vec<RawService>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrefill {
    register: Spanned<String>,
    lookup: Spanned<String>,
    fill: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Spanned<String>,
    #[serde(default)]
    intro: bool,
    show_if: Option<Spanned<String>>,
    #[serde(default)]
    field: Vec<RawField>,
    #[serde(default)]
    next: Vec<RawNext>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    id: Spanned<String>,
    #[serde(rename = "type")]
    kind: Spanned<String>,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    help: bool,
    show_if: Option<Spanned<String>>,
    /// Says when the field applies, in words: `<journey>-<field>-show-if`.
    #[serde(default)]
    show_if_text: bool,
    /// The answer names what a draft is about (My page).
    #[serde(default)]
    about: bool,
    max_length: Option<usize>,
    min: Option<i64>,
    max: Option<i64>,
    /// A `date`'s bounds: `1900-01-01`, `today`, `today - 12m`.
    not_before: Option<Spanned<String>>,
    not_after: Option<Spanned<String>>,
    options: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    field: Vec<RawField>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNext {
    step: Spanned<String>,
    #[serde(rename = "if")]
    condition: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    id: Spanned<String>,
    agency: Spanned<String>,
    operation: String,
    #[serde(rename = "if")]
    condition: Option<Spanned<String>>,
    #[serde(default)]
    after: Vec<Spanned<String>>,
    #[serde(default)]
    payload: BTreeMap<Spanned<String>, Spanned<String>>,
}

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

struct Names<'a> {
    fields: &'a HashMap<String, FieldInfo>,
    /// Fields with `seq` below this may be read.
    limit: usize,
    group: Option<&'a str>,
}

impl Scope for Names<'_> {
    fn resolve(&self, name: &str) -> Result<FieldSig, String> {
        let info = self
            .fields
            .get(name)
            .ok_or_else(|| format!("unknown field `{name}`"))?;
        if let Some(group) = &info.group {
            if self.group != Some(group.as_str()) {
                return Err(format!(
                    "`{name}` is a field inside the group `{group}`; use any({group}, …) or count({group})"
                ));
            }
        }
        if info.seq >= self.limit {
            return Err(format!(
                "`{name}` is not answered before this condition is used (answers flow forward; \
                 reading a later answer would make a cycle)"
            ));
        }
        Ok(info.sig.clone())
    }

    fn item_scope(&self, group: &str) -> Option<Box<dyn Scope + '_>> {
        let has_items = self
            .fields
            .values()
            .any(|f| f.group.as_deref() == Some(group));
        let (key, _) = self.fields.get_key_value(group)?;
        has_items.then(|| {
            Box::new(Names {
                fields: self.fields,
                limit: usize::MAX,
                group: Some(key.as_str()),
            }) as Box<dyn Scope>
        })
    }
}

pub(crate) const FOLKEREGISTERET: &[(&str, &[&str], bool)] = &[
    ("person", &["pid", "name", "birth_date", "address"], false),
    ("spouse", &["pid", "name"], false),
    ("newborn", &["pid", "name", "birth_date"], false),
    ("children", &["pid", "name", "birth_date"], true),
    ("deceased", &["pid", "name", "death_date"], false),
    ("heirs", &["pid", "name", "relation"], true),
];
pub(crate) const ENHETSREGISTERET: &[(&str, &[&str], bool)] =
    &[("roles", &["orgnr", "name"], true)];

pub(super) struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    pub errors: Vec<CatalogError>,
    /// A condition could not be parsed or checked: the path checks would be guesses.
    broken_conditions: bool,
}

impl<'a> Checker<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Checker {
            file,
            text,
            errors: Vec::new(),
            broken_conditions: false,
        }
    }

    fn position(&self, offset: usize) -> (usize, usize) {
        super::catalog::line_column(self.text, offset)
    }

    fn error_at(&mut self, offset: usize, message: impl Into<String>) {
        let (line, column) = self.position(offset);
        self.errors.push(CatalogError {
            file: self.file.to_string(),
            line,
            column,
            message: message.into(),
        });
    }

    fn error<T>(&mut self, spanned: &Spanned<T>, message: impl Into<String>) {
        self.error_at(spanned.span().start, message);
    }

    /// Where, counted from the opening quote of a TOML string at `start`, its `offset`-th byte
    /// (of the unescaped text) was written: escapes such as `\"` take more room in the file.
    fn source_offset(&self, start: usize, offset: usize) -> usize {
        let raw = &self.text[start.min(self.text.len())..];
        let (quote_len, escapes) = match raw.as_bytes().first() {
            Some(b'"') => (1, true),
            _ => (1, false),
        };
        let mut chars = raw[quote_len..].char_indices();
        let mut unescaped = 0;
        while let Some((at, c)) = chars.next() {
            if unescaped >= offset {
                return quote_len + at;
            }
            if escapes && c == '\\' {
                let skip = match chars.next() {
                    Some((_, 'u')) => 4,
                    Some((_, 'U')) => 8,
                    _ => 0,
                };
                for _ in 0..skip {
                    chars.next();
                }
                unescaped += 1;
            } else {
                unescaped += c.len_utf8();
            }
        }
        quote_len + offset
    }

    /// Parses and type-checks a condition; errors point into the condition text.
    fn condition(&mut self, raw: &Spanned<String>, scope: &Names) -> Option<Expr> {
        let start = raw.span().start;
        let result = condition::parse(raw.get_ref()).and_then(|expr| {
            condition::check(&expr, scope)?;
            Ok(expr)
        });
        match result {
            Ok(expr) => Some(expr),
            Err(ConditionError { offset, message }) => {
                self.broken_conditions = true;
                self.error_at(start + self.source_offset(start, offset), message);
                None
            }
        }
    }

    pub fn check(mut self, raw: RawFile) -> Result<Journey, Vec<CatalogError>> {
        let meta = raw.journey;
        let journey_id = meta.id.to_string();
        let mut messages: Vec<(String, usize, usize)> = Vec::new();
        let mut need = |checker: &Self, id: String, offset: usize| {
            let (line, column) = checker.position(offset);
            messages.push((id, line, column));
        };
        if !raw.step.is_empty() {
            need(&self, format!("{journey_id}-needs"), 0);
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
                &self,
                format!("{journey_id}-step-{}", step.id.get_ref()),
                step.id.span().start,
            );
            if step.intro {
                need(
                    &self,
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
                need(&self, format!("{journey_id}-{id}"), offset);
                if field.help {
                    need(&self, format!("{journey_id}-{id}-help"), offset);
                }
                if field.show_if_text {
                    if field.show_if.is_some() {
                        need(&self, format!("{journey_id}-{id}-show-if"), offset);
                    } else {
                        self.error(&field.id, format!("`show_if_text` says in words when a field applies, but `{id}` has no `show_if`"));
                    }
                }
                if field.about && (group.is_some() || field.kind.get_ref() != "text") {
                    self.error(&field.id, format!("`about` marks a `text` field outside groups (a name); `{id}` is not one"));
                }
                if let Some(options) = kind.options() {
                    for option in options {
                        need(&self, format!("{journey_id}-{id}-{option}"), offset);
                    }
                }
                if matches!(kind, FieldKind::Group { .. }) {
                    need(&self, format!("{journey_id}-{id}-item"), offset);
                    // Item fields follow their group directly, in order.
                    for (k, item) in field.field.iter().enumerate() {
                        pending.insert(i + 1 + k, (item, Some(id.clone())));
                    }
                } else if !field.field.is_empty() {
                    self.error(&field.field[0].id, "only a `group` has fields of its own");
                }
                let info = FieldInfo {
                    sig: FieldSig {
                        ty: type_of_kind(&kind),
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
        if self.errors.is_empty() {
            Ok(Journey {
                meta,
                file: self.file.to_string(),
                prefill,
                steps,
                services,
                messages,
            })
        } else {
            Err(self.errors)
        }
    }

    fn kind(&mut self, field: &RawField) -> FieldKind {
        let options = || field.options.as_ref().map(|o| o.get_ref().clone());
        let kind = match field.kind.get_ref().as_str() {
            "text" => FieldKind::Text {
                max_length: field.max_length.unwrap_or(200),
            },
            "long_text" => FieldKind::LongText {
                max_length: field.max_length.unwrap_or(4000),
            },
            "number" => FieldKind::Number {
                min: field.min,
                max: field.max,
            },
            "money" => FieldKind::Money {
                min: field.min,
                max: field.max,
            },
            "date" => self.date_kind(field),
            "yes_no" => FieldKind::YesNo,
            "one_of" | "many_of" => {
                let options = options().unwrap_or_default();
                if options.is_empty() {
                    self.error(
                        &field.kind,
                        format!("a `{}` field needs `options`", field.kind.get_ref()),
                    );
                }
                let mut seen = Vec::new();
                for option in &options {
                    if !valid_option_id(option) {
                        self.error(&field.kind, format!("option `{option}` must be lowercase letters, digits and single hyphens"));
                    }
                    if seen.contains(option) {
                        self.error(&field.kind, format!("option `{option}` is listed twice"));
                    }
                    seen.push(option.clone());
                }
                if field.kind.get_ref() == "one_of" {
                    FieldKind::OneOf(options)
                } else {
                    FieldKind::ManyOf(options)
                }
            }
            "identity_number" => FieldKind::IdentityNumber,
            "organisation_number" => FieldKind::OrganisationNumber,
            "bank_account" => FieldKind::BankAccount,
            "email" => FieldKind::Email,
            "phone" => FieldKind::Phone,
            "address" => FieldKind::Address,
            "group" => {
                if field.field.is_empty() {
                    self.error(
                        &field.kind,
                        "a `group` needs item fields (`[[step.field.field]]`)",
                    );
                }
                let min = field.min.unwrap_or(0).max(0) as usize;
                let max = field.max.unwrap_or(50).max(0) as usize;
                if min > max {
                    self.error(
                        &field.kind,
                        format!("a group's `min` ({min}) is above its `max` ({max})"),
                    );
                }
                FieldKind::Group { min, max }
            }
            other => {
                self.error(
                    &field.kind,
                    format!(
                        "unknown field type `{other}` (text, long_text, number, money, date, yes_no, one_of, \
                         many_of, identity_number, organisation_number, bank_account, email, phone, address, group)"
                    ),
                );
                FieldKind::Text { max_length: 200 }
            }
        };
        if !matches!(kind, FieldKind::Date { .. }) {
            for bound in [&field.not_before, &field.not_after].into_iter().flatten() {
                self.error(bound, "only a `date` has `not_before` and `not_after`");
            }
        }
        if field.options.is_some() && kind.options().is_none() {
            self.error(
                field.options.as_ref().map_or(&field.kind, |_| &field.kind),
                "only `one_of` and `many_of` have `options`",
            );
        }
        kind
    }

    /// A `date` field with its bounds; without `not_before`, the default floor. A bound that
    /// cannot be read, or bounds that leave no day to answer, are errors at the bound.
    fn date_kind(&mut self, field: &RawField) -> FieldKind {
        let not_before = field
            .not_before
            .as_ref()
            .map(|raw| (raw, self.date_bound(raw)));
        let not_after = field
            .not_after
            .as_ref()
            .map(|raw| (raw, self.date_bound(raw)));
        // Only bounds that could be read are compared (the others are reported already).
        if let Some((after_raw, Some(after))) = &not_after {
            match &not_before {
                Some((before_raw, Some(before))) if no_day_between(before, after) => self.error(
                    before_raw,
                    format!(
                        "`not_before = \"{before}\"` is later than `not_after = \"{after}\"`: \
                         no date could be answered"
                    ),
                ),
                None if no_day_between(&DateBound::DEFAULT_FLOOR, after) => self.error(
                    after_raw,
                    format!(
                        "`not_after = \"{after}\"` is before {}, the floor of a date without \
                         `not_before`: no date could be answered (give a `not_before`)",
                        DateBound::DEFAULT_FLOOR
                    ),
                ),
                _ => {}
            }
        }
        FieldKind::Date {
            not_before: not_before
                .and_then(|(_, bound)| bound)
                .unwrap_or(DateBound::DEFAULT_FLOOR),
            not_after: not_after.and_then(|(_, bound)| bound),
        }
    }

    /// Reads a `not_before` or `not_after`; errors point into its text.
    fn date_bound(&mut self, raw: &Spanned<String>) -> Option<DateBound> {
        let start = raw.span().start;
        match condition::parse_date_bound(raw.get_ref()) {
            Ok(bound) if reference_days().any(|today| bound.on(today).is_none()) => {
                self.error(
                    raw,
                    format!("`{bound}` moves today out of the calendar (years 1000 to 9999)"),
                );
                None
            }
            Ok(bound) => Some(bound),
            Err(ConditionError { offset, message }) => {
                self.error_at(start + self.source_offset(start, offset), message);
                None
            }
        }
    }

    fn field(
        &mut self,
        raw: &RawField,
        fields: &HashMap<String, FieldInfo>,
        group: Option<&str>,
    ) -> Field {
        let info = &fields[raw.id.get_ref()];
        let scope = Names {
            fields,
            limit: info.seq,
            group,
        };
        let show_if = raw.show_if.as_ref().and_then(|c| self.condition(c, &scope));
        let items = raw
            .field
            .iter()
            .map(|f| self.field(f, fields, Some(raw.id.get_ref())))
            .collect();
        Field {
            id: raw.id.get_ref().clone(),
            kind: info.kind.clone(),
            required: raw.required,
            help: raw.help,
            show_if,
            show_if_text: raw.show_if_text,
            about: raw.about,
            fields: items,
        }
    }

    fn prefill(&mut self, raw: &RawPrefill, fields: &HashMap<String, FieldInfo>) -> Prefill {
        let lookups = match raw.register.get_ref().as_str() {
            "folkeregisteret" => FOLKEREGISTERET,
            "enhetsregisteret" => ENHETSREGISTERET,
            other => {
                self.error(
                    &raw.register,
                    format!("unknown register `{other}` (folkeregisteret, enhetsregisteret)"),
                );
                &[]
            }
        };
        let lookup = lookups
            .iter()
            .find(|(name, _, _)| name == raw.lookup.get_ref());
        if lookup.is_none() && !lookups.is_empty() {
            let known: Vec<_> = lookups.iter().map(|(n, _, _)| *n).collect();
            self.error(
                &raw.lookup,
                format!(
                    "`{}` has no look-up `{}` ({})",
                    raw.register.get_ref(),
                    raw.lookup.get_ref(),
                    known.join(", ")
                ),
            );
        }
        // A look-up that gives a list fills one group (`group = "items"`) and that group's item
        // fields; any other fills top-level fields that are not groups.
        let fills_group = lookup.is_some_and(|(_, _, group)| *group);
        let group = raw
            .fill
            .iter()
            .find(|(_, attribute)| attribute.get_ref() == "items")
            .map(|(field, _)| field.get_ref().clone());
        if fills_group && group.is_none() {
            self.error(
                &raw.lookup,
                format!(
                    "`{}` gives a list: fill a group with `<group> = \"items\"`",
                    raw.lookup.get_ref()
                ),
            );
        }
        let mut fill = Vec::new();
        for (field, attribute) in &raw.fill {
            let info = fields.get(field.get_ref());
            let misplaced = match info {
                Some(info) if lookup.is_some() => {
                    let is_group = matches!(info.kind, FieldKind::Group { .. });
                    if fills_group {
                        !(is_group
                            && attribute.get_ref() == "items"
                            && group.as_deref() == Some(field.get_ref())
                            || !is_group && info.group.is_some() && info.group == group)
                    } else {
                        is_group || info.group.is_some()
                    }
                }
                _ => false,
            };
            if info.is_none() {
                self.error(field, format!("unknown field `{}`", field.get_ref()));
            } else if misplaced {
                let why = match (&group, fills_group) {
                    (Some(group), true) => {
                        format!("is not the group `{group}` or one of its fields")
                    }
                    (None, true) => "is not in the group the list fills".to_string(),
                    (_, false) => format!(
                        "`{}` gives one record: fill fields outside groups",
                        raw.lookup.get_ref()
                    ),
                };
                self.error(field, format!("`{}` {why}", field.get_ref()));
            } else if let Some((_, attributes, _)) = lookup {
                let is_group_target =
                    matches!(fields[field.get_ref()].kind, FieldKind::Group { .. });
                let valid = if is_group_target {
                    attribute.get_ref() == "items"
                } else {
                    attributes.contains(&attribute.get_ref().as_str())
                };
                if !valid {
                    self.error(
                        attribute,
                        format!(
                            "`{}` gives no `{}` ({})",
                            raw.lookup.get_ref(),
                            attribute.get_ref(),
                            attributes.join(", ")
                        ),
                    );
                }
            }
            fill.push((field.get_ref().clone(), attribute.get_ref().clone()));
        }
        Prefill {
            register: raw.register.get_ref().clone(),
            lookup: raw.lookup.get_ref().clone(),
            fill,
        }
    }

    fn services(
        &mut self,
        raw: &[RawService],
        fields: &HashMap<String, FieldInfo>,
        steps: &[Step],
    ) -> Vec<Service> {
        let everything = Names {
            fields,
            limit: usize::MAX,
            group: None,
        };
        let ids: Vec<&String> = raw.iter().map(|s| s.id.get_ref()).collect();
        let mut services = Vec::new();
        for (index, service) in raw.iter().enumerate() {
            if ids[..index].contains(&service.id.get_ref()) {
                self.error(
                    &service.id,
                    format!("service id `{}` is used twice", service.id.get_ref()),
                );
            }
            let agency = Agency::parse(service.agency.get_ref()).unwrap_or_else(|| {
                self.error(
                    &service.agency,
                    format!("unknown agency `{}`", service.agency.get_ref()),
                );
                Agency::Nav
            });
            let condition = service
                .condition
                .as_ref()
                .and_then(|c| self.condition(c, &everything));
            for after in &service.after {
                if !ids.contains(&after.get_ref()) {
                    self.error(after, format!("unknown service `{}`", after.get_ref()));
                }
            }
            let mut payload = Vec::new();
            for (key, value) in &service.payload {
                let (name, optional) = match value.get_ref().strip_suffix('?') {
                    Some(name) => (name, true),
                    None => (value.get_ref().as_str(), false),
                };
                let Some(info) = fields.get(name) else {
                    self.error(value, format!("unknown field `{name}`"));
                    continue;
                };
                if let Some(group) = &info.group {
                    self.error(value, format!("`{name}` is inside the group `{group}`; map the group `{group}` as a whole"));
                    continue;
                }
                if !optional {
                    if let Some(why) = may_be_absent(name, condition.as_ref(), fields, steps) {
                        self.error(value, format!("`{name}` may be absent when `{}` is sent ({why}); write \"{name}?\" or give the service the same condition", service.id.get_ref()));
                    }
                }
                payload.push(Mapping {
                    key: key.get_ref().clone(),
                    field: name.to_string(),
                    optional,
                });
            }
            services.push(Service {
                id: service.id.get_ref().clone(),
                agency,
                operation: service.operation.clone(),
                condition,
                after: service.after.iter().map(|a| a.get_ref().clone()).collect(),
                payload,
            });
        }
        // Services that wait for each other would never be sent.
        for (index, service) in raw.iter().enumerate() {
            let mut seen = vec![index];
            let mut stack: Vec<&str> = service.after.iter().map(|a| a.get_ref().as_str()).collect();
            while let Some(id) = stack.pop() {
                let Some(j) = ids.iter().position(|s| *s == id) else {
                    continue;
                };
                if j == index {
                    self.error(
                        &service.id,
                        format!(
                            "service `{}` waits for itself through `after`",
                            service.id.get_ref()
                        ),
                    );
                    break;
                }
                if !seen.contains(&j) {
                    seen.push(j);
                    stack.extend(raw[j].after.iter().map(|a| a.get_ref().as_str()));
                }
            }
        }
        services
    }

    /// Which steps some path reaches, under any answers; one error per step none reaches.
    fn reachability(
        &mut self,
        raw: &[RawStep],
        steps: &[Step],
        fields: &HashMap<String, FieldInfo>,
    ) {
        let n = steps.len();
        let mut entered = vec![false; n + 1];
        let mut shown = vec![false; n];
        if n > 0 {
            entered[0] = true;
        }
        for (i, step) in steps.iter().enumerate() {
            if !entered[i] {
                continue;
            }
            let condition: Vec<&Expr> = step.show_if.iter().collect();
            shown[i] = possible(&condition, fields, |r| r.iter().all(|v| *v != Some(false)));
            if step.show_if.is_some() && possible(&condition, fields, |r| r[0] != Some(true)) {
                entered[i + 1] = true;
            }
            if !shown[i] {
                continue;
            }
            let mut rules = Vec::new();
            let mut unconditional = false;
            for branch in &step.next {
                match &branch.condition {
                    None => {
                        entered[branch.to] = true;
                        unconditional = true;
                        break;
                    }
                    Some(c) => {
                        if possible(&[c], fields, |r| r[0] != Some(false)) {
                            entered[branch.to] = true;
                        }
                        rules.push(c);
                    }
                }
            }
            if !unconditional && possible(&rules, fields, |r| r.iter().all(|v| *v != Some(true))) {
                entered[i + 1] = true;
            }
        }
        for (i, step) in raw.iter().enumerate() {
            if !entered[i] {
                self.error(
                    &step.id,
                    format!(
                        "step `{}` is never reached: every path branches around it",
                        step.id.get_ref()
                    ),
                );
            } else if !shown[i] {
                self.error(
                    &step.id,
                    format!(
                        "step `{}` is never shown: its show_if can never hold",
                        step.id.get_ref()
                    ),
                );
            }
        }
    }

    fn hidden_required(
        &mut self,
        raw: &[RawStep],
        steps: &[Step],
        fields: &HashMap<String, FieldInfo>,
    ) {
        fn walk<'f>(
            raw: &'f [RawField],
            checked: &'f [Field],
            out: &mut Vec<(&'f RawField, &'f Field)>,
        ) {
            for (r, f) in raw.iter().zip(checked) {
                out.push((r, f));
                walk(&r.field, &f.fields, out);
            }
        }
        let mut all = Vec::new();
        for (r, s) in raw.iter().zip(steps) {
            walk(&r.field, &s.fields, &mut all);
        }
        for (raw_field, field) in all {
            if let (true, Some(condition)) = (field.required, &field.show_if) {
                if !possible(&[condition], fields, |r| r[0] != Some(false)) {
                    self.error(&raw_field.id, format!("required field `{}` is hidden on every path: its show_if can never hold", field.id));
                }
            }
        }
    }
}

/// Why a field may be absent when a service with `condition` is sent, if it may.
fn may_be_absent(
    name: &str,
    condition: Option<&Expr>,
    fields: &HashMap<String, FieldInfo>,
    steps: &[Step],
) -> Option<String> {
    let info = &fields[name];
    let (step_index, step) = (info.step, &steps[info.step]);
    let field = step.fields.iter().find(|f| f.id == name)?;
    if !field.required && !matches!(field.kind, FieldKind::Group { .. }) {
        return Some("it is optional".into());
    }
    // What must hold for the field to be shown: its step shown, itself shown, and no earlier
    // branch jumping past its step.
    // A part of the field's showing that the service's own condition repeats always holds.
    let guarded: Vec<String> = condition
        .map(|c| {
            condition::conjuncts(c)
                .into_iter()
                .map(condition::canonical)
                .collect()
        })
        .unwrap_or_default();
    let mut hiding: Vec<&Expr> = Vec::new();
    for shown in step.show_if.iter().chain(field.show_if.iter()) {
        hiding.extend(
            condition::conjuncts(shown)
                .into_iter()
                .filter(|c| !guarded.contains(&condition::canonical(c))),
        );
    }
    let mut jumps: Vec<&Expr> = Vec::new();
    for earlier in &steps[..step_index] {
        for branch in earlier.next.iter().filter(|b| b.to > step_index) {
            match &branch.condition {
                Some(c) => jumps.push(c),
                None => return Some("a branch always jumps past its step".into()),
            }
        }
    }
    if hiding.is_empty() && jumps.is_empty() {
        return None;
    }
    let mut all: Vec<&Expr> = condition.into_iter().collect();
    let offset = all.len();
    all.extend(hiding.iter().copied());
    let shown_until = all.len();
    all.extend(jumps.iter().copied());
    let absent = possible(&all, fields, |r| {
        let sent = offset == 0 || r[0] != Some(false);
        let hidden = r[offset..shown_until].iter().any(|v| *v != Some(true))
            || r[shown_until..].iter().any(|v| *v != Some(false));
        sent && hidden
    });
    absent.then(|| "it is shown only on some paths".into())
}

/// Is there an assignment of the finite-choice answers (yes/no, one-of) the conditions read
/// under which `wanted` holds for their three-valued results? Other answers are unknown. Too
/// many combinations to try counts as possible (the checker only reports certainties).
fn possible(
    conditions: &[&Expr],
    fields: &HashMap<String, FieldInfo>,
    wanted: impl Fn(&[Option<bool>]) -> bool,
) -> bool {
    let mut names = Vec::new();
    for c in conditions {
        condition::references(c, &mut names);
    }
    // An answer is present only where it is shown: follow what its showing depends on.
    let mut i = 0;
    while i < names.len() {
        if let Some(info) = fields.get(&names[i]) {
            for c in &info.shown_if {
                condition::references(c, &mut names);
            }
        }
        i += 1;
        if names.len() > 64 {
            break;
        }
    }
    names.sort();
    names.dedup();
    let domains: Vec<(String, Vec<Val>)> = names
        .into_iter()
        .filter_map(|name| {
            let info = fields.get(&name)?;
            let mut values = vec![Val::Absent];
            match &info.kind {
                FieldKind::YesNo => values.extend([Val::Bool(true), Val::Bool(false)]),
                FieldKind::OneOf(options) => values.extend(options.iter().cloned().map(Val::Text)),
                _ => return None,
            }
            Some((name, values))
        })
        .collect();
    let combinations: usize = domains
        .iter()
        .map(|(_, v)| v.len())
        .try_fold(1usize, |a, b| a.checked_mul(b))
        .unwrap_or(usize::MAX);
    if combinations > 20_000 {
        return true;
    }
    let mut choice = vec![0usize; domains.len()];
    loop {
        let env = Assignment {
            values: domains
                .iter()
                .zip(&choice)
                .map(|((n, v), &i)| (n.as_str(), v[i].clone()))
                .collect(),
        };
        // An answer given where its field would be hidden is no real case.
        let consistent = env.values.iter().all(|(name, value)| {
            *value == Val::Absent
                || fields[*name]
                    .shown_if
                    .iter()
                    .all(|c| condition::eval(c, &env) != Some(false))
        });
        let results: Vec<Option<bool>> = conditions
            .iter()
            .map(|c| condition::eval(c, &env))
            .collect();
        if consistent && wanted(&results) {
            return true;
        }
        // Next combination (odometer).
        let mut k = 0;
        loop {
            if k == choice.len() {
                return false;
            }
            choice[k] += 1;
            if choice[k] < domains[k].1.len() {
                break;
            }
            choice[k] = 0;
            k += 1;
        }
    }
}

struct Assignment<'a> {
    values: HashMap<&'a str, Val>,
}

impl Env for Assignment<'_> {
    fn value(&self, name: &str) -> Val {
        self.values.get(name).cloned().unwrap_or(Val::Unknown)
    }
    fn items(&self, _: &str) -> Option<Vec<Box<dyn Env + '_>>> {
        None
    }
    fn today(&self) -> Option<Date> {
        None
    }
}

/// Days on which bounds that move with today are tried: month ends and a leap day, where
/// calendar arithmetic clips.
const REFERENCE_DAYS: [(i32, u32, u32); 5] = [
    (2024, 2, 29),
    (2025, 1, 31),
    (2025, 3, 31),
    (2026, 6, 30),
    (2026, 12, 31),
];

fn reference_days() -> impl Iterator<Item = Date> {
    REFERENCE_DAYS
        .iter()
        .filter_map(|&(year, month, day)| Date::new(year, month, day))
}

/// Whether bounds leave no day to answer: two fixed days in the wrong order, or two bounds that
/// move with today in the wrong order on some day. (A fixed and a moving bound may meet in some
/// year; that is the author's intent and not checked.)
fn no_day_between(before: &DateBound, after: &DateBound) -> bool {
    match (before, after) {
        (DateBound::On(before), DateBound::On(after)) => before > after,
        (DateBound::Today(_), DateBound::Today(_)) => reference_days().any(
            |today| matches!((before.on(today), after.on(today)), (Some(b), Some(a)) if b > a),
        ),
        _ => false,
    }
}

fn type_of_kind(kind: &FieldKind) -> Ty {
    match kind {
        FieldKind::YesNo => Ty::Bool,
        FieldKind::Number { .. } | FieldKind::Money { .. } => Ty::Number,
        FieldKind::Date { .. } => Ty::Date,
        FieldKind::ManyOf(_) => Ty::Set,
        FieldKind::Group { .. } => Ty::Group,
        FieldKind::Address => Ty::Address,
        _ => Ty::Text,
    }
}

fn valid_field_id(id: &str) -> bool {
    id.len() <= 64
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && !matches!(
            id,
            "and" | "or" | "not" | "in" | "true" | "false" | "today" | "answered" | "count" | "any"
        )
}

fn valid_option_id(id: &str) -> bool {
    super::JourneyId::parse(id).is_ok()
}
