//! The source of every journey definition version the server has loaded (table
//! `journey_definition`), so that a submission can always be read against the exact definition
//! it was made with.

use super::{Database, StorageError};

/// The journey definitions' versions.
#[derive(Clone, Copy)]
pub struct JourneyVersions<'a>(pub(super) &'a Database);

/// One version of a journey definition, as loaded.
#[derive(Clone, Debug)]
pub struct JourneyVersion {
    pub id: String,
    pub version: i64,
    pub source: String,
}

impl JourneyVersions<'_> {
    /// Records each version not seen before. Returns the versions (`id vN`) whose text changed
    /// without a new version number.
    pub async fn record(self, loaded: &[JourneyVersion]) -> Result<Vec<String>, StorageError> {
        const INSERT: &str = "INSERT INTO journey_definition (journey_id, version, source) \
                              VALUES ($1, $2, $3) ON CONFLICT (journey_id, version) DO NOTHING";
        const SELECT: &str =
            "SELECT source FROM journey_definition WHERE journey_id = $1 AND version = $2";
        let mut changed = Vec::new();
        for loaded in loaded {
            let stored: String = on_pool!(self.0, pool => {
                sqlx::query(INSERT).bind(&loaded.id).bind(loaded.version).bind(&loaded.source)
                    .execute(pool).await?;
                sqlx::query_scalar(SELECT).bind(&loaded.id).bind(loaded.version)
                    .fetch_one(pool).await?
            });
            if stored != loaded.source {
                changed.push(format!("{} v{}", loaded.id, loaded.version));
            }
        }
        Ok(changed)
    }
}
