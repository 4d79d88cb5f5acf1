//! Case statuses after delivery: signed callbacks (forged, stale, unknown or repeated ones change
//! nothing), polling for an agency that never calls back, and Dødsfall og arv's full timeline.

use crate::{
    delivery::{exactly_one_case_each, fast_app, fault, reported, settle, submit},
    helpers::spawn_app_with,
    journey::{logged_in, walk_fa_barn},
    login::{location, page},
};
use app::domain::{CaseStatus, DeliveryState};
use server::storage::Database;
use std::time::Duration;

#[tokio::test]
async fn the_timeline_follows_each_agency_to_its_decision_by_signed_callbacks() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    fault(
        &app,
        "nav",
        serde_json::json!({ "outcome": "rejected", "message": "<script>alert(1)</script> Vi mangler inntektsopplysninger." }),
    )
    .await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;
    let reference = submit(&app, &browser, &check).await;
    settle(&database, &reference, DeliveryState::Delivered).await;
    // Every call is reported received, then in progress, by signed callbacks.
    reported(&database, &reference, CaseStatus::Received).await;
    reported(&database, &reference, CaseStatus::InProgress).await;
    for _ in 0..400 {
        let (_, html) = page(&app, &browser, "/my-page").await;
        if html.contains("Innvilget, saksnummer") && html.contains("Avslått, saksnummer") {
            assert!(
                html.contains(
                    "&lt;script&gt;alert(1)&lt;/script&gt; Vi mangler inntektsopplysninger."
                ),
                "inert: {html}"
            );
            assert!(!html.contains("<script>alert(1)"));
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the timeline never showed the decisions");
}

#[tokio::test]
async fn forged_stale_unknown_and_repeated_callbacks_change_nothing() {
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
    let report = |status: &str, case: &str| {
        serde_json::to_vec(&serde_json::json!({
            "call": call.id, "agency": call.agency, "case_number": case,
            "status": status, "reported_at": "2026-11-22T10:00:00.000Z",
        }))
        .expect("json")
    };
    let post = |body: Vec<u8>, timestamp: i64, secret: &str| {
        let signature = server::agencies::signature::sign(secret, timestamp, &body);
        app.client
            .post(app.url("/v1/agency-callbacks"))
            .header("x-veiviser-timestamp", timestamp.to_string())
            .header("x-veiviser-signature", signature)
            .body(body)
            .send()
    };
    let now = chrono::Utc::now().timestamp();
    let case = call.case_number.clone().expect("case");
    let forged = post(report("rejected", &case), now, "not-the-secret")
        .await
        .expect("post");
    assert_eq!(forged.status(), 401);
    let stale = post(
        report("rejected", &case),
        now - 3600,
        "simulator-callback-secret",
    )
    .await
    .expect("post");
    assert_eq!(stale.status(), 401);
    let unknown = post(
        report("rejected", "NAV-NOSUCH"),
        now,
        "simulator-callback-secret",
    )
    .await
    .expect("post");
    assert_eq!(unknown.status(), 404);
    let bad_status = post(report("lost", &case), now, "simulator-callback-secret")
        .await
        .expect("post");
    assert_eq!(bad_status.status(), 400);
    let unsigned = app
        .client
        .post(app.url("/v1/agency-callbacks"))
        .body(report("rejected", &case))
        .send()
        .await
        .expect("post");
    assert_eq!(unsigned.status(), 401);
    assert_eq!(
        database
            .case_events()
            .of_submission(&reference)
            .await
            .expect("events")
            .len(),
        before,
        "nothing refused was stored"
    );
    // A repeated report (the same callback twice) is accepted and stored once; the same status
    // at another time (information asked for again) is news.
    for _ in 0..2 {
        let repeated = post(
            report("needs-information", &case),
            now,
            "simulator-callback-secret",
        )
        .await
        .expect("post");
        assert_eq!(repeated.status(), 204);
    }
    assert_eq!(
        database
            .case_events()
            .of_submission(&reference)
            .await
            .expect("events")
            .len(),
        before + 1
    );
    let later = serde_json::to_vec(&serde_json::json!({
        "call": call.id, "agency": call.agency, "case_number": case,
        "status": "needs-information", "reported_at": "2026-11-22T12:00:00+01:00",
    }))
    .expect("json");
    let again = post(later, now, "simulator-callback-secret")
        .await
        .expect("post");
    assert_eq!(again.status(), 204);
    let events = database
        .case_events()
        .of_submission(&reference)
        .await
        .expect("events");
    assert_eq!(events.len(), before + 2);
    assert!(
        events
            .iter()
            .any(|e| e.reported_at.stored() == "2026-11-22T11:00:00.000Z"),
        "kept in UTC: {events:?}"
    );

    // A poll that got no time from the agency stores a status when it heard it; the callback
    // for the same change, carrying the earlier time the agency set it, is not news.
    let heard = chrono::Utc::now();
    let at = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string();
    let heard_at = app::domain::Instant::parse(&at(heard)).expect("a time");
    assert!(database
        .case_events()
        .add(
            &call.id,
            CaseStatus::InProgress,
            Some("Vi ser på saken"),
            heard_at,
        )
        .await
        .expect("poll"));
    // Each callback is signed and accepted (204); the number of stored events is the verdict.
    let tell = |status: &str, message: &str, when: chrono::DateTime<chrono::Utc>| {
        let body = serde_json::to_vec(&serde_json::json!({
            "call": call.id, "agency": call.agency, "case_number": case,
            "status": status, "message": message, "reported_at": at(when),
        }))
        .expect("json");
        let (post, database, reference) = (&post, &database, &reference);
        async move {
            let told = post(body, now, "simulator-callback-secret")
                .await
                .expect("post");
            assert_eq!(told.status(), 204);
            database
                .case_events()
                .of_submission(reference)
                .await
                .expect("events")
                .len()
        }
    };
    let (earlier, later) = (
        heard - chrono::Duration::seconds(30),
        heard + chrono::Duration::seconds(30),
    );
    assert_eq!(
        tell("in-progress", "Vi ser på saken", earlier).await,
        before + 3,
        "the poll and the callback told one change"
    );
    // Another message, or the same status set again after the poll heard it, is news.
    assert_eq!(
        tell("in-progress", "Vi trenger mer tid", earlier).await,
        before + 4
    );
    assert_eq!(
        tell("in-progress", "Vi ser på saken", later).await,
        before + 5
    );
}

/// Waits until every call of `reference` has an `approved` status, and returns each call's
/// statuses in order.
async fn decided(database: &Database, reference: &str) -> Vec<Vec<CaseStatus>> {
    let calls = settle(database, reference, DeliveryState::Delivered).await;
    for _ in 0..400 {
        let events = database
            .case_events()
            .of_submission(reference)
            .await
            .expect("events");
        let statuses: Vec<Vec<CaseStatus>> = calls
            .iter()
            .map(|c| {
                events
                    .iter()
                    .filter(|e| e.delivery_id == c.id)
                    .map(|e| e.status)
                    .collect()
            })
            .collect();
        if statuses.iter().all(|s| s.contains(&CaseStatus::Approved)) {
            return statuses;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("{reference} was not decided");
}

#[tokio::test]
async fn an_agency_that_never_calls_back_is_followed_by_polling_and_no_status_is_stored_twice() {
    for silent in [true, false] {
        let app = spawn_app_with(|config| {
            config.agencies.backoff = Duration::from_millis(20);
            config.agencies.poll = Duration::from_millis(20);
            config.agencies.simulator_step = Duration::from_millis(100);
            config.agencies.status_poll = Duration::from_millis(150);
        })
        .await;
        for agency in app::journey::Agency::ALL {
            fault(&app, agency.id(), serde_json::json!({ "silent": silent })).await;
        }
        let database = Database::connect(&app.database_url).await.expect("db");
        let browser = logged_in(&app, "Kari Nordmann").await;
        let check = walk_fa_barn(&app, &browser).await;
        let reference = submit(&app, &browser, &check).await;
        let statuses = decided(&database, &reference).await;
        for call in &statuses {
            let mut unique = call.clone();
            unique.dedup();
            assert_eq!(
                &unique, call,
                "silent: {silent}: each status once: {statuses:?}"
            );
        }
        let (_, receipt) = page(&app, &browser, &format!("/receipt/{reference}")).await;
        assert!(receipt.contains("Innvilget"), "silent: {silent}: {receipt}");
    }
}

/// A prefilled text answer of a draft.
fn text(answers: &app::journey::Answers, id: &str) -> String {
    match answers.get(id) {
        Some(app::journey::Answer::Text(t)) => t.clone(),
        other => panic!("{id}: {other:?}"),
    }
}

#[tokio::test]
async fn dodsfall_reaches_the_court_and_nav_once_each_and_the_timeline_shows_every_status() {
    use crate::journey::{answer, logged_in_high, post_step, start};
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let browser = logged_in_high(&app, "Aisha Khan").await;
    let first = start(&app, &browser, "dodsfall-og-arv").await;
    let draft_id = first.split('/').nth(2).expect("draft id");
    let aisha = crate::login::synthetic("Aisha Khan");
    let prefilled = database
        .drafts()
        .get(&aisha, draft_id)
        .await
        .expect("read")
        .expect("draft")
        .answers;
    // The form posts what it shows: the deceased and the heirs as Folkeregisteret gave them.
    let next = answer(
        &app,
        &browser,
        &first,
        &[
            ("deceased_pid", &text(&prefilled, "deceased_pid")),
            ("deceased_name", &text(&prefilled, "deceased_name")),
            ("death_date", &text(&prefilled, "death_date")),
            ("has_will", "no"),
        ],
    )
    .await;
    let heirs_step = answer(&app, &browser, &next, &[("relation", "spouse")]).await;
    let Some(app::journey::Answer::Items(heirs)) = prefilled.get("heirs") else {
        panic!("the heirs are prefilled: {prefilled:?}");
    };
    assert_eq!(heirs.len(), 3, "Aisha and the two children");
    let mut posted: Vec<(String, String)> = Vec::new();
    for (i, heir) in heirs.iter().enumerate() {
        posted.push((format!("heirs.{i}._"), String::new()));
        for field in ["heir_pid", "heir_name", "heir_relation"] {
            posted.push((format!("heirs.{i}.{field}"), text(heir, field)));
        }
    }
    posted.push(("heirs_informed".into(), "yes".into()));
    // The children are minors: their guardian acts for them.
    posted.push(("heirs_under_guardianship".into(), "yes".into()));
    let posted: Vec<(&str, &str)> = posted
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let settlement = post_step(&app, &browser, &heirs_step, &posted, "continue").await;
    let settlement = location(&settlement);
    assert!(settlement.ends_with("/settlement"), "{settlement}");
    let private = answer(&app, &browser, &settlement, &[("settlement", "private")]).await;
    let assets = answer(&app, &browser, &private, &[("debt_liability", "yes")]).await;
    let pension = answer(&app, &browser, &assets, &[("bank_deposits", "80 000")]).await;
    assert!(
        pension.ends_with("/survivors-pension"),
        "a spouse may apply: {pension}"
    );
    let check = answer(
        &app,
        &browser,
        &pension,
        &[
            ("apply_survivors_pension", "yes"),
            ("relationship_start", "01.06.2010"),
            ("shared_children", "yes"),
            ("own_expected_income", "350 000"),
            ("pension_bank_account", "1234 56 78903"),
        ],
    )
    .await;
    assert!(check.ends_with("/check"), "{check}");
    let reference = submit(&app, &browser, &check).await;

    let statuses = decided(&database, &reference).await;
    exactly_one_case_each(&database, &reference).await;
    let calls = database
        .outbox()
        .of_submission(&reference)
        .await
        .expect("calls");
    let mut agencies: Vec<&str> = calls.iter().map(|c| c.agency.as_str()).collect();
    agencies.sort_unstable();
    assert_eq!(agencies, ["domstol", "nav"]);
    for call in &statuses {
        assert_eq!(
            call,
            &[
                CaseStatus::Received,
                CaseStatus::InProgress,
                CaseStatus::Approved
            ],
            "every status, in order"
        );
    }
    let (_, receipt) = page(&app, &browser, &format!("/receipt/{reference}")).await;
    assert_eq!(
        receipt.matches("Innvilget, saksnummer").count(),
        2,
        "{receipt}"
    );
}
