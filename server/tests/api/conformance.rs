//! The agency contract over HTTP: the document is served; the simulated agencies pass the
//! conformance kit, and each rule the simulator is told to break (`violate`), or a service too
//! slow for the timeout, fails exactly that rule; `server conformance` says so from a terminal
//! and exits 1; the portal's callback endpoint answers problem details.

use crate::{delivery::fault, helpers::TestApp};
use app::pages::admin::model::{RuleOutcome, Verdict};
use server::contract::{
    conformance::{listener::listen, run, StaticToken, Target, RULES},
    PROBLEM_JSON,
};
use std::time::Duration;

fn target(app: &TestApp, timeout: Duration) -> Target {
    Target {
        base: app.url("/sim/agencies"),
        agency: "nav".into(),
        operation: "child-benefit".into(),
        timeout,
        callback_wait: Duration::from_secs(10),
        callback_key: Some("simulator-callback-secret".into()),
    }
}

async fn conformance(app: &TestApp, timeout: Duration) -> Vec<RuleOutcome> {
    let listener = listen(([127, 0, 0, 1], 0).into(), None)
        .await
        .expect("listen");
    let tokens = StaticToken("simulator-token".into());
    run(
        &reqwest::Client::new(),
        &target(app, timeout),
        &tokens,
        &listener,
    )
    .await
}

fn with(outcomes: &[RuleOutcome], verdict: Verdict) -> Vec<&str> {
    outcomes
        .iter()
        .filter(|o| o.verdict == verdict)
        .map(|o| o.rule.as_str())
        .collect()
}

#[tokio::test]
async fn the_simulated_agency_passes_every_rule_of_the_contract() {
    let app = crate::helpers::spawn_app().await;
    let outcomes = conformance(&app, Duration::from_secs(5)).await;
    assert_eq!(with(&outcomes, Verdict::Passed), RULES, "{outcomes:#?}");
}

#[tokio::test]
async fn each_rule_the_simulator_breaks_fails_that_rule_and_no_other() {
    let app = crate::helpers::spawn_app().await;
    // Every rule but `timeout`, which is a slow answer (below), not a mode.
    for rule in RULES.into_iter().filter(|r| *r != "timeout") {
        fault(&app, "nav", serde_json::json!({ "violate": rule })).await;
        let outcomes = conformance(&app, Duration::from_secs(5)).await;
        assert_eq!(with(&outcomes, Verdict::Failed), [rule], "{outcomes:#?}");
        let failed = outcomes.iter().find(|o| o.rule == rule).expect("the rule");
        assert!(!failed.detail.is_empty());
    }
    // Too slow for the timeout: `timeout` fails, and what needed the answers is skipped.
    fault(&app, "nav", serde_json::json!({ "latency_ms": 1500 })).await;
    let outcomes = conformance(&app, Duration::from_secs(1)).await;
    assert_eq!(
        with(&outcomes, Verdict::Failed),
        ["timeout"],
        "{outcomes:#?}"
    );
    assert!(with(&outcomes, Verdict::Skipped).contains(&"idempotency"));
}

#[tokio::test]
async fn server_conformance_reports_each_rule_and_exits_1_when_one_fails() {
    let app = crate::helpers::spawn_app().await;
    let agency = app.url("/sim/agencies/nav");
    let command = move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_server"))
            .args([
                "conformance",
                "--agency",
                &agency,
                "--token",
                "simulator-token",
                "--callback-key",
                "simulator-callback-secret",
                "--operation",
                "child-benefit",
                "--wait",
                "10",
            ])
            .output()
            .expect("server conformance")
    };
    let passed = tokio::task::spawn_blocking(command.clone())
        .await
        .expect("run");
    let stdout = String::from_utf8_lossy(&passed.stdout);
    assert!(passed.status.success(), "{stdout}");
    assert!(
        stdout.contains("PASS idempotency") && stdout.contains("9 passed, 0 failed"),
        "{stdout}"
    );

    fault(&app, "nav", serde_json::json!({ "violate": "auth" })).await;
    let failed = tokio::task::spawn_blocking(command).await.expect("run");
    let stdout = String::from_utf8_lossy(&failed.stdout);
    assert_eq!(failed.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("FAIL auth — ") && stdout.contains("8 passed, 1 failed"),
        "{stdout}"
    );

    // Without an agency: usage, exit 2.
    let usage = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["conformance"])
        .output()
        .expect("usage");
    assert_eq!(usage.status.code(), Some(2));
}

#[tokio::test]
async fn the_contract_is_served_and_the_callback_endpoint_answers_problem_details() {
    let app = crate::helpers::spawn_app().await;
    let response = app
        .client
        .get(app.url("/v1/openapi.json"))
        .send()
        .await
        .expect("get");
    assert_eq!(response.status(), 200);
    let document: serde_json::Value = response.json().await.expect("json");
    assert_eq!(document["openapi"], "3.1.0");
    assert!(document["paths"]["/v1/agency-callbacks"]["post"].is_object());
    let refused = app
        .client
        .post(app.url("/v1/agency-callbacks"))
        .body("not a report")
        .send()
        .await
        .expect("post");
    assert_eq!(refused.status(), 400);
    assert_eq!(refused.headers()["content-type"], PROBLEM_JSON);
    let problem: serde_json::Value = refused.json().await.expect("problem");
    assert_eq!(problem["type"], "urn:veiviser:problem:not-a-status-report");
    assert_eq!(problem["status"], 400);
    let large = app
        .client
        .post(app.url("/v1/agency-callbacks"))
        .body(vec![b'x'; 17 * 1024])
        .send()
        .await
        .expect("post");
    assert_eq!(large.status(), 413);
    assert_eq!(large.headers()["content-type"], PROBLEM_JSON);
}
