//! An agency's connector over HTTP, with the simulator in the loop: NAV's admin points NAV's
//! connector at an address where nothing answers and the next delivery fails and is retried;
//! pointed back at the environment's address, the same call is delivered — no restart between.
//! A bad address is refused at its field (and the typed token never comes back); another
//! agency's admin is refused the page and the form; the test connection shows what came back.

use crate::{
    delivery::{exactly_one_case_each, fast_app, settle, submit},
    helpers::TestApp,
    journey::{logged_in, walk_fa_barn},
    login::{csrf_token, location, page},
};
use app::domain::DeliveryState;
use reqwest::Client;
use server::storage::Database;
use std::time::Duration;

const NAV: &str = "/admin/connectors/nav";

/// Posts NAV's connector form with the environment's authentication and these fields.
async fn post(app: &TestApp, admin: &Client, fields: &[(&str, &str)]) -> reqwest::Response {
    let (_, html) = page(app, admin, "/admin").await;
    let token = csrf_token(&html);
    let mut form = vec![
        ("csrf_token", token.as_str()),
        ("action", "save"),
        ("kind", "api"),
        ("url", ""),
        ("auth", "default"),
        ("scopes", ""),
        ("token", ""),
        ("timeout_seconds", "2"),
        ("backoff_ms", "50"),
        ("give_up_hours", "1"),
        ("attempts", "0"),
    ];
    for (name, value) in fields {
        if let Some(field) = form.iter_mut().find(|(n, _)| n == name) {
            field.1 = value;
        }
    }
    admin
        .post(app.url(NAV))
        .form(&form)
        .send()
        .await
        .expect("post")
}

#[tokio::test]
async fn a_connector_change_is_used_by_the_next_delivery_without_a_restart() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let lars = logged_in(&app, "Lars Dahl").await;
    // Nothing listens on port 1: every call to NAV fails to connect, and is retried.
    let nowhere = post(&app, &lars, &[("url", "http://127.0.0.1:1")]).await;
    assert_eq!(nowhere.status(), 303);
    assert_eq!(location(&nowhere), format!("{NAV}?done=saved"));
    let kari = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &kari).await;
    let reference = submit(&app, &kari, &check).await;
    let mut failing = Vec::new();
    for _ in 0..400 {
        let calls = database
            .outbox()
            .of_submission(&reference)
            .await
            .expect("calls");
        failing = calls
            .into_iter()
            .filter(|c| c.agency == "nav" && c.attempts >= 1)
            .collect();
        if !failing.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert!(
        !failing.is_empty(),
        "NAV's calls were tried at the new address"
    );
    for call in &failing {
        assert_ne!(call.state, DeliveryState::Delivered, "{call:?}");
        assert_ne!(
            call.state,
            DeliveryState::Dead,
            "a refused connection is retried: {call:?}"
        );
        let error = call.last_error.as_deref().unwrap_or_default();
        assert!(error.contains("could not be reached"), "{error}");
    }
    // Back to the environment's address (the simulator): the retry is delivered.
    let back = post(&app, &lars, &[]).await;
    assert_eq!(back.status(), 303);
    let calls = settle(&database, &reference, DeliveryState::Delivered).await;
    assert!(
        calls.iter().any(|c| c.agency == "nav" && c.attempts >= 2),
        "{calls:?}"
    );
    exactly_one_case_each(&database, &reference).await;
    // Both changes are on the page, with who made them.
    let (status, html) = page(&app, &lars, NAV).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("http://127.0.0.1:1") && html.contains("Lars Dahl"),
        "{html}"
    );
}

/// A connector's most attempts: a call failing that many times is given up, long before its
/// give-up time, and says why; a count out of range is refused at its field.
#[tokio::test]
async fn a_call_is_given_up_after_the_connectors_most_attempts() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let lars = logged_in(&app, "Lars Dahl").await;
    let refused = post(&app, &lars, &[("attempts", "101")]).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("page");
    assert!(html.contains("Skriv et helt tall fra 0 til 100."), "{html}");
    let saved = post(
        &app,
        &lars,
        &[("url", "http://127.0.0.1:1"), ("attempts", "2")],
    )
    .await;
    assert_eq!(location(&saved), format!("{NAV}?done=saved"));
    let kari = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &kari).await;
    let reference = submit(&app, &kari, &check).await;
    let mut dead = Vec::new();
    for _ in 0..400 {
        let calls = database
            .outbox()
            .of_submission(&reference)
            .await
            .expect("calls");
        dead = calls
            .into_iter()
            .filter(|c| c.agency == "nav" && c.state == DeliveryState::Dead)
            .collect();
        if !dead.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert!(!dead.is_empty(), "NAV's calls were given up");
    for call in &dead {
        assert_eq!(call.attempts, 2, "{call:?}");
        let error = call.last_error.as_deref().unwrap_or_default();
        assert!(error.starts_with("gave up after 2 attempts: "), "{error}");
    }
}

#[tokio::test]
async fn a_bad_address_is_refused_at_its_field_and_the_typed_token_never_comes_back() {
    let app = fast_app().await;
    let lars = logged_in(&app, "Lars Dahl").await;
    let scheme = post(
        &app,
        &lars,
        &[
            ("url", "ftp://nav.example"),
            ("auth", "static"),
            ("token", "typed-s3cret"),
        ],
    )
    .await;
    assert_eq!(scheme.status(), 422);
    let html = scheme.text().await.expect("page");
    assert!(
        html.contains("Adressen må begynne med https:// eller http://."),
        "{html}"
    );
    assert!(html.contains(r#"id="c-url-error""#) && html.contains("ftp://nav.example"));
    assert!(!html.contains("typed-s3cret"), "the token is not sent back");
    let itself = post(&app, &lars, &[("url", app.address.as_str())]).await;
    assert_eq!(itself.status(), 422);
    let html = itself.text().await.expect("page");
    assert!(html.contains("Adressen peker på Veiviser selv."), "{html}");
    let (_, html) = page(&app, &lars, NAV).await;
    assert!(
        html.contains("Ingen endringer er lagret her."),
        "nothing changed: {html}"
    );
}

#[tokio::test]
async fn another_agencys_admin_is_refused_the_page_and_the_form() {
    let app = fast_app().await;
    let magnus = logged_in(&app, "Magnus Strand").await;
    let (status, _) = page(&app, &magnus, NAV).await;
    assert_eq!(status, 403);
    let refused = post(&app, &magnus, &[("url", "https://evil.example")]).await;
    assert_eq!(refused.status(), 403);
    let lars = logged_in(&app, "Lars Dahl").await;
    let (_, html) = page(&app, &lars, NAV).await;
    assert!(!html.contains("evil.example"));
    // His own agency's connector is linked from his admin page.
    let (_, home) = page(&app, &magnus, "/admin").await;
    assert!(
        home.contains(r#"href="/admin/connectors/skatteetaten""#),
        "{home}"
    );
}

#[tokio::test]
async fn the_test_connection_shows_what_the_agency_answered() {
    let app = fast_app().await;
    let lars = logged_in(&app, "Lars Dahl").await;
    let (_, html) = page(&app, &lars, NAV).await;
    let response = lars
        .post(app.url(NAV))
        .form(&[
            ("csrf_token", csrf_token(&html).as_str()),
            ("action", "test"),
        ])
        .send()
        .await
        .expect("test");
    assert_eq!(response.status(), 200);
    let html = response.text().await.expect("page");
    // The simulator has no such case: a 404, harmless, and proof the address and token work.
    assert!(html.contains("status 404"), "{html}");
    assert!(
        html.contains("/sim/agencies/v1/nav/cases/veiviser-connection-test"),
        "{html}"
    );
    // Then the agency contract's rules, over the same connector: the simulator follows them
    // all, its status report coming back through the portal's own callback endpoint.
    assert!(html.contains("Tjenesten følger alle reglene."), "{html}");
    for rule in server::contract::conformance::RULES {
        let row = html
            .split(&format!("<code>{rule}</code>"))
            .nth(1)
            .unwrap_or_else(|| panic!("a row for {rule}: {html}"));
        assert!(
            row.split("</tr>")
                .next()
                .is_some_and(|r| r.contains("Bestått")),
            "{rule}: {html}"
        );
    }
    // A service that takes calls without a token breaks one rule, and the page says which.
    crate::delivery::fault(&app, "nav", serde_json::json!({ "violate": "auth" })).await;
    let (_, html) = page(&app, &lars, NAV).await;
    let html = lars
        .post(app.url(NAV))
        .form(&[
            ("csrf_token", csrf_token(&html).as_str()),
            ("action", "test"),
        ])
        .send()
        .await
        .expect("test")
        .text()
        .await
        .expect("page");
    assert!(html.contains("Tjenesten bryter 1 av reglene."), "{html}");
    let auth = html
        .split("<code>auth</code>")
        .nth(1)
        .expect("the auth row");
    assert!(
        auth.split("</tr>")
            .next()
            .is_some_and(|r| r.contains("Ikke bestått") && r.contains("was answered 201")),
        "{html}"
    );
}
