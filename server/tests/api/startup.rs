use crate::helpers::{fresh_database_url, repo_root, test_config};
use server::startup::Application;
use std::process::Command;

#[tokio::test]
async fn the_database_file_is_created_on_first_start_and_reused_after() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("nested/folder/veiviser.db");
    let url = format!("sqlite://{}", file.display());
    for _ in 0..2 {
        let config = test_config(&[("DATABASE_URL", url.clone())]);
        Application::build(config).await.expect("starts");
    }
    assert!(file.exists());
    assert!(
        dir.path().join("nested/folder/veiviser.db-wal").exists(),
        "WAL mode"
    );
}

#[tokio::test]
async fn migrations_run_against_the_configured_database() {
    let dir = tempfile::tempdir().expect("dir");
    let url = fresh_database_url(dir.path()).await;
    Application::build(test_config(&[("DATABASE_URL", url.clone())]))
        .await
        .expect("starts");
    let database = server::storage::Database::connect(&url)
        .await
        .expect("connect");
    const PUBLISHED: &str = "SELECT COUNT(*) FROM journey_version WHERE state = 'published'";
    let count: i64 = match &database {
        server::storage::Database::Sqlite(pool) => {
            sqlx::query_scalar(PUBLISHED).fetch_one(pool).await
        }
        server::storage::Database::Postgres(pool) => {
            sqlx::query_scalar(PUBLISHED).fetch_one(pool).await
        }
    }
    .expect("count");
    assert_eq!(count, 7, "each shipped journey's version is published");
}

#[tokio::test]
async fn a_broken_journey_definition_stops_the_start_with_file_line_and_reason() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join("broken.toml"),
        "[journey]\nid = \"broken\"\norder = 1\nowner = \"nav\"\nsecurity_level = \"medium\"\nversion = 1\nagencies = []\n",
    )
    .expect("write");
    let config = test_config(&[
        (
            "DATABASE_URL",
            format!("sqlite://{}", dir.path().join("db").display()),
        ),
        ("VEIVISER_JOURNEYS_DIR", dir.path().display().to_string()),
    ]);
    let error = Application::build(config).await.err().expect("refused");
    let message = format!("{error:#}");
    assert!(message.contains("broken.toml:5:18"), "{message}");
    assert!(message.contains("medium"), "{message}");
}

#[tokio::test]
async fn a_journey_whose_texts_are_missing_stops_the_start_naming_message_and_language() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join("uten-tekst.toml"),
        "[journey]\nid = \"uten-tekst\"\norder = 1\nowner = \"nav\"\nsecurity_level = \"high\"\nversion = 1\nagencies = [\"nav\"]\n",
    )
    .expect("write");
    let config = test_config(&[
        (
            "DATABASE_URL",
            format!("sqlite://{}", dir.path().join("db").display()),
        ),
        ("VEIVISER_JOURNEYS_DIR", dir.path().display().to_string()),
    ]);
    let error = Application::build(config).await.err().expect("refused");
    let message = format!("{error:#}");
    for lang in ["nb", "nn", "en"] {
        assert!(
            message.contains(&format!(
                "message `uten-tekst-title` is missing in [texts.{lang}] or locales/{lang}/journeys/uten-tekst.ftl"
            )),
            "{message}"
        );
    }
}

/// Runs the real binary with the given environment and returns (exit code, stderr).
fn run_server(env: &[(&str, String)]) -> (Option<i32>, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .current_dir(repo_root())
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "off");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("run server");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_database_that_cannot_be_opened_stops_the_server_with_one_clear_message() {
    let dir = tempfile::tempdir().expect("dir");
    // A directory where the database file should be: SQLite cannot open it.
    std::fs::create_dir(dir.path().join("veiviser.db")).expect("dir");
    let url = format!("sqlite://{}", dir.path().join("veiviser.db").display());
    let (code, stderr) = run_server(&[("DATABASE_URL", url.clone())]);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.starts_with(&format!("veiviser: cannot open the database at {url}")),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn the_journey_check_command_reports_problems_without_starting_the_server() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("a.toml"), "[journey]\nid = \"a\"\n").expect("write");
    let output = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["check-journeys", &dir.path().display().to_string()])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("a.toml") && stderr.contains("missing field"),
        "{stderr}"
    );

    let shipped = Command::new(env!("CARGO_BIN_EXE_server"))
        .args([
            "check-journeys",
            &repo_root().join("journeys").display().to_string(),
        ])
        .output()
        .expect("run");
    assert!(
        shipped.status.success(),
        "{}",
        String::from_utf8_lossy(&shipped.stderr)
    );
    assert!(String::from_utf8_lossy(&shipped.stdout).contains("7 journeys, all valid"));
}
