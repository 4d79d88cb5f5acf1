//! Server-side sessions in the database (tower-sessions with its sqlx stores), whichever
//! backend `DATABASE_URL` chose. The cookie holds only a random id: `HttpOnly`, `SameSite=Lax`,
//! `Secure` unless the portal is plain http.

use crate::storage::Database;
use async_trait::async_trait;
use tower_sessions::{
    cookie::SameSite,
    session::{Id, Record},
    session_store::{self, ExpiredDeletion},
    Expiry, SessionManagerLayer, SessionStore,
};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

pub const COOKIE_NAME: &str = "veiviser_session";

#[derive(Clone, Debug)]
pub enum Store {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl Store {
    /// The store for the database, with its table created if missing.
    pub async fn for_database(database: &Database) -> Result<Self, sqlx::Error> {
        let store = match database {
            Database::Sqlite(pool) => Store::Sqlite(SqliteStore::new(pool.clone())),
            Database::Postgres(pool) => Store::Postgres(PostgresStore::new(pool.clone())),
        };
        match &store {
            Store::Sqlite(s) => s.migrate().await?,
            Store::Postgres(s) => s.migrate().await?,
        }
        Ok(store)
    }

    /// Removes expired sessions every few minutes, for as long as the server runs.
    pub fn spawn_cleanup(&self) {
        let store = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
            loop {
                tick.tick().await;
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
            // Saved on every request, so that activity keeps moving the idle deadline.
            .with_always_save(true)
    }
}

#[async_trait]
impl SessionStore for Store {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            Store::Sqlite(s) => s.create(record).await,
            Store::Postgres(s) => s.create(record).await,
        }
    }
    /// Saving an existing session mostly moves its idle deadline. When storage fails, that is
    /// logged and not fatal: otherwise the session layer would replace the page the handler
    /// made — a step shown back with what the person typed and a "try again" — with an error.
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let saved = match self {
            Store::Sqlite(s) => s.save(record).await,
            Store::Postgres(s) => s.save(record).await,
        };
        if let Err(error) = saved {
            tracing::warn!(%error, "a session could not be saved; its idle deadline did not move");
        }
        Ok(())
    }
    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            Store::Sqlite(s) => s.load(id).await,
            Store::Postgres(s) => s.load(id).await,
        }
    }
    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            Store::Sqlite(s) => s.delete(id).await,
            Store::Postgres(s) => s.delete(id).await,
        }
    }
}

#[async_trait]
impl ExpiredDeletion for Store {
    async fn delete_expired(&self) -> session_store::Result<()> {
        match self {
            Store::Sqlite(s) => s.delete_expired().await,
            Store::Postgres(s) => s.delete_expired().await,
        }
    }
}
