//! The simulated Aa-registeret over HTTP: a person's employments, 404 for someone the registers
//! do not know, the token check (the register's own static token from
//! `VEIVISER_AGENCY_TOKEN_AA_REGISTERET`) and its faults.

use crate::{
    delivery::fault,
    helpers::{spawn_app, spawn_app_with, test_config, TestApp},
    login::synthetic,
};
use serde_json::{json, Value};

/// `GET /sim/registers/<path>` with `token`, if any.
async fn read(app: &TestApp, path: &str, token: Option<&str>) -> (u16, Value) {
    let request = app.client.get(app.url(&format!("/sim/registers/{path}")));
    let request = match token {
        Some(token) => request.bearer_auth(token),
        None => request,
    };
    let response = request.send().await.expect("register");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn employments(app: &TestApp, pid: &str, token: Option<&str>) -> (u16, Value) {
    read(app, &format!("aa-registeret/employments/{pid}"), token).await
}

async fn jobs_of(app: &TestApp, name: &str) -> Vec<Value> {
    let (status, body) = employments(app, &synthetic(name), Some("simulator-token")).await;
    assert_eq!(status, 200, "{name}: {body}");
    body["employments"].as_array().expect("employments").clone()
}

#[tokio::test]
async fn aa_registeret_gives_each_persons_employments_newest_first() {
    let app = spawn_app().await;

    // Ola: a full-time job that goes on (no end date), an earlier one behind him.
    let ola = jobs_of(&app, "Ola Nordmann").await;
    assert_eq!(ola.len(), 2);
    assert_eq!(ola[0]["employer_name"], "Nordlys Transport AS");
    assert!(ola[0].get("end_date").is_none(), "{ola:?}");
    assert_eq!(
        (ola[0]["percent"].as_u64(), ola[0]["kind"].as_str()),
        (Some(100), Some("ordinary"))
    );
    assert_eq!(ola[1]["end_date"], "2016-07-31");

    // Kari: two part-time jobs at once.
    let kari = jobs_of(&app, "Kari Nordmann").await;
    let percents: Vec<_> = kari.iter().map(|j| j["percent"].as_u64()).collect();
    assert_eq!(percents, [Some(40), Some(60)]);
    assert!(kari.iter().all(|j| j.get("end_date").is_none()));

    // Aisha lost her job two weeks ago.
    let aisha = jobs_of(&app, "Aisha Khan").await;
    let ended = chrono::Utc::now().date_naive() - chrono::Duration::days(14);
    assert_eq!(aisha[0]["end_date"], ended.format("%Y-%m-%d").to_string());

    // Someone who has never worked has an empty list; the employer is in Enhetsregisteret.
    assert!(jobs_of(&app, "Ingrid Berg").await.is_empty());
    let orgnr = ola[0]["employer_orgnr"].as_str().expect("orgnr");
    assert!(app::journey::OrgNumber::parse(orgnr).is_ok());
    let unit = format!("enhetsregisteret/units/{orgnr}");
    let (_, unit) = read(&app, &unit, Some("simulator-token")).await;
    assert_eq!(unit["name"], "Nordlys Transport AS");

    // A number the registers do not know.
    let (status, _) = employments(&app, "01018012345", Some("simulator-token")).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn aa_registeret_refuses_a_missing_or_wrong_token_and_takes_its_own() {
    let own = test_config(&[("VEIVISER_AGENCY_TOKEN_AA_REGISTERET", "aa-own-token".into())]);
    assert_eq!(
        own.agencies
            .agency_tokens
            .get("aa-registeret")
            .map(String::as_str),
        Some("aa-own-token")
    );
    let app =
        spawn_app_with(|config| config.agencies.agency_tokens = own.agencies.agency_tokens).await;
    let ola = synthetic("Ola Nordmann");
    assert_eq!(employments(&app, &ola, None).await.0, 401);
    assert_eq!(employments(&app, &ola, Some("a guess")).await.0, 401);
    // The shared token is not taken where the register has its own.
    assert_eq!(
        employments(&app, &ola, Some("simulator-token")).await.0,
        401
    );
    let (status, body) = employments(&app, &ola, Some("aa-own-token")).await;
    assert_eq!(status, 200, "{body}");
    // Its own token opens nothing else.
    let person = format!("folkeregisteret/persons/{ola}");
    assert_eq!(read(&app, &person, Some("aa-own-token")).await.0, 401);
}

#[tokio::test]
async fn aa_registeret_misbehaves_as_its_fault_says_and_heals() {
    let app = spawn_app().await;
    let ola = synthetic("Ola Nordmann");
    let token = Some("simulator-token");

    fault(&app, "aa-registeret", json!({"down": true})).await;
    assert_eq!(employments(&app, &ola, token).await.0, 503);
    // Another register's fault is its own.
    let person = format!("folkeregisteret/persons/{ola}");
    assert_eq!(read(&app, &person, token).await.0, 200);

    fault(&app, "aa-registeret", json!({"fail_rate": 1.0})).await;
    assert_eq!(employments(&app, &ola, token).await.0, 500);
    fault(&app, "aa-registeret", json!({"status": 429})).await;
    assert_eq!(employments(&app, &ola, token).await.0, 429);

    fault(&app, "aa-registeret", json!({})).await;
    assert_eq!(employments(&app, &ola, token).await.0, 200);
}
