//! The simulated registers over HTTP, and a register that is down, slow or hostile: the journey
//! starts anyway, the fields left to the citizen with a notice.

use crate::{
    delivery::fault,
    helpers::{spawn_app, spawn_app_with, TestApp},
    journey::{logged_in, start},
    login::{page, synthetic},
    prefill::register_get,
};
use axum::{routing::get, Router};
use serde_json::{json, Value};
use std::time::Duration;

#[tokio::test]
async fn the_registers_answer_over_http_with_a_token() {
    let app = spawn_app().await;
    let kari = synthetic("Kari Nordmann");

    let anonymous = app
        .client
        .get(app.url(&format!("/sim/registers/folkeregisteret/persons/{kari}")))
        .send()
        .await
        .expect("get");
    assert_eq!(anonymous.status(), 401);

    let (status, person) = register_get(&app, &format!("folkeregisteret/persons/{kari}")).await;
    assert_eq!(status, 200);
    assert_eq!(person["name"], "Kari Nordmann");
    assert_eq!(person["address"]["city"], "Oslo");
    let relations: Vec<&str> = person["relations"]
        .as_array()
        .expect("relations")
        .iter()
        .map(|r| r["relation"].as_str().expect("relation"))
        .collect();
    assert_eq!(relations, ["spouse", "child", "child"]);
    let (status, _) = register_get(&app, "folkeregisteret/persons/01018012345").await;
    assert_eq!(status, 404);

    // The event feed, read one at a time from a cursor, ends where it ends.
    let (_, all) = register_get(&app, "folkeregisteret/events?after=0").await;
    let events = all["events"].as_array().expect("events").clone();
    assert!(events.iter().any(|e| e["kind"] == "birth"));
    assert!(events.iter().any(|e| e["kind"] == "death"));
    let mut cursor = 0;
    let mut read = Vec::new();
    loop {
        let (_, page) = register_get(
            &app,
            &format!("folkeregisteret/events?after={cursor}&limit=1"),
        )
        .await;
        let batch = page["events"].as_array().expect("events").clone();
        if batch.is_empty() {
            assert_eq!(page["next"], cursor);
            break;
        }
        cursor = page["next"].as_u64().expect("next");
        read.extend(batch);
    }
    assert_eq!(read, events);

    // Enhetsregisteret: a founder's roles, search, registration, a taken name, bad input.
    let per = synthetic("Per Hansen");
    let (_, roles) = register_get(&app, &format!("enhetsregisteret/roles/{per}")).await;
    assert_eq!(roles["units"][0]["name"], "Hansen Snekkeri AS");
    let (_, found) = register_get(&app, "enhetsregisteret/units?name=snekkeri").await;
    assert_eq!(found["units"].as_array().expect("units").len(), 1);
    let register = |body: Value| {
        app.client
            .post(app.url("/sim/registers/enhetsregisteret/units"))
            .bearer_auth("simulator-token")
            .json(&body)
            .send()
    };
    let created = register(
        json!({"name": "Khan Catering AS", "form": "AS", "founder": synthetic("Aisha Khan")}),
    )
    .await
    .expect("register");
    assert_eq!(created.status(), 201);
    let unit: Value = created.json().await.expect("unit");
    let orgnr = unit["orgnr"].as_str().expect("orgnr");
    assert!(app::journey::OrgNumber::parse(orgnr).is_ok());
    let (status, again) = register_get(&app, &format!("enhetsregisteret/units/{orgnr}")).await;
    assert_eq!(
        (status, again["name"].as_str()),
        (200, Some("Khan Catering AS"))
    );
    let taken = register(json!({"name": "khan catering as", "form": "AS", "founder": per}))
        .await
        .expect("register");
    assert_eq!(taken.status(), 409);
    // Names differ in case beyond ASCII too (Ø, Å).
    let norwegian = register(json!({"name": "Bølgen Dykk AS", "form": "AS", "founder": per}))
        .await
        .expect("register");
    assert_eq!(norwegian.status(), 201);
    let shouted = register(json!({"name": "BØLGEN DYKK AS", "form": "AS", "founder": per}))
        .await
        .expect("register");
    assert_eq!(shouted.status(), 409, "the same name in capitals is taken");
    let bad = register(json!({"name": "X", "form": "LLC", "founder": "123"}))
        .await
        .expect("register");
    assert_eq!(bad.status(), 400);
}

/// Kari starts Få barn; the first step must say that Folkeregisteret could not be read.
async fn start_without_prefill(app: &TestApp) -> (reqwest::Client, String, String) {
    let browser = logged_in(app, "Kari Nordmann").await;
    let first = start(app, &browser, "fa-barn").await;
    let (status, html) = page(app, &browser, &first).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Vi fikk ikke hentet opplysninger fra Folkeregisteret"),
        "{html}"
    );
    (browser, first, html)
}

#[tokio::test]
async fn a_register_that_is_down_leaves_the_fields_to_the_citizen_with_a_notice() {
    let app = spawn_app().await;
    fault(&app, "folkeregisteret", json!({"down": true})).await;
    let (browser, _, html) = start_without_prefill(&app).await;
    assert!(
        html.contains(r#"name="a.child_pid" id="a.child_pid" value="""#),
        "{html}"
    );
    assert!(!html.contains("Fra Folkeregisteret,"), "{html}");
    let (_, my_page) = page(&app, &browser, "/my-page").await;
    assert!(my_page.contains("Ikke tilgjengelig"), "{my_page}");
    // Each of the journey's three look-ups is in the log as not available.
    assert_eq!(my_page.matches("Ikke tilgjengelig").count(), 3, "{my_page}");

    // Back up: the next start is prefilled again.
    fault(&app, "folkeregisteret", json!({})).await;
    let again = start(&app, &browser, "fa-barn").await;
    let (_, html) = page(&app, &browser, &again).await;
    assert!(html.contains("Fra Folkeregisteret,"), "{html}");
}

#[tokio::test]
async fn a_slow_register_times_out_and_the_journey_starts_anyway() {
    let app = spawn_app_with(|config| {
        config.agencies.register_timeout = Duration::from_millis(300);
    })
    .await;
    fault(&app, "folkeregisteret", json!({"latency_ms": 5000})).await;
    let began = std::time::Instant::now();
    start_without_prefill(&app).await;
    assert!(
        began.elapsed() < Duration::from_secs(4),
        "{:?}",
        began.elapsed()
    );
}

/// A register that answers with whatever it is given.
async fn hostile_register(body: &'static str) -> String {
    let router = Router::new().fallback(get(move || async move {
        ([("content-type", "application/json")], body)
    }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router).await });
    format!("http://{address}")
}

#[tokio::test]
async fn a_hostile_register_answer_is_refused_and_the_citizen_fills_in() {
    let kari = synthetic("Kari Nordmann");
    let control = Box::leak(
        json!({
            "pid": kari, "name": "Kari\u{0007}<script>", "birth_date": "1985-05-15",
            "relations": []
        })
        .to_string()
        .into_boxed_str(),
    );
    let huge = Box::leak(
        format!(r#"{{"pid": "{kari}", "name": "{}"}}"#, "x".repeat(100_000)).into_boxed_str(),
    );
    for body in [&*control, &*huge, "not json", r#"{"pid": "12345678901"}"#] {
        let base = hostile_register(body).await;
        let app = spawn_app_with(|config| config.agencies.registers_url = Some(base)).await;
        let (_, _, html) = start_without_prefill(&app).await;
        assert!(!html.contains("Fra Folkeregisteret,"), "{body:.80}: {html}");
    }
}
