//! The database: SQLite (one file, WAL) by default, PostgreSQL when `DATABASE_URL` says so.
//!
//! SQL lives here and nowhere else. Each backend has its own migrations folder with the same
//! intent, because their dialects differ (types, timestamps); both run at startup.

use sqlx::{
    postgres::PgPoolOptions,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions},
    PgPool, SqlitePool,
};
use std::{str::FromStr, time::Duration};

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("cannot open the database at {target}: {source}")]
    Open { target: String, source: sqlx::Error },
    #[error("cannot create the directory {path} for the database: {source}")]
    CreateDir {
        path: String,
        source: std::io::Error,
    },
    #[error("the database at {target} could not be migrated: {source}")]
    Migrate {
        target: String,
        source: sqlx::migrate::MigrateError,
    },
    #[error("DATABASE_URL must start with sqlite: or postgres:, not `{0}`")]
    UnsupportedScheme(String),
    #[error(transparent)]
    Query(#[from] sqlx::Error),
}

/// Runs the same statements on whichever pool the database has: each arm type-checks the body
/// against its own backend.
macro_rules! on_pool {
    ($database:expr, $pool:ident => $body:expr) => {
        match $database {
            Database::Sqlite($pool) => $body,
            Database::Postgres($pool) => $body,
        }
    };
}

/// A connection pool to one of the supported backends.
#[derive(Clone, Debug)]
pub enum Database {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// The URL without its password, fit for a log line or an error message.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            let user = credentials.split(':').next().unwrap_or_default();
            format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..])
        }
        _ => url.to_string(),
    }
}

impl Database {
    /// Opens the database named by `url`, creating a SQLite file (and its folder) if missing.
    pub async fn connect(url: &str) -> Result<Self, StorageError> {
        let target = redact(url);
        let open = |source| StorageError::Open {
            target: target.clone(),
            source,
        };
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .map_err(open)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5));
            if let Some(dir) = options.get_filename().parent() {
                if !dir.as_os_str().is_empty() && !dir.exists() {
                    std::fs::create_dir_all(dir).map_err(|source| StorageError::CreateDir {
                        path: dir.display().to_string(),
                        source,
                    })?;
                }
            }
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .acquire_timeout(Duration::from_secs(5))
                .connect_with(options)
                .await
                .map_err(open)?;
            Ok(Database::Sqlite(pool))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(5))
                .connect(url)
                .await
                .map_err(open)?;
            Ok(Database::Postgres(pool))
        } else {
            Err(StorageError::UnsupportedScheme(target))
        }
    }

    pub fn backend(&self) -> &'static str {
        match self {
            Database::Sqlite(_) => "sqlite",
            Database::Postgres(_) => "postgres",
        }
    }

    /// Brings the schema up to date. Safe to run on every start and from several instances.
    pub async fn migrate(&self, target: &str) -> Result<(), StorageError> {
        let result = match self {
            Database::Sqlite(pool) => sqlx::migrate!("./migrations/sqlite").run(pool).await,
            Database::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await,
        };
        result.map_err(|source| StorageError::Migrate {
            target: redact(target),
            source,
        })
    }

    /// A round trip to the database, for readiness checks.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        on_pool!(self, pool => sqlx::query("SELECT 1").execute(pool).await.map(drop))
    }

    /// Records the source of each journey definition version the server loads, so that a
    /// submission can always be read against the exact definition it was made with. Returns the
    /// ids of definitions whose text changed without a new version number.
    pub async fn record_journey_versions(
        &self,
        definitions: &[(String, i64, String)],
    ) -> Result<Vec<String>, StorageError> {
        const INSERT: &str = "INSERT INTO journey_definition (journey_id, version, source) \
                              VALUES ($1, $2, $3) ON CONFLICT (journey_id, version) DO NOTHING";
        const SELECT: &str =
            "SELECT source FROM journey_definition WHERE journey_id = $1 AND version = $2";
        let mut changed = Vec::new();
        for (id, version, source) in definitions {
            let stored: String = on_pool!(self, pool => {
                sqlx::query(INSERT).bind(id).bind(version).bind(source).execute(pool).await?;
                sqlx::query_scalar(SELECT).bind(id).bind(version).fetch_one(pool).await?
            });
            if &stored != source {
                changed.push(format!("{id} v{version}"));
            }
        }
        Ok(changed)
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_never_reach_a_message() {
        assert_eq!(
            redact("postgres://vv:s3cret@db:5432/vv"),
            "postgres://vv:***@db:5432/vv"
        );
        assert_eq!(
            redact("sqlite://data/veiviser.db"),
            "sqlite://data/veiviser.db"
        );
    }
}
pub mod delivery;
pub mod drafts;
mod identity;
