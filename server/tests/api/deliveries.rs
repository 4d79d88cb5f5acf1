//! The deliveries page over HTTP: an agency's call is dead-lettered while the agency is down
//! (the simulator's fault), its admin sees it with the last error and sends it again from the
//! page; its caseworker sees it read-only and is refused the retry; another agency's admin gets
//! 404 for the page and the call. (In these tests the municipality has an API, see `helpers`.)

use crate::{
    delivery::{fault, settle, submit},
    helpers::spawn_app_with,
    journey::{logged_in, walk_fa_barn_with},
    login::{csrf_token, location, page},
};
use app::domain::DeliveryState;
use reqwest::Client;
use server::storage::Database;
use std::time::Duration;

async fn retry(
    app: &crate::helpers::TestApp,
    browser: &Client,
    path: &str,
    action: &str,
) -> reqwest::Response {
    let (_, html) = page(app, browser, "/").await;
    browser
        .post(app.url(path))
        .form(&[
            ("csrf_token", csrf_token(&html).as_str()),
            ("action", action),
        ])
        .send()
        .await
        .expect("retry")
}

#[tokio::test]
async fn an_admin_retries_a_dead_call_from_the_page_and_others_are_refused() {
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
    let kari = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn_with(&app, &kari, true).await;
    let reference = submit(&app, &kari, &check).await;
    let mut dead = None;
    for _ in 0..400 {
        let calls = database.outbox().of_submission(&reference).await;
        dead = calls
            .expect("calls")
            .into_iter()
            .find(|c| c.state == DeliveryState::Dead);
        if dead.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let dead = dead.expect("the kindergarten call is dead-lettered");
    fault(&app, "kommune", serde_json::json!({})).await;
    let page_path = "/admin/deliveries/kommune";
    let action = format!("retry:{}", dead.id);

    // The admin's entry page leads to the agency's deliveries, which list the dead call.
    let erik = logged_in(&app, "Erik Holm").await;
    let (status, html) = page(&app, &erik, "/admin").await;
    assert_eq!(status, 200);
    assert!(
        html.contains(r#"href="/admin/deliveries/kommune""#),
        "{html}"
    );
    let (status, html) = page(&app, &erik, page_path).await;
    assert_eq!(status, 200);
    assert!(html.contains(&reference) && html.contains("503"), "{html}");
    assert!(
        html.contains(&format!(r#"value="{action}""#)),
        "a retry form: {html}"
    );

    // The municipality's caseworker sees it read-only and may not retry.
    let sara = logged_in(&app, "Sara Eide").await;
    let (status, html) = page(&app, &sara, "/caseworker/sent/kommune?show=undelivered").await;
    assert_eq!(status, 200);
    assert!(
        html.contains(&reference) && !html.contains("retry:"),
        "{html}"
    );
    let refused = retry(&app, &sara, page_path, &action).await;
    assert_eq!(refused.status(), 403);

    // Another agency's admin finds neither the page nor the call.
    let lars = logged_in(&app, "Lars Dahl").await;
    let (status, _) = page(&app, &lars, page_path).await;
    assert_eq!(status, 404);
    assert_eq!(retry(&app, &lars, page_path, &action).await.status(), 404);
    let own_page = retry(&app, &lars, "/admin/deliveries/nav", &action).await;
    assert_eq!(
        own_page.status(),
        404,
        "another agency's call on NAV's page"
    );
    let call = database
        .outbox()
        .get(&dead.id)
        .await
        .expect("read")
        .expect("call");
    let state = call.state;
    assert_eq!(
        state,
        DeliveryState::Dead,
        "no refused retry changed anything"
    );

    // The admin sends it again: back to the page, which says so; the call is delivered.
    let retried = retry(&app, &erik, page_path, &action).await;
    assert_eq!(retried.status(), 303);
    let back = location(&retried);
    assert_eq!(back, format!("{page_path}?done=retried&count=1"));
    let (_, html) = page(&app, &erik, &back).await;
    assert!(html.contains("Lagt i køen igjen: 1"), "{html}");
    settle(&database, &reference, DeliveryState::Delivered).await;
    let again = retry(&app, &erik, page_path, &action).await;
    assert_eq!(location(&again), format!("{page_path}?done=nothing"));

    // What was sent, and who sent it again, for the caseworker.
    let (status, html) = page(&app, &sara, "/caseworker/sent/kommune").await;
    assert_eq!(status, 200);
    let delivered = database
        .outbox()
        .get(&dead.id)
        .await
        .expect("read")
        .expect("call");
    let case = delivered.case_number.expect("a case number");
    assert!(html.contains(&case) && html.contains("Erik Holm"), "{html}");
}
