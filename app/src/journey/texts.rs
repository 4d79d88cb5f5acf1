//! Texts carried by a journey version itself (`[texts.<lang>]` in its definition): what an agency
//! admin writes for a question they add in the portal, where no developer adds Fluent messages.
//! A version's texts come before the shipped locale files for the ids they define; an id they
//! do not define is looked up as before. Only the journey's own ids (`<journey id>-…`) may be
//! defined, so a version can never change another journey's texts or the portal's own.
//!
//! A text is plain: no Fluent placeables, shown as written.

use crate::i18n::Lang;
use std::{collections::BTreeMap, sync::Arc};

/// A version's texts: language code → message id → text.
pub type Texts = BTreeMap<String, BTreeMap<String, String>>;

/// The texts a page's messages are looked up in before the locale files: the journey version
/// the page shows, or (as every request starts) every published version's. Cheap to clone.
#[derive(Clone, Debug, Default)]
pub struct JourneyTexts(Arc<BTreeMap<(Lang, String), String>>);

impl JourneyTexts {
    /// The texts of these versions; where two define the same id, the later one's.
    pub fn of<'a>(texts: impl IntoIterator<Item = &'a Texts>) -> Self {
        let mut merged = BTreeMap::new();
        for texts in texts {
            for (code, messages) in texts {
                let Some(lang) = Lang::from_tag(code) else {
                    continue;
                };
                for (id, text) in messages {
                    merged.insert((lang, id.clone()), text.clone());
                }
            }
        }
        JourneyTexts(Arc::new(merged))
    }

    pub fn get(&self, lang: Lang, id: &str) -> Option<&str> {
        if self.0.is_empty() {
            return None;
        }
        self.0.get(&(lang, id.to_string())).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Whether `texts` defines `id` in `lang`.
pub fn defines(texts: &Texts, lang: Lang, id: &str) -> bool {
    texts.get(lang.code()).is_some_and(|m| m.contains_key(id))
}

/// Serde's `skip_serializing_if` for an empty set of texts.
pub(crate) fn none(texts: &Texts) -> bool {
    texts.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::{untrusted_tests::HEAD, Catalog};

    const STEP: &str = r#"
[[step]]
id = "one"

[[step.field]]
id = "pet"
type = "text"
"#;

    #[test]
    fn a_versions_texts_are_checked_and_carried() {
        let text = format!(
            "{HEAD}{STEP}\n[texts.nb]\ntest-pet = \"Kjæledyr\"\n[texts.en]\ntest-pet = \" Pet \"\n"
        );
        let catalog = Catalog::parse([("test.toml", text.as_str())]).expect("valid");
        let journey = catalog.definition("test").expect("journey");
        assert!(defines(&journey.texts, Lang::Nb, "test-pet"));
        assert!(!defines(&journey.texts, Lang::Nn, "test-pet"));
        let texts = catalog.texts();
        assert_eq!(texts.get(Lang::En, "test-pet"), Some("Pet"), "trimmed");
        assert_eq!(texts.get(Lang::Nn, "test-pet"), None);
    }

    #[test]
    fn texts_in_an_unknown_language_of_another_journey_empty_or_with_placeables_are_refused() {
        for (texts, needle) in [
            (
                "[texts.de]\ntest-pet = \"Haustier\"",
                "the languages are nb, nn, en",
            ),
            (
                "[texts.nb]\nfa-barn-title = \"Kapret\"",
                "a journey's texts are its own",
            ),
            (
                "[texts.nb]\nportal-title = \"Kapret\"",
                "a journey's texts are its own",
            ),
            ("[texts.nb]\ntest-pet = \"  \"", "is empty"),
            ("[texts.nb]\ntest-pet = \"{ $x }\"", "without placeables"),
        ] {
            let text = format!("{HEAD}{STEP}\n{texts}\n");
            let errors = match Catalog::parse([("test.toml", text.as_str())]) {
                Ok(_) => panic!("{texts}: should be refused"),
                Err(errors) => errors,
            };
            assert!(
                errors
                    .iter()
                    .any(|e| e.message.contains(needle) && e.line > 0),
                "{texts}: {errors:#?}"
            );
        }
    }

    #[test]
    fn the_later_versions_text_wins_when_two_define_an_id() {
        let older: Texts = [("nb".into(), [("x-a".into(), "old".into())].into())].into();
        let newer: Texts = [("nb".into(), [("x-a".into(), "new".into())].into())].into();
        assert_eq!(
            JourneyTexts::of([&older, &newer]).get(Lang::Nb, "x-a"),
            Some("new")
        );
        assert!(JourneyTexts::default().get(Lang::Nb, "x-a").is_none());
    }
}
