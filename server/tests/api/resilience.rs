//! Delivery that rides out long outages: calls are retried until their give-up time (not a small
//! number of attempts), only answers that will never succeed are dead-lettered at once, an
//! operator puts dead calls back in bulk, and an attempt's outcome is recorded only by the worker
//! that still holds the call (each agency's circuit is in `resilience_circuit`).

use crate::{
    delivery::{exactly_one_case_each, fault, settle, submit},
    helpers::{fresh_database_url, spawn_app_with, TestApp},
    journey::{logged_in, walk_fa_barn_with},
};
use app::domain::{DeliveryState, Instant};
use server::storage::{Database, Delivery};
use std::time::Duration;

/// An app whose delivery is fast enough to watch: short backoff, cap and cool-down.
pub(crate) async fn quick_app(adjust: impl FnOnce(&mut server::config::Config)) -> TestApp {
    spawn_app_with(|config| {
        config.agencies.backoff = Duration::from_millis(10);
        config.agencies.backoff_max = Duration::from_millis(50);
        config.agencies.circuit_cool_down = Duration::from_millis(50);
        config.agencies.poll = Duration::from_millis(20);
        config.agencies.simulator_step = Duration::from_millis(50);
        adjust(config);
    })
    .await
}

/// Polls the submission's calls until `done` holds for them, or fails with them.
pub(crate) async fn until(
    database: &Database,
    reference: &str,
    what: &str,
    done: impl Fn(&[Delivery]) -> bool,
) -> Vec<Delivery> {
    for _ in 0..600 {
        let calls = database
            .outbox()
            .of_submission(reference)
            .await
            .expect("calls");
        if done(&calls) {
            return calls;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!(
        "{reference}: never {what}: {:#?}",
        database.outbox().of_submission(reference).await
    );
}

pub(crate) fn call<'a>(calls: &'a [Delivery], service: &str) -> &'a Delivery {
    calls
        .iter()
        .find(|c| c.service == service)
        .unwrap_or_else(|| panic!("no {service} call in {calls:#?}"))
}

/// The server binary's operator commands against the app's database: (success, stdout+stderr).
fn operator(app: &TestApp, args: &[&str]) -> (bool, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(args)
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "off")
        .output()
        .expect("run");
    (
        output.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
    )
}

#[tokio::test]
async fn an_agency_down_for_longer_than_the_old_attempt_budget_gets_every_call_when_it_is_back_and_the_call_that_needs_it_waits(
) {
    let app = quick_app(|_| {}).await;
    let database = Database::connect(&app.database_url).await.expect("db");
    fault(&app, "skatteetaten", serde_json::json!({ "down": true })).await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn_with(&app, &browser, true).await;
    let reference = submit(&app, &browser, &check).await;
    // Eight attempts used to be the end of it; now it is only the give-up time (72 hours).
    let calls = until(&database, &reference, "retried past 8 attempts", |calls| {
        call(calls, "child-name").attempts > 10
    })
    .await;
    let name = call(&calls, "child-name");
    assert_eq!(
        name.state,
        DeliveryState::Pending,
        "still retried: {name:?}"
    );
    let kindergarten = call(&calls, "kindergarten");
    assert_eq!(
        (kindergarten.state.as_str(), kindergarten.attempts),
        ("pending", 0),
        "the call that needs the child's name waits while that is retried"
    );
    fault(&app, "skatteetaten", serde_json::json!({})).await;
    settle(&database, &reference, DeliveryState::Delivered).await;
    exactly_one_case_each(&database, &reference).await;
}

#[tokio::test]
async fn an_answer_that_will_never_succeed_is_dead_lettered_at_once_with_the_call_that_needs_it_while_too_many_requests_is_retried(
) {
    let app = quick_app(|_| {}).await;
    let database = Database::connect(&app.database_url).await.expect("db");
    fault(&app, "skatteetaten", serde_json::json!({ "status": 422 })).await;
    fault(&app, "nav", serde_json::json!({ "status": 429 })).await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn_with(&app, &browser, true).await;
    let reference = submit(&app, &browser, &check).await;
    let calls = until(&database, &reference, "dead-lettered", |calls| {
        call(calls, "kindergarten").state == DeliveryState::Dead
            && calls
                .iter()
                .filter(|c| c.agency == "nav")
                .all(|c| c.attempts >= 3)
    })
    .await;
    let name = call(&calls, "child-name");
    assert_eq!(
        (name.state.as_str(), name.attempts),
        ("dead", 1),
        "{name:?}"
    );
    assert!(
        name.last_error
            .as_deref()
            .unwrap_or_default()
            .contains("422"),
        "{name:?}"
    );
    let kindergarten = call(&calls, "kindergarten");
    assert!(
        kindergarten
            .last_error
            .as_deref()
            .unwrap_or_default()
            .contains("could not be delivered"),
        "{kindergarten:?}"
    );
    for nav in calls.iter().filter(|c| c.agency == "nav") {
        assert_eq!(nav.state, DeliveryState::Pending, "429 is retried: {nav:?}");
    }
}

#[tokio::test]
async fn the_operator_puts_dead_calls_back_by_agency_by_time_or_both_and_each_is_delivered_once() {
    let app = quick_app(|_| {}).await;
    let database = Database::connect(&app.database_url).await.expect("db");
    fault(&app, "nav", serde_json::json!({ "status": 400 })).await;
    fault(&app, "skatteetaten", serde_json::json!({ "status": 403 })).await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn_with(&app, &browser, true).await;
    let reference = submit(&app, &browser, &check).await;
    settle(&database, &reference, DeliveryState::Dead).await;
    fault(&app, "nav", serde_json::json!({})).await;
    fault(&app, "skatteetaten", serde_json::json!({})).await;

    let hour_ago = (chrono::Utc::now() - chrono::Duration::hours(1)).to_rfc3339();
    let in_an_hour = (chrono::Utc::now() + chrono::Duration::hours(1)).to_rfc3339();
    let (ok, out) = operator(&app, &["retry-delivery", "--since", &in_an_hour]);
    assert!(ok && out.contains("0 calls queued again"), "{out}");
    let (ok, out) = operator(
        &app,
        &["retry-delivery", "--agency", "nav", "--since", &hour_ago],
    );
    assert!(ok && out.contains("2 calls queued again"), "{out}");
    until(&database, &reference, "NAV's calls delivered", |calls| {
        calls
            .iter()
            .all(|c| (c.agency == "nav") == (c.state == DeliveryState::Delivered))
    })
    .await;
    // The child's name, and the kindergarten call that died with it.
    let (ok, out) = operator(&app, &["retry-delivery", "--agency", "skatteetaten"]);
    assert!(ok && out.contains("2 calls queued again"), "{out}");
    settle(&database, &reference, DeliveryState::Delivered).await;
    exactly_one_case_each(&database, &reference).await;

    for refused in [
        &["retry-delivery", "--agency", "nowhere"][..],
        &["retry-delivery", "--since", "yesterday"][..],
        &["retry-delivery"][..],
        &["retry-delivery", "some-id", "--agency", "nav"][..],
    ] {
        let (ok, out) = operator(&app, refused);
        assert!(!ok, "{refused:?} is refused: {out}");
    }
}

#[tokio::test]
async fn a_worker_whose_lease_was_taken_over_cannot_record_the_calls_outcome() {
    use app::journey::{flow::ServiceCall, Agency};
    let dir = tempfile::tempdir().expect("dir");
    let url = fresh_database_url(dir.path()).await;
    let database = Database::connect(&url).await.expect("connect");
    database.migrate(&url).await.expect("migrate");
    let calls = [ServiceCall {
        service: "child-benefit".into(),
        agency: Agency::Nav,
        operation: "child-benefit".into(),
        after: Vec::new(),
        payload: serde_json::json!({}),
    }];
    let reference = crate::helpers::submission_with(&database, "lease", &calls).await;
    let id = database
        .outbox()
        .of_submission(&reference)
        .await
        .expect("calls")[0]
        .id
        .clone();

    // The first worker's lease runs out (a slow call); a second worker takes the call over.
    let first = database
        .outbox()
        .claim(&id, Instant::now().minus(Duration::from_secs(1)))
        .await
        .expect("claim")
        .expect("the first worker holds it");
    let second = database
        .outbox()
        .claim(&id, Instant::now().plus(Duration::from_secs(60)))
        .await
        .expect("claim")
        .expect("the second worker takes it over");
    assert!(!database
        .outbox()
        .failed(&id, &first, "late", Instant::now(), true)
        .await
        .expect("record"));
    assert!(!database
        .outbox()
        .delivered(&id, &first, "NAV-LATE")
        .await
        .expect("record"));
    assert!(!database
        .outbox()
        .wait(&id, &first, Instant::now(), Instant::now())
        .await
        .expect("record"));
    assert!(!database
        .outbox()
        .given_up(&id, &first, "late")
        .await
        .expect("record"));
    let unchanged = database
        .outbox()
        .get(&id)
        .await
        .expect("read")
        .expect("call");
    assert_eq!(
        (
            unchanged.state.as_str(),
            unchanged.attempts,
            unchanged.case_number
        ),
        ("pending", 0, None),
        "the late writer changed nothing"
    );

    assert!(database
        .outbox()
        .delivered(&id, &second, "NAV-1")
        .await
        .expect("record"));
    assert!(!database
        .outbox()
        .failed(&id, &first, "late", Instant::now(), true)
        .await
        .expect("record"));
    let delivered = database
        .outbox()
        .get(&id)
        .await
        .expect("read")
        .expect("call");
    assert_eq!(
        (delivered.state.as_str(), delivered.case_number.as_deref()),
        ("delivered", Some("NAV-1")),
        "a delivered call stays delivered"
    );
}
