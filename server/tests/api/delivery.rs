//! Delivery to the agencies, with the simulator in the loop over real HTTP: every agency gets
//! exactly one case per call, however unkind the world is made to be.

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
async fn the_timeline_follows_each_agency_to_its_decision_by_signed_callbacks() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    fault(
        &app,
        "nav",
        serde_json::json!({ "outcome": "rejected", "message": "<script>alert(1)</script> Vi mangler inntektsopplysninger." }),
    )
    .await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;
    let reference = submit(&app, &browser, &check).await;
    settle(&database, &reference, DeliveryState::Delivered).await;
    // Every call is reported received, then in progress, by signed callbacks.
    reported(&database, &reference, CaseStatus::Received).await;
    reported(&database, &reference, CaseStatus::InProgress).await;
    for _ in 0..400 {
        let (_, html) = page(&app, &browser, "/my-page").await;
        if html.contains("Innvilget, saksnummer") && html.contains("Avslått, saksnummer") {
            assert!(
                html.contains(
                    "&lt;script&gt;alert(1)&lt;/script&gt; Vi mangler inntektsopplysninger."
                ),
                "inert: {html}"
            );
            assert!(!html.contains("<script>alert(1)"));
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the timeline never showed the decisions");
}

#[tokio::test]
async fn forged_stale_unknown_and_repeated_callbacks_change_nothing() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;
    let reference = submit(&app, &browser, &check).await;
    let calls = settle(&database, &reference, DeliveryState::Delivered).await;
    reported(&database, &reference, CaseStatus::Approved).await;
    let before = database
        .case_events()
        .of_submission(&reference)
        .await
        .expect("events")
        .len();
    let call = &calls[0];
    let report = |status: &str, case: &str| {
        serde_json::to_vec(&serde_json::json!({
            "call": call.id, "agency": call.agency, "case_number": case,
            "status": status, "reported_at": "2026-11-22T10:00:00.000Z",
        }))
        .expect("json")
    };
    let post = |body: Vec<u8>, timestamp: i64, secret: &str| {
        let signature = server::agencies::signature::sign(secret, timestamp, &body);
        app.client
            .post(app.url("/v1/agency-callbacks"))
            .header("x-veiviser-timestamp", timestamp.to_string())
            .header("x-veiviser-signature", signature)
            .body(body)
            .send()
    };
    let now = chrono::Utc::now().timestamp();
    let case = call.case_number.clone().expect("case");
    let forged = post(report("rejected", &case), now, "not-the-secret")
        .await
        .expect("post");
    assert_eq!(forged.status(), 401);
    let stale = post(
        report("rejected", &case),
        now - 3600,
        "simulator-callback-secret",
    )
    .await
    .expect("post");
    assert_eq!(stale.status(), 401);
    let unknown = post(
        report("rejected", "NAV-NOSUCH"),
        now,
        "simulator-callback-secret",
    )
    .await
    .expect("post");
    assert_eq!(unknown.status(), 404);
    let bad_status = post(report("lost", &case), now, "simulator-callback-secret")
        .await
        .expect("post");
    assert_eq!(bad_status.status(), 400);
    let unsigned = app
        .client
        .post(app.url("/v1/agency-callbacks"))
        .body(report("rejected", &case))
        .send()
        .await
        .expect("post");
    assert_eq!(unsigned.status(), 401);
    assert_eq!(
        database
            .case_events()
            .of_submission(&reference)
            .await
            .expect("events")
            .len(),
        before,
        "nothing refused was stored"
    );
    // A repeated report (the same callback twice) is accepted and stored once; the same status
    // at another time (information asked for again) is news.
    for _ in 0..2 {
        let repeated = post(
            report("needs-information", &case),
            now,
            "simulator-callback-secret",
        )
        .await
        .expect("post");
        assert_eq!(repeated.status(), 204);
    }
    assert_eq!(
        database
            .case_events()
            .of_submission(&reference)
            .await
            .expect("events")
            .len(),
        before + 1
    );
    let later = serde_json::to_vec(&serde_json::json!({
        "call": call.id, "agency": call.agency, "case_number": case,
        "status": "needs-information", "reported_at": "2026-11-22T12:00:00+01:00",
    }))
    .expect("json");
    let again = post(later, now, "simulator-callback-secret")
        .await
        .expect("post");
    assert_eq!(again.status(), 204);
    let events = database
        .case_events()
        .of_submission(&reference)
        .await
        .expect("events");
    assert_eq!(events.len(), before + 2);
    assert!(
        events
            .iter()
            .any(|e| e.reported_at.stored() == "2026-11-22T11:00:00.000Z"),
        "kept in UTC: {events:?}"
    );

    // A poll that got no time from the agency stores a status when it heard it; the callback
    // for the same change, carrying the earlier time the agency set it, is not news.
    let heard = chrono::Utc::now();
    let at = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string();
    let heard_at = app::domain::Instant::parse(&at(heard)).expect("a time");
    assert!(database
        .case_events()
        .add(
            &call.id,
            CaseStatus::InProgress,
            Some("Vi ser på saken"),
            heard_at,
        )
        .await
        .expect("poll"));
    // Each callback is signed and accepted (204); the number of stored events is the verdict.
    let tell = |status: &str, message: &str, when: chrono::DateTime<chrono::Utc>| {
        let body = serde_json::to_vec(&serde_json::json!({
            "call": call.id, "agency": call.agency, "case_number": case,
            "status": status, "message": message, "reported_at": at(when),
        }))
        .expect("json");
        let (post, database, reference) = (&post, &database, &reference);
        async move {
            let told = post(body, now, "simulator-callback-secret")
                .await
                .expect("post");
            assert_eq!(told.status(), 204);
            database
                .case_events()
                .of_submission(reference)
                .await
                .expect("events")
                .len()
        }
    };
    let (earlier, later) = (
        heard - chrono::Duration::seconds(30),
        heard + chrono::Duration::seconds(30),
    );
    assert_eq!(
        tell("in-progress", "Vi ser på saken", earlier).await,
        before + 3,
        "the poll and the callback told one change"
    );
    // Another message, or the same status set again after the poll heard it, is news.
    assert_eq!(
        tell("in-progress", "Vi trenger mer tid", earlier).await,
        before + 4
    );
    assert_eq!(
        tell("in-progress", "Vi ser på saken", later).await,
        before + 5
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

/// Waits until every call of `reference` has an `approved` status, and returns each call's
/// statuses in order.
async fn decided(database: &Database, reference: &str) -> Vec<Vec<CaseStatus>> {
    let calls = settle(database, reference, DeliveryState::Delivered).await;
    for _ in 0..400 {
        let events = database
            .case_events()
            .of_submission(reference)
            .await
            .expect("events");
        let statuses: Vec<Vec<CaseStatus>> = calls
            .iter()
            .map(|c| {
                events
                    .iter()
                    .filter(|e| e.delivery_id == c.id)
                    .map(|e| e.status)
                    .collect()
            })
            .collect();
        if statuses.iter().all(|s| s.contains(&CaseStatus::Approved)) {
            return statuses;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("{reference} was not decided");
}

#[tokio::test]
async fn an_agency_that_never_calls_back_is_followed_by_polling_and_no_status_is_stored_twice() {
    for silent in [true, false] {
        let app = spawn_app_with(|config| {
            config.agencies.backoff = Duration::from_millis(20);
            config.agencies.poll = Duration::from_millis(20);
            config.agencies.simulator_step = Duration::from_millis(100);
            config.agencies.status_poll = Duration::from_millis(150);
        })
        .await;
        for agency in app::journey::Agency::ALL {
            fault(&app, agency.id(), serde_json::json!({ "silent": silent })).await;
        }
        let database = Database::connect(&app.database_url).await.expect("db");
        let browser = logged_in(&app, "Kari Nordmann").await;
        let check = walk_fa_barn(&app, &browser).await;
        let reference = submit(&app, &browser, &check).await;
        let statuses = decided(&database, &reference).await;
        for call in &statuses {
            let mut unique = call.clone();
            unique.dedup();
            assert_eq!(
                &unique, call,
                "silent: {silent}: each status once: {statuses:?}"
            );
        }
        let (_, receipt) = page(&app, &browser, &format!("/receipt/{reference}")).await;
        assert!(receipt.contains("Innvilget"), "silent: {silent}: {receipt}");
    }
}

/// A prefilled text answer of a draft.
fn text(answers: &app::journey::Answers, id: &str) -> String {
    match answers.get(id) {
        Some(app::journey::Answer::Text(t)) => t.clone(),
        other => panic!("{id}: {other:?}"),
    }
}

#[tokio::test]
async fn dodsfall_reaches_the_court_and_nav_once_each_and_the_timeline_shows_every_status() {
    use crate::journey::{answer, logged_in_high, post_step, start};
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let browser = logged_in_high(&app, "Aisha Khan").await;
    let first = start(&app, &browser, "dodsfall-og-arv").await;
    let draft_id = first.split('/').nth(2).expect("draft id");
    let aisha = crate::login::synthetic("Aisha Khan");
    let prefilled = database
        .drafts()
        .get(&aisha, draft_id)
        .await
        .expect("read")
        .expect("draft")
        .answers;
    // The form posts what it shows: the deceased and the heirs as Folkeregisteret gave them.
    let next = answer(
        &app,
        &browser,
        &first,
        &[
            ("deceased_pid", &text(&prefilled, "deceased_pid")),
            ("deceased_name", &text(&prefilled, "deceased_name")),
            ("death_date", &text(&prefilled, "death_date")),
            ("has_will", "no"),
        ],
    )
    .await;
    let heirs_step = answer(&app, &browser, &next, &[("relation", "spouse")]).await;
    let Some(app::journey::Answer::Items(heirs)) = prefilled.get("heirs") else {
        panic!("the heirs are prefilled: {prefilled:?}");
    };
    assert_eq!(heirs.len(), 3, "Aisha and the two children");
    let mut posted: Vec<(String, String)> = Vec::new();
    for (i, heir) in heirs.iter().enumerate() {
        posted.push((format!("heirs.{i}._"), String::new()));
        for field in ["heir_pid", "heir_name", "heir_relation"] {
            posted.push((format!("heirs.{i}.{field}"), text(heir, field)));
        }
    }
    posted.push(("heirs_informed".into(), "yes".into()));
    // The children are minors: their guardian acts for them.
    posted.push(("heirs_under_guardianship".into(), "yes".into()));
    let posted: Vec<(&str, &str)> = posted
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let settlement = post_step(&app, &browser, &heirs_step, &posted, "continue").await;
    let settlement = location(&settlement);
    assert!(settlement.ends_with("/settlement"), "{settlement}");
    let private = answer(&app, &browser, &settlement, &[("settlement", "private")]).await;
    let assets = answer(&app, &browser, &private, &[("debt_liability", "yes")]).await;
    let pension = answer(&app, &browser, &assets, &[("bank_deposits", "80 000")]).await;
    assert!(
        pension.ends_with("/survivors-pension"),
        "a spouse may apply: {pension}"
    );
    let check = answer(
        &app,
        &browser,
        &pension,
        &[
            ("apply_survivors_pension", "yes"),
            ("relationship_start", "01.06.2010"),
            ("shared_children", "yes"),
            ("own_expected_income", "350 000"),
            ("pension_bank_account", "1234 56 78903"),
        ],
    )
    .await;
    assert!(check.ends_with("/check"), "{check}");
    let reference = submit(&app, &browser, &check).await;

    let statuses = decided(&database, &reference).await;
    exactly_one_case_each(&database, &reference).await;
    let calls = database
        .outbox()
        .of_submission(&reference)
        .await
        .expect("calls");
    let mut agencies: Vec<&str> = calls.iter().map(|c| c.agency.as_str()).collect();
    agencies.sort_unstable();
    assert_eq!(agencies, ["domstol", "nav"]);
    for call in &statuses {
        assert_eq!(
            call,
            &[
                CaseStatus::Received,
                CaseStatus::InProgress,
                CaseStatus::Approved
            ],
            "every status, in order"
        );
    }
    let (_, receipt) = page(&app, &browser, &format!("/receipt/{reference}")).await;
    assert_eq!(
        receipt.matches("Innvilget, saksnummer").count(),
        2,
        "{receipt}"
    );
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
