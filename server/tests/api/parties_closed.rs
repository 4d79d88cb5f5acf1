//! A party's task that is no longer open: an answer posted after the deadline, before the
//! deadline sweep has stopped the submission, is not taken, and the party is told why.

use crate::{
    delivery::fast_app,
    journey::logged_in,
    login::{location, page, synthetic},
    parties::{post_task, submitted_naming, task_on_my_page},
};
use server::storage::Database;

#[tokio::test]
async fn an_answer_after_the_deadline_is_not_taken_even_before_the_sweep() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let kari = logged_in(&app, "Kari Nordmann").await;
    let reference = submitted_naming(&app, &kari, &synthetic("Ola Nordmann")).await;
    let ola = logged_in(&app, "Ola Nordmann").await;
    let task = task_on_my_page(&app, &ola).await;
    // The deadline passes; the sweep that stops the submission has not run yet.
    const PAST: &str = "UPDATE submission_party SET deadline = '2000-01-01T00:00:00.000Z'";
    match &database {
        Database::Sqlite(pool) => sqlx::query(PAST).execute(pool).await.map(|_| ()),
        Database::Postgres(pool) => sqlx::query(PAST).execute(pool).await.map(|_| ()),
    }
    .expect("deadline passed");

    let response = post_task(
        &app,
        &ola,
        &task,
        &[
            ("decision", "answer"),
            ("a.other_parent_agrees_name", "yes"),
            ("a.other_parent_takes_leave", "no"),
        ],
    )
    .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/my-page?party=closed-expired");
    let (_, html) = page(&app, &ola, &location(&response)).await;
    assert!(
        html.contains("Fristen for å svare på denne oppgaven har gått ut"),
        "{html}"
    );
    // Nothing was taken: the party still waits (for the sweep), and no call was released.
    let parties = database
        .parties()
        .of_submission(&reference)
        .await
        .expect("parties");
    assert!(
        parties
            .iter()
            .all(|p| p.state == app::domain::PartyState::Waiting && p.answers.is_none()),
        "{parties:#?}"
    );
    let (_, receipt) = page(&app, &kari, &format!("/receipt/{reference}")).await;
    assert!(!receipt.contains("Ola Nordmann har svart."), "{receipt}");
    // The page itself is closed too, told the same way.
    let response = ola.get(app.url(&task)).send().await.expect("task");
    assert_eq!(location(&response), "/my-page?party=closed-expired");
}
