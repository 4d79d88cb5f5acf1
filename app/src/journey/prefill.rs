//! Where prefilled answers came from. When a journey starts, the server reads the registers its
//! `[[prefill]]` declarations name and keeps, per filled field, the register, the time of the
//! read and the value it gave. A field is shown as "from Folkeregisteret" only while its answer
//! is still that value: once the citizen changes it, it is theirs.

use super::{Answer, Answers};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One field's origin.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// `folkeregisteret`, `enhetsregisteret` or `aa-registeret`.
    pub register: String,
    /// When it was read (stored as ISO 8601 UTC text, as before).
    pub read_at: crate::domain::Instant,
    /// What the register gave; `None` when the register could not be read (the citizen fills
    /// the field in by hand and is told why).
    pub value: Option<Answer>,
}

/// Each prefilled (or not fillable) field's origin, by field id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Sources(pub BTreeMap<String, Source>);

impl Sources {
    /// The register the field's current answer came from, while the answer is unchanged.
    pub fn origin(&self, field: &str, answers: &Answers) -> Option<&Source> {
        let source = self.0.get(field)?;
        match (&source.value, answers.get(field)) {
            (Some(given), Some(answer)) if same(given, answer) => Some(source),
            _ => None,
        }
    }

    /// Only the origins of answers that are still as the register gave them.
    pub fn current(&self, answers: &Answers) -> Sources {
        Sources(
            self.0
                .keys()
                .filter_map(|field| Some((field.clone(), self.origin(field, answers)?.clone())))
                .collect(),
        )
    }

    /// The registers that could not be read for any of `fields`, each once.
    pub fn unavailable<'a>(&'a self, fields: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
        let mut registers: Vec<&str> = fields
            .into_iter()
            .filter_map(|f| self.0.get(f))
            .filter(|source| source.value.is_none())
            .map(|source| source.register.as_str())
            .collect();
        registers.sort_unstable();
        registers.dedup();
        registers
    }
}

/// The same answer, where a group item's empty fields (posted by the form, never given by a
/// register) do not count.
fn same(given: &Answer, answer: &Answer) -> bool {
    fn filled(item: &Answers) -> Vec<(&String, &Answer)> {
        item.0.iter().filter(|(_, a)| !a.is_empty()).collect()
    }
    match (given, answer) {
        (Answer::Items(given), Answer::Items(items)) => {
            given.len() == items.len()
                && given.iter().zip(items).all(|(g, i)| filled(g) == filled(i))
        }
        _ => given == answer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(value: Option<&str>) -> Source {
        Source {
            register: "folkeregisteret".into(),
            read_at: "2026-11-22T10:00:00.000Z".parse().expect("a time"),
            value: value.map(|v| Answer::Text(v.into())),
        }
    }

    #[test]
    fn a_field_keeps_its_origin_only_while_unchanged() {
        let mut sources = Sources::default();
        sources
            .0
            .insert("child_pid".into(), source(Some("01018012345")));
        let mut answers = Answers::default();
        answers.set("child_pid", Answer::Text("01018012345".into()));
        assert!(sources.origin("child_pid", &answers).is_some());
        answers.set("child_pid", Answer::Text("02028012345".into()));
        assert!(sources.origin("child_pid", &answers).is_none());
        assert!(sources.origin("other", &answers).is_none());
    }

    #[test]
    fn a_group_item_stays_prefilled_when_the_form_adds_empty_fields_but_not_when_edited() {
        let item = |name: &str, extra: Option<&str>| {
            let mut a = Answers::default();
            a.set("name", Answer::Text(name.into()));
            if let Some(extra) = extra {
                a.set("share", Answer::Text(extra.into()));
            }
            a
        };
        let mut sources = Sources::default();
        sources.0.insert(
            "heirs".into(),
            Source {
                value: Some(Answer::Items(vec![item("Yusuf", None)])),
                ..source(None)
            },
        );
        let mut answers = Answers::default();
        answers.set("heirs", Answer::Items(vec![item("Yusuf", Some(""))]));
        assert!(sources.origin("heirs", &answers).is_some());
        assert_eq!(sources.current(&answers).0.len(), 1);
        answers.set("heirs", Answer::Items(vec![item("Yusuf", Some("1/2"))]));
        assert!(sources.origin("heirs", &answers).is_none());
        assert!(sources.current(&answers).0.is_empty());
    }

    #[test]
    fn an_unreadable_register_is_named_once_and_is_no_origin() {
        let mut sources = Sources::default();
        sources.0.insert("a".into(), source(None));
        sources.0.insert("b".into(), source(None));
        sources.0.insert("c".into(), source(Some("x")));
        assert_eq!(
            sources.unavailable(["a", "b", "c"]),
            vec!["folkeregisteret"]
        );
        assert_eq!(sources.unavailable(["c"]), Vec::<&str>::new());
        assert!(sources.origin("a", &Answers::default()).is_none());
    }
}
