//! Each agency's connector as its admins set it (table `agency_connector`): one row per version,
//! never updated, so the history is the table. The newest version of an agency is in force; an
//! agency without one uses the environment's settings. The static token is stored here and read
//! only by the delivery worker's route: nothing that reads versions for a page gets it.

use super::{columns::instant, BeginWrite, Database, StorageError};
use app::domain::Instant;

/// The connectors' versions.
#[derive(Clone, Copy)]
pub struct Connectors<'a>(pub(super) &'a Database);

/// What an admin sets, as stored (the words are checked before they get here). Its `Debug`
/// leaves the token out.
#[derive(Clone, PartialEq, Eq)]
pub struct ConnectorSettings {
    /// `api` or `inbox`.
    pub kind: String,
    /// `None`: the environment's URL.
    pub url: Option<String>,
    /// `default`, `maskinporten` or `static`.
    pub auth: String,
    /// Space-separated, for `maskinporten`.
    pub scopes: String,
    /// The static secret, for `static`.
    pub token: Option<String>,
    pub timeout_ms: i64,
    pub backoff_ms: i64,
    pub give_up_hours: i64,
    /// The most attempts per call; 0: only the give-up time counts.
    pub attempts: i64,
}

impl std::fmt::Debug for ConnectorSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConnectorSettings")
            .field("kind", &self.kind)
            .field("url", &self.url)
            .field("auth", &self.auth)
            .field("scopes", &self.scopes)
            .field("token", &self.token.as_ref().map(|_| "***"))
            .field("timeout_ms", &self.timeout_ms)
            .field("backoff_ms", &self.backoff_ms)
            .field("give_up_hours", &self.give_up_hours)
            .field("attempts", &self.attempts)
            .finish()
    }
}

/// One version of an agency's connector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredConnector {
    pub agency: String,
    pub version: i64,
    pub settings: ConnectorSettings,
    /// A person id; their name when read with `versions`.
    pub made_by: String,
    pub made_at: Instant,
}

const COLUMNS: &str = "c.agency, c.version, c.kind, c.url, c.auth, c.scopes, c.token, \
     c.timeout_ms, c.backoff_ms, c.give_up_hours, c.attempts";

type Row = (
    String,
    i64,
    String,
    Option<String>,
    String,
    String,
    Option<String>,
    i64,
    i64,
    i64,
    i64,
    String,
    String,
);

fn read(row: Row) -> Result<StoredConnector, StorageError> {
    let (
        agency,
        version,
        kind,
        url,
        auth,
        scopes,
        token,
        timeout_ms,
        backoff_ms,
        give_up,
        attempts,
        by,
        at,
    ) = row;
    Ok(StoredConnector {
        agency,
        version,
        settings: ConnectorSettings {
            kind,
            url,
            auth,
            scopes,
            token,
            timeout_ms,
            backoff_ms,
            give_up_hours: give_up,
            attempts,
        },
        made_by: by,
        made_at: instant("agency_connector made_at", &at)?,
    })
}

impl Connectors<'_> {
    /// Records `settings` as the agency's newest version, in one transaction (two admins saving
    /// at once get two versions, the later one in force; never a mix). Returns its number.
    pub async fn save(
        self,
        agency: &str,
        settings: &ConnectorSettings,
        made_by: &str,
    ) -> Result<i64, StorageError> {
        const NEXT: &str =
            "SELECT COALESCE(MAX(version), 0) + 1 FROM agency_connector WHERE agency = $1";
        const INSERT: &str = "INSERT INTO agency_connector (agency, version, kind, url, auth, \
             scopes, token, timeout_ms, backoff_ms, give_up_hours, attempts, made_by, made_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
        let at = Instant::now().stored();
        let s = settings;
        // Reads the next number, then writes it: on SQLite the write lock is taken first, so a
        // commit by the delivery worker in between cannot fail the save (`BeginWrite`).
        let version = on_pool!(self.0, pool => {
            let mut tx = pool.begin_write().await?;
            let version: i64 = sqlx::query_scalar(NEXT).bind(agency).fetch_one(&mut *tx).await?;
            sqlx::query(INSERT).bind(agency).bind(version).bind(&s.kind).bind(&s.url)
                .bind(&s.auth).bind(&s.scopes).bind(&s.token).bind(s.timeout_ms)
                .bind(s.backoff_ms).bind(s.give_up_hours).bind(s.attempts).bind(made_by).bind(&at)
                .execute(&mut *tx).await?;
            tx.commit().await?;
            version
        });
        Ok(version)
    }

    /// The version in force of every agency that has one (with its token, for the worker).
    pub async fn current(self) -> Result<Vec<StoredConnector>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS}, c.made_by, c.made_at FROM agency_connector c \
             WHERE c.version = (SELECT MAX(n.version) FROM agency_connector n \
             WHERE n.agency = c.agency) ORDER BY c.agency"
        );
        let rows: Vec<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql).fetch_all(pool).await?);
        rows.into_iter().map(read).collect()
    }

    /// Every agency's newest version number: what the live connectors compare, cheaply.
    pub async fn newest(self) -> Result<Vec<(String, i64)>, StorageError> {
        const SQL: &str = "SELECT agency, MAX(version) FROM agency_connector \
                           GROUP BY agency ORDER BY agency";
        Ok(on_pool!(self.0, pool => sqlx::query_as(SQL).fetch_all(pool).await?))
    }

    /// Records a copy of version `to` (its token too) as the agency's newest version, if
    /// `newest` is still the newest: `Ok(None)` when another save came first or there is no
    /// version `to` (nothing is written then). One transaction, the write lock first.
    pub async fn restore(
        self,
        agency: &str,
        to: i64,
        newest: i64,
        made_by: &str,
    ) -> Result<Option<i64>, StorageError> {
        const NEWEST: &str =
            "SELECT COALESCE(MAX(version), 0) FROM agency_connector WHERE agency = $1";
        const COPY: &str = "INSERT INTO agency_connector (agency, version, kind, url, auth, \
             scopes, token, timeout_ms, backoff_ms, give_up_hours, attempts, made_by, made_at) \
             SELECT agency, $3, kind, url, auth, scopes, token, timeout_ms, backoff_ms, \
             give_up_hours, attempts, $4, $5 FROM agency_connector WHERE agency = $1 AND version = $2";
        let at = Instant::now().stored();
        let restored = on_pool!(self.0, pool => {
            let mut tx = pool.begin_write().await?;
            let current: i64 =
                sqlx::query_scalar(NEWEST).bind(agency).fetch_one(&mut *tx).await?;
            if current != newest || to >= newest {
                None
            } else {
                // On PostgreSQL a save racing this one may take the number first: the key
                // refuses the second, which is then told as any stale rollback is.
                let copied = match sqlx::query(COPY).bind(agency).bind(to).bind(newest + 1)
                    .bind(made_by).bind(&at).execute(&mut *tx).await {
                    Err(sqlx::Error::Database(e)) if e.is_unique_violation() => 0,
                    other => other?.rows_affected(),
                };
                if copied == 1 {
                    tx.commit().await?;
                    Some(newest + 1)
                } else {
                    None
                }
            }
        });
        Ok(restored)
    }

    /// The agency's versions, newest first, with who made each (their name) — and without the
    /// token: `settings.token` is `Some("")` when one was set, `None` when not.
    pub async fn versions(self, agency: &str) -> Result<Vec<StoredConnector>, StorageError> {
        const SQL: &str = "SELECT c.agency, c.version, c.kind, c.url, c.auth, c.scopes, \
             CASE WHEN c.token IS NULL THEN NULL ELSE '' END, \
             c.timeout_ms, c.backoff_ms, c.give_up_hours, c.attempts, COALESCE(p.name, c.made_by), \
             c.made_at \
             FROM agency_connector c LEFT JOIN person p ON p.person_id = c.made_by \
             WHERE c.agency = $1 ORDER BY c.version DESC";
        let rows: Vec<Row> =
            on_pool!(self.0, pool => sqlx::query_as(SQL).bind(agency).fetch_all(pool).await?);
        rows.into_iter().map(read).collect()
    }

    /// The token of the agency's version in force, if it has one: what a save with an empty
    /// token field keeps.
    pub async fn token(self, agency: &str) -> Result<Option<String>, StorageError> {
        const SQL: &str = "SELECT token FROM agency_connector WHERE agency = $1 \
                           ORDER BY version DESC LIMIT 1";
        let token: Option<Option<String>> = on_pool!(self.0, pool =>
            sqlx::query_scalar(SQL).bind(agency).fetch_optional(pool).await?);
        Ok(token.flatten())
    }
}
