//! Filing into the inbox through the outbox: a call to an inbox agency becomes a case with a
//! case number at once, and a call delivered twice (a stale lease, then again) makes one case.

use super::{citizen_sees, file, ids, inbox, queue, sara, submit, user, world};
use crate::agencies::{delivery::Worker, AgencyAuth, AgencyConfig};
use app::{
    domain::{CaseStatus, DeliveryState, Instant},
    journey::Agency,
    pages::caseworker::model::Queue,
};
use std::time::Duration;

#[tokio::test]
async fn a_call_to_an_inbox_agency_is_filed_through_the_outbox_with_a_case_number_and_received_at_once(
) {
    let world = world().await;
    let reference = submit(
        &world,
        &user("Kari Nordmann"),
        "test",
        &[("kindergarten", Agency::Kommune), ("benefit", Agency::Nav)],
    )
    .await;
    let config = AgencyConfig::default();
    let connectors = crate::connectors::live::LiveConnectors::new(
        world.database.clone(),
        crate::connectors::live::Defaults {
            // NAV's API is down: its call waits in the outbox; the inbox needs no connection.
            base: "http://127.0.0.1:9".into(),
            auth: AgencyAuth::Static(Box::new(config.clone())),
            config: config.clone(),
            machine: None,
        },
    );
    let worker = Worker {
        database: world.database.clone(),
        client: reqwest::Client::new(),
        config,
        connectors: std::sync::Arc::new(connectors),
        callback_url: "http://127.0.0.1:9/agency-callbacks".into(),
    };
    // Two rounds at once: the lease lets one of them file the call.
    let (a, b) = tokio::join!(worker.round(), worker.round());
    a.and(b).expect("rounds");
    let mut filed = None;
    for _ in 0..200 {
        let calls = world.database.outbox().of_submission(&reference).await;
        filed = calls
            .expect("calls")
            .into_iter()
            .find(|c| c.agency == "kommune" && c.state == DeliveryState::Delivered);
        if filed.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let filed = filed.expect("the municipality's call is delivered");
    let number = filed.case_number.expect("a case number");
    assert!(number.starts_with("KOMMUNE-"), "{number}");
    let case = world.database.inbox().get(&number).await.expect("read");
    let case = case.expect("the case is the number");
    assert_eq!(case.citizen_name, "Kari Nordmann");
    assert_eq!(case.status, CaseStatus::Received);
    assert_eq!(
        citizen_sees(&world, &reference).await,
        Some((CaseStatus::Received, None))
    );
    let rows = inbox(&world, &sara(), queue(Queue::All)).await;
    assert_eq!(ids(&rows), [number], "one case, and none for NAV's call");
    assert_eq!(rows[0].days_left, 10, "ten working days by default");
}

#[tokio::test]
async fn a_call_delivered_twice_makes_exactly_one_case() {
    let world = world().await;
    let reference = submit(
        &world,
        &user("Kari Nordmann"),
        "test",
        &[("kindergarten", Agency::Kommune)],
    )
    .await;
    let call = world
        .database
        .outbox()
        .of_submission(&reference)
        .await
        .expect("calls")[0]
        .clone();
    // A worker whose lease ran out, and the one that took the call over.
    let stale = world
        .database
        .outbox()
        .claim(&call.id, Instant::now().minus(Duration::from_secs(1)))
        .await;
    let stale = stale.expect("claim").expect("a lease");
    let until = Instant::now().plus(Duration::from_secs(30));
    let current = world.database.outbox().claim(&call.id, until).await;
    let current = current.expect("claim").expect("taken over");
    assert_eq!(
        file(&world, &call.id, &stale).await,
        None,
        "the stale lease files nothing"
    );
    let number = file(&world, &call.id, &current).await.expect("filed");
    assert_eq!(
        file(&world, &call.id, &current).await,
        None,
        "delivered already"
    );
    let rows = inbox(&world, &sara(), queue(Queue::All)).await;
    assert_eq!(ids(&rows), [number]);
    let history = world
        .database
        .inbox()
        .history(&rows[0].id)
        .await
        .expect("history");
    assert_eq!(history.len(), 1, "one arrival");
}
