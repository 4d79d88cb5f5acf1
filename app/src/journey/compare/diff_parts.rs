//! The parts of the structural diff below steps: what differs in one field (its kind with its
//! bounds and options, and its flags), in services and in prefill look-ups. Every aspect is
//! written as text an admin reads, conditions as their source text.

use super::{text::optional_text, Aspect, Change, How, Thing};
use crate::journey::{
    fields::FieldKind,
    model::{Field, Journey, Mapping, Prefill, Service, Verify},
};

/// A property as the text an aspect shows; `None` is "not set".
pub(super) trait AsText {
    fn as_text(&self) -> Option<String>;
}

impl AsText for bool {
    fn as_text(&self) -> Option<String> {
        Some(self.to_string())
    }
}

impl AsText for &str {
    fn as_text(&self) -> Option<String> {
        Some(self.to_string())
    }
}

impl<T: AsText> AsText for Option<T> {
    fn as_text(&self) -> Option<String> {
        self.as_ref().and_then(AsText::as_text)
    }
}

impl AsText for String {
    fn as_text(&self) -> Option<String> {
        Some(self.clone())
    }
}

/// Adds the aspect `name` when its text differs between the versions.
pub(super) fn values(aspects: &mut Vec<Aspect>, name: &str, old: impl AsText, new: impl AsText) {
    let (old, new) = (old.as_text(), new.as_text());
    if old != new {
        aspects.push(Aspect::value(name, old, new));
    }
}

/// A kind's bounds by name (`max_length`, `min`, `not_before`…), as text.
fn kind_bounds(kind: &FieldKind) -> Vec<(&'static str, Option<String>)> {
    let number = |n: &Option<i64>| n.map(|n| n.to_string());
    match kind {
        FieldKind::Text { max_length } | FieldKind::LongText { max_length } => {
            vec![("max_length", Some(max_length.to_string()))]
        }
        FieldKind::Number { min, max } | FieldKind::Money { min, max } => {
            vec![("min", number(min)), ("max", number(max))]
        }
        FieldKind::Date {
            not_before,
            not_after,
        } => vec![
            ("not_before", Some(not_before.to_string())),
            ("not_after", not_after.as_ref().map(ToString::to_string)),
        ],
        FieldKind::Group { min, max } => vec![
            ("min", Some(min.to_string())),
            ("max", Some(max.to_string())),
        ],
        _ => Vec::new(),
    }
}

/// What differs in one field kept by id (not where it stands, which is the caller's).
pub(super) fn field_aspects(old: &Field, new: &Field) -> Vec<Aspect> {
    let mut aspects = Vec::new();
    values(&mut aspects, "type", old.kind.name(), new.kind.name());
    let (before, after) = (kind_bounds(&old.kind), kind_bounds(&new.kind));
    for (name, value) in &after {
        let was = before
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone());
        values(&mut aspects, name, was.flatten(), value.clone());
    }
    for (name, value) in before
        .iter()
        .filter(|(n, _)| after.iter().all(|(m, _)| m != n))
    {
        values(&mut aspects, name, value.clone(), None::<String>);
    }
    if let (Some(before), Some(after)) = (old.kind.options(), new.kind.options()) {
        for option in after.iter().filter(|o| !before.contains(o)) {
            aspects.push(Aspect::OptionAdded(option.clone()));
        }
        for option in before.iter().filter(|o| !after.contains(o)) {
            aspects.push(Aspect::OptionRemoved(option.clone()));
        }
    }
    values(&mut aspects, "required", old.required, new.required);
    values(&mut aspects, "help", old.help, new.help);
    values(
        &mut aspects,
        "show_if",
        optional_text(old.show_if.as_ref()),
        optional_text(new.show_if.as_ref()),
    );
    values(
        &mut aspects,
        "show_if_text",
        old.show_if_text,
        new.show_if_text,
    );
    values(&mut aspects, "about", old.about, new.about);
    values(
        &mut aspects,
        "verify",
        old.verify.map(Verify::name),
        new.verify.map(Verify::name),
    );
    aspects
}

fn mapping_text(mapping: &Mapping) -> String {
    let optional = if mapping.optional { "?" } else { "" };
    format!("{}{optional}", mapping.field)
}

fn service_aspects(old: &Service, new: &Service) -> Vec<Aspect> {
    let mut aspects = Vec::new();
    values(&mut aspects, "agency", old.agency.id(), new.agency.id());
    values(&mut aspects, "operation", &*old.operation, &*new.operation);
    values(
        &mut aspects,
        "if",
        optional_text(old.condition.as_ref()),
        optional_text(new.condition.as_ref()),
    );
    let after = |s: &Service| (!s.after.is_empty()).then(|| s.after.join(", "));
    values(&mut aspects, "after", after(old), after(new));
    let find = |s: &Service, key: &str| s.payload.iter().find(|m| m.key == key).map(mapping_text);
    for mapping in &new.payload {
        let name = format!("payload.{}", mapping.key);
        values(
            &mut aspects,
            &name,
            find(old, &mapping.key),
            Some(mapping_text(mapping)),
        );
    }
    for mapping in old.payload.iter().filter(|m| find(new, &m.key).is_none()) {
        let name = format!("payload.{}", mapping.key);
        values(
            &mut aspects,
            &name,
            Some(mapping_text(mapping)),
            None::<String>,
        );
    }
    aspects
}

/// Services matched by id.
pub(super) fn services(old: &Journey, new: &Journey) -> Vec<Change> {
    keyed(
        Thing::Service,
        &old.services,
        &new.services,
        |s| s.id.clone(),
        service_aspects,
    )
}

fn prefill_id(prefill: &Prefill) -> String {
    format!("{}/{}", prefill.register, prefill.lookup)
}

fn prefill_aspects(old: &Prefill, new: &Prefill) -> Vec<Aspect> {
    let mut aspects = Vec::new();
    let find = |p: &Prefill, field: &str| {
        p.fill
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, attribute)| attribute.clone())
    };
    for (field, attribute) in &new.fill {
        let name = format!("fill.{field}");
        values(
            &mut aspects,
            &name,
            find(old, field),
            Some(attribute.clone()),
        );
    }
    for (field, attribute) in old.fill.iter().filter(|(f, _)| find(new, f).is_none()) {
        let name = format!("fill.{field}");
        values(&mut aspects, &name, Some(attribute.clone()), None::<String>);
    }
    aspects
}

/// Prefill look-ups matched by register and look-up (`folkeregisteret/spouse`).
pub(super) fn prefill(old: &Journey, new: &Journey) -> Vec<Change> {
    keyed(
        Thing::Prefill,
        &old.prefill,
        &new.prefill,
        prefill_id,
        prefill_aspects,
    )
}

/// Added, changed (in the new order), then removed (in the old order), for things matched by
/// `key`.
fn keyed<T>(
    thing: Thing,
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> String,
    aspects: impl Fn(&T, &T) -> Vec<Aspect>,
) -> Vec<Change> {
    let find = |all: &'_ [T], k: &str| all.iter().position(|item| key(item) == k);
    let change = |item: &T, how| Change {
        thing,
        id: key(item),
        step: None,
        group: None,
        how,
    };
    let mut changes = Vec::new();
    for item in new {
        match find(old, &key(item)) {
            None => changes.push(change(item, How::Added)),
            Some(at) => {
                let aspects = aspects(&old[at], item);
                if !aspects.is_empty() {
                    changes.push(change(item, How::Changed(aspects)));
                }
            }
        }
    }
    for item in old.iter().filter(|item| find(new, &key(item)).is_none()) {
        changes.push(change(item, How::Removed));
    }
    changes
}
