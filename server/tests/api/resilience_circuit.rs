//! Each agency's circuit, shared through the database: it opens after repeated failures, lets one
//! probe through at a time, closes when it answers, and the calls it holds back can still give up.

use crate::{
    delivery::{exactly_one_case_each, fault, settle, submit},
    journey::{logged_in, walk_fa_barn},
    resilience::{call, quick_app, until},
};
use app::domain::{DeliveryState, Instant};
use server::storage::{Database, Delivery};
use std::time::Duration;

#[tokio::test]
async fn after_repeated_failures_an_agencys_circuit_opens_lets_one_probe_through_at_a_time_and_closes_when_it_answers(
) {
    let app = quick_app(|config| {
        config.agencies.circuit_failures = 3;
        config.agencies.circuit_cool_down = Duration::from_millis(300);
        config.agencies.backoff_max = Duration::from_millis(20);
    })
    .await;
    let database = Database::connect(&app.database_url).await.expect("db");
    fault(
        &app,
        "nav",
        serde_json::json!({ "down": true, "latency_ms": 150 }),
    )
    .await;
    let mut references = Vec::new();
    for _ in 0..2 {
        let browser = logged_in(&app, "Kari Nordmann").await;
        let check = walk_fa_barn(&app, &browser).await;
        references.push(submit(&app, &browser, &check).await);
    }
    let nav_calls = || async {
        let mut calls = Vec::new();
        for reference in &references {
            calls.extend(
                database
                    .outbox()
                    .of_submission(reference)
                    .await
                    .expect("calls")
                    .into_iter()
                    .filter(|c| c.agency == "nav"),
            );
        }
        calls
    };
    let mut opened = false;
    for _ in 0..300 {
        let circuit = database.circuits().get("nav").await.expect("circuit");
        if circuit.is_some_and(|c| c.open_until.is_some()) {
            opened = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(opened, "three failures in a row open NAV's circuit");
    // The calls under way when it opened finish; from then on, one probe at a time.
    tokio::time::sleep(Duration::from_millis(250)).await;
    let attempts = |calls: &[Delivery]| calls.iter().map(|c| c.attempts).sum::<i64>();
    let before = attempts(&nav_calls().await);
    for _ in 0..120 {
        let now = Instant::now();
        let leased = nav_calls()
            .await
            .iter()
            .filter(|c| c.claimed_until.is_some_and(|until| until > now))
            .count();
        assert!(
            leased <= 1,
            "{leased} NAV calls under way while its circuit is open"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let sent = attempts(&nav_calls().await) - before;
    // About 1.2 s with a 300 ms cool-down and 150 ms calls: a probe every ~450 ms. Without
    // the circuit, four calls retried every ~170 ms would make some thirty.
    assert!(sent <= 5, "{sent} attempts while the circuit was open");
    for reference in &references {
        let calls = database
            .outbox()
            .of_submission(reference)
            .await
            .expect("calls");
        assert!(
            calls
                .iter()
                .filter(|c| c.agency == "skatteetaten")
                .all(|c| c.state == DeliveryState::Delivered),
            "the other agencies are not held up: {calls:#?}"
        );
    }
    fault(&app, "nav", serde_json::json!({})).await;
    for reference in &references {
        settle(&database, reference, DeliveryState::Delivered).await;
        exactly_one_case_each(&database, reference).await;
    }
    let circuit = database.circuits().get("nav").await.expect("circuit");
    assert!(
        circuit
            .as_ref()
            .is_some_and(|c| c.open_until.is_none() && c.failures == 0),
        "closed by the probe's success: {circuit:?}"
    );
}

#[tokio::test]
async fn calls_held_back_by_an_open_circuit_are_dead_lettered_when_their_give_up_time_has_passed() {
    let app = quick_app(|config| {
        config.agencies.circuit_failures = 2;
        // Long enough that no probe comes before the give-up time.
        config.agencies.circuit_cool_down = Duration::from_secs(60);
        config.agencies.give_up = Duration::from_secs(1);
    })
    .await;
    let database = Database::connect(&app.database_url).await.expect("db");
    fault(&app, "nav", serde_json::json!({ "down": true })).await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;
    let reference = submit(&app, &browser, &check).await;
    let calls = until(&database, &reference, "given up", |calls| {
        calls
            .iter()
            .filter(|c| c.agency == "nav")
            .all(|c| c.state == DeliveryState::Dead)
    })
    .await;
    for nav in calls.iter().filter(|c| c.agency == "nav") {
        let error = nav.last_error.as_deref().unwrap_or_default();
        assert!(error.contains("gave up after 1 s"), "{nav:?}");
        assert!(nav.dead_at.is_some(), "{nav:?}");
    }
    assert_eq!(call(&calls, "child-name").state, DeliveryState::Delivered);
}
