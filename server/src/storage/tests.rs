//! The repositories against a real SQLite file (the API tests run them on PostgreSQL too): what
//! they write reads back, and what cannot be read is an error — never empty answers, an empty
//! timeline or some default state.

use super::{redact, Database, NewDraft, StorageError};
use app::{
    domain::{CaseStatus, Instant, ReadOutcome},
    journey::{flow::ServiceCall, Agency, Answer, Answers},
};

const PERSON: &str = "01017012345";

async fn database() -> (tempfile::TempDir, Database) {
    let dir = tempfile::tempdir().expect("a folder");
    let url = format!("sqlite://{}/storage.db", dir.path().display());
    let database = Database::connect(&url).await.expect("open");
    database.migrate(&url).await.expect("migrate");
    database.people().remember(PERSON).await.expect("a person");
    (dir, database)
}

/// Runs one statement as it is, to put into the tables what this version would never write.
async fn tamper(database: &Database, sql: &str, id: &str) {
    on_pool!(database, pool => {
        sqlx::query(sql).bind(id).execute(pool).await.expect("tampered");
    });
}

async fn draft(database: &Database, id: &str) {
    let mut answers = Answers::default();
    answers.set("child_name", Answer::Text("Emma".into()));
    database
        .drafts()
        .create(NewDraft {
            person_id: PERSON,
            draft_id: id,
            journey_id: "fa-barn",
            journey_version: 3,
            first_step: "child",
            answers: &answers,
            sources: &Default::default(),
            preview_as: None,
        })
        .await
        .expect("a draft");
}

/// A submitted draft with one call to NAV: its reference and the call's id.
async fn submitted(database: &Database) -> (String, String) {
    draft(database, "d1").await;
    let draft = database.drafts().get(PERSON, "d1").await.expect("read");
    let draft = draft.expect("the draft");
    let calls = [ServiceCall {
        service: "child-benefit".into(),
        agency: Agency::Nav,
        operation: "child-benefit".into(),
        after: Vec::new(),
        payload: serde_json::json!({ "child": "Emma" }),
    }];
    let reference = database
        .submissions()
        .submit(PERSON, &draft, &draft.answers, &calls)
        .await
        .expect("submit");
    let calls = database.outbox().of_submission(&reference).await;
    let id = calls.expect("calls")[0].id.clone();
    (reference, id)
}

#[tokio::test]
async fn what_is_written_reads_back_typed_with_times_in_the_stored_format() {
    let (_dir, database) = database().await;
    let before = Instant::now();
    let (reference, id) = submitted(&database).await;
    let submission = database.submissions().get(PERSON, &reference).await;
    let submission = submission.expect("read").expect("the submission");
    assert!(submission.submitted_at >= before && submission.submitted_at <= Instant::now());
    assert_eq!(
        submission.answers.get("child_name"),
        Some(&Answer::Text("Emma".into()))
    );
    let call = database
        .outbox()
        .get(&id)
        .await
        .expect("read")
        .expect("call");
    assert_eq!(call.payload, serde_json::json!({ "child": "Emma" }));
    assert!(call.after.is_empty() && call.delivered_at.is_none());
    // Stored as ISO 8601 UTC text with milliseconds, as always (times compare as text in SQL).
    let stored: String = on_pool!(&database, pool => sqlx::query_scalar(
        "SELECT submitted_at FROM submission WHERE reference = $1",
    )
    .bind(&reference)
    .fetch_one(pool)
    .await
    .expect("stored"));
    assert_eq!(stored, submission.submitted_at.stored());
    assert_eq!(stored.len(), "2026-11-22T10:15:00.000Z".len());
    assert!(stored.ends_with('Z'), "{stored}");
}

#[tokio::test]
async fn unreadable_stored_answers_are_an_error_not_empty_answers() {
    let (_dir, database) = database().await;
    draft(&database, "d1").await;
    tamper(
        &database,
        "UPDATE draft SET answers = '{\"child_name\":' WHERE draft_id = $1",
        "d1",
    )
    .await;
    let read = database.drafts().get(PERSON, "d1").await;
    assert!(
        matches!(
            read,
            Err(StorageError::Unreadable {
                column: "answers",
                ..
            })
        ),
        "{read:?}"
    );
    let listed = database.drafts().of_person(PERSON).await;
    assert!(
        matches!(listed, Err(StorageError::Unreadable { .. })),
        "{listed:?}"
    );
}

#[tokio::test]
async fn an_unreadable_stored_time_is_an_error_not_some_time() {
    let (_dir, database) = database().await;
    draft(&database, "d1").await;
    tamper(
        &database,
        "UPDATE draft SET updated_at = 'yesterday' WHERE draft_id = $1",
        "d1",
    )
    .await;
    let read = database.drafts().open_of(PERSON, "fa-barn").await;
    assert!(
        matches!(
            read,
            Err(StorageError::Unreadable {
                column: "updated at",
                ..
            })
        ),
        "{read:?}"
    );
}

#[tokio::test]
async fn an_unreadable_call_payload_is_an_error_not_an_empty_payload() {
    let (_dir, database) = database().await;
    let (reference, id) = submitted(&database).await;
    tamper(
        &database,
        "UPDATE delivery SET payload = 'not json' WHERE delivery_id = $1",
        &id,
    )
    .await;
    let read = database.outbox().of_submission(&reference).await;
    assert!(
        matches!(
            read,
            Err(StorageError::Unreadable {
                column: "payload",
                ..
            })
        ),
        "{read:?}"
    );
}

#[tokio::test]
async fn an_unknown_stored_outcome_or_status_is_an_error_not_some_default() {
    let (_dir, database) = database().await;
    let read = crate::agencies::prefill::Read {
        register: "folkeregisteret",
        lookup: "person".into(),
        outcome: ReadOutcome::Found,
        read_at: Instant::now(),
        subjects: Vec::new(),
    };
    let log = database.register_log();
    log.record(PERSON, "fa-barn", "d1", &[read])
        .await
        .expect("logged");
    assert_eq!(
        log.of(PERSON).await.expect("read")[0].outcome,
        ReadOutcome::Found
    );
    tamper(
        &database,
        "UPDATE register_read SET outcome = 'lost' WHERE person_id = $1",
        PERSON,
    )
    .await;
    let read = log.of(PERSON).await;
    assert!(
        matches!(&read, Err(StorageError::Unknown { column: "read outcome", value }) if value == "lost"),
        "{read:?}"
    );

    let (reference, id) = submitted(&database).await;
    let events = database.case_events();
    let at = Instant::parse("2026-11-22T11:00:00+01:00").expect("a time");
    assert!(events
        .add(&id, CaseStatus::Approved, None, at)
        .await
        .expect("added"));
    let read = events.of_submission(&reference).await.expect("read");
    assert_eq!(
        (read[0].status, read[0].reported_at.stored().as_str()),
        (CaseStatus::Approved, "2026-11-22T10:00:00.000Z")
    );
    tamper(
        &database,
        "UPDATE case_event SET status = 'lost' WHERE delivery_id = $1",
        &id,
    )
    .await;
    let read = events.of_submission(&reference).await;
    assert!(
        matches!(
            &read,
            Err(StorageError::Unknown {
                column: "case status",
                ..
            })
        ),
        "{read:?}"
    );
}

#[test]
fn passwords_never_reach_a_message() {
    assert_eq!(
        redact("postgres://vv:s3cret@db:5432/vv"),
        "postgres://vv:***@db:5432/vv"
    );
    assert_eq!(
        redact("sqlite://data/veiviser.db"),
        "sqlite://data/veiviser.db"
    );
}

#[tokio::test]
async fn the_operator_role_is_granted_once_revoked_and_counts_as_a_synthetic_staff_role() {
    use crate::identity::population::{population, OPERATOR};
    use app::auth::PlatformRole::Operator;
    let (_dir, database) = database().await;
    let people = database.people();
    let synthetic = population();
    let tone = synthetic.iter().find(|p| p.name == OPERATOR);
    let tone = tone.expect("the operator").pid.as_str().to_string();

    assert_eq!(people.grant(&tone, Operator).await.ok(), Some(true));
    assert_eq!(people.grant(&tone, Operator).await.ok(), Some(false));
    assert_eq!(
        people.who(&tone).await.ok().map(|who| who.platform_roles),
        Some(vec![Operator])
    );
    let found = people.first_with_role(&synthetic).await;
    assert_eq!(
        found.ok(),
        Some(Some(tone.clone())),
        "production would refuse"
    );

    assert_eq!(people.revoke(&tone, Operator).await.ok(), Some(true));
    assert_eq!(people.revoke(&tone, Operator).await.ok(), Some(false));
    assert_eq!(
        people.who(&tone).await.ok().map(|who| who.platform_roles),
        Some(vec![])
    );
    assert_eq!(people.first_with_role(&synthetic).await.ok(), Some(None));
}

#[tokio::test]
async fn who_someone_is_reads_their_name_and_every_role_at_once_and_refuses_an_unknown_role() {
    use app::auth::{PlatformRole::Operator, Role};
    let (_dir, database) = database().await;
    let people = database.people();
    // Someone who only logged in: no name yet, no roles.
    let who = people.who(PERSON).await.expect("read");
    assert_eq!(who.name, None);
    assert!(who.roles.is_empty() && who.platform_roles.is_empty());

    people
        .registered_name(PERSON, "Ola Drift")
        .await
        .expect("name");
    people.grant(PERSON, Operator).await.expect("granted");
    for (agency, role) in [
        ("nav", "admin"),
        ("kommune", "caseworker"),
        ("nav", "caseworker"),
    ] {
        tamper(
            &database,
            &format!(
                "INSERT INTO agency_role (person_id, agency_id, role) \
                 VALUES ($1, '{agency}', '{role}')"
            ),
            PERSON,
        )
        .await;
    }
    let who = people.who(PERSON).await.expect("read");
    assert_eq!(who.name.as_deref(), Some("Ola Drift"));
    let roles: Vec<(Agency, Role)> = who.roles.iter().map(|r| (r.agency, r.role)).collect();
    assert_eq!(
        roles,
        vec![
            (Agency::Kommune, Role::Caseworker),
            (Agency::Nav, Role::Admin),
            (Agency::Nav, Role::Caseworker),
        ]
    );
    assert_eq!(who.platform_roles, vec![Operator]);

    // A role this version does not know is an error, not a person with fewer rights.
    tamper(
        &database,
        "INSERT INTO agency_role (person_id, agency_id, role) VALUES ($1, 'nosuch', 'admin')",
        PERSON,
    )
    .await;
    assert!(people.who(PERSON).await.is_err());
}
