//! Server-side sessions in the database (tower-sessions with its sqlx stores), whichever
//! backend `DATABASE_URL` chose. The cookie holds only a random id: `HttpOnly`, `SameSite=Lax`,
//! `Secure` unless the portal is plain http.
//!
//! Every request moves the session's idle deadline, but not every request writes it: a session
//! whose contents did not change is written again only when its stored deadline has fallen a
//! tenth of the idle time behind (`Written`). So a person is logged out after between nine
//! tenths and all of the idle time without activity, and a page view costs no write (with its
//! fsync) — only a change does, always at once.

use crate::storage::Database;
use async_trait::async_trait;
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};
use tower_sessions::{
    cookie::{time::OffsetDateTime, SameSite},
    session::{Id, Record},
    session_store::{self, ExpiredDeletion},
    Expiry, SessionManagerLayer, SessionStore,
};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

pub const COOKIE_NAME: &str = "veiviser_session";

#[derive(Clone, Debug)]
enum Backend {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

/// The sessions' store: the database's, and what this instance last read or wrote of each
/// session, to leave out writes that would change nothing but a deadline barely moved.
#[derive(Clone, Debug)]
pub struct Store {
    backend: Backend,
    written: Arc<Mutex<HashMap<Id, Written>>>,
    /// How far the stored deadline may fall behind before an unchanged session is written.
    slack: tower_sessions::cookie::time::Duration,
}

/// A session as it is in the database, as far as this instance knows.
#[derive(Clone, Debug)]
struct Written {
    data: HashMap<String, serde_json::Value>,
    expiry_date: OffsetDateTime,
}

impl Store {
    /// The store for the database, with its table created if missing; sessions expire after
    /// `idle` without a request.
    pub async fn for_database(
        database: &Database,
        idle: std::time::Duration,
    ) -> Result<Self, sqlx::Error> {
        let backend = match database {
            Database::Sqlite(pool) => Backend::Sqlite(SqliteStore::new(pool.clone())),
            Database::Postgres(pool) => Backend::Postgres(PostgresStore::new(pool.clone())),
        };
        match &backend {
            Backend::Sqlite(s) => s.migrate().await?,
            Backend::Postgres(s) => s.migrate().await?,
        }
        let slack = idle / 10;
        Ok(Store {
            backend,
            written: Arc::default(),
            slack: tower_sessions::cookie::time::Duration::milliseconds(
                i64::try_from(slack.as_millis()).unwrap_or(i64::MAX),
            ),
        })
    }

    fn remember(&self, record: &Record) {
        if let Ok(mut written) = self.written.lock() {
            written.insert(
                record.id,
                Written {
                    data: record.data.clone(),
                    expiry_date: record.expiry_date,
                },
            );
        }
    }

    /// Whether writing `record` would change nothing that matters: the same contents, and a
    /// deadline the stored one is within the slack of.
    fn unchanged(&self, record: &Record) -> bool {
        let Ok(written) = self.written.lock() else {
            return false;
        };
        written.get(&record.id).is_some_and(|w| {
            w.data == record.data && record.expiry_date - w.expiry_date < self.slack
        })
    }

    /// Forgets what it knew of sessions that have expired.
    fn forget_expired(&self) {
        let now = OffsetDateTime::now_utc();
        if let Ok(mut written) = self.written.lock() {
            written.retain(|_, w| w.expiry_date > now);
        }
    }

    /// Removes expired sessions every few minutes, for as long as the server runs.
    pub fn spawn_cleanup(&self) {
        let store = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
            loop {
                tick.tick().await;
                store.forget_expired();
                if let Err(error) = store.delete_expired().await {
                    tracing::warn!(%error, "could not delete expired sessions");
                }
            }
        });
    }

    pub fn layer(
        &self,
        secure: bool,
        idle: tower_sessions::cookie::time::Duration,
    ) -> SessionManagerLayer<Store> {
        SessionManagerLayer::new(self.clone())
            .with_name(COOKIE_NAME)
            .with_http_only(true)
            .with_same_site(SameSite::Lax)
            .with_secure(secure)
            .with_expiry(Expiry::OnInactivity(idle))
            // Offered for saving after every request, so that activity keeps moving the idle
            // deadline (`save` writes only what changes something).
            .with_always_save(true)
    }
}

#[async_trait]
impl SessionStore for Store {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match &self.backend {
            Backend::Sqlite(s) => s.create(record).await,
            Backend::Postgres(s) => s.create(record).await,
        }?;
        self.remember(record);
        Ok(())
    }
    /// Saving an existing session mostly moves its idle deadline. When storage fails, that is
    /// logged and not fatal: otherwise the session layer would replace the page the handler
    /// made — a step shown back with what the person typed and a "try again" — with an error.
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        if self.unchanged(record) {
            return Ok(());
        }
        let saved = match &self.backend {
            Backend::Sqlite(s) => s.save(record).await,
            Backend::Postgres(s) => s.save(record).await,
        };
        match saved {
            Ok(()) => self.remember(record),
            Err(error) => tracing::warn!(
                %error,
                "a session could not be saved; its idle deadline did not move"
            ),
        }
        Ok(())
    }
    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let loaded = match &self.backend {
            Backend::Sqlite(s) => s.load(id).await,
            Backend::Postgres(s) => s.load(id).await,
        }?;
        match &loaded {
            Some(record) => self.remember(record),
            None => {
                if let Ok(mut written) = self.written.lock() {
                    written.remove(id);
                }
            }
        }
        Ok(loaded)
    }
    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        if let Ok(mut written) = self.written.lock() {
            written.remove(id);
        }
        match &self.backend {
            Backend::Sqlite(s) => s.delete(id).await,
            Backend::Postgres(s) => s.delete(id).await,
        }
    }
}

#[async_trait]
impl ExpiredDeletion for Store {
    async fn delete_expired(&self) -> session_store::Result<()> {
        match &self.backend {
            Backend::Sqlite(s) => s.delete_expired().await,
            Backend::Postgres(s) => s.delete_expired().await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_sessions::cookie::time::Duration;

    const IDLE: std::time::Duration = std::time::Duration::from_secs(30 * 60);

    async fn store() -> (tempfile::TempDir, Database, Store) {
        let dir = tempfile::tempdir().expect("a folder");
        let url = format!("sqlite://{}/sessions.db", dir.path().display());
        let database = Database::connect(&url).await.expect("open");
        let store = Store::for_database(&database, IDLE).await.expect("store");
        (dir, database, store)
    }

    /// The deadline the database holds for the session, as another instance would read it.
    async fn stored_deadline(database: &Database, id: &Id) -> OffsetDateTime {
        let fresh = Store::for_database(database, IDLE).await.expect("store");
        fresh
            .load(id)
            .await
            .expect("load")
            .expect("a session")
            .expiry_date
    }

    #[tokio::test]
    async fn a_session_is_written_when_it_changes_or_its_deadline_falls_a_tenth_behind() {
        let (_dir, database, store) = store().await;
        let start = OffsetDateTime::now_utc() + Duration::minutes(30);
        let mut record = Record {
            id: Id::default(),
            data: HashMap::from([("user".to_string(), serde_json::json!("kari"))]),
            expiry_date: start,
        };
        store.create(&mut record).await.expect("created");
        let written = stored_deadline(&database, &record.id).await;

        // A page view a minute later: the same contents, the deadline a minute on. Not written.
        let loaded = store.load(&record.id).await.expect("load").expect("there");
        let viewed = Record {
            expiry_date: start + Duration::minutes(1),
            ..loaded
        };
        store.save(&viewed).await.expect("saved");
        assert_eq!(stored_deadline(&database, &record.id).await, written);

        // Four minutes on (more than a tenth of the idle time): written.
        let later = Record {
            expiry_date: start + Duration::minutes(4),
            ..viewed.clone()
        };
        store.save(&later).await.expect("saved");
        let moved = stored_deadline(&database, &record.id).await;
        assert!(
            moved > written + Duration::minutes(3),
            "{moved} after {written}"
        );

        // A change is written at once, however soon.
        let mut changed = later.clone();
        changed
            .data
            .insert("csrf".to_string(), serde_json::json!("token"));
        changed.expiry_date += Duration::seconds(1);
        store.save(&changed).await.expect("saved");
        let fresh = Store::for_database(&database, IDLE).await.expect("store");
        let read = fresh.load(&record.id).await.expect("load").expect("there");
        assert_eq!(read.data, changed.data);

        // Deleted (logout): gone for every instance.
        store.delete(&record.id).await.expect("deleted");
        assert!(fresh.load(&record.id).await.expect("load").is_none());
    }
}
