//! The delivery worker starts a call when it becomes due in this process, not at its next poll:
//! with a poll of ten minutes, a submission and the call that waits for another's case are all
//! delivered within the few seconds `settle` allows.

use crate::{
    delivery::{exactly_one_case_each, settle, submit},
    helpers::spawn_app_with,
    journey::{logged_in, walk_fa_barn_with},
};
use app::domain::DeliveryState;
use server::storage::Database;
use std::time::Duration;

#[tokio::test]
async fn a_submission_and_the_call_waiting_for_its_case_go_out_without_waiting_for_the_poll() {
    let app = spawn_app_with(|config| {
        config.agencies.poll = Duration::from_secs(600);
        config.agencies.simulator_step = Duration::from_millis(50);
    })
    .await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let browser = logged_in(&app, "Kari Nordmann").await;
    // With kindergarten: the municipality's call waits for the child's name at Skatteetaten.
    let check = walk_fa_barn_with(&app, &browser, true).await;
    // The worker has taken its first round at start; the next poll is ten minutes away.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let reference = submit(&app, &browser, &check).await;
    let calls = settle(&database, &reference, DeliveryState::Delivered).await;
    assert!(
        calls.iter().any(|c| c.service == "kindergarten"),
        "{calls:#?}"
    );
    exactly_one_case_each(&database, &reference).await;
}

/// Two calls of one submission (its reference and their ids), the second waiting for the first's
/// case.
async fn waiting_pair(database: &Database) -> (String, String, String) {
    use app::journey::{flow::ServiceCall, Agency};
    let call = |service: &str, after: Vec<String>| ServiceCall {
        service: service.into(),
        agency: Agency::Nav,
        operation: "child-benefit".into(),
        after,
        payload: serde_json::json!({}),
    };
    let calls = [call("first", vec![]), call("second", vec!["first".into()])];
    let reference = crate::helpers::submission_with(database, "wake", &calls).await;
    let ids = database
        .outbox()
        .of_submission(&reference)
        .await
        .expect("calls");
    let id = |service: &str| {
        ids.iter()
            .find(|c| c.service == service)
            .expect("call")
            .id
            .clone()
    };
    (reference, id("first"), id("second"))
}

#[tokio::test]
async fn a_call_handed_back_to_wait_goes_at_once_when_what_it_waited_for_arrived_meanwhile() {
    use app::domain::Instant;
    // A database with no portal and so no worker: the test leases the calls itself.
    let dir = tempfile::tempdir().expect("temp dir");
    let url = crate::helpers::fresh_database_url(dir.path()).await;
    let database = Database::connect(&url).await.expect("db");
    database.migrate(&url).await.expect("migrate");
    let (_, first, second) = waiting_pair(&database).await;
    let later = Instant::now().plus(Duration::from_secs(600));
    let until = Instant::now().plus(Duration::from_secs(60));
    let due = |database: Database| async move {
        let due = database.outbox().due(100).await.expect("due");
        due.into_iter().map(|c| c.service).collect::<Vec<_>>()
    };
    // The second is leased and reads that the first is not delivered yet...
    let second_lease = database
        .outbox()
        .claim(&second, until)
        .await
        .expect("claim")
        .expect("lease");
    let read_at = Instant::now();
    // ...the first is delivered meanwhile (its wake-up passes the leased second by)...
    let first_lease = database
        .outbox()
        .claim(&first, until)
        .await
        .expect("claim")
        .expect("lease");
    assert!(database
        .outbox()
        .delivered(&first, &first_lease, "NAV-1")
        .await
        .expect("record"));
    // ...and the second, handed back to wait ten minutes, is due at once all the same, and the
    // workers asleep until their poll are woken for it.
    let woken = server::storage::work_waiting().notified();
    tokio::pin!(woken);
    woken.as_mut().enable();
    assert!(database
        .outbox()
        .wait(&second, &second_lease, later, read_at)
        .await
        .expect("record"));
    assert_eq!(due(database.clone()).await, ["second"]);
    tokio::time::timeout(Duration::from_millis(1), woken)
        .await
        .expect("the workers are woken");
    // Handed back with nothing delivered since its read, it waits as asked.
    let again = database
        .outbox()
        .claim(&second, until)
        .await
        .expect("claim")
        .expect("lease");
    let read_at = Instant::now();
    assert!(database
        .outbox()
        .wait(&second, &again, later, read_at)
        .await
        .expect("record"));
    assert!(due(database.clone()).await.is_empty());
}
