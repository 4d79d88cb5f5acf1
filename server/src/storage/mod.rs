//! The database: SQLite (one file, WAL) by default, PostgreSQL when `DATABASE_URL` says so.
//!
//! `Database` is the pool; each aggregate has its own repository over it, a `Copy` handle that
//! borrows the pool (`database.drafts().save(…)`), so concurrent reads join plainly:
//!
//! | accessor            | repository       | tables                                             |
//! |---------------------|------------------|----------------------------------------------------|
//! | `drafts()`          | `Drafts`         | `draft`                                            |
//! | `submissions()`     | `Submissions`    | `submission` (and its calls into `delivery`)        |
//! | `outbox()`          | `Outbox`         | `delivery`, `delivery_retry`                       |
//! | `circuits()`        | `Circuits`       | `agency_circuit`                                   |
//! | `case_events()`     | `CaseEvents`     | `case_event` (and `delivery.last_polled_at`)        |
//! | `register_log()`    | `RegisterLog`    | `register_read`, `register_read_subject`           |
//! | `people()`          | `People`         | `person`, `agency_role`, `platform_role`, `login_session` |
//! | `keys()`            | `Keys`           | `idp_signing_key`                                  |
//! | `journey_versions()`| `JourneyVersions`| `journey_version`                                  |
//! | `authoring()`       | `Authoring`      | `journey_version`, `draft` (moves), `authoring_event` |
//! | `inbox()`           | `Inbox`          | `inbox_case`, `case_history` (and the call's `delivery`, `case_event`) |
//! | `inbox_views()`     | `InboxViews`     | `inbox_view`                                       |
//! | `case_access()`     | `CaseAccess`     | `case_access`, `case_access_head`                  |
//! | `connectors()`      | `Connectors`     | `agency_connector`                                 |
//! | `offers()`          | `Offers`         | `feed_cursor`, `offer`                             |
//! | `parties()`         | `Parties`        | `submission_party`, `notification` (and the held `delivery` rows) |
//!
//! Rows come back as structs, stored words as the domain's enums and times as
//! `app::domain::Instant`, each read strictly (`columns`): a value this version cannot read or
//! write is a `StorageError`, never some default. Times are stored as ISO 8601 UTC text with
//! milliseconds (`2026-11-22T10:15:00.000Z`), so they compare as text in SQL.
//!
//! SQL lives in this folder, but for a module with tables of its own outside it (which adds its
//! repository the same way, in its own folder). Every statement is written once and runs on both
//! backends (`on_pool!` type-checks it against each). The migrations differ per backend (types,
//! defaults), one folder each with the same intent, both run at startup.

use app::domain::Instant;
use sqlx::{
    postgres::{PgConnectOptions, PgPoolOptions},
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
    Connection, PgPool, SqlitePool,
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
    /// A stored word this version does not know (a status, a state, an outcome): written by a
    /// newer version, or by hand. Never read as some default.
    #[error("the stored {column} `{value}` is not one this version knows")]
    Unknown { column: &'static str, value: String },
    /// A stored value that cannot be read as what it holds (answers, a time, a list).
    #[error("the stored {column} cannot be read: {reason}")]
    Unreadable {
        column: &'static str,
        reason: String,
    },
    /// A value that cannot be written as the column holds it (nothing is written instead).
    #[error("the {column} cannot be stored: {reason}")]
    Unwritable {
        column: &'static str,
        reason: String,
    },
}

/// Runs the same statements on whichever pool the database has: each arm type-checks the body
/// against its own backend.
macro_rules! on_pool {
    ($database:expr, $pool:ident => $body:expr) => {
        match $database {
            $crate::storage::Database::Sqlite($pool) => $body,
            $crate::storage::Database::Postgres($pool) => $body,
        }
    };
}
/// For a module outside this one with tables of its own.
#[allow(unused_imports)]
pub(crate) use on_pool;

/// A transaction that reads before it writes and must not lose a race to another writer in
/// between. On SQLite it takes the write lock at `BEGIN IMMEDIATE` (waiting under the busy
/// timeout): a deferred transaction that read first could not upgrade to a write once another
/// connection had committed (`SQLITE_BUSY` at once, with no wait). On PostgreSQL a plain
/// transaction: its row locks and conditional updates settle the race.
pub(crate) trait BeginWrite {
    type Db: sqlx::Database;
    fn begin_write(
        &self,
    ) -> impl std::future::Future<Output = Result<sqlx::Transaction<'static, Self::Db>, sqlx::Error>>
           + Send;
}

impl BeginWrite for SqlitePool {
    type Db = sqlx::Sqlite;
    fn begin_write(
        &self,
    ) -> impl std::future::Future<
        Output = Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error>,
    > + Send {
        self.begin_with("BEGIN IMMEDIATE")
    }
}

impl BeginWrite for PgPool {
    type Db = sqlx::Postgres;
    fn begin_write(
        &self,
    ) -> impl std::future::Future<
        Output = Result<sqlx::Transaction<'static, sqlx::Postgres>, sqlx::Error>,
    > + Send {
        self.begin()
    }
}

// After `on_pool!`, which they use.
mod authoring;
mod case_access;
mod case_events;
mod columns;
mod connectors;
mod drafts;
mod inbox;
mod inbox_views;
mod information;
mod journey_versions;
mod keys;
mod messages;
mod offers;
mod outbox;
mod parties;
mod people;
mod register_log;
mod submissions;
#[cfg(test)]
mod test_database;
#[cfg(test)]
mod tests;

pub use authoring::{Authoring, AuthoringEvent, DraftOnVersion, RolledBack};
pub use case_access::{Access, AccessRecord, CaseAccess, Verdict};
pub use case_events::{CaseEvent, CaseEvents, QuietCase};
pub(crate) use columns::{instant, known, optional_instant};
pub use connectors::{ConnectorSettings, Connectors, StoredConnector};
pub use drafts::{Draft, Drafts, NewDraft, Saved, StablePath};
#[cfg(test)]
pub(crate) use inbox::words as inbox_words;
pub use inbox::{
    BadCursor, CaseList, Cursor, HistoryRow, Inbox, InboxCase, ListQuery, NewCase, QueueCounts,
    COUNT_CAP,
};
pub use inbox_views::{InboxViews, StoredView};
pub use information::{InformationRequest, InformationRequests, NewRequest};
pub use journey_versions::{
    Drafted, JourneyVersion, JourneyVersions, Published, Seeded, StoredVersion, VersionState,
};
pub use keys::{Keys, StoredKey};
pub use messages::{CaseMessage, CaseMessages};
pub use offers::{Closing, NewOffer, Offers};
pub use outbox::{
    work_waiting, AgencyCall, Circuit, Circuits, Delivery, GivenUp, Outbox, Recorded, Retry,
    RetryFilter,
};
pub use parties::{is_held, Answered, Answerer, NewParty, Parties, StoredParty};
pub use people::{AgencyRole, People};
pub use register_log::RegisterLog;
pub use submissions::{Submission, Submissions};
#[cfg(test)]
pub(crate) use test_database::test_database;

/// A connection pool to one of the supported backends.
#[derive(Clone, Debug)]
pub enum Database {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Whether a SQLite connection is outside any transaction, as SQLite sees it (`BEGIN` is refused
/// inside one; a deferred one takes no lock) and as sqlx counts it.
async fn outside_any_transaction(conn: &mut sqlx::SqliteConnection) -> Result<bool, sqlx::Error> {
    let probe = sqlx::Executor::execute(&mut *conn, "BEGIN DEFERRED; ROLLBACK").await;
    if probe.is_err() || conn.is_in_transaction() {
        tracing::warn!("a database connection left a transaction open; closing it");
        return Ok(false);
    }
    Ok(true)
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
                // A commit is on disk when it returns: nothing acknowledged is lost to a crash.
                .synchronous(SqliteSynchronous::Full)
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
            Self::sqlite(options, 8).await.map_err(open)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            // A lock that is never released fails a statement after five seconds (as SQLite's
            // busy timeout does) instead of holding the request for ever.
            let options = PgConnectOptions::from_str(url)
                .map_err(open)?
                .options([("lock_timeout", "5s")]);
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(5))
                // A connection whose transaction sqlx still counts as open (an error it could
                // not roll back) is closed rather than lent to the next request.
                .after_release(|conn, _| Box::pin(async move { Ok(!conn.is_in_transaction()) }))
                .connect_with(options)
                .await
                .map_err(open)?;
            Ok(Database::Postgres(pool))
        } else {
            Err(StorageError::UnsupportedScheme(target))
        }
    }

    /// A SQLite pool whose connections go back to the pool only when they are outside any
    /// transaction, as SQLite sees it and as sqlx counts it.
    ///
    /// Why: after a storage error ("database or disk is full", an I/O error) SQLite may roll a
    /// transaction back on its own while sqlx still counts it as open. The next `begin` on that
    /// connection then opens a *savepoint* that SQLite treats as a new outer transaction, its
    /// rollback leaves that transaction open, and every later "commit" on the connection only
    /// releases a nested savepoint: writes that look committed are never written, the write
    /// lock is never released (every other connection sees "database is locked"), and the
    /// process wedges until it restarts. Closing such a connection rolls back whatever it holds.
    pub async fn sqlite(
        options: SqliteConnectOptions,
        max_connections: u32,
    ) -> Result<Self, sqlx::Error> {
        let pool = SqlitePoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(5))
            .after_release(|conn, _| Box::pin(outside_any_transaction(conn)))
            .connect_with(options)
            .await?;
        Ok(Database::Sqlite(pool))
    }

    /// Closes every connection (waiting for those lent out to come back).
    pub async fn close(&self) {
        on_pool!(self, pool => pool.close().await)
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

    /// A committed write, for readiness checks: fails when the database cannot take a write
    /// (a full disk, a read-only filesystem, a write lock that is never released).
    pub async fn probe_write(&self) -> Result<(), sqlx::Error> {
        const SQL: &str = "UPDATE readiness_probe SET checked_at = $1 WHERE probe_id = 1";
        let at = Instant::now().stored();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query(SQL).bind(&at).execute(&mut *tx).await?;
            tx.commit().await
        })
    }
}

/// The repositories, one per aggregate (see the table above).
impl Database {
    pub fn drafts(&self) -> Drafts<'_> {
        Drafts(self)
    }

    pub fn submissions(&self) -> Submissions<'_> {
        Submissions(self)
    }

    pub fn outbox(&self) -> Outbox<'_> {
        Outbox(self)
    }

    pub fn circuits(&self) -> Circuits<'_> {
        Circuits(self)
    }

    pub fn case_events(&self) -> CaseEvents<'_> {
        CaseEvents(self)
    }

    pub fn parties(&self) -> Parties<'_> {
        Parties(self)
    }

    pub fn offers(&self) -> Offers<'_> {
        Offers(self)
    }

    pub fn register_log(&self) -> RegisterLog<'_> {
        RegisterLog(self)
    }

    pub fn people(&self) -> People<'_> {
        People(self)
    }

    pub fn keys(&self) -> Keys<'_> {
        Keys(self)
    }

    pub fn journey_versions(&self) -> JourneyVersions<'_> {
        JourneyVersions(self)
    }

    pub fn authoring(&self) -> Authoring<'_> {
        Authoring(self)
    }

    pub fn inbox(&self) -> Inbox<'_> {
        Inbox(self)
    }

    pub fn inbox_views(&self) -> InboxViews<'_> {
        InboxViews(self)
    }

    pub fn case_access(&self) -> CaseAccess<'_> {
        CaseAccess(self)
    }

    pub fn information_requests(&self) -> InformationRequests<'_> {
        InformationRequests(self)
    }

    pub fn case_messages(&self) -> CaseMessages<'_> {
        CaseMessages(self)
    }

    pub fn connectors(&self) -> Connectors<'_> {
        Connectors(self)
    }
}
