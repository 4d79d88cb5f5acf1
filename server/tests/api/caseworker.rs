//! The caseworker's workspace over HTTP, with the municipality as an inbox agency: a citizen's
//! kindergarten application reaches its inbox through the outbox, Sara Eide finds and decides
//! it with plain form posts, and the citizen's timeline says so — with a message that stays
//! text. Everyone else is refused: another agency's caseworker, a citizen, a forged post.

use crate::{
    delivery::{settle, submit},
    helpers::{spawn_app_with, TestApp},
    journey::{logged_in, walk_fa_barn_with},
    login::{csrf_token, location, page},
};
use app::domain::DeliveryState;
use server::{agencies::Connector, storage::Database};
use std::time::Duration;

/// The app with quick delivery and the municipality as the inbox agency it is by default.
pub(crate) async fn inbox_app() -> TestApp {
    spawn_app_with(|config| {
        config
            .agencies
            .connectors
            .insert("kommune".into(), Connector::Inbox);
        config.agencies.backoff = Duration::from_millis(20);
        config.agencies.poll = Duration::from_millis(20);
        config.agencies.simulator_step = Duration::from_millis(50);
    })
    .await
}

/// Kari's Få barn with a kindergarten application, delivered: the reference and the case id.
async fn kindergarten_case(app: &TestApp) -> (String, String) {
    let kari = logged_in(app, "Kari Nordmann").await;
    let check = walk_fa_barn_with(app, &kari, true).await;
    let reference = submit(app, &kari, &check).await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let calls = settle(&database, &reference, DeliveryState::Delivered).await;
    let call = calls
        .iter()
        .find(|c| c.agency == "kommune")
        .expect("a call to the municipality");
    let case = call.case_number.clone().expect("a case number");
    (reference, case)
}

#[tokio::test]
async fn a_caseworker_finds_claims_and_decides_a_case_and_the_citizen_sees_the_message_as_text() {
    let app = inbox_app().await;
    let (reference, case) = kindergarten_case(&app).await;
    let sara = logged_in(&app, "Sara Eide").await;
    let (status, inbox) = page(&app, &sara, &format!("/caseworker?q={reference}")).await;
    assert_eq!(status, 200);
    assert!(
        inbox.contains(&case) && inbox.contains("Kari Nordmann"),
        "{inbox}"
    );
    let path = format!("/caseworker/case/{case}");
    let (status, html) = page(&app, &sara, &path).await;
    assert_eq!(status, 200);
    let token = csrf_token(&html);
    let post = |pairs: Vec<(&'static str, String)>| {
        let (sara, url, token) = (sara.clone(), app.url(&path), token.clone());
        async move {
            let mut form = pairs;
            form.push(("csrf_token", token));
            sara.post(url).form(&form).send().await.expect("post")
        }
    };
    let claimed = post(vec![("action", "claim".into())]).await;
    assert_eq!(claimed.status(), 303);
    assert_eq!(location(&claimed), format!("{path}?done=claim"));
    for (to, message) in [
        ("in-progress", "Vi ser på saken."),
        ("approved", "<script>alert('x')</script> Velkommen!"),
    ] {
        let moved = post(vec![
            ("action", "status".into()),
            ("to", to.into()),
            ("message", message.into()),
        ])
        .await;
        assert_eq!(moved.status(), 303, "{to}");
    }
    // A decided case cannot move again: told, nothing changed.
    let again = post(vec![
        ("action", "status".into()),
        ("to", "rejected".into()),
        ("message", "No".into()),
    ])
    .await;
    assert_eq!(location(&again), format!("{path}?done=conflict"));
    // A note over the limit comes back in its field, with what was typed.
    let long = "x".repeat(2001);
    let refused = post(vec![("action", "note".into()), ("text", long.clone())]).await;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.expect("body").contains(&long));
    // Kari's timeline: approved, with the message as text, never as markup.
    let kari = logged_in(&app, "Kari Nordmann").await;
    let (status, timeline) = page(&app, &kari, &format!("/receipt/{reference}/timeline")).await;
    assert_eq!(status, 200);
    assert!(timeline.contains("&lt;script&gt;"), "{timeline}");
    assert!(!timeline.contains("<script>"), "{timeline}");
    // And her My page lists the municipality's read of her application.
    let (_, mine) = page(&app, &kari, "/my-page").await;
    assert!(
        mine.contains("Saksbehandlere som har lest søknadene dine"),
        "{mine}"
    );
    assert!(mine.contains(&reference));
}

#[tokio::test]
async fn only_the_municipalitys_caseworkers_may_see_or_touch_its_cases() {
    let app = inbox_app().await;
    let (_, case) = kindergarten_case(&app).await;
    let path = format!("/caseworker/case/{case}");
    // Another agency's caseworker: no such case, for reading or writing.
    let ingrid = logged_in(&app, "Ingrid Berg").await;
    let (status, _) = page(&app, &ingrid, &path).await;
    assert_eq!(status, 404);
    let (_, inbox) = page(&app, &ingrid, "/caseworker?queue=all").await;
    assert!(!inbox.contains(&case));
    let token = csrf_token(&page(&app, &ingrid, "/caseworker").await.1);
    let claimed = ingrid
        .post(app.url(&path))
        .form(&[("action", "claim"), ("csrf_token", &token)])
        .send()
        .await
        .expect("post");
    assert_eq!(claimed.status(), 404);
    // A citizen: not for them.
    let kari = logged_in(&app, "Kari Nordmann").await;
    assert_eq!(page(&app, &kari, "/caseworker").await.0, 403);
    assert_eq!(page(&app, &kari, &path).await.0, 403);
    // A post without the session's token changes nothing.
    let sara = logged_in(&app, "Sara Eide").await;
    let forged = sara
        .post(app.url(&path))
        .form(&[("action", "claim")])
        .send()
        .await
        .expect("post");
    assert_eq!(location(&forged), "/request-refused");
    let (_, html) = page(&app, &sara, &path).await;
    assert!(html.contains("Ta saken"), "still unclaimed");
    // Addresses the inbox does not make are refused, not guessed at.
    assert_eq!(page(&app, &sara, "/caseworker?queue=nonsense").await.0, 400);
    assert_eq!(
        page(&app, &sara, "/caseworker?after=not-a-cursor").await.0,
        400
    );
    // Not logged in: to the login, and back.
    let anonymous = crate::login::browser();
    let response = anonymous
        .get(app.url("/caseworker"))
        .send()
        .await
        .expect("get");
    assert_eq!(response.status(), 303);
    assert!(location(&response).starts_with("/login?return=/caseworker"));
}

#[tokio::test]
async fn a_bookmarked_inbox_view_asks_for_a_login_and_comes_back_to_the_same_view() {
    let app = spawn_app_with(|_| {}).await;
    let view = "/caseworker?queue=all&q=Kari%20Nordmann&sort=deadline";
    let response = app.get(view).await;
    assert_eq!(response.status(), 303);
    let login = location(&response);
    assert_eq!(
        login,
        "/login?return=/caseworker%3Fqueue%3Dall%26q%3DKari%2520Nordmann%26sort%3Ddeadline"
    );
    // The login takes the whole view back, query and all.
    let browser = crate::login::browser();
    let landed = crate::login::login(&app, &browser, "Sara Eide", &login).await;
    assert_eq!(landed, view);
}
