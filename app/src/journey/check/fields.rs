//! Fields as declared: their types and what each type allows (`options`, `min`/`max`, date
//! bounds), the ids of fields, steps and options, and each checked [`Field`] with its `show_if`.

use super::{conditions::Names, raw::RawField, Checker, FieldInfo};
use crate::journey::{
    condition::{self, ConditionError},
    date::{Date, DateBound},
    fields::FieldKind,
    model::{Field, Verify},
};
use std::collections::HashMap;
use toml::Spanned;

impl Checker<'_> {
    pub(super) fn kind(&mut self, field: &RawField) -> FieldKind {
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
    pub(super) fn date_kind(&mut self, field: &RawField) -> FieldKind {
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
    pub(super) fn date_bound(&mut self, raw: &Spanned<String>) -> Option<DateBound> {
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

    pub(super) fn field(
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
        // Only a group's items are in the table: under any other kind they are an error already.
        // The field's own type decides, not the table's entry for its id (a duplicate id, an
        // error too, may hold another field's).
        let items = if raw.kind.get_ref() == "group" {
            raw.field
                .iter()
                .map(|f| self.field(f, fields, Some(raw.id.get_ref())))
                .collect()
        } else {
            Vec::new()
        };
        let verify = raw.verify.as_ref().and_then(|v| self.verify(v, raw));
        Field {
            id: raw.id.get_ref().clone(),
            kind: info.kind.clone(),
            required: raw.required,
            help: raw.help,
            show_if,
            show_if_text: raw.show_if_text,
            about: raw.about,
            verify,
            fields: items,
        }
    }

    /// A field's register check: a known one, on the type it applies to.
    fn verify(&mut self, check: &Spanned<String>, raw: &RawField) -> Option<Verify> {
        let Some((verify, _, kind)) = Verify::ALL
            .into_iter()
            .find(|(_, name, _)| name == check.get_ref())
        else {
            let known: Vec<&str> = Verify::ALL.iter().map(|(_, name, _)| *name).collect();
            self.error(
                check,
                format!("unknown check `{}` ({})", check.get_ref(), known.join(", ")),
            );
            return None;
        };
        if raw.kind.get_ref() != kind {
            self.error(
                check,
                format!("`verify = \"{}\"` is for a `{kind}` field", check.get_ref()),
            );
            return None;
        }
        Some(verify)
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

pub(super) fn valid_field_id(id: &str) -> bool {
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

pub(super) fn valid_option_id(id: &str) -> bool {
    crate::journey::JourneyId::parse(id).is_ok()
}
