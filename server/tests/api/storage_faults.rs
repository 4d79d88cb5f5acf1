//! Storage that fails under the portal: a full disk, a transaction SQLite rolled back on its
//! own. Nothing acknowledged may be lost, and no reference or idempotency key may come twice.

use app::journey::{flow::ServiceCall, Agency, Answers, Sources};
use server::{
    identity::population::population,
    storage::{Database, Draft, NewDraft},
};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
use std::{collections::HashSet, str::FromStr};

fn options(path: &std::path::Path) -> SqliteConnectOptions {
    SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))
        .expect("options")
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .foreign_keys(true)
        .busy_timeout(std::time::Duration::from_millis(200))
}

async fn rows(path: &std::path::Path, sql: &str) -> i64 {
    let Database::Sqlite(pool) = Database::sqlite(options(path), 1).await.expect("reopen") else {
        unreachable!()
    };
    let count = sqlx::query_scalar(sql)
        .fetch_one(&pool)
        .await
        .expect("count");
    pool.close().await;
    count
}

#[tokio::test]
async fn a_connection_whose_transaction_sqlite_ended_is_not_lent_again() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("wedge.db");
    // One connection, so that every transaction below would get the same one back.
    let Database::Sqlite(pool) = Database::sqlite(options(&path), 1).await.expect("open") else {
        unreachable!()
    };
    sqlx::query("CREATE TABLE t (x INTEGER)")
        .execute(&pool)
        .await
        .expect("table");

    // A storage error makes SQLite roll back on its own, behind sqlx's back.
    let mut first = pool.begin().await.expect("begin");
    sqlx::raw_sql("ROLLBACK")
        .execute(&mut *first)
        .await
        .expect("rollback");
    drop(first);
    // The next transaction fails and is rolled back as usual.
    let second = pool.begin().await.expect("begin");
    drop(second);
    // Then a write that commits without an error.
    let mut third = pool.begin().await.expect("begin");
    sqlx::query("INSERT INTO t (x) VALUES (1)")
        .execute(&mut *third)
        .await
        .expect("insert");
    third.commit().await.expect("commit reported success");
    pool.close().await;

    assert_eq!(
        rows(&path, "SELECT COUNT(*) FROM t").await,
        1,
        "a commit that reported success must be on disk"
    );
}

async fn drafts(database: &Database, count: usize) -> Vec<(String, Draft)> {
    let people = population();
    database.people().seed(&people).await.expect("seed");
    let person = people[0].pid.as_str().to_string();
    let mut drafts = Vec::new();
    for n in 0..count {
        let id = format!("draft-{n}");
        database
            .drafts()
            .create(NewDraft {
                person_id: &person,
                draft_id: &id,
                journey_id: "fa-barn",
                journey_version: 1,
                first_step: "child",
                answers: &Answers::default(),
                sources: &Sources::default(),
                preview_as: None,
            })
            .await
            .expect("draft");
        let draft = database
            .drafts()
            .get(&person, &id)
            .await
            .expect("read")
            .expect("draft");
        drafts.push((person.clone(), draft));
    }
    drafts
}

fn calls() -> Vec<ServiceCall> {
    ["child-benefit", "parental-benefit"]
        .iter()
        .map(|service| ServiceCall {
            service: service.to_string(),
            agency: Agency::Nav,
            operation: service.to_string(),
            after: vec![],
            // Large enough that the small file below fills up after a few dozen submissions.
            payload: serde_json::json!({ "note": "x".repeat(2000) }),
        })
        .collect()
}

#[tokio::test]
async fn submissions_acknowledged_while_the_disk_fills_survive_a_restart() {
    acknowledged_submissions_survive(None).await;
}

/// With `small_filesystem`, the database lives there and the disk really fills (`.ci/` mounts a
/// small tmpfs); without it, SQLite is told how many pages the file may have.
async fn acknowledged_submissions_survive(small_filesystem: Option<&std::path::Path>) {
    let dir = tempfile::tempdir_in(small_filesystem.unwrap_or(&std::env::temp_dir())).expect("dir");
    let path = dir.path().join("full.db");
    let database = Database::connect(&format!("sqlite://{}", path.display()))
        .await
        .expect("open");
    database.migrate("test").await.expect("migrate");
    let drafts = drafts(&database, 400).await;
    let Database::Sqlite(pool) = &database else {
        unreachable!()
    };
    let used: i64 = sqlx::query_scalar("PRAGMA page_count")
        .fetch_one(pool)
        .await
        .expect("pages");
    database.close().await;

    // The same file with room for about sixty more pages: the "disk" fills up mid-run.
    let limited = match small_filesystem {
        Some(_) => {
            fill_all_but(dir.path(), 320 * 1024);
            options(&path)
        }
        None => options(&path).pragma("max_page_count", (used + 60).to_string()),
    };
    let full = Database::sqlite(limited, 8).await.expect("reopen");
    let calls = calls();
    let mut tasks = tokio::task::JoinSet::new();
    for (person, draft) in drafts {
        let (full, calls) = (full.clone(), calls.clone());
        tasks.spawn(async move {
            full.submissions()
                .submit(&person, &draft, &Answers::default(), &calls)
                .await
                .ok()
        });
    }
    let mut acknowledged = Vec::new();
    while let Some(result) = tasks.join_next().await {
        acknowledged.extend(result.expect("task"));
    }
    full.close().await;
    assert!(
        !acknowledged.is_empty() && acknowledged.len() < 400,
        "the disk must fill part way: {} acknowledged",
        acknowledged.len()
    );

    // After a restart every acknowledged submission is there, with all its calls.
    let restarted = Database::sqlite(options(&path), 1).await.expect("restart");
    let Database::Sqlite(pool) = &restarted else {
        unreachable!()
    };
    for reference in &acknowledged {
        let calls: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM delivery d JOIN submission s ON s.reference = d.reference \
             WHERE s.reference = $1",
        )
        .bind(reference)
        .fetch_one(pool)
        .await
        .expect("count");
        assert_eq!(calls, 2, "{reference} was acknowledged but is not whole");
    }
    let unique: HashSet<_> = acknowledged.iter().collect();
    assert_eq!(
        unique.len(),
        acknowledged.len(),
        "a reference was given twice"
    );
}

/// Fills the filesystem of `dir` up to `room` bytes from full.
fn fill_all_but(dir: &std::path::Path, room: u64) {
    use std::io::Write;
    let path = dir.join("filler");
    let mut filler = std::fs::File::create(&path).expect("filler");
    let chunk = vec![0u8; 64 * 1024];
    while filler.write_all(&chunk).is_ok() {}
    let _ = filler.flush();
    let len = std::fs::metadata(&path).expect("filler size").len();
    filler.set_len(len.saturating_sub(room)).expect("make room");
}

/// A real full disk: `VEIVISER_SMALL_FILESYSTEM` names a folder on a filesystem of a few MB
/// (`.ci/test` mounts one, as root). Elsewhere the test says so and runs on the page limit.
#[tokio::test]
async fn submissions_acknowledged_while_a_real_disk_fills_survive_a_restart() {
    match std::env::var_os("VEIVISER_SMALL_FILESYSTEM") {
        Some(dir) => acknowledged_submissions_survive(Some(std::path::Path::new(&dir))).await,
        None => {
            eprintln!("VEIVISER_SMALL_FILESYSTEM unset: the page-limited run stands in");
            acknowledged_submissions_survive(None).await
        }
    }
}

#[tokio::test]
async fn references_and_idempotency_keys_are_never_counted() {
    let dir = tempfile::tempdir().expect("dir");
    let url = crate::helpers::fresh_database_url(dir.path()).await;
    let database = Database::connect(&url).await.expect("open");
    database.migrate(&url).await.expect("migrate");
    let drafts = drafts(&database, 2).await;
    let mut references = Vec::new();
    for (person, draft) in &drafts {
        let reference = database
            .submissions()
            .submit(person, draft, &Answers::default(), &calls())
            .await
            .expect("submit");
        // A repeated submit returns the same reference and writes nothing more.
        let again = database
            .submissions()
            .submit(person, draft, &Answers::default(), &calls())
            .await
            .expect("submit again");
        assert_eq!(reference, again);
        references.push(reference);
    }
    let year = app::domain::Instant::now().year();
    for reference in &references {
        let code = reference
            .strip_prefix(&format!("VV-{year}-"))
            .expect("VV-<year>-");
        assert_eq!(code.len(), 8, "{reference}");
        assert!(
            code.chars().all(|c| c.is_ascii_alphanumeric()),
            "{reference}"
        );
    }
    assert_ne!(references[0], references[1]);
    let keys = database.outbox().undelivered().await.expect("outbox");
    assert_eq!(keys.len(), 4);
    for key in &keys {
        let (random, service) = key.id.split_once(':').expect("<key>:<service>");
        assert_eq!(random.len(), 32, "128 random bits: {}", key.id);
        assert!(!references.iter().any(|r| r.contains(random)));
        assert!(service.ends_with("-benefit"));
    }
}

#[tokio::test]
async fn a_step_that_cannot_be_saved_comes_back_with_what_was_typed_and_an_incident() {
    use crate::{
        helpers::spawn_app,
        journey::{post_step, start},
        login::{browser, login},
    };
    let app = spawn_app().await;
    let citizen = browser();
    login(&app, &citizen, "Kari Nordmann", "/login").await;
    let step = start(&app, &citizen, "fa-barn").await;
    let draft_id = step.split('/').nth(2).expect("draft id").to_string();
    // Another connection holds the draft's row (a wedged writer): saving it fails.
    let post = || {
        post_step(
            &app,
            &citizen,
            &step,
            &[("child_birth_date", "07.03.2019")],
            "continue",
        )
    };
    let lock = crate::helpers::hold_lock(
        &app.database_url,
        "UPDATE draft SET updated_at = updated_at WHERE draft_id = $1",
        draft_id,
    )
    .await;
    let response = post().await;
    drop(lock);
    assert_eq!(response.status(), 503);
    assert!(response.headers()["content-type"]
        .to_str()
        .expect("type")
        .starts_with("text/html"));
    let html = response.text().await.expect("html");
    assert!(
        html.contains("07.03.2019"),
        "what was typed is kept: {html}"
    );
    assert!(
        html.contains("Feilkode:"),
        "an incident id to quote: {html}"
    );
    // Once storage is back, the same post is saved.
    let again = post().await;
    assert_eq!(again.status(), 303);
}
