//! Agencies' status callbacks: each agency signs with its own key and speaks only for its own
//! calls, a report dated in the future is refused, the call tells the agency where to call back
//! (so agencies on another instance reach the portal that called them), and simulated cases
//! carry on after the simulator restarts.

use crate::{
    delivery::{fast_app, reported, settle, submit},
    helpers::{repo_root, spawn_app_with},
    journey::{logged_in, walk_fa_barn},
};
use app::domain::{CaseStatus, DeliveryState};
use axum::{body::Bytes, extract::State, http::HeaderMap, routing::post, Router};
use server::{agencies::signature, storage::Database};
use std::{
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::Duration,
};

/// A status report about `call`, as JSON.
fn report(call: &str, agency: &str, case: &str, status: &str, at: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "call": call, "agency": agency, "case_number": case,
        "status": status, "reported_at": at,
    }))
    .expect("json")
}

/// Posts a report signed with `key` now: the answer's status.
async fn post_signed(app: &crate::helpers::TestApp, body: Vec<u8>, key: &str) -> u16 {
    let timestamp = chrono::Utc::now().timestamp();
    app.client
        .post(app.url("/v1/agency-callbacks"))
        .header(signature::TIMESTAMP, timestamp.to_string())
        .header(signature::SIGNATURE, signature::sign(key, timestamp, &body))
        .body(body)
        .send()
        .await
        .expect("post")
        .status()
        .as_u16()
}

fn key_of(agency: &str) -> String {
    format!("{agency}-own-key")
}

#[tokio::test]
async fn each_agency_signs_its_callbacks_with_its_own_key_and_cannot_report_on_another_agencys_call(
) {
    let app = spawn_app_with(|config| {
        config.agencies.poll = Duration::from_millis(20);
        config.agencies.simulator_step = Duration::from_millis(50);
        config.agencies.status_poll = Duration::from_secs(3600);
        for agency in app::journey::Agency::ALL {
            config
                .agencies
                .callback_secrets
                .insert(agency.id().into(), key_of(agency.id()));
        }
    })
    .await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;
    let reference = submit(&app, &browser, &check).await;
    let calls = settle(&database, &reference, DeliveryState::Delivered).await;
    // The simulated agencies sign with their own keys, and the portal takes them.
    reported(&database, &reference, CaseStatus::Approved).await;
    let before = database
        .case_events()
        .of_submission(&reference)
        .await
        .expect("events");

    let name = calls
        .iter()
        .find(|c| c.agency == "skatteetaten")
        .expect("skatteetaten");
    let case = name.case_number.as_deref().expect("case");
    let at = chrono::Utc::now().to_rfc3339();
    let about_name = |agency: &str| report(&name.id, agency, case, "needs-information", &at);
    assert_eq!(
        post_signed(&app, about_name("skatteetaten"), &key_of("nav")).await,
        401,
        "NAV's key does not sign for Skatteetaten"
    );
    assert_eq!(
        post_signed(&app, about_name("nav"), &key_of("nav")).await,
        404,
        "NAV cannot report on Skatteetaten's call"
    );
    assert_eq!(
        post_signed(
            &app,
            about_name("skatteetaten"),
            "simulator-callback-secret"
        )
        .await,
        401,
        "an agency with a key of its own is not taken on the shared one"
    );
    assert_eq!(
        post_signed(&app, about_name("nowhere"), &key_of("nav")).await,
        401
    );
    assert_eq!(
        database
            .case_events()
            .of_submission(&reference)
            .await
            .expect("events"),
        before,
        "nothing refused was stored"
    );
    assert_eq!(
        post_signed(&app, about_name("skatteetaten"), &key_of("skatteetaten")).await,
        204
    );
    assert_eq!(
        database
            .case_events()
            .of_submission(&reference)
            .await
            .expect("events")
            .len(),
        before.len() + 1
    );
}

#[tokio::test]
async fn a_callback_dated_beyond_the_allowed_skew_is_refused_and_cannot_pin_the_status() {
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
    let case = call.case_number.as_deref().expect("case");
    let key = "simulator-callback-secret";
    let soon = (chrono::Utc::now() + chrono::Duration::minutes(10)).to_rfc3339();
    for future in ["9999-12-31T23:59:59Z", soon.as_str()] {
        let body = report(&call.id, &call.agency, case, "rejected", future);
        assert_eq!(post_signed(&app, body, key).await, 400, "{future}");
    }
    assert_eq!(
        database
            .case_events()
            .of_submission(&reference)
            .await
            .expect("events")
            .len(),
        before
    );
    // A clock a minute ahead is within the skew.
    let ahead = (chrono::Utc::now() + chrono::Duration::minutes(1)).to_rfc3339();
    let body = report(&call.id, &call.agency, case, "needs-information", &ahead);
    assert_eq!(post_signed(&app, body, key).await, 204);
}

#[tokio::test]
async fn with_the_agencies_on_another_instance_their_callbacks_reach_the_portal_that_called_them() {
    let agencies = fast_app().await;
    let base = agencies.address.clone();
    let portal = spawn_app_with(|config| {
        config.agencies.url = Some(format!("{base}/sim/agencies"));
        config.agencies.registers_url = Some(format!("{base}/sim/registers"));
        config.agencies.auth_mode = server::agencies::AuthMode::Static;
        config.agencies.poll = Duration::from_millis(20);
        // Only callbacks can tell it how the cases went within this test.
        config.agencies.status_poll = Duration::from_secs(3600);
    })
    .await;
    let database = Database::connect(&portal.database_url).await.expect("db");
    let browser = logged_in(&portal, "Kari Nordmann").await;
    let check = walk_fa_barn(&portal, &browser).await;
    let reference = submit(&portal, &browser, &check).await;
    settle(&database, &reference, DeliveryState::Delivered).await;
    reported(&database, &reference, CaseStatus::Approved).await;
}

/// The portal's end of the callbacks in the restart test: what came, and whether each was
/// signed with NAV's key.
#[derive(Clone, Default)]
struct Heard(Arc<Mutex<Vec<(String, String, bool)>>>);

async fn hear(State(heard): State<Heard>, headers: HeaderMap, body: Bytes) -> &'static str {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let signed = signature::verify(
        &key_of("nav"),
        header(signature::TIMESTAMP),
        header(signature::SIGNATURE),
        &body,
        chrono::Utc::now().timestamp(),
    )
    .is_ok();
    let report: serde_json::Value = serde_json::from_slice(&body).expect("a report");
    heard.0.lock().expect("lock").push((
        report["status"].as_str().unwrap_or_default().to_string(),
        report["reported_at"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        signed,
    ));
    "ok"
}

/// A port nothing listens on (yet).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// The server binary, with the simulator, on `port`.
fn start_simulator(database_url: &str, port: u16) -> Child {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .current_dir(repo_root())
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "off")
        .env("DATABASE_URL", database_url)
        .env("VEIVISER_SIMULATOR_STEP_MS", "1500")
        .env("VEIVISER_CALLBACK_SECRET_NAV", key_of("nav"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("server starts")
}

async fn live(client: &reqwest::Client, port: u16) {
    for _ in 0..400 {
        let url = format!("http://127.0.0.1:{port}/health/live");
        if client
            .get(&url)
            .send()
            .await
            .is_ok_and(|r| r.status() == 200)
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server did not start");
}

#[tokio::test]
async fn simulated_cases_keep_progressing_and_calling_back_after_the_simulator_restarts() {
    let heard = Heard::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let portal = format!(
        "http://{}/agency-callbacks",
        listener.local_addr().expect("addr")
    );
    let router = Router::new()
        .route("/agency-callbacks", post(hear))
        .with_state(heard.clone());
    tokio::spawn(async move { axum::serve(listener, router).await.expect("portal") });

    let dir = tempfile::tempdir().expect("dir");
    let database_url = crate::helpers::fresh_database_url(dir.path()).await;
    let client = reqwest::Client::new();
    let port = free_port();
    let mut simulator = start_simulator(&database_url, port);
    live(&client, port).await;
    let opened = client
        .post(format!(
            "http://127.0.0.1:{port}/sim/agencies/v1/nav/child-benefit"
        ))
        .bearer_auth("simulator-token")
        .header("Idempotency-Key", "restart-case")
        .header("X-Veiviser-Callback-Url", &portal)
        .json(&serde_json::json!({ "payload": {} }))
        .send()
        .await
        .expect("call");
    assert_eq!(opened.status(), 201);
    let statuses = || -> Vec<String> {
        heard
            .0
            .lock()
            .expect("lock")
            .iter()
            .map(|(s, ..)| s.clone())
            .collect()
    };
    for _ in 0..100 {
        if !statuses().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // Time to note the callback as sent, well before the case moves on.
    tokio::time::sleep(Duration::from_millis(300)).await;
    simulator.kill().expect("stop");
    simulator.wait().expect("stopped");
    assert_eq!(
        statuses(),
        ["received"],
        "the call's callback address heard the first status before the restart"
    );
    // Down past the time the case was to move on.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let port = free_port();
    let mut simulator = start_simulator(&database_url, port);
    live(&client, port).await;
    let mut decided = false;
    for _ in 0..400 {
        if statuses().contains(&"approved".to_string()) {
            decided = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    simulator.kill().expect("stop");
    let _ = simulator.wait();
    assert!(
        decided,
        "the case went on after the restart: {:?}",
        statuses()
    );
    let heard = heard.0.lock().expect("lock").clone();
    let order: Vec<&str> = heard.iter().map(|(s, ..)| s.as_str()).collect();
    assert_eq!(order, ["received", "in-progress", "approved"], "{heard:?}");
    assert!(
        heard.iter().all(|(.., signed)| *signed),
        "signed with NAV's own key"
    );
    assert!(
        heard.windows(2).all(|w| w[0].1 < w[1].1),
        "each status dated after the one before: {heard:?}"
    );
}

#[tokio::test]
async fn the_simulators_answers_carry_the_same_security_headers_as_the_portals() {
    let app = fast_app().await;
    let authorised = app
        .client
        .get(app.url("/sim/admin/faults/nav"))
        .bearer_auth("simulator-token")
        .send()
        .await
        .expect("get");
    let refused = app
        .client
        .post(app.url("/sim/agencies/v1/nav/child-benefit"))
        .send()
        .await
        .expect("post");
    assert_eq!(
        (authorised.status().as_u16(), refused.status().as_u16()),
        (200, 401)
    );
    for response in [authorised, refused] {
        let headers = response.headers();
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string()
        };
        assert!(
            header("content-security-policy").contains("frame-ancestors 'none'"),
            "{headers:?}"
        );
        assert_eq!(header("x-content-type-options"), "nosniff");
        assert_eq!(header("x-frame-options"), "DENY");
        assert_eq!(header("referrer-policy"), "same-origin");
    }
}
