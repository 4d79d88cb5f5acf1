//! The deliveries port, called as its pages and form call it, without HTTP: a real SQLite
//! database in a temporary folder (or a fresh PostgreSQL database with `TEST_DATABASE_URL`), the
//! synthetic population (Lars Dahl administers NAV, Ingrid Berg is its caseworker; Erik Holm
//! administers the municipality, Sara Eide works in its inbox), and calls made dead as the
//! delivery worker makes them (leased, then failed for good). The agencies' own staff in
//! `agency_staff`, the operator (Tone Brekke, platform staff of no agency) in `operator`.

mod agency_staff;
mod operator;

use super::Deliveries;
use crate::journeys::versions::Definitions;
use crate::{
    agencies::{AgencyAuth, AgencyConfig},
    caseworker::Caseworker,
    connectors::live::{Defaults, LiveConnectors},
    identity::population::logged_in,
    storage::{Database, NewCase, NewDraft},
};
use app::{
    auth::CurrentUser,
    domain::{DeliveryState, Instant},
    journey::{flow::ServiceCall, Agency, Answer, Answers, Catalog},
    pages::deliveries::model::CallFilter,
    ports::DeliveriesPort,
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
    let database = crate::storage::test_database(dir.path(), "deliveries").await;
    let catalog = Catalog::parse([("test.toml", JOURNEY)]).expect("journey");
    let versions = Arc::new(Definitions::new(database.clone(), &catalog));
    World {
        // The defaults: the municipality works in the inbox, NAV and Skatteetaten have APIs.
        deliveries: Deliveries {
            database: database.clone(),
            connectors: Arc::new(LiveConnectors::new(
                database.clone(),
                Defaults {
                    base: "http://127.0.0.1:9".into(),
                    auth: AgencyAuth::Static(Box::default()),
                    config: AgencyConfig::default(),
                    machine: None,
                },
            )),
        },
        caseworker: Caseworker::new(database.clone(), versions),
        database,
        _dir: dir,
    }
}

/// A person of the synthetic population, logged in.
fn user(name: &str) -> CurrentUser {
    logged_in(name)
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
            preview_as: None,
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

/// Files the municipality's call as a case in its inbox, as the worker does: the case number.
async fn file_in_inbox(world: &World, id: &str) -> String {
    let call = world.database.outbox().get(id).await.expect("read");
    let call = call.expect("the call");
    let lease = lease(world, &call.id).await;
    let now = Instant::now();
    let today = now.oslo_date().expect("today");
    world
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
        .expect("filed")
}
