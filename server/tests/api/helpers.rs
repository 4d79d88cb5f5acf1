//! `spawn_app`: the application as a test sees it.

use server::{config::Config, startup::Application};
use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::atomic::{AtomicU32, Ordering},
};

pub struct TestApp {
    pub address: String,
    pub database_url: String,
    pub client: reqwest::Client,
    /// The site root the app serves `/pkg` from; tests put built files here.
    pub site_root: PathBuf,
    _dir: tempfile::TempDir,
}

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A fresh, empty database: a SQLite file in `dir`, or a new PostgreSQL database on the server
/// named by `TEST_DATABASE_URL`.
pub async fn fresh_database_url(dir: &Path) -> String {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(admin_url) if admin_url.starts_with("postgres") => {
            static COUNTER: AtomicU32 = AtomicU32::new(0);
            let name = format!(
                "veiviser_test_{}_{}",
                std::process::id(),
                COUNTER.fetch_add(1, Ordering::Relaxed)
            );
            let server::storage::Database::Postgres(pool) =
                server::storage::Database::connect(&admin_url)
                    .await
                    .expect("connect to PostgreSQL")
            else {
                unreachable!("a postgres URL gives a PostgreSQL pool")
            };
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
                .execute(&pool)
                .await
                .expect("drop");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&pool)
                .await
                .expect("create");
            let base = admin_url
                .rsplit_once('/')
                .map_or(admin_url.as_str(), |(base, _)| base);
            format!("{base}/{name}")
        }
        _ => format!("sqlite://{}", dir.join("veiviser.db").display()),
    }
}

pub fn test_config(vars: &[(&str, String)]) -> Config {
    let mut map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    map.entry("LEPTOS_SITE_ADDR".into())
        .or_insert_with(|| "127.0.0.1:0".into());
    map.entry("LEPTOS_HASH_FILES".into())
        .or_insert_with(|| "false".into());
    // These tests follow every call through the simulated agencies' APIs; the inbox that the
    // municipality and the court use by default is tested in `server::caseworker`.
    for agency in ["KOMMUNE", "DOMSTOL"] {
        map.entry(format!("VEIVISER_CONNECTOR_{agency}"))
            .or_insert_with(|| "api".into());
    }
    map.entry("VEIVISER_JOURNEYS_DIR".into())
        .or_insert_with(|| repo_root().join("journeys").display().to_string());
    Config::from_lookup(|name| map.get(name).cloned()).expect("test configuration")
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts the application with the test defaults, after `adjust` has changed the configuration.
pub async fn spawn_app_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let site_root = dir.path().join("site");
    std::fs::create_dir_all(site_root.join("pkg")).expect("site root");
    let database_url = fresh_database_url(dir.path()).await;
    let mut config = test_config(&[
        ("DATABASE_URL", database_url.clone()),
        ("LEPTOS_SITE_ROOT", site_root.display().to_string()),
    ]);
    adjust(&mut config);
    let application = Application::build(config)
        .await
        .expect("application starts");
    let address = format!("http://{}", application.address());
    tokio::spawn(application.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    TestApp {
        address,
        database_url,
        client,
        site_root,
        _dir: dir,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request")
    }

    /// GET with extra headers, e.g. `Accept-Language` or `Cookie`.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut request = self.client.get(self.url(path));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.expect("request")
    }
}

/// A row lock held by another connection (a wedged writer) until this is dropped.
pub struct HeldLock(Option<tokio::sync::oneshot::Sender<()>>);

impl Drop for HeldLock {
    fn drop(&mut self) {
        if let Some(release) = self.0.take() {
            let _ = release.send(());
        }
    }
}

/// Runs `sql` (an UPDATE, with `bind` as `$1`) in a transaction on its own connection to
/// `database_url` and keeps the transaction open — and its write lock — until the guard drops.
pub async fn hold_lock(database_url: &str, sql: &'static str, bind: String) -> HeldLock {
    let database = server::storage::Database::connect(database_url)
        .await
        .expect("connect");
    let (locked, is_locked) = tokio::sync::oneshot::channel();
    let (release, released) = tokio::sync::oneshot::channel::<()>();
    macro_rules! hold {
        ($pool:expr) => {{
            let pool = $pool.clone();
            tokio::spawn(async move {
                let mut tx = pool.begin().await.expect("begin");
                sqlx::query(sql)
                    .bind(bind)
                    .execute(&mut *tx)
                    .await
                    .expect("lock");
                let _ = locked.send(());
                let _ = released.await;
                let _ = tx.rollback().await;
            });
        }};
    }
    match &database {
        server::storage::Database::Sqlite(pool) => hold!(pool),
        server::storage::Database::Postgres(pool) => hold!(pool),
    }
    is_locked.await.expect("the lock is held");
    HeldLock(Some(release))
}

/// Writes a submission of the first synthetic person (seeded if missing) with `calls` straight
/// into the outbox, as a submit does, from a new draft named `draft`; returns its reference.
pub async fn submission_with(
    database: &server::storage::Database,
    draft: &str,
    calls: &[app::journey::flow::ServiceCall],
) -> String {
    use app::journey::Answers;
    let people = server::identity::population::population();
    database.people().seed(&people[..1]).await.expect("person");
    let person = people[0].pid.to_string();
    database
        .drafts()
        .create(server::storage::NewDraft {
            person_id: &person,
            draft_id: draft,
            journey_id: "fa-barn",
            journey_version: 3,
            first_step: "child",
            answers: &Answers::default(),
            sources: &Default::default(),
            preview_as: None,
        })
        .await
        .expect("draft");
    let written = database
        .drafts()
        .get(&person, draft)
        .await
        .expect("read")
        .expect("draft");
    database
        .submissions()
        .submit(&person, &written, &Answers::default(), calls)
        .await
        .expect("submit")
}
