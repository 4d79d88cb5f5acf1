//! The ways into the database a journey version may not take: an import that fails the checker,
//! is not TOML or is too large, a version not above the published one, publishing a draft that
//! fails the checker, and a second draft beside the first (SQLite, or PostgreSQL with
//! `TEST_DATABASE_URL`).

use crate::{
    helpers::{spawn_app, TestApp},
    journey_versions::{fa_barn, fa_barn_v7, server, states},
};
use server::storage::{
    Database, JourneyVersion,
    VersionState::{Draft, Published},
};
use std::path::Path;

/// Imports `text` as a file and returns (success, what was said).
fn import(app: &TestApp, dir: &Path, text: &str) -> (bool, String) {
    let file = dir.join("fa-barn.toml");
    std::fs::write(&file, text).expect("write");
    let (ok, out, said) = server(
        &app.database_url,
        &["import-journey", &file.display().to_string()],
    );
    (ok, format!("{out}{said}"))
}

#[tokio::test]
async fn an_import_that_fails_the_checker_is_not_toml_or_is_too_large_is_refused_and_changes_nothing(
) {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("fa-barn.toml").display().to_string();

    let unknown_agency = fa_barn_v7().replacen("\"kommune\"]", "\"politiet\"]", 1);
    let (ok, said) = import(&app, dir.path(), &unknown_agency);
    assert!(
        !ok && said.contains(&format!("{file}:14:")) && said.contains("politiet"),
        "{said}"
    );

    let (ok, said) = import(&app, dir.path(), "<journey>fa-barn</journey>\n");
    assert!(
        !ok && said.contains(&format!("{file}:1:")),
        "not TOML: {said}"
    );

    let too_large = format!("{}\n{}", fa_barn_v7(), "# padding\n".repeat(30_000));
    let (ok, said) = import(&app, dir.path(), &too_large);
    assert!(!ok && said.contains("at most 256 KiB"), "{said}");

    let (ok, said) = import(
        &app,
        dir.path(),
        &fa_barn().replacen("max_length = 100", "max_length = 3", 1),
    );
    assert!(
        !ok && said.contains("version 6 is not above the latest published version 6"),
        "{said}"
    );

    assert_eq!(
        states(&app.database_url, "fa-barn").await,
        [(6, Published)],
        "nothing changed"
    );
    let (ok, _, said) = server(&app.database_url, &["publish-journey", "fa-barn"]);
    assert!(
        !ok && said.contains("fa-barn: no draft to publish"),
        "{said}"
    );
}

#[tokio::test]
async fn a_draft_that_fails_the_checker_is_not_published() {
    let app = spawn_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    // Stored past the checker (as a future editor's half-made draft may be).
    let broken = JourneyVersion {
        id: "fa-barn".into(),
        version: 7,
        source: fa_barn_v7().replacen("\"kommune\"]", "\"politiet\"]", 1),
    };
    database
        .journey_versions()
        .store_draft(&broken, None)
        .await
        .expect("stored");
    let (ok, _, said) = server(&app.database_url, &["publish-journey", "fa-barn"]);
    assert!(
        !ok && said.contains("fa-barn v7:14:") && said.contains("politiet"),
        "{said}"
    );
    assert_eq!(
        states(&app.database_url, "fa-barn").await,
        [(6, Published), (7, Draft)]
    );
}

#[tokio::test]
async fn a_second_draft_replaces_the_first_and_two_at_once_are_impossible() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().expect("dir");
    let (ok, said) = import(&app, dir.path(), &fa_barn_v7());
    assert!(ok, "{said}");
    let v8 = fa_barn_v7().replacen("\nversion = 7\n", "\nversion = 8\n", 1);
    let (ok, said) = import(&app, dir.path(), &v8);
    assert!(
        ok && said.contains("fa-barn v8 is the draft (in place of the draft v7)"),
        "{said}"
    );
    assert_eq!(
        states(&app.database_url, "fa-barn").await,
        [(6, Published), (8, Draft)]
    );

    // The schema holds it too: a second draft row is refused.
    const SECOND: &str =
        "INSERT INTO journey_version (journey_id, version, state, source, made_at) \
                          VALUES ('fa-barn', 9, 'draft', '', '2026-11-29T10:00:00.000Z')";
    let database = Database::connect(&app.database_url).await.expect("db");
    let inserted = match &database {
        Database::Sqlite(pool) => sqlx::query(SECOND).execute(pool).await.map(|_| ()),
        Database::Postgres(pool) => sqlx::query(SECOND).execute(pool).await.map(|_| ()),
    };
    assert!(inserted.is_err(), "a second draft of one journey");
    assert_eq!(
        states(&app.database_url, "fa-barn").await,
        [(6, Published), (8, Draft)]
    );
}
