//! Delivery to the agencies, with the simulator in the loop over real HTTP: every agency gets
//! exactly one case per call, with its token and idempotency key, and a call that needs another's
//! case waits for it (agencies that fail are in `delivery_failures`, statuses in
//! `delivery_statuses`).

use crate::{
    helpers::{spawn_app_with, TestApp},
    journey::{logged_in, walk_fa_barn, walk_fa_barn_with},
    login::{csrf_token, location, page},
};
use app::domain::{CaseStatus, DeliveryState};
use reqwest::Client;
use server::storage::Database;
use std::time::Duration;

pub(crate) async fn fast_app() -> TestApp {
    spawn_app_with(|config| {
        config.agencies.backoff = Duration::from_millis(20);
        config.agencies.backoff_max = Duration::from_millis(200);
        config.agencies.circuit_cool_down = Duration::from_millis(100);
        config.agencies.poll = Duration::from_millis(20);
        config.agencies.simulator_step = Duration::from_millis(50);
    })
    .await
}

pub(crate) async fn fault(app: &TestApp, agency: &str, fault: serde_json::Value) {
    let response = app
        .client
        .put(app.url(&format!("/sim/admin/faults/{agency}")))
        .bearer_auth("simulator-token")
        .json(&fault)
        .send()
        .await
        .expect("fault");
    assert_eq!(response.status(), 200);
}

/// Submits a walked journey and returns its reference.
pub(crate) async fn submit(app: &TestApp, browser: &Client, check: &str) -> String {
    let (_, html) = page(app, browser, check).await;
    let response = browser
        .post(app.url(&check.replace("/check", "/submit")))
        .form(&[("csrf_token", csrf_token(&html))])
        .send()
        .await
        .expect("submit");
    location(&response)
        .trim_start_matches("/receipt/")
        .to_string()
}

/// Waits until every call of the submission is in `state`, or fails after a while.
pub(crate) async fn settle(
    database: &Database,
    reference: &str,
    state: DeliveryState,
) -> Vec<server::storage::Delivery> {
    for _ in 0..400 {
        let calls = database
            .outbox()
            .of_submission(reference)
            .await
            .expect("deliveries");
        if !calls.is_empty() && calls.iter().all(|c| c.state == state) {
            return calls;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!(
        "{reference} did not settle as {state}: {:#?}",
        database.outbox().of_submission(reference).await
    );
}

/// One case per call at the simulated agencies, and each call's case number is that case.
pub(crate) async fn exactly_one_case_each(database: &Database, reference: &str) {
    let calls = database
        .outbox()
        .of_submission(reference)
        .await
        .expect("deliveries");
    let cases = database
        .sim_cases()
        .for_submission(reference)
        .await
        .expect("cases");
    assert_eq!(cases.len(), calls.len(), "one case per call: {cases:?}");
    for call in &calls {
        let case = call.case_number.as_deref().expect("a case number");
        assert!(
            cases
                .iter()
                .any(|c| c.agency == call.agency && c.case_number == case),
            "{case} in {cases:?}"
        );
    }
}

#[tokio::test]
async fn a_submission_reaches_every_agency_once_and_the_timeline_shows_their_case_numbers() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;
    let reference = submit(&app, &browser, &check).await;
    let calls = settle(&database, &reference, DeliveryState::Delivered).await;
    let services: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    assert_eq!(
        services.len(),
        3,
        "child name, parental benefit, child benefit: {services:?}"
    );
    exactly_one_case_each(&database, &reference).await;
    let (_, html) = page(&app, &browser, "/my-page").await;
    for call in &calls {
        assert!(
            html.contains(call.case_number.as_deref().expect("case")),
            "{html}"
        );
    }
    let (_, receipt) = page(&app, &browser, &format!("/receipt/{reference}")).await;
    assert!(
        receipt.contains("Slik går det") && receipt.contains("saksnummer"),
        "{receipt}"
    );
}

#[tokio::test]
async fn a_dependent_call_waits_for_the_case_it_needs_and_carries_its_number() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    fault(&app, "skatteetaten", serde_json::json!({ "down": true })).await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn_with(&app, &browser, true).await;
    let reference = submit(&app, &browser, &check).await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    let calls = database
        .outbox()
        .of_submission(&reference)
        .await
        .expect("deliveries");
    let kindergarten = calls
        .iter()
        .find(|c| c.service == "kindergarten")
        .expect("kindergarten call");
    assert_eq!(
        kindergarten.state,
        DeliveryState::Pending,
        "it waits for the child's name"
    );
    assert_eq!(kindergarten.attempts, 0, "waiting is not a failed attempt");
    assert!(
        calls
            .iter()
            .any(|c| c.agency == "nav" && c.state == DeliveryState::Delivered),
        "independent calls go ahead"
    );
    fault(&app, "skatteetaten", serde_json::json!({})).await;
    let calls = settle(&database, &reference, DeliveryState::Delivered).await;
    let name_case = calls
        .iter()
        .find(|c| c.service == "child-name")
        .and_then(|c| c.case_number.clone())
        .expect("name case");
    let kindergarten_case = calls
        .iter()
        .find(|c| c.service == "kindergarten")
        .expect("kindergarten");
    assert!(
        kindergarten_case.delivered_at
            >= calls
                .iter()
                .find(|c| c.service == "child-name")
                .unwrap()
                .delivered_at
    );
    let cases = database
        .sim_cases()
        .for_submission(&reference)
        .await
        .expect("cases");
    assert_eq!(cases.len(), 4);
    let received = database
        .sim_cases()
        .payload("kommune", &kindergarten_case.id)
        .await
        .expect("payload")
        .expect("the municipality has the call");
    let received: serde_json::Value = serde_json::from_str(&received).expect("json");
    assert_eq!(
        received["dependencies"]["child-name"],
        name_case.as_str(),
        "{received}"
    );
}

#[tokio::test]
async fn the_simulator_refuses_calls_without_token_or_idempotency_key_and_repeats_the_first_case() {
    let app = fast_app().await;
    let url = app.url("/sim/agencies/v1/nav/child-benefit");
    let no_token = app
        .client
        .post(&url)
        .header("Idempotency-Key", "k")
        .json(&serde_json::json!({}))
        .send()
        .await
        .expect("post");
    assert_eq!(no_token.status(), 401);
    let no_key = app
        .client
        .post(&url)
        .bearer_auth("simulator-token")
        .json(&serde_json::json!({}))
        .send()
        .await
        .expect("post");
    assert_eq!(no_key.status(), 400);
    let call = || {
        app.client
            .post(&url)
            .bearer_auth("simulator-token")
            .header("Idempotency-Key", "VV-2026-000001:child-benefit")
            .json(&serde_json::json!({ "payload": {} }))
            .send()
    };
    let first = call().await.expect("first");
    assert_eq!(first.status(), 201);
    let first: serde_json::Value = first.json().await.expect("json");
    let again = call().await.expect("again");
    assert_eq!(again.status(), 200);
    let again: serde_json::Value = again.json().await.expect("json");
    assert_eq!(first["case_number"], again["case_number"]);
}

/// Waits until every call of the submission has reported `status`.
pub(crate) async fn reported(database: &Database, reference: &str, status: CaseStatus) {
    for _ in 0..400 {
        let calls = database
            .outbox()
            .of_submission(reference)
            .await
            .expect("deliveries");
        let events = database
            .case_events()
            .of_submission(reference)
            .await
            .expect("events");
        if !calls.is_empty()
            && calls.iter().all(|c| {
                events
                    .iter()
                    .any(|e| e.delivery_id == c.id && e.status == status)
            })
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!(
        "{reference}: not every call reported {status}: {:#?}",
        database.case_events().of_submission(reference).await
    );
}

#[tokio::test]
async fn an_agency_with_its_own_token_refuses_the_shared_one_and_still_gets_its_calls() {
    let app = spawn_app_with(|config| {
        config.agencies.poll = Duration::from_millis(20);
        config.agencies.auth_mode = server::agencies::AuthMode::Static;
        config
            .agencies
            .agency_tokens
            .insert("nav".into(), "nav-own-token".into());
    })
    .await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let shared = app
        .client
        .post(app.url("/sim/agencies/v1/nav/child-benefit"))
        .bearer_auth("simulator-token")
        .header("Idempotency-Key", "k")
        .json(&serde_json::json!({}))
        .send()
        .await
        .expect("post");
    assert_eq!(shared.status(), 401, "NAV takes only its own token");
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;
    let reference = submit(&app, &browser, &check).await;
    settle(&database, &reference, DeliveryState::Delivered).await;
    exactly_one_case_each(&database, &reference).await;
}
