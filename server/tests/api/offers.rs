//! Proactive starts over HTTP: a birth in the simulated register's feed offers Få barn on both
//! parents' *My page*, once, also with a second instance on the same database (as after a
//! restart); the offer is started (the journey's own start, prefilled) or dismissed, only by its
//! person, only with the session's token.

use crate::{
    helpers::{spawn_app_with, TestApp},
    journey::logged_in,
    login::{csrf_token, location, page, synthetic},
};
use reqwest::Client;
use serde_json::{json, Value};
use server::{proactive::FEED, storage::Database};
use std::time::Duration;

async fn feed_app() -> TestApp {
    spawn_app_with(|config| config.agencies.feed_poll = Duration::from_millis(100)).await
}

/// Records a birth in the simulated Folkeregisteret: the child's number and the event's
/// sequence.
async fn birth(app: &TestApp, name: &str, parents: &[&str]) -> (String, i64) {
    let parents: Vec<String> = parents.iter().map(|p| synthetic(p)).collect();
    let response = app
        .client
        .post(app.url("/sim/admin/births"))
        .bearer_auth("simulator-token")
        .json(&json!({ "name": name, "parents": parents }))
        .send()
        .await
        .expect("birth");
    assert_eq!(response.status(), 200);
    let born: Value = response.json().await.expect("json");
    (
        born["pid"].as_str().expect("pid").to_string(),
        born["sequence"].as_i64().expect("sequence"),
    )
}

/// My page once it mentions `text`, or a failure after a while.
async fn my_page_with(app: &TestApp, browser: &Client, text: &str) -> String {
    for _ in 0..100 {
        let (status, html) = page(app, browser, "/my-page").await;
        assert_eq!(status, 200);
        if html.contains(text) {
            return html;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("My page never mentioned {text}");
}

/// The id of the offer whose card mentions `about`.
fn offer_id(html: &str, about: &str) -> String {
    html.split(r#"<li class="ds-card my-page__item offer">"#)
        .find(|card| card.contains(about))
        .and_then(|card| card.split(r#"action="/offers/"#).nth(1))
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("an offer about {about}"))
        .to_string()
}

async fn post(app: &TestApp, browser: &Client, path: &str, token: &str) -> reqwest::Response {
    browser
        .post(app.url(path))
        .form(&[("csrf_token", token)])
        .send()
        .await
        .expect("post")
}

#[tokio::test]
async fn a_birth_offers_fa_barn_to_both_parents_who_start_or_dismiss_it_and_no_one_else_can() {
    let app = feed_app().await;
    let kari = logged_in(&app, "Kari Nordmann").await;
    // Emil's birth, three weeks ago, is in the feed from the start.
    let html = my_page_with(&app, &kari, "Emil Nordmann").await;
    assert!(html.contains("Forslag til deg"), "{html}");
    let emil = offer_id(&html, "Emil Nordmann");
    let (ida_pid, sequence) = birth(&app, "Ida Nordmann", &["Kari Nordmann", "Ola Nordmann"]).await;
    let html = my_page_with(&app, &kari, "Ida Nordmann").await;
    let ida = offer_id(&html, "Ida Nordmann");
    let token = csrf_token(&html);
    let ola = logged_in(&app, "Ola Nordmann").await;
    let ola_page = my_page_with(&app, &ola, "Ida Nordmann").await;

    // Not Ola's to dismiss, nor anyone's without the session's token.
    let response = post(
        &app,
        &ola,
        &format!("/offers/{emil}/dismiss"),
        &csrf_token(&ola_page),
    )
    .await;
    assert_eq!(response.status(), 404);
    let response = post(&app, &kari, &format!("/offers/{emil}/dismiss"), "forged").await;
    assert_eq!(response.status(), 303);
    assert!(
        !location(&response).starts_with("/my-page"),
        "{}",
        location(&response)
    );
    let response = post(&app, &kari, "/offers/nonesuch/start", &token).await;
    assert_eq!(response.status(), 404);
    let response = post(&app, &kari, &format!("/offers/{emil}/rename"), &token).await;
    assert_eq!(response.status(), 404);

    // Kari dismisses Emil's: a notice, and it is gone; a second dismiss changes nothing.
    let response = post(&app, &kari, &format!("/offers/{emil}/dismiss"), &token).await;
    assert_eq!(location(&response), "/my-page?dismissed=1");
    let (_, html) = page(&app, &kari, "/my-page?dismissed=1").await;
    assert!(
        html.contains("Forslaget er fjernet fra Min side."),
        "{html}"
    );
    assert!(!html.contains("Emil Nordmann"), "{html}");
    let response = post(&app, &kari, &format!("/offers/{emil}/dismiss"), &token).await;
    assert_eq!(location(&response), "/my-page");

    // Kari starts Ida's: Få barn's first step, with Ida's number from Folkeregisteret.
    let response = post(&app, &kari, &format!("/offers/{ida}/start"), &token).await;
    let step = location(&response);
    assert!(
        step.starts_with("/journey/") && step.ends_with("/child"),
        "{step}"
    );
    let (_, html) = page(&app, &kari, &step).await;
    assert!(html.contains(&ida_pid), "the newborn prefilled: {html}");
    // A draft, prefilled; nothing is submitted on her behalf.
    let database = Database::connect(&app.database_url).await.expect("db");
    const SUBMITTED: &str = "SELECT COUNT(*) FROM submission WHERE person_id = $1";
    let kari_pid = synthetic("Kari Nordmann");
    let submitted: i64 = match &database {
        Database::Sqlite(pool) => {
            sqlx::query_scalar(SUBMITTED)
                .bind(&kari_pid)
                .fetch_one(pool)
                .await
        }
        Database::Postgres(pool) => {
            sqlx::query_scalar(SUBMITTED)
                .bind(&kari_pid)
                .fetch_one(pool)
                .await
        }
    }
    .expect("count");
    assert_eq!(
        submitted, 0,
        "an offer started is a draft, not a submission"
    );
    let (_, html) = page(&app, &kari, "/my-page").await;
    assert!(
        !html.contains("Ida Nordmann"),
        "the offer is closed: {html}"
    );
    // A second click on the closed offer leads to My page, where the draft is.
    let response = post(&app, &kari, &format!("/offers/{ida}/start"), &token).await;
    assert_eq!(location(&response), "/my-page");

    // Ola's offer is his own: still open.
    let (_, html) = page(&app, &ola, "/my-page").await;
    assert!(html.contains("Ida Nordmann"), "{html}");

    // A second instance on the same database, reading the same feed, as after a restart: it
    // reads on from the stored cursor and offers nothing twice.
    let database_url = app.database_url.clone();
    let registers = app.url("/sim/registers");
    let _second = spawn_app_with(move |config| {
        config.database_url = database_url;
        config.agencies.registers_url = Some(registers);
        config.agencies.feed_poll = Duration::from_millis(50);
    })
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let database = Database::connect(&app.database_url).await.expect("db");
    for parent in ["Kari Nordmann", "Ola Nordmann"] {
        let made = database
            .offers()
            .made_for(&synthetic(parent), FEED, sequence)
            .await;
        assert_eq!(made.expect("count"), 1, "{parent}");
    }
}

#[tokio::test]
async fn a_death_offer_at_the_high_level_asks_for_that_login_first_and_stays_open() {
    let app = feed_app().await;
    let aisha = logged_in(&app, "Aisha Khan").await;
    let html = my_page_with(&app, &aisha, "Tariq Khan").await;
    // Why it is there, and that nothing has been sent.
    for text in [
        "Vi kondolerer. Du står oppført som ektefelle eller arving.",
        "Ingenting er sendt. Du velger selv om du vil starte.",
    ] {
        assert!(html.contains(text), "{text}: {html}");
    }
    let tariq = offer_id(&html, "Tariq Khan");
    let response = post(
        &app,
        &aisha,
        &format!("/offers/{tariq}/start"),
        &csrf_token(&html),
    )
    .await;
    assert_eq!(response.status(), 303);
    assert!(
        location(&response).starts_with("/login"),
        "{}",
        location(&response)
    );
    let (_, html) = page(&app, &aisha, "/my-page").await;
    assert!(html.contains("Tariq Khan"), "still offered: {html}");
}
