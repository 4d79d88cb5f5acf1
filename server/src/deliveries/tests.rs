//! The deliveries port, called as its pages and form call it, without HTTP: a real SQLite
//! database in a temporary folder (or a fresh PostgreSQL database with `TEST_DATABASE_URL`), the
//! synthetic population (Lars Dahl administers NAV, Ingrid Berg is its caseworker; Erik Holm
//! administers the municipality, Sara Eide works in its inbox), and calls made dead as the
//! delivery worker makes them (leased, then failed for good).

use super::{list::payload_summary, Deliveries};
use crate::{
    agencies::AgencyConfig,
    caseworker::Caseworker,
    identity::population::population,
    storage::{Database, NewCase, NewDraft},
};
use app::{
    auth::CurrentUser,
    domain::{CaseStatus, DeliveryState, Instant},
    error::AppError,
    journey::{flow::ServiceCall, Agency, Answer, Answers, Catalog},
    pages::{caseworker::model::HistoryKind, deliveries::model::CallFilter},
    ports::{CaseworkerPort, DeliveriesPort},
};
use std::{sync::Arc, time::Duration};

const JOURNEY: &str = r#"[journey]
id = "test"
order = 1
owner = "kommune"
security_level = "substantial"
version = 1
agencies = ["kommune", "nav", "skatteetaten"]

[[step]]
id = "about"

[[step.field]]
id = "name"
type = "text"
required = true

[[service]]
id = "kindergarten"
agency = "kommune"
operation = "kindergarten"
[service.payload]
name = "name"

[[service]]
id = "benefit"
agency = "nav"
operation = "benefit"
[service.payload]
name = "name"

[[service]]
id = "tax"
agency = "skatteetaten"
operation = "tax"
[service.payload]
name = "name"
"#;

struct World {
    deliveries: Deliveries,
    caseworker: Caseworker,
    database: Database,
    _dir: tempfile::TempDir,
}

async fn world() -> World {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = match std::env::var("TEST_DATABASE_URL") {
        Ok(admin) if admin.starts_with("postgres") => fresh_postgres(&admin).await,
        _ => format!("sqlite://{}", dir.path().join("test.db").display()),
    };
    let database = Database::connect(&url).await.expect("database");
    database.migrate(&url).await.expect("migrations");
    database.people().seed(&population()).await.expect("people");
    let catalog = Arc::new(Catalog::parse([("test.toml", JOURNEY)]).expect("journey"));
    World {
        // The defaults: the municipality works in the inbox, NAV and Skatteetaten have APIs.
        deliveries: Deliveries {
            database: database.clone(),
            agencies: AgencyConfig::default(),
        },
        caseworker: Caseworker::new(database.clone(), catalog),
        database,
        _dir: dir,
    }
}

async fn fresh_postgres(admin: &str) -> String {
    let name = format!("veiviser_deliveries_{}", crate::ids::random_hex(8));
    let admin_database = Database::connect(admin).await.expect("PostgreSQL");
    crate::storage::on_pool!(&admin_database, pool => {
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(pool).await.expect("create");
    });
    admin_database.close().await;
    let base = admin.rsplit_once('/').map_or(admin, |(base, _)| base);
    format!("{base}/{name}")
}

fn user(name: &str) -> CurrentUser {
    let person = population()
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} is in the population"));
    CurrentUser {
        pid: person.pid.as_str().to_string(),
        name: Some(name.into()),
        acr: "idporten-loa-substantial".into(),
        amr: vec![],
        roles: person.roles,
        csrf_token: "token".into(),
    }
}

/// Kari's submission with one call per service: the calls' ids, in that order.
async fn submit(world: &World, services: &[(&str, Agency)]) -> Vec<String> {
    let kari = user("Kari Nordmann");
    let mut answers = Answers::default();
    answers.set("name", Answer::Text("Emma".into()));
    let draft_id = crate::ids::random_token(8);
    let drafts = world.database.drafts();
    drafts
        .create(NewDraft {
            person_id: &kari.pid,
            draft_id: &draft_id,
            journey_id: "test",
            journey_version: 1,
            first_step: "about",
            answers: &answers,
            sources: &Default::default(),
        })
        .await
        .expect("a draft");
    let draft = drafts.get(&kari.pid, &draft_id).await.expect("read");
    let calls: Vec<ServiceCall> = services
        .iter()
        .map(|(service, agency)| ServiceCall {
            service: service.to_string(),
            agency: *agency,
            operation: service.to_string(),
            after: Vec::new(),
            payload: serde_json::json!({ "name": "Emma", "children": 2 }),
        })
        .collect();
    let reference = world
        .database
        .submissions()
        .submit(&kari.pid, &draft.expect("the draft"), &answers, &calls)
        .await
        .expect("submitted");
    let calls = world.database.outbox().of_submission(&reference).await;
    calls.expect("calls").into_iter().map(|c| c.id).collect()
}

async fn lease(world: &World, id: &str) -> String {
    let until = Instant::now().plus(Duration::from_secs(30));
    let lease = world.database.outbox().claim(id, until).await;
    lease.expect("claim").expect("the lease")
}

/// Fails the call for good, as the worker does when an agency refuses it.
async fn kill(world: &World, id: &str) {
    let lease = lease(world, id).await;
    let recorded = world
        .database
        .outbox()
        .failed(id, &lease, "HTTP 503: <b>down</b>", Instant::now(), true)
        .await;
    assert!(recorded.expect("recorded"), "the lease held");
}

async fn state(world: &World, id: &str) -> (DeliveryState, i64) {
    let call = world.database.outbox().get(id).await.expect("read");
    let call = call.expect("the call");
    (call.state, call.attempts)
}

async fn listed(world: &World, who: &str, agency: Agency, filter: CallFilter) -> Vec<String> {
    let view = world.deliveries.calls(&user(who), agency, filter).await;
    view.expect("the calls")
        .calls
        .into_iter()
        .map(|c| c.id)
        .collect()
}

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
    // The worker files it into the inbox.
    let call = world.database.outbox().get(&calls[0]).await.expect("read");
    let call = call.expect("the call");
    let lease = lease(&world, &call.id).await;
    let now = Instant::now();
    let today = now.oslo_date().expect("today");
    let number = world
        .database
        .inbox()
        .receive(
            NewCase {
                case_id: &crate::ids::case_number("kommune"),
                delivery_id: &call.id,
                agency: Agency::Kommune,
                reference: &call.reference,
                service: &call.service,
                payload: &call.payload,
                received_at: now,
                received_on: today,
                due_on: today,
            },
            &lease,
        )
        .await
        .expect("stored")
        .expect("filed");

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
