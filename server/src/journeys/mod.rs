//! Reads the journey definitions from a directory and checks them with the engine. The server
//! refuses to start with a broken definition; `server check-journeys` runs the same check alone.
//! The shipped files seed the versions in the database (`versions`), and the catalogue the
//! portal serves is built from the published ones there; `versions::Definitions` finds any
//! version a citizen's draft or submission was made on.

pub mod commands;
pub mod live;
pub mod moves;
pub mod versions;

use app::{i18n::missing_journey_messages, journey::Catalog};
use std::{fmt, fs, path::Path};

/// Everything wrong with a journeys directory, one problem per line.
#[derive(Debug)]
pub struct JourneyErrors(pub Vec<String>);

impl fmt::Display for JourneyErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "journey definitions are invalid:")?;
        for problem in &self.0 {
            write!(f, "\n  {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for JourneyErrors {}

/// The `*.toml` files in `dir`, sorted by name, as `(path, contents)`.
pub fn read_sources(dir: &Path) -> Result<Vec<(String, String)>, JourneyErrors> {
    let entries = fs::read_dir(dir).map_err(|e| {
        JourneyErrors(vec![format!(
            "{}: cannot read directory: {e}",
            dir.display()
        )])
    })?;
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            fs::read_to_string(&path)
                .map(|text| (path.display().to_string(), text))
                .map_err(|e| JourneyErrors(vec![format!("{}: cannot read: {e}", path.display())]))
        })
        .collect()
}

/// Loads and checks every journey in `dir`, including that each text exists in every language.
pub fn load(dir: &Path) -> Result<Catalog, JourneyErrors> {
    let sources = read_sources(dir)?;
    if sources.is_empty() {
        return Err(JourneyErrors(vec![format!(
            "{}: no journey files (*.toml)",
            dir.display()
        )]));
    }
    check(&sources)
}

/// Checks `(name, text)` definitions as one catalogue, as the server serves it: the checker, and
/// that each text exists in every language.
pub fn check(sources: &[(String, String)]) -> Result<Catalog, JourneyErrors> {
    let catalog = Catalog::parse(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        .map_err(|errors| JourneyErrors(errors.iter().map(ToString::to_string).collect()))?;
    for warning in catalog.warnings() {
        tracing::warn!(%warning, "a journey the checker could not prove in full");
    }
    let missing = missing_journey_messages(&catalog);
    if missing.is_empty() {
        Ok(catalog)
    } else {
        Err(JourneyErrors(missing))
    }
}
