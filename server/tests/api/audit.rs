//! `server verify-audit`: the operator's check of the caseworkers' access log, on the database
//! the application wrote (SQLite, or PostgreSQL with `TEST_DATABASE_URL`).

use crate::helpers::spawn_app;
use app::journey::Agency;
use server::storage::{Access, Database};

fn verify_audit(database_url: &str) -> (bool, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("verify-audit")
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "off")
        .output()
        .expect("run");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

#[tokio::test]
async fn verify_audit_passes_an_intact_log_and_names_the_first_tampered_record() {
    let app = spawn_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    for case in ["KOMMUNE-1", "KOMMUNE-2", "KOMMUNE-3"] {
        database
            .case_access()
            .record(Access {
                who_pid: "22819312345",
                agency: Agency::Kommune,
                case_id: case,
                reference: "VV-2026-AAAAAAAA",
                citizen_pid: "15858512345",
                why: "open",
            })
            .await
            .expect("recorded");
    }
    let (ok, said) = verify_audit(&app.database_url);
    assert!(ok && said.contains("intact: 3 records"), "{said}");
    const TAMPER: &str =
        "UPDATE case_access SET inbox_case_id = 'KOMMUNE-9' WHERE case_access_id = 2";
    let tampered = match &database {
        Database::Sqlite(pool) => sqlx::query(TAMPER).execute(pool).await.map(|_| ()),
        Database::Postgres(pool) => sqlx::query(TAMPER).execute(pool).await.map(|_| ()),
    };
    tampered.expect("tampered");
    let (ok, said) = verify_audit(&app.database_url);
    assert!(!ok && said.contains("broken at record 2"), "{said}");
}
