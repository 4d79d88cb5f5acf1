//! Nothing acknowledged is lost: the real server process is stopped — cleanly, and killed in the
//! middle of a call — and on restart delivery resumes from the outbox. The agency here is a stub
//! in the test process that counts what it gets: never two cases for one call.

use crate::helpers::repo_root;
use app::{
    domain::DeliveryState,
    journey::{flow::ServiceCall, Agency},
};
use axum::{
    extract::State,
    http::{HeaderMap, StatusCode},
    routing::post,
    Json, Router,
};
use server::storage::Database;
use std::{
    collections::HashMap,
    process::{Child, Command, Stdio},
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

#[derive(Clone, Default)]
struct Stub {
    /// Idempotency key → (case number, calls received).
    cases: Arc<Mutex<HashMap<String, (String, u32)>>>,
    /// Make the case, then take a minute to answer (the caller dies meanwhile).
    hold: Arc<AtomicBool>,
}

async fn agency(
    State(stub): State<Stub>,
    headers: HeaderMap,
) -> Result<Json<serde_json::Value>, StatusCode> {
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some("Bearer stub-token") {
        return Err(StatusCode::UNAUTHORIZED);
    }
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .ok_or(StatusCode::BAD_REQUEST)?
        .to_string();
    let case = {
        let mut cases = stub.cases.lock().expect("lock");
        let next = cases.len() + 1;
        let entry = cases
            .entry(key)
            .or_insert_with(|| (format!("STUB-{next}"), 0));
        entry.1 += 1;
        entry.0.clone()
    };
    if stub.hold.load(Ordering::SeqCst) {
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
    Ok(Json(serde_json::json!({ "case_number": case })))
}

async fn start_stub() -> (Stub, String) {
    let stub = Stub::default();
    let router = Router::new()
        .route("/v1/{agency}/{operation}", post(agency))
        .with_state(stub.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, router).await.expect("stub") });
    (stub, url)
}

/// The real server binary, delivering to `agencies`.
fn start_server(database_url: &str, agencies: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .current_dir(repo_root())
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "off")
        .env("DATABASE_URL", database_url)
        .env("VEIVISER_AGENCIES_URL", agencies)
        // Real agencies imply production; this test runs the demo's login and secrets.
        .env("VEIVISER_MODE", "demo")
        .env("VEIVISER_AGENCY_AUTH", "static")
        .env("VEIVISER_AGENCY_TOKEN", "stub-token")
        .env("VEIVISER_DELIVERY_POLL_MS", "20")
        .env("VEIVISER_DELIVERY_BACKOFF_MS", "50")
        .env("VEIVISER_DELIVERY_TIMEOUT_SECONDS", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("server starts")
}

/// Writes a submission with one call each to NAV and Skatteetaten straight into the outbox, as
/// a submit does, and returns its reference.
async fn submission(database: &Database, name: &str) -> String {
    let calls: Vec<ServiceCall> = [Agency::Nav, Agency::Skatteetaten]
        .into_iter()
        .map(|agency| ServiceCall {
            service: format!("restart-{}", agency.id()),
            agency,
            operation: "restart".into(),
            after: Vec::new(),
            payload: serde_json::json!({}),
        })
        .collect();
    crate::helpers::submission_with(database, name, &calls).await
}

async fn delivered(database: &Database, reference: &str, within: Duration) -> bool {
    let deadline = std::time::Instant::now() + within;
    while std::time::Instant::now() < deadline {
        let calls = database
            .outbox()
            .of_submission(reference)
            .await
            .expect("calls");
        if calls.iter().all(|c| c.state == DeliveryState::Delivered) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

async fn wait_for_schema(database_url: &str) -> Database {
    for _ in 0..200 {
        if let Ok(database) = Database::connect(database_url).await {
            if database.outbox().due(1).await.is_ok()
                && database
                    .people()
                    .who(
                        &server::identity::population::population()[0]
                            .pid
                            .to_string(),
                    )
                    .await
                    .ok()
                    .and_then(|who| who.name)
                    .is_some()
            {
                return database;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server did not prepare its database");
}

#[tokio::test]
async fn delivery_resumes_after_the_process_is_stopped_or_killed_mid_call_and_makes_no_second_case()
{
    let dir = tempfile::tempdir().expect("dir");
    let database_url = crate::helpers::fresh_database_url(dir.path()).await;
    let (stub, agencies) = start_stub().await;

    // 1. Written to the outbox while no server runs: delivered when one starts.
    let mut server = start_server(&database_url, &agencies);
    let database = wait_for_schema(&database_url).await;
    server.kill().expect("stop");
    server.wait().expect("stopped");
    let waiting = submission(&database, "while-down").await;
    let mut server = start_server(&database_url, &agencies);
    assert!(
        delivered(&database, &waiting, Duration::from_secs(15)).await,
        "resumed after start"
    );

    // 2. Killed while the agency is making the case: the answer is lost with the process.
    stub.hold.store(true, Ordering::SeqCst);
    let interrupted = submission(&database, "mid-call").await;
    // Idempotency keys are random: the interrupted submission's are its calls' ids.
    let keys: Vec<String> = database
        .outbox()
        .of_submission(&interrupted)
        .await
        .expect("calls")
        .into_iter()
        .map(|call| call.id)
        .collect();
    let mut received = false;
    for _ in 0..200 {
        let count = stub
            .cases
            .lock()
            .expect("lock")
            .keys()
            .filter(|k| keys.contains(k))
            .count();
        if count == 2 {
            received = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert!(received, "the agency got both calls before the kill");
    server.kill().expect("kill");
    server.wait().expect("killed");
    stub.hold.store(false, Ordering::SeqCst);
    let calls = database
        .outbox()
        .of_submission(&interrupted)
        .await
        .expect("calls");
    assert!(
        calls.iter().all(|c| c.state == DeliveryState::Pending),
        "nothing acknowledged yet: {calls:?}"
    );

    let mut server = start_server(&database_url, &agencies);
    let resumed = delivered(&database, &interrupted, Duration::from_secs(30)).await;
    server.kill().expect("stop");
    let _ = server.wait();
    assert!(
        resumed,
        "delivery resumed after the kill, once the lease ran out"
    );

    let cases = stub.cases.lock().expect("lock").clone();
    for call in database
        .outbox()
        .of_submission(&interrupted)
        .await
        .expect("calls")
    {
        let (case, received) = cases.get(&call.id).expect("the agency has the call");
        assert_eq!(
            call.case_number.as_deref(),
            Some(case.as_str()),
            "the first case, not a second"
        );
        assert_eq!(*received, 2, "sent again after the kill, with the same key");
    }
    assert_eq!(
        cases.len(),
        4,
        "two submissions, two calls each, one case per call: {cases:?}"
    );
}
