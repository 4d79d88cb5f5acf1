//! Journeys as versioned data, as the server starts and serves them: the shipped files seed the
//! versions in the database, the catalogue is built from the published versions there, and
//! `Definitions` finds the version a citizen's draft or submission was made on, whichever is
//! published now (a draft is pinned to the version it started on).

use super::{check, JourneyErrors};
use crate::storage::{Database, JourneyVersion, Seeded, StorageError};
use app::journey::{Catalog, Journey};
use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
};

/// Stores each shipped file's version as `JourneyVersions::seed` says (the first version of a
/// journey, or a version higher than any stored), and logs what changed.
pub async fn seed(database: &Database, shipped: &Catalog) -> Result<(), StorageError> {
    for (meta, source) in shipped.with_sources() {
        let file = JourneyVersion {
            id: meta.id.to_string(),
            version: i64::from(meta.version),
            source: source.to_string(),
        };
        let journey = format!("{} v{}", file.id, file.version);
        match database.journey_versions().seed(&file).await? {
            Seeded::First => tracing::info!(%journey, "a shipped journey seeded its first version"),
            Seeded::Newer {
                retired,
                dropped_draft,
            } => {
                tracing::info!(%journey, ?retired, "a shipped journey's newer version is published");
                if let Some(draft) = dropped_draft {
                    tracing::warn!(%journey, draft, "a draft below the shipped version was dropped");
                }
            }
            Seeded::Unchanged => {}
            Seeded::ChangedWithoutVersion => tracing::warn!(
                %journey,
                "journey definition changed without a new version number"
            ),
        }
    }
    Ok(())
}

/// Why the published versions cannot be served.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Invalid(#[from] JourneyErrors),
}

/// The catalogue the portal serves: every journey's published version, checked as the shipped
/// files are (the checker and the texts in every language).
pub async fn published_catalog(database: &Database) -> Result<Catalog, CatalogueError> {
    let published = database.journey_versions().published().await?;
    let sources: Vec<(String, String)> = published
        .into_iter()
        .map(|v| (version_name(&v.id, v.version), v.source))
        .collect();
    Ok(check(&sources)?)
}

/// How a stored version is named in the checker's messages.
pub fn version_name(id: &str, version: i64) -> String {
    format!("{id} v{version}")
}

/// Why a version a draft names cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum DefinitionError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("the stored version {0} no longer passes the checker: {1}")]
    Invalid(String, String),
}

/// Every version a draft or a submission may name, by `(journey id, version)`: the published
/// ones at hand, an older one read from the database (and checked) the first time it is asked
/// for, then kept.
pub struct Definitions {
    database: Database,
    loaded: RwLock<HashMap<(String, i64), Arc<Journey>>>,
}

impl Definitions {
    /// With the catalogue's definitions at hand.
    pub fn new(database: Database, catalog: &Catalog) -> Self {
        let loaded = catalog
            .definitions()
            .iter()
            .map(|j| {
                (
                    (j.meta.id.to_string(), i64::from(j.meta.version)),
                    j.clone(),
                )
            })
            .collect();
        Definitions {
            database,
            loaded: RwLock::new(loaded),
        }
    }

    /// The version if it is at hand (without reading the database).
    pub fn at_hand(&self, id: &str, version: i64) -> Option<Arc<Journey>> {
        let loaded = self
            .loaded
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        loaded.get(&(id.to_string(), version)).cloned()
    }

    /// The version `version` of journey `id`; `None` when no such version is stored.
    pub async fn get(
        &self,
        id: &str,
        version: i64,
    ) -> Result<Option<Arc<Journey>>, DefinitionError> {
        if let Some(journey) = self.at_hand(id, version) {
            return Ok(Some(journey));
        }
        let Some(stored) = self.database.journey_versions().get(id, version).await? else {
            return Ok(None);
        };
        let name = version_name(id, version);
        // The checker alone: a retired version's texts may have left the locales since, and a
        // missing text shows its id rather than stopping a citizen's draft.
        let catalog =
            Catalog::parse([(name.as_str(), stored.source.as_str())]).map_err(|errors| {
                let errors: Vec<_> = errors.iter().map(ToString::to_string).collect();
                DefinitionError::Invalid(name.clone(), errors.join("; "))
            })?;
        let Some(journey) = catalog.definition(id).cloned() else {
            return Err(DefinitionError::Invalid(
                name,
                "its text is of another journey".into(),
            ));
        };
        // A draft's text changes under the same number while an admin edits it: read afresh
        // each time (only previews walk a draft). Every other version's text never changes.
        if stored.state == crate::storage::VersionState::Draft {
            return Ok(Some(journey));
        }
        let mut loaded = self
            .loaded
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        loaded.insert((id.to_string(), version), journey.clone());
        Ok(Some(journey))
    }
}
