//! Delivery when agencies misbehave — flaky, down for a while, failing past the give-up time
//! (dead-lettered, then retried by the operator), slow or timing out: still one case per call.

use crate::{
    delivery::{exactly_one_case_each, fast_app, fault, settle, submit},
    helpers::spawn_app_with,
    journey::{logged_in, walk_fa_barn, walk_fa_barn_with},
    login::page,
};
use app::domain::DeliveryState;
use server::storage::Database;
use std::time::Duration;

#[tokio::test]
async fn a_flaky_agency_still_gets_each_call_exactly_once() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    fault(&app, "nav", serde_json::json!({ "fail_rate": 0.6 })).await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;
    let reference = submit(&app, &browser, &check).await;
    settle(&database, &reference, DeliveryState::Delivered).await;
    exactly_one_case_each(&database, &reference).await;
}

#[tokio::test]
async fn an_agency_that_is_down_gets_its_calls_when_it_is_back_and_the_citizen_is_told_meanwhile() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    fault(&app, "skatteetaten", serde_json::json!({ "down": true })).await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;
    let reference = submit(&app, &browser, &check).await;
    let mut retried = false;
    for _ in 0..200 {
        let calls = database
            .outbox()
            .of_submission(&reference)
            .await
            .expect("deliveries");
        if calls
            .iter()
            .any(|c| c.agency == "skatteetaten" && c.attempts >= 2)
        {
            retried = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert!(retried, "the call is retried while the agency is down");
    let (_, html) = page(&app, &browser, "/my-page").await;
    assert!(
        html.contains("Skatteetaten har ikke svart ennå. Vi prøver igjen."),
        "{html}"
    );
    fault(&app, "skatteetaten", serde_json::json!({})).await;
    settle(&database, &reference, DeliveryState::Delivered).await;
    exactly_one_case_each(&database, &reference).await;
}

#[tokio::test]
async fn a_call_that_keeps_failing_past_its_give_up_time_is_dead_lettered_and_can_be_retried() {
    let app = spawn_app_with(|config| {
        config.agencies.backoff = Duration::from_millis(10);
        config.agencies.backoff_max = Duration::from_millis(100);
        config.agencies.circuit_cool_down = Duration::from_millis(100);
        config.agencies.poll = Duration::from_millis(20);
        config.agencies.give_up = Duration::from_secs(1);
    })
    .await;
    let database = Database::connect(&app.database_url).await.expect("db");
    fault(&app, "kommune", serde_json::json!({ "down": true })).await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn_with(&app, &browser, true).await;
    let reference = submit(&app, &browser, &check).await;
    let mut dead = None;
    for _ in 0..400 {
        let calls = database
            .outbox()
            .of_submission(&reference)
            .await
            .expect("deliveries");
        dead = calls.into_iter().find(|c| c.state == DeliveryState::Dead);
        if dead.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let dead = dead.expect("the kindergarten call is dead-lettered");
    assert_eq!(dead.agency, "kommune");
    assert!(
        dead.attempts >= 2,
        "retried until its time was up: {dead:?}"
    );
    let error = dead.last_error.as_deref().unwrap_or_default();
    assert!(
        error.contains("gave up after 1 s") && error.contains("503"),
        "{dead:?}"
    );
    let (_, html) = page(&app, &browser, "/my-page").await;
    assert!(
        html.contains("Vi har ikke fått levert til kommunen"),
        "{html}"
    );
    fault(&app, "kommune", serde_json::json!({})).await;
    // The operator sees the dead call and sends it again, with the server's own commands.
    let operator = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
            .args(args)
            .env("DATABASE_URL", &app.database_url)
            .env("RUST_LOG", "off")
            .output()
            .expect("run");
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
        )
    };
    let (ok, listed) = operator(&["deliveries"]);
    assert!(
        ok && listed.contains(&dead.id) && listed.contains("dead") && listed.contains("503"),
        "{listed}"
    );
    let (ok, retried) = operator(&["retry-delivery", &dead.id]);
    assert!(ok && retried.contains("queued again"), "{retried}");
    let (ok, _) = operator(&["retry-delivery", "no-such-call"]);
    assert!(!ok, "an unknown call is an error");
    settle(&database, &reference, DeliveryState::Delivered).await;
    exactly_one_case_each(&database, &reference).await;
}

#[tokio::test]
async fn a_slow_service_and_one_that_times_out_hold_up_nothing_else_and_get_one_case_each() {
    let app = spawn_app_with(|config| {
        config.agencies.backoff = Duration::from_millis(20);
        config.agencies.poll = Duration::from_millis(20);
        config.agencies.circuit_cool_down = Duration::from_millis(100);
        config.agencies.timeout = Duration::from_millis(800);
    })
    .await;
    let database = Database::connect(&app.database_url).await.expect("db");
    // NAV's parental benefit is slow but within the timeout; its child benefit takes longer
    // than the portal waits (a per-service fault: the rest of NAV is well).
    fault(
        &app,
        "nav/parental-benefit",
        serde_json::json!({ "latency_ms": 400 }),
    )
    .await;
    fault(
        &app,
        "nav/child-benefit",
        serde_json::json!({ "latency_ms": 3000 }),
    )
    .await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;
    let reference = submit(&app, &browser, &check).await;
    let mut timed_out = None;
    for _ in 0..400 {
        let calls = database
            .outbox()
            .of_submission(&reference)
            .await
            .expect("calls");
        let child = calls
            .iter()
            .find(|c| c.operation == "child-benefit")
            .expect("child benefit");
        let others_done = calls
            .iter()
            .filter(|c| c.operation != "child-benefit")
            .all(|c| c.state == DeliveryState::Delivered);
        if child.attempts >= 2 && others_done {
            timed_out = Some(child.clone());
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let child = timed_out.expect("the others are delivered while child benefit times out");
    assert_ne!(child.state, DeliveryState::Delivered);
    assert!(
        child
            .last_error
            .as_deref()
            .is_some_and(|e| e.contains("could not be reached")),
        "{child:?}"
    );
    fault(&app, "nav/child-benefit", serde_json::json!({})).await;
    settle(&database, &reference, DeliveryState::Delivered).await;
    exactly_one_case_each(&database, &reference).await;
}
