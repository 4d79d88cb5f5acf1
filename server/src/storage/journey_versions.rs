//! Journeys as versioned data (table `journey_version`): each journey's one published version,
//! its draft if any, and the retired ones that citizens' drafts and submissions may still name.
//! The text stored is the TOML the checker reads; checking it is the caller's (storage stores
//! what it is given). The partial unique indexes hold "one published, at most one draft" even
//! against two writers at once; the functions here keep to it in one transaction each.

use super::{instant, known, optional_instant, BeginWrite, Database, StorageError};
use app::domain::Instant;
pub use app::domain::VersionState;

/// The journey definitions' versions.
#[derive(Clone, Copy)]
pub struct JourneyVersions<'a>(pub(super) &'a Database);

/// A journey definition's text and the version it says it is (a shipped file, an import).
#[derive(Clone, Debug)]
pub struct JourneyVersion {
    pub id: String,
    pub version: i64,
    pub source: String,
}

/// A version as stored: who made it (`None`: a shipped file) and when.
#[derive(Clone, Debug)]
pub struct StoredVersion {
    pub id: String,
    pub version: i64,
    pub state: VersionState,
    pub source: String,
    pub made_by: Option<String>,
    pub made_at: Instant,
    pub published_at: Option<Instant>,
    /// A draft scheduled to go live at this time.
    pub publish_at: Option<Instant>,
}

#[derive(sqlx::FromRow)]
pub(super) struct Row {
    journey_id: String,
    version: i64,
    state: String,
    source: String,
    made_by: Option<String>,
    made_at: String,
    published_at: Option<String>,
    publish_at: Option<String>,
}

impl TryFrom<Row> for StoredVersion {
    type Error = StorageError;

    fn try_from(row: Row) -> Result<Self, StorageError> {
        Ok(StoredVersion {
            id: row.journey_id,
            version: row.version,
            state: known("journey version state", row.state, VersionState::parse)?,
            source: row.source,
            made_by: row.made_by,
            made_at: instant("made at", &row.made_at)?,
            published_at: optional_instant("published at", row.published_at.as_deref())?,
            publish_at: optional_instant("publish at", row.publish_at.as_deref())?,
        })
    }
}

pub(super) const COLUMNS: &str = "journey_id, version, state, source, made_by, made_at, \
                                  published_at, publish_at FROM journey_version";

/// What a shipped file did to the stored versions of its journey.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seeded {
    /// The journey had no version: the file is its first, published.
    First,
    /// The file's version is higher than any stored: published; the one published before is
    /// retired, and a draft below the file's version is dropped (it could never be published).
    Newer {
        retired: Option<i64>,
        dropped_draft: Option<i64>,
    },
    /// Nothing changed: the file's version is stored already, or a higher one is.
    Unchanged,
    /// Nothing changed, but the stored text of the file's version differs from the file's.
    ChangedWithoutVersion,
}

/// What storing a draft did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Drafted {
    /// Stored as the journey's draft, in place of the earlier draft (its version) if any.
    Stored { replaced: Option<i64> },
    /// Refused: a draft's version must be above every published or retired one (this one).
    NotNewer { latest: i64 },
}

/// What publishing a draft did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Published {
    /// The draft is published; the version published before (if any) is retired.
    Done { retired: Option<i64> },
    /// The journey has no draft of that version (none, or another admin's replaced it).
    NoDraft,
}

impl JourneyVersions<'_> {
    /// Stores a shipped file's version, as `Seeded` says: journeys as code keep working beside
    /// the versions made in the portal.
    pub async fn seed(self, file: &JourneyVersion) -> Result<Seeded, StorageError> {
        const STORED: &str = "SELECT version, state, source FROM journey_version \
                              WHERE journey_id = $1";
        const RETIRE: &str = "UPDATE journey_version SET state = 'retired' \
                              WHERE journey_id = $1 AND state = 'published'";
        const DROP_DRAFT: &str = "DELETE FROM journey_version \
                                  WHERE journey_id = $1 AND state = 'draft'";
        const INSERT: &str = "INSERT INTO journey_version \
             (journey_id, version, state, source, made_at, published_at) \
             VALUES ($1, $2, 'published', $3, $4, $4) ON CONFLICT DO NOTHING";
        let at = Instant::now().stored();
        let seeded = on_pool!(self.0, pool => {
            let mut tx = pool.begin_write().await?;
            let stored: Vec<(i64, String, String)> =
                sqlx::query_as(STORED).bind(&file.id).fetch_all(&mut *tx).await?;
            let latest = stored.iter().map(|(version, _, _)| *version).max();
            let seeded = match latest {
                Some(latest) if latest >= file.version => {
                    let same = stored.iter().find(|(version, _, _)| *version == file.version);
                    match same {
                        Some((_, _, source)) if *source != file.source => {
                            Seeded::ChangedWithoutVersion
                        }
                        _ => Seeded::Unchanged,
                    }
                }
                None => Seeded::First,
                Some(_) => {
                    let of = |state: &str| {
                        stored.iter().find(|(_, s, _)| s == state).map(|(v, _, _)| *v)
                    };
                    sqlx::query(RETIRE).bind(&file.id).execute(&mut *tx).await?;
                    sqlx::query(DROP_DRAFT).bind(&file.id).execute(&mut *tx).await?;
                    Seeded::Newer { retired: of("published"), dropped_draft: of("draft") }
                }
            };
            if matches!(seeded, Seeded::First | Seeded::Newer { .. }) {
                sqlx::query(INSERT).bind(&file.id).bind(file.version).bind(&file.source)
                    .bind(&at).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            seeded
        });
        Ok(seeded)
    }

    /// Every journey's published version.
    pub async fn published(self) -> Result<Vec<StoredVersion>, StorageError> {
        let sql = format!("SELECT {COLUMNS} WHERE state = 'published' ORDER BY journey_id");
        let rows: Vec<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql).fetch_all(pool).await?);
        rows.into_iter().map(StoredVersion::try_from).collect()
    }

    /// Every version of a journey, oldest first.
    pub async fn history(self, id: &str) -> Result<Vec<StoredVersion>, StorageError> {
        let sql = format!("SELECT {COLUMNS} WHERE journey_id = $1 ORDER BY version");
        let rows: Vec<Row> =
            on_pool!(self.0, pool => sqlx::query_as(&sql).bind(id).fetch_all(pool).await?);
        rows.into_iter().map(StoredVersion::try_from).collect()
    }

    /// One version of a journey, whatever its state.
    pub async fn get(self, id: &str, version: i64) -> Result<Option<StoredVersion>, StorageError> {
        let sql = format!("SELECT {COLUMNS} WHERE journey_id = $1 AND version = $2");
        let row: Option<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql)
            .bind(id).bind(version).fetch_optional(pool).await?);
        row.map(StoredVersion::try_from).transpose()
    }

    /// The journey's version in `state` (there is at most one published and one draft).
    pub async fn in_state(
        self,
        id: &str,
        state: VersionState,
    ) -> Result<Option<StoredVersion>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} WHERE journey_id = $1 AND state = $2 ORDER BY version DESC LIMIT 1"
        );
        let row: Option<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql)
            .bind(id).bind(state.as_str()).fetch_optional(pool).await?);
        row.map(StoredVersion::try_from).transpose()
    }

    /// Stores `draft` as its journey's one draft, replacing an earlier draft, made by `made_by`
    /// (`None`: from the command line). Its version must be above every version ever published.
    pub async fn store_draft(
        self,
        draft: &JourneyVersion,
        made_by: Option<&str>,
    ) -> Result<Drafted, StorageError> {
        const LATEST: &str = "SELECT MAX(version) FROM journey_version \
                              WHERE journey_id = $1 AND state <> 'draft'";
        const EARLIER: &str = "SELECT version FROM journey_version \
                               WHERE journey_id = $1 AND state = 'draft'";
        const DROP_DRAFT: &str = "DELETE FROM journey_version \
                                  WHERE journey_id = $1 AND state = 'draft'";
        const INSERT: &str = "INSERT INTO journey_version \
             (journey_id, version, state, source, made_by, made_at) \
             VALUES ($1, $2, 'draft', $3, $4, $5)";
        let at = Instant::now().stored();
        let drafted = on_pool!(self.0, pool => {
            let mut tx = pool.begin_write().await?;
            let latest: Option<i64> =
                sqlx::query_scalar(LATEST).bind(&draft.id).fetch_one(&mut *tx).await?;
            match latest {
                Some(latest) if latest >= draft.version => Drafted::NotNewer { latest },
                _ => {
                    let replaced: Option<i64> = sqlx::query_scalar(EARLIER).bind(&draft.id)
                        .fetch_optional(&mut *tx).await?;
                    sqlx::query(DROP_DRAFT).bind(&draft.id).execute(&mut *tx).await?;
                    sqlx::query(INSERT).bind(&draft.id).bind(draft.version).bind(&draft.source)
                        .bind(made_by).bind(&at).execute(&mut *tx).await?;
                    tx.commit().await?;
                    Drafted::Stored { replaced }
                }
            }
        });
        Ok(drafted)
    }

    /// Publishes the journey's draft `version` (checked by the caller); the version published
    /// before is retired, in the same commit. With `made_at`, only the draft made then (the one
    /// an admin reviewed, not one saved since).
    pub async fn publish(
        self,
        id: &str,
        version: i64,
        made_at: Option<Instant>,
    ) -> Result<Published, StorageError> {
        const CURRENT: &str = "SELECT version FROM journey_version \
                               WHERE journey_id = $1 AND state = 'published'";
        const RETIRE: &str = "UPDATE journey_version SET state = 'retired' \
                              WHERE journey_id = $1 AND state = 'published'";
        const PUBLISH: &str = "UPDATE journey_version \
             SET state = 'published', published_at = $3, publish_at = NULL \
             WHERE journey_id = $1 AND version = $2 AND state = 'draft' \
             AND ($4 IS NULL OR made_at = $4)";
        let at = Instant::now().stored();
        let made_at = made_at.map(|at| at.stored());
        let published = on_pool!(self.0, pool => {
            let mut tx = pool.begin_write().await?;
            let retired: Option<i64> =
                sqlx::query_scalar(CURRENT).bind(id).fetch_optional(&mut *tx).await?;
            sqlx::query(RETIRE).bind(id).execute(&mut *tx).await?;
            let done = sqlx::query(PUBLISH).bind(id).bind(version).bind(&at).bind(&made_at)
                .execute(&mut *tx).await?.rows_affected();
            if done == 1 {
                tx.commit().await?;
                Published::Done { retired }
            } else {
                tx.rollback().await?;
                Published::NoDraft
            }
        });
        Ok(published)
    }
}
