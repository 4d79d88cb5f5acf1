//! What an agency's own staff may do with its calls: its admins see and retry, its API
//! caseworkers look (and see what was sent), everyone else is refused.

use super::{file_in_inbox, kill, lease, listed, state, submit, user, world};
use crate::deliveries::list::payload_summary;
use app::{
    domain::{CaseStatus, DeliveryState, Instant},
    error::AppError,
    journey::Agency,
    pages::{caseworker::model::HistoryKind, deliveries::model::CallFilter},
    ports::{CaseworkerPort, DeliveriesPort},
};
use std::time::Duration;

#[tokio::test]
async fn an_admin_sees_the_agencys_dead_and_waiting_calls_with_the_last_error_and_no_others() {
    let world = world().await;
    let first = submit(
        &world,
        &[("benefit", Agency::Nav), ("tax", Agency::Skatteetaten)],
    )
    .await;
    // A later millisecond: the newest is listed first.
    tokio::time::sleep(Duration::from_millis(5)).await;
    let second = submit(&world, &[("benefit", Agency::Nav)]).await;
    kill(&world, &first[0]).await;
    kill(&world, &first[1]).await;

    let view = world
        .deliveries
        .calls(&user("Lars Dahl"), Agency::Nav, CallFilter::Undelivered)
        .await
        .expect("NAV's calls");

    assert!(view.can_retry && !view.can_see_sent);
    let ids: Vec<&str> = view.calls.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [second[0].as_str(), first[0].as_str()],
        "newest first, NAV's only"
    );
    let dead = &view.calls[1];
    assert_eq!(dead.state, DeliveryState::Dead);
    assert_eq!(dead.attempts, 1);
    assert_eq!(dead.last_error.as_deref(), Some("HTTP 503: <b>down</b>"));
    assert!(dead.dead_at.is_some() && dead.next_attempt_at.is_none());
    assert!(dead.sent.is_empty(), "no payload on the admin's list");
    assert!(view.calls[0].waiting(), "not tried yet");
    assert!(view.calls[0].next_attempt_at.is_some());
}

#[tokio::test]
async fn retrying_one_call_puts_it_back_in_the_queue_and_records_who_did() {
    let world = world().await;
    let calls = submit(&world, &[("benefit", Agency::Nav)]).await;
    kill(&world, &calls[0]).await;
    let lars = user("Lars Dahl");

    let queued = world.deliveries.retry(&lars, Agency::Nav, &calls[0]).await;

    assert_eq!(queued, Ok(1));
    assert_eq!(state(&world, &calls[0]).await, (DeliveryState::Pending, 0));
    let view = world
        .deliveries
        .calls(&lars, Agency::Nav, CallFilter::Undelivered)
        .await
        .expect("NAV's calls");
    let retries = &view.calls[0].retries;
    assert_eq!(retries.len(), 1);
    assert_eq!(retries[0].who.as_deref(), Some("Lars Dahl"));
    assert_eq!(
        world.deliveries.retry(&lars, Agency::Nav, &calls[0]).await,
        Err(AppError::Conflict),
        "a call no longer dead is not retried again"
    );
}

#[tokio::test]
async fn retry_all_puts_back_every_dead_call_of_the_agency_and_none_of_another() {
    let world = world().await;
    let first = submit(
        &world,
        &[("benefit", Agency::Nav), ("tax", Agency::Skatteetaten)],
    )
    .await;
    let second = submit(&world, &[("benefit", Agency::Nav)]).await;
    for id in [&first[0], &first[1], &second[0]] {
        kill(&world, id).await;
    }

    let queued = world
        .deliveries
        .retry_all(&user("Lars Dahl"), Agency::Nav)
        .await;

    assert_eq!(queued, Ok(2));
    assert_eq!(state(&world, &first[0]).await.0, DeliveryState::Pending);
    assert_eq!(state(&world, &second[0]).await.0, DeliveryState::Pending);
    assert_eq!(
        state(&world, &first[1]).await.0,
        DeliveryState::Dead,
        "Skatteetaten's waits"
    );
    let recorded = world.database.outbox().retries_of_agency("nav").await;
    assert_eq!(recorded.expect("retries").len(), 2, "each retry recorded");
    assert_eq!(
        world
            .deliveries
            .retry_all(&user("Lars Dahl"), Agency::Nav)
            .await,
        Ok(0),
        "nothing dead is left"
    );
}

#[tokio::test]
async fn an_api_agencys_caseworker_sees_the_same_read_only_and_cannot_retry() {
    let world = world().await;
    let calls = submit(&world, &[("benefit", Agency::Nav)]).await;
    kill(&world, &calls[0]).await;
    let ingrid = user("Ingrid Berg");

    let view = world
        .deliveries
        .calls(&ingrid, Agency::Nav, CallFilter::Undelivered)
        .await
        .expect("NAV's calls");

    assert!(!view.can_retry && view.can_see_sent);
    assert_eq!(view.calls.len(), 1);
    let retry = world
        .deliveries
        .retry(&ingrid, Agency::Nav, &calls[0])
        .await;
    assert_eq!(retry, Err(AppError::Forbidden));
    let all = world.deliveries.retry_all(&ingrid, Agency::Nav).await;
    assert_eq!(all, Err(AppError::Forbidden));
    assert_eq!(
        state(&world, &calls[0]).await.0,
        DeliveryState::Dead,
        "nothing changed"
    );
}

/// Whether an agency has an API is what its admins last saved as its connector, not the
/// environment's word: NAV (an API by default) switched to the inbox is an inbox agency here at
/// once, and switched back, an API agency again.
#[tokio::test]
async fn the_agencys_kind_follows_its_saved_connector_without_a_restart() {
    let world = world().await;
    let ingrid = user("Ingrid Berg");
    let sees = |world: &super::World| {
        let ingrid = ingrid.clone();
        let deliveries = world.deliveries.clone();
        async move {
            deliveries
                .calls(&ingrid, Agency::Nav, CallFilter::Undelivered)
                .await
                .map(|view| view.can_see_sent)
        }
    };
    assert_eq!(sees(&world).await, Ok(true), "NAV has an API by default");

    save_kind(&world, "inbox").await;
    assert_eq!(
        sees(&world).await,
        Err(AppError::Forbidden),
        "now an inbox agency"
    );

    save_kind(&world, "api").await;
    assert_eq!(sees(&world).await, Ok(true), "an API agency again");
}

/// Saves NAV's connector with `kind`, as an admin's save does, and refreshes what is in force.
async fn save_kind(world: &super::World, kind: &str) {
    let settings = crate::storage::ConnectorSettings {
        kind: kind.into(),
        url: None,
        auth: "default".into(),
        scopes: String::new(),
        token: None,
        timeout_ms: 5_000,
        backoff_ms: 500,
        give_up_hours: 24,
        attempts: 0,
    };
    world
        .database
        .connectors()
        .save("nav", &settings, &user("Lars Dahl").pid)
        .await
        .expect("saved");
    world
        .deliveries
        .connectors
        .refresh()
        .await
        .expect("refreshed");
}

#[tokio::test]
async fn an_api_agencys_caseworker_sees_what_was_sent_when_and_what_the_agency_reported() {
    let world = world().await;
    let calls = submit(&world, &[("benefit", Agency::Nav)]).await;
    let lease = lease(&world, &calls[0]).await;
    let outbox = world.database.outbox();
    let delivered = outbox.delivered(&calls[0], &lease, "NAV-123").await;
    assert!(delivered.expect("recorded"));
    let events = world.database.case_events();
    let reported = Instant::now();
    let added = events
        .add(&calls[0], CaseStatus::InProgress, None, reported)
        .await;
    assert!(added.expect("stored"));

    let view = world
        .deliveries
        .calls(&user("Ingrid Berg"), Agency::Nav, CallFilter::Sent)
        .await
        .expect("what was sent");

    let call = &view.calls[0];
    assert_eq!(call.case_number.as_deref(), Some("NAV-123"));
    assert!(call.delivered_at.is_some());
    assert_eq!(call.latest, Some((CaseStatus::InProgress, reported)));
    assert!(
        call.sent.contains(&("name".into(), "Emma".into())),
        "{:?}",
        call.sent
    );
    assert!(
        listed(&world, "Ingrid Berg", Agency::Nav, CallFilter::Undelivered)
            .await
            .is_empty()
    );
    let admin = world
        .deliveries
        .calls(&user("Lars Dahl"), Agency::Nav, CallFilter::Sent)
        .await;
    assert_eq!(
        admin,
        Err(AppError::Forbidden),
        "the payload is the caseworkers'"
    );
}

#[tokio::test]
async fn another_agencys_calls_are_not_found_and_someone_without_a_staff_role_is_forbidden() {
    let world = world().await;
    let calls = submit(
        &world,
        &[("benefit", Agency::Nav), ("tax", Agency::Skatteetaten)],
    )
    .await;
    kill(&world, &calls[1]).await;
    let (lars, magnus) = (user("Lars Dahl"), user("Magnus Strand"));

    let theirs = world.deliveries.retry(&lars, Agency::Nav, &calls[1]).await;
    assert_eq!(
        theirs,
        Err(AppError::NotFound),
        "Skatteetaten's call on NAV's page"
    );
    let none = world
        .deliveries
        .retry(&lars, Agency::Nav, "no-such-call")
        .await;
    assert_eq!(none, Err(AppError::NotFound));
    let page = world
        .deliveries
        .calls(&magnus, Agency::Nav, CallFilter::Undelivered)
        .await;
    assert_eq!(page.map(|v| v.calls.len()), Err(AppError::NotFound));
    let all = world.deliveries.retry_all(&magnus, Agency::Nav).await;
    assert_eq!(all, Err(AppError::NotFound));
    let kari = world
        .deliveries
        .calls(&user("Kari Nordmann"), Agency::Nav, CallFilter::Undelivered)
        .await;
    assert_eq!(kari.map(|v| v.calls.len()), Err(AppError::Forbidden));
    assert_eq!(
        state(&world, &calls[1]).await.0,
        DeliveryState::Dead,
        "nothing changed"
    );
}

#[tokio::test]
async fn an_inbox_agencys_retried_call_shows_in_its_case_history_and_its_caseworkers_use_the_inbox()
{
    let world = world().await;
    let calls = submit(&world, &[("kindergarten", Agency::Kommune)]).await;
    kill(&world, &calls[0]).await;
    let sara = user("Sara Eide");
    let page = world
        .deliveries
        .calls(&sara, Agency::Kommune, CallFilter::Undelivered)
        .await;
    assert_eq!(page.map(|v| v.calls.len()), Err(AppError::Forbidden));

    let queued = world
        .deliveries
        .retry(&user("Erik Holm"), Agency::Kommune, &calls[0])
        .await;
    assert_eq!(queued, Ok(1));
    let number = file_in_inbox(&world, &calls[0]).await;

    let case = world
        .caseworker
        .case(&sara, &number)
        .await
        .expect("the case");

    let kinds: Vec<(&HistoryKind, Option<&str>)> = case
        .history
        .iter()
        .map(|e| (&e.what, e.who.as_deref()))
        .collect();
    assert_eq!(
        kinds,
        [
            (&HistoryKind::Retried, Some("Erik Holm")),
            (&HistoryKind::Received, None)
        ]
    );
}

#[test]
fn what_was_sent_is_listed_field_by_field_with_text_as_it_is() {
    let payload = serde_json::json!({ "name": "Emma <b>", "children": 2, "items": ["a"] });
    let fields = payload_summary(&payload);
    assert!(fields.contains(&("name".into(), "Emma <b>".into())));
    assert!(fields.contains(&("children".into(), "2".into())));
    assert!(fields.contains(&("items".into(), "[\"a\"]".into())));
    assert_eq!(
        payload_summary(&serde_json::json!("x")),
        [("-".into(), "x".into())]
    );
}
