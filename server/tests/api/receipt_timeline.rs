//! `/receipt/<reference>/timeline`: what the live timeline (the `LiveTimeline` island) fetches
//! every two seconds — that one submission's timeline, rendered as the receipt shows it, for its
//! owner only, never cached.

use crate::{
    delivery::{fast_app, reported, settle, submit},
    journey::{logged_in, walk_fa_barn},
    login::page,
};
use app::domain::{CaseStatus, DeliveryState};
use reqwest::{header, Response};
use server::storage::{Database, StorageError};

/// The `<ol class="timeline" data-timeline=…>…</ol>` of a page or fragment.
fn timeline_of(html: &str) -> &str {
    let key = html.find("data-timeline=").expect("a timeline");
    let start = html[..key].rfind("<ol ").expect("its start");
    let end = start + html[start..].find("</ol>").expect("its end") + "</ol>".len();
    &html[start..end]
}

fn cache_control(response: &Response) -> &str {
    response
        .headers()
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

#[tokio::test]
async fn the_timeline_alone_is_the_receipts_own_never_cached_and_only_for_its_owner() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let kari = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &kari).await;
    let reference = submit(&app, &kari, &check).await;
    let path = format!("/receipt/{reference}/timeline");

    // Until every agency has decided, then once more: it follows the calls as they go.
    let calls = settle(&database, &reference, DeliveryState::Delivered).await;
    reported(&database, &reference, CaseStatus::Approved).await;
    let response = kari.get(app.url(&path)).send().await.expect("timeline");
    assert_eq!(response.status(), 200);
    assert_eq!(cache_control(&response), "no-store");
    assert!(
        response.headers()[header::CONTENT_TYPE]
            .to_str()
            .expect("ascii")
            .starts_with("text/html"),
        "{:?}",
        response.headers()
    );
    let fragment = response.text().await.expect("body");
    // The timeline and nothing else: no page around it, no register log, no answers.
    assert_eq!(timeline_of(&fragment), fragment);
    assert!(fragment.contains("class=\"timeline\""), "{fragment}");
    assert!(
        fragment.contains(&format!("data-timeline=\"{reference}\""))
            && fragment.contains("data-settled=\"true\""),
        "{fragment}"
    );
    for row in [
        "Skatteetaten — navn på barnet",
        "NAV — foreldrepenger",
        "NAV — barnetrygd",
    ] {
        assert!(fragment.contains(row), "{row}: {fragment}");
    }
    for call in &calls {
        let case = call.case_number.as_deref().expect("case");
        assert!(
            fragment.contains(&format!("Innvilget, saksnummer {case}")),
            "{case}: {fragment}"
        );
    }
    // The very timeline the receipt shows (what the island replaces it with).
    let (_, receipt) = page(&app, &kari, &format!("/receipt/{reference}")).await;
    assert_eq!(timeline_of(&receipt), fragment);
    // In the person's language.
    let english = kari
        .get(app.url(&path))
        .header("Accept-Language", "en")
        .send()
        .await
        .expect("timeline")
        .text()
        .await
        .expect("body");
    for row in ["NAV — parental benefit", "NAV — child benefit"] {
        assert!(english.contains(row), "{row}: {english}");
    }

    // Another citizen's reference, or none, is not found.
    let ola = logged_in(&app, "Ola Nordmann").await;
    let response = ola.get(app.url(&path)).send().await.expect("timeline");
    assert_eq!(response.status(), 404);
    assert_eq!(cache_control(&response), "no-store");
    let body = response.text().await.expect("body");
    assert!(!body.contains("timeline"), "{body}");
    let response = kari
        .get(app.url("/receipt/VV-2026-00000000/timeline"))
        .send()
        .await
        .expect("timeline");
    assert_eq!(response.status(), 404);

    // Without a session: 401, and the island stops.
    let response = app.get(&path).await;
    assert_eq!(response.status(), 401);
    assert_eq!(cache_control(&response), "no-store");
}

#[tokio::test]
async fn the_receipt_and_my_page_keep_their_timelines_fresh_from_the_timeline_alone() {
    let app = fast_app().await;
    let kari = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &kari).await;
    let reference = submit(&app, &kari, &check).await;
    let source = format!("/receipt/{reference}/timeline");
    for path in [format!("/receipt/{reference}"), "/my-page".to_string()] {
        let (status, html) = page(&app, &kari, &path).await;
        assert_eq!(status, 200);
        assert!(html.contains(&source), "{path}: {html}");
    }
}

/// Stores a status no version of the portal knows for the first call of `reference`.
async fn plant_an_unknown_status(database: &Database, reference: &str) {
    let calls = settle(database, reference, DeliveryState::Delivered).await;
    const SQL: &str = "INSERT INTO case_event (delivery_id, status, message, reported_at, \
                       received_at) VALUES ($1, 'lost', NULL, $2, $2)";
    let at = "2026-11-22T10:00:00.000Z";
    match database {
        Database::Sqlite(pool) => sqlx::query(SQL)
            .bind(&calls[0].id)
            .bind(at)
            .execute(pool)
            .await
            .map(|_| ()),
        Database::Postgres(pool) => sqlx::query(SQL)
            .bind(&calls[0].id)
            .bind(at)
            .execute(pool)
            .await
            .map(|_| ()),
    }
    .expect("a word from elsewhere");
}

#[tokio::test]
async fn a_stored_status_this_version_does_not_know_is_an_error_not_some_default() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let kari = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &kari).await;
    let reference = submit(&app, &kari, &check).await;
    plant_an_unknown_status(&database, &reference).await;
    let read = database.case_events().of_submission(&reference).await;
    assert!(
        matches!(&read, Err(StorageError::Unknown { column: "case status", value }) if value == "lost"),
        "{read:?}"
    );
    // The live timeline is not shown something made up: it is refused, and the island stops.
    let response = kari
        .get(app.url(&format!("/receipt/{reference}/timeline")))
        .send()
        .await
        .expect("timeline");
    assert_eq!(response.status(), 503);
}

#[tokio::test]
async fn a_timeline_that_cannot_be_read_fails_the_page_rather_than_showing_it_empty() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let kari = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &kari).await;
    let reference = submit(&app, &kari, &check).await;
    let (status, html) = page(&app, &kari, &format!("/receipt/{reference}")).await;
    assert_eq!(status, 200);
    assert!(timeline_of(&html).contains("<li"), "{html}");
    plant_an_unknown_status(&database, &reference).await;
    // The receipt and My page say to try again (503, the localised page), not "no calls".
    for path in [format!("/receipt/{reference}"), "/my-page".to_string()] {
        let (status, html) = page(&app, &kari, &path).await;
        assert_eq!(status, 503, "{path}: {html}");
        assert!(!html.contains("data-timeline="), "{path}: {html}");
    }
}
