//! The catalogue of journeys: every definition the portal serves, checked as a whole.

use super::{
    check::{oversized, Checker, RawFile},
    definition::{JourneyId, JourneyMeta},
    model::Journey,
    texts::JourneyTexts,
};
use std::{collections::HashMap, fmt, sync::Arc};

/// A definition that could not be loaded: where, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct CatalogError {
    pub file: String,
    /// 1-based; 0 when the problem is not at one place in the file.
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        }
    }
}

/// The journeys, in landing-page order.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    journeys: Vec<JourneyMeta>,
    /// The checked definitions, aligned with `journeys`; shared, so a page or a use case that
    /// needs one takes it without copying it.
    definitions: Vec<Arc<Journey>>,
    /// Each journey's definition as written, aligned with `journeys`.
    sources: Vec<String>,
    by_id: HashMap<JourneyId, usize>,
    warnings: Vec<CatalogError>,
    /// Every definition's own texts, for pages that show journeys (`journey::texts`).
    texts: JourneyTexts,
}

impl Catalog {
    /// Parses and checks the given `(file name, contents)` pairs. Every problem in every file is
    /// reported, so an author fixes them in one round.
    pub fn parse<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, Vec<CatalogError>> {
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        let mut journeys: Vec<(String, Journey, String)> = Vec::new();
        for (name, text) in files {
            if let Some(message) = oversized(text) {
                errors.push(CatalogError {
                    file: name.to_string(),
                    line: 0,
                    column: 0,
                    message,
                });
                continue;
            }
            match toml::from_str::<RawFile>(text) {
                Ok(file) => {
                    let mut checker = Checker::new(name, text);
                    match checker.check(file) {
                        Ok(journey) => {
                            journeys.push((name.to_string(), journey, text.to_string()));
                            warnings.append(&mut checker.warnings);
                        }
                        Err(found) => errors.extend(found),
                    }
                }
                Err(err) => {
                    let (line, column) = err
                        .span()
                        .map(|span| line_column(text, span.start))
                        .unwrap_or((0, 0));
                    errors.push(CatalogError {
                        file: name.to_string(),
                        line,
                        column,
                        message: err.message().to_string(),
                    });
                }
            }
        }
        journeys.sort_by_key(|(_, journey, _)| (journey.meta.order, journey.meta.id.clone()));
        let mut by_id = HashMap::new();
        for (index, (name, journey, _)) in journeys.iter().enumerate() {
            let meta = &journey.meta;
            if let Some(first) = by_id.insert(meta.id.clone(), index) {
                errors.push(CatalogError {
                    file: name.clone(),
                    line: 0,
                    column: 0,
                    message: format!(
                        "journey id `{}` is already used by {}",
                        meta.id, journeys[first].0
                    ),
                });
            }
        }
        if errors.is_empty() {
            let metas = journeys.iter().map(|(_, j, _)| j.meta.clone()).collect();
            let (definitions, sources): (Vec<Arc<Journey>>, Vec<String>) = journeys
                .into_iter()
                .map(|(_, journey, text)| (Arc::new(journey), text))
                .unzip();
            let texts = JourneyTexts::of(definitions.iter().map(|j| &j.texts));
            Ok(Catalog {
                texts,
                journeys: metas,
                definitions,
                sources,
                by_id,
                warnings,
            })
        } else {
            Err(errors)
        }
    }

    /// What the checker could not prove of definitions it accepted (too complex to prove).
    /// The definitions' own texts, merged (`journey::texts`).
    pub fn texts(&self) -> JourneyTexts {
        self.texts.clone()
    }

    pub fn warnings(&self) -> &[CatalogError] {
        &self.warnings
    }

    pub fn journeys(&self) -> &[JourneyMeta] {
        &self.journeys
    }

    /// Each journey with its definition as written.
    pub fn with_sources(&self) -> impl Iterator<Item = (&JourneyMeta, &str)> {
        self.journeys
            .iter()
            .zip(self.sources.iter().map(String::as_str))
    }

    pub fn get(&self, id: &str) -> Option<&JourneyMeta> {
        self.definition(id).map(|journey| &journey.meta)
    }

    /// The checked definition: steps, fields, conditions, prefill and services.
    pub fn definition(&self, id: &str) -> Option<&Arc<Journey>> {
        let id = JourneyId::parse(id).ok()?;
        self.by_id.get(&id).map(|&index| &self.definitions[index])
    }

    pub fn definitions(&self) -> &[Arc<Journey>] {
        &self.definitions
    }
}

/// 1-based line and column (in characters) of a byte offset; an offset inside a character
/// counts as that character's start.
pub(super) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FA_BARN: &str = r#"
[journey]
id = "fa-barn"
order = 1
owner = "nav"
security_level = "substantial"
version = 1
agencies = ["skatteetaten", "nav", "kommune"]
"#;

    #[test]
    fn a_valid_definition_is_listed_and_found_by_id() {
        let catalog = Catalog::parse([("fa-barn.toml", FA_BARN)]).expect("valid");
        assert_eq!(catalog.journeys().len(), 1);
        let meta = catalog.get("fa-barn").expect("found");
        assert_eq!(meta.title_id(), "fa-barn-title");
        assert!(meta.message_ids().contains(&"agency-kommune".to_string()));
        assert!(catalog.get("ukjent").is_none());
        assert!(catalog.get("../etc/passwd").is_none());
    }

    #[test]
    fn journeys_are_listed_in_their_declared_order() {
        let second = FA_BARN
            .replace("fa-barn", "dodsfall")
            .replace("order = 1", "order = 2");
        let catalog =
            Catalog::parse([("b.toml", second.as_str()), ("a.toml", FA_BARN)]).expect("valid");
        let ids: Vec<_> = catalog.journeys().iter().map(|j| j.id.as_str()).collect();
        assert_eq!(ids, ["fa-barn", "dodsfall"]);
    }

    #[test]
    fn an_unknown_agency_is_reported_with_file_line_and_column() {
        let text = FA_BARN.replace("\"kommune\"", "\"politiet\"");
        let errors = Catalog::parse([("fa-barn.toml", text.as_str())]).unwrap_err();
        assert_eq!(errors.len(), 1);
        let error = &errors[0];
        assert_eq!(
            (error.file.as_str(), error.line, error.column),
            ("fa-barn.toml", 8, 36)
        );
        assert!(error.message.contains("politiet"), "{}", error.message);
        assert!(error.to_string().starts_with("fa-barn.toml:8:36: "));
    }

    #[test]
    fn a_missing_field_and_a_bad_id_are_both_reported() {
        let no_version = FA_BARN.replace("version = 1\n", "");
        let bad_id = FA_BARN.replace("\"fa-barn\"", "\"Få barn\"");
        let errors = Catalog::parse([("a.toml", no_version.as_str()), ("b.toml", bad_id.as_str())])
            .unwrap_err();
        assert_eq!(errors.len(), 2);
        assert!(errors[0].message.contains("version"), "{}", errors[0]);
        assert_eq!(errors[1].line, 3, "{}", errors[1]);
        assert!(errors[1].message.contains("lowercase"), "{}", errors[1]);
    }

    #[test]
    fn a_duplicate_journey_id_is_refused() {
        let errors = Catalog::parse([("a.toml", FA_BARN), ("b.toml", FA_BARN)]).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.contains("already used"), "{}", errors[0]);
    }

    #[test]
    fn malformed_toml_is_refused_with_its_position() {
        let errors = Catalog::parse([("x.toml", "[journey]\nid = \n")]).unwrap_err();
        assert_eq!(errors[0].line, 2);
    }
}
