//! Prefill: which registers and look-ups exist, what each look-up gives, and whether a
//! `[[prefill]]` fills fields that can take it (a list fills one group and its item fields; one
//! record fills fields outside groups).

use super::{raw::RawPrefill, Checker, FieldInfo};
use crate::journey::model::Prefill;
use std::collections::HashMap;

pub(crate) const FOLKEREGISTERET: &[(&str, &[&str], bool)] = &[
    ("person", &["pid", "name", "birth_date", "address"], false),
    ("spouse", &["pid", "name"], false),
    ("newborn", &["pid", "name", "birth_date"], false),
    ("children", &["pid", "name", "birth_date"], true),
    ("child", &["pid", "name", "birth_date"], false),
    ("deceased", &["pid", "name", "death_date"], false),
    ("heirs", &["pid", "name", "relation"], true),
];
pub(crate) const ENHETSREGISTERET: &[(&str, &[&str], bool)] =
    &[("roles", &["orgnr", "name"], true)];
/// What an employment gives: employer, dates (no end while it goes on), percentage, kind.
const EMPLOYMENT: &[&str] = &[
    "employer_orgnr",
    "employer_name",
    "start_date",
    "end_date",
    "percent",
    "kind",
];
pub(crate) const AA_REGISTERET: &[(&str, &[&str], bool)] = &[
    ("employments", EMPLOYMENT, true),
    ("latest", EMPLOYMENT, false),
];

impl Checker<'_> {
    pub(super) fn prefill(
        &mut self,
        raw: &RawPrefill,
        fields: &HashMap<String, FieldInfo>,
    ) -> Prefill {
        let lookups = match raw.register.get_ref().as_str() {
            "folkeregisteret" => FOLKEREGISTERET,
            "enhetsregisteret" => ENHETSREGISTERET,
            "aa-registeret" => AA_REGISTERET,
            other => {
                self.error(
                    &raw.register,
                    format!(
                        "unknown register `{other}` (folkeregisteret, enhetsregisteret, aa-registeret)"
                    ),
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
                    let is_group = info.kind.is_group();
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
                let is_group_target = fields[field.get_ref()].kind.is_group();
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
}

/// A register's look-ups: `(look-up, the keys it gives, whether it gives a list)`.
#[cfg(feature = "ssr")]
pub(crate) type Lookups = &'static [(&'static str, &'static [&'static str], bool)];

/// Each register the checker knows, with its look-ups, for the admin's form that adds one.
#[cfg(feature = "ssr")]
pub(crate) fn registers() -> [(&'static str, Lookups); 3] {
    [
        ("folkeregisteret", FOLKEREGISTERET),
        ("enhetsregisteret", ENHETSREGISTERET),
        ("aa-registeret", AA_REGISTERET),
    ]
}
