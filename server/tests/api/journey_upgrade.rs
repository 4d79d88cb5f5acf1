//! A database from before journeys were versioned data: the versions it recorded in
//! `journey_definition` become versions (the highest published, the others retired), and a
//! citizen's draft on a retired one still opens on it.

use crate::{
    helpers::{spawn_app_with, TestApp},
    journey::logged_in,
    login::{page, synthetic},
};
use app::journey::Answers;
use server::storage::{Database, NewDraft, VersionState};
use std::borrow::Cow;

/// Få barn as shipped, numbered `version`, with a step named `child` in both.
fn fa_barn(version: u32) -> String {
    let shipped =
        std::fs::read_to_string(crate::helpers::repo_root().join("journeys/fa-barn.toml"))
            .expect("fa-barn.toml");
    shipped.replacen("\nversion = 6\n", &format!("\nversion = {version}\n"), 1)
}

/// Migrates `url` up to the last migration before `journey_version`, and records Få barn 5 and 6
/// as the server did then.
async fn database_before_versions(url: &str) {
    const RECORD: &str =
        "INSERT INTO journey_definition (journey_id, version, source) VALUES ('fa-barn', $1, $2)";
    let database = Database::connect(url).await.expect("connect");
    macro_rules! before {
        ($pool:expr, $migrator:expr) => {{
            let mut migrator = $migrator;
            let earlier: Vec<_> = migrator
                .iter()
                .filter(|m| m.version < 21)
                .cloned()
                .collect();
            migrator.migrations = Cow::Owned(earlier);
            migrator.run($pool).await.expect("the earlier migrations");
            for version in [5, 6] {
                sqlx::query(RECORD)
                    .bind(i64::from(version))
                    .bind(fa_barn(version))
                    .execute($pool)
                    .await
                    .expect("recorded");
            }
        }};
    }
    match &database {
        Database::Sqlite(pool) => before!(pool, sqlx::migrate!("./migrations/sqlite")),
        Database::Postgres(pool) => before!(pool, sqlx::migrate!("./migrations/postgres")),
    }
    database.close().await;
}

#[tokio::test]
async fn recorded_versions_become_versions_and_a_draft_on_a_retired_one_still_opens() {
    let dir = tempfile::tempdir().expect("dir");
    let url = crate::helpers::fresh_database_url(dir.path()).await;
    database_before_versions(&url).await;
    let shared = url.clone();
    let mut app: TestApp = spawn_app_with(|config| config.database_url = shared).await;
    app.database_url = url;

    let database = Database::connect(&app.database_url).await.expect("db");
    let history = database
        .journey_versions()
        .history("fa-barn")
        .await
        .expect("history");
    let states: Vec<_> = history.iter().map(|v| (v.version, v.state)).collect();
    assert_eq!(
        states,
        [(5, VersionState::Retired), (6, VersionState::Published)]
    );
    assert_eq!(history[0].source, fa_barn(5));

    // Kari's draft, started on version 5 before the upgrade, opens on it.
    let browser = logged_in(&app, "Kari Nordmann").await;
    let kari = synthetic("Kari Nordmann");
    database
        .drafts()
        .create(NewDraft {
            person_id: &kari,
            draft_id: "draft-on-version-5",
            journey_id: "fa-barn",
            journey_version: 5,
            first_step: "child",
            answers: &Answers::default(),
            sources: &Default::default(),
            preview_as: None,
        })
        .await
        .expect("draft");
    let (status, html) = page(&app, &browser, "/journey/draft-on-version-5/child").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains(r#"name="a.child_pid""#), "{html}");
}
