//! Journeys as versioned data: the shipped files seed the database, a higher shipped version is
//! published, a citizen's draft finishes on the version it started on, and versions move between
//! files and the database with `server export-journey`, `import-journey` and `publish-journey`,
//! each through the checker (SQLite, or PostgreSQL with `TEST_DATABASE_URL`).

use crate::{
    helpers::{repo_root, spawn_app, spawn_app_with, TestApp},
    journey::{answer, days_ago, logged_in, post_step, start, walk_fa_barn},
    login::{csrf_token, location, page},
};
use server::storage::{Database, StoredVersion, VersionState};
use std::{path::Path, process::Command};

/// Få barn as shipped, and as the next version: the child's first name may now be three letters.
pub(crate) fn fa_barn() -> String {
    std::fs::read_to_string(repo_root().join("journeys/fa-barn.toml")).expect("fa-barn.toml")
}

pub(crate) fn fa_barn_v7() -> String {
    let shipped = fa_barn();
    assert!(
        shipped.contains("\nversion = 6\n"),
        "the shipped Få barn is version 6"
    );
    shipped
        .replacen("\nversion = 6\n", "\nversion = 7\n", 1)
        .replacen("max_length = 100", "max_length = 3", 1)
}

/// Posts the name step with a first name of four letters.
async fn post_emil(app: &TestApp, browser: &reqwest::Client, path: &str) -> reqwest::Response {
    let name = [
        ("child_first_name", "Emil"),
        ("child_last_name", "Nordmann"),
    ];
    post_step(app, browser, path, &name, "continue").await
}

/// Runs the real binary against `database_url`: (success, stdout, stderr).
pub(crate) fn server(database_url: &str, args: &[&str]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "off")
        .output()
        .expect("run the server binary");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Each stored version of `id` as `(version, state)`, oldest first.
pub(crate) async fn states(database_url: &str, id: &str) -> Vec<(i64, VersionState)> {
    history(database_url, id)
        .await
        .iter()
        .map(|v| (v.version, v.state))
        .collect()
}

async fn history(database_url: &str, id: &str) -> Vec<StoredVersion> {
    let database = Database::connect(database_url).await.expect("connect");
    let history = database
        .journey_versions()
        .history(id)
        .await
        .expect("history");
    database.close().await;
    history
}

/// A copy of the shipped journeys in a folder of its own, to change.
fn shipped_copy(dir: &Path) {
    for (name, text) in server::journeys::read_sources(&repo_root().join("journeys")).expect("read")
    {
        let file = Path::new(&name).file_name().expect("a file name");
        std::fs::write(dir.join(file), text).expect("copy");
    }
}

/// The application again, on the database of `app` (a restart), with the journeys in `dir`.
async fn restart(app: &TestApp, dir: &Path) -> TestApp {
    let (url, dir) = (app.database_url.clone(), dir.to_path_buf());
    let mut restarted = spawn_app_with(|config| {
        config.database_url = url.clone();
        config.journeys_dir = dir;
    })
    .await;
    restarted.database_url = url;
    restarted
}

use VersionState::{Draft, Published, Retired};

#[tokio::test]
async fn the_shipped_files_seed_their_first_published_version_once() {
    let app = spawn_app().await;
    let first = history(&app.database_url, "fa-barn").await;
    assert_eq!(first.len(), 1, "{first:?}");
    assert_eq!((first[0].version, first[0].state), (6, Published));
    assert_eq!(first[0].source, fa_barn());
    assert_eq!(first[0].made_by, None, "a shipped file is made by no one");
    assert!(first[0].published_at.is_some());
    let database = Database::connect(&app.database_url).await.expect("db");
    assert_eq!(
        database
            .journey_versions()
            .published()
            .await
            .expect("published")
            .len(),
        7
    );

    let dir = tempfile::tempdir().expect("dir");
    shipped_copy(dir.path());
    let _again = restart(&app, dir.path()).await;
    let second = history(&app.database_url, "fa-barn").await;
    assert_eq!(
        second.len(),
        1,
        "the second start seeds nothing: {second:?}"
    );
    assert_eq!(second[0].made_at, first[0].made_at);
    assert_eq!(
        database
            .journey_versions()
            .published()
            .await
            .expect("published")
            .len(),
        7
    );
}

#[tokio::test]
async fn a_higher_shipped_version_is_published_and_a_lower_or_equal_one_changes_nothing() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().expect("dir");
    shipped_copy(dir.path());
    std::fs::write(dir.path().join("fa-barn.toml"), fa_barn_v7()).expect("v7");
    restart(&app, dir.path()).await;
    assert_eq!(
        states(&app.database_url, "fa-barn").await,
        [(6, Retired), (7, Published)]
    );

    // The shipped version 6 again (a lower one), and a version 7 changed without a new number.
    restart(&app, &repo_root().join("journeys")).await;
    let changed = fa_barn_v7().replacen("max_length = 3", "max_length = 5", 1);
    std::fs::write(dir.path().join("fa-barn.toml"), &changed).expect("v7 changed");
    restart(&app, dir.path()).await;
    let after = history(&app.database_url, "fa-barn").await;
    assert_eq!(
        after
            .iter()
            .map(|v| (v.version, v.state))
            .collect::<Vec<_>>(),
        [(6, Retired), (7, Published)]
    );
    assert_eq!(
        after[1].source,
        fa_barn_v7(),
        "the stored version 7 is as first published"
    );
}

#[tokio::test]
async fn a_draft_started_on_version_5_finishes_on_it_after_version_6_is_published() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;

    // Version 7 is imported, published and served from the next start.
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("fa-barn.toml");
    std::fs::write(&file, fa_barn_v7()).expect("v7");
    let (ok, _, said) = server(
        &app.database_url,
        &["import-journey", &file.display().to_string()],
    );
    assert!(ok, "{said}");
    let (ok, out, said) = server(&app.database_url, &["publish-journey", "fa-barn"]);
    assert!(
        ok && out.contains("fa-barn v7 is published (v6 is retired)"),
        "{out}{said}"
    );
    let app = restart(&app, dir.path()).await;

    // The draft goes on on version 6: a first name of four letters is still taken.
    let name = check.replace("/check", "/name");
    let next = post_emil(&app, &browser, &name).await;
    assert_eq!(next.status(), 303);
    assert!(
        !location(&next).contains("invalid=1"),
        "{}",
        location(&next)
    );
    let (status, html) = page(&app, &browser, &check).await;
    assert_eq!(status, 200, "{html}");
    let submitted = browser
        .post(app.url(&check.replace("/check", "/submit")))
        .form(&[("csrf_token", csrf_token(&html))])
        .send()
        .await
        .expect("submit");
    let receipt = location(&submitted);
    assert!(receipt.starts_with("/receipt/VV-"), "{receipt}");
    let (status, html) = page(&app, &browser, &receipt).await;
    assert!(status == 200 && html.contains("Emil"), "{status}: {html}");
    let database = Database::connect(&app.database_url).await.expect("db");
    let reference = receipt.trim_start_matches("/receipt/");
    let pid = crate::login::synthetic("Kari Nordmann");
    let submission = database
        .submissions()
        .get(&pid, reference)
        .await
        .expect("read");
    assert_eq!(submission.expect("submitted").journey_version, 6);

    // A new start gets version 7, where four letters are too many.
    let first = start(&app, &browser, "fa-barn").await;
    let born = days_ago(10);
    let child = crate::login::synthetic("Aisha Khan");
    let name = answer(
        &app,
        &browser,
        &first,
        &[("child_pid", &child), ("child_birth_date", &born)],
    )
    .await;
    let refused = post_emil(&app, &browser, &name).await;
    assert!(
        location(&refused).contains("invalid=1"),
        "version 7 refuses four letters"
    );
}

#[tokio::test]
async fn an_export_imported_as_a_new_version_and_published_round_trips() {
    let app = spawn_app().await;
    let (ok, exported, said) = server(&app.database_url, &["export-journey", "fa-barn"]);
    assert!(ok, "{said}");
    assert_eq!(
        exported,
        fa_barn(),
        "the export is the published version's text"
    );

    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("fa-barn.toml"), &exported).expect("write");
    let dir_name = dir.path().display().to_string();
    let (ok, out, said) = server(&app.database_url, &["check-journeys", &dir_name]);
    assert!(ok && out.contains("1 journeys, all valid"), "{out}{said}");

    let file = dir.path().join("fa-barn.toml");
    std::fs::write(
        &file,
        exported.replacen("\nversion = 6\n", "\nversion = 7\n", 1),
    )
    .expect("v7");
    let (ok, out, said) = server(
        &app.database_url,
        &["import-journey", &file.display().to_string()],
    );
    assert!(ok && out.contains("fa-barn v7 is the draft"), "{out}{said}");
    assert_eq!(
        states(&app.database_url, "fa-barn").await,
        [(6, Published), (7, Draft)]
    );
    let (ok, out, said) = server(&app.database_url, &["publish-journey", "fa-barn"]);
    assert!(
        ok && out.contains("fa-barn v7 is published (v6 is retired)"),
        "{out}{said}"
    );
    assert_eq!(
        states(&app.database_url, "fa-barn").await,
        [(6, Retired), (7, Published)]
    );
    let (_, v7, _) = server(&app.database_url, &["export-journey", "fa-barn"]);
    assert!(v7.contains("\nversion = 7\n"), "{v7}");
    let (_, v6, _) = server(
        &app.database_url,
        &["export-journey", "fa-barn", "--version", "6"],
    );
    assert_eq!(v6, fa_barn());
    let (ok, _, said) = server(
        &app.database_url,
        &["export-journey", "fa-barn", "--version", "10"],
    );
    assert!(
        !ok && said.contains("fa-barn v10: no such version"),
        "{said}"
    );
}
