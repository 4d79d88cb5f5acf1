//! The caseworker's use cases, called as their pages and forms call them, without HTTP: a real
//! SQLite database in a temporary folder (or a fresh PostgreSQL database on the server named by
//! `TEST_DATABASE_URL`, as the API tests do), the synthetic population (Sara Eide works for the
//! municipality, Nora Haugen for the court), and submissions filed into the inbox through the
//! outbox as the delivery worker files them.

mod access;
mod claims;
mod filing;
mod queues;
mod requests;
mod tally;

use super::Caseworker;
use crate::journeys::live::LiveCatalog;
use crate::{
    citizen::Citizen,
    identity::population::logged_in,
    storage::{Database, NewCase, NewDraft},
};
use app::{
    auth::{CurrentUser, Role},
    domain::{CaseStatus, Instant},
    error::AppError,
    journey::{flow::ServiceCall, Agency, Answer, Answers, Catalog},
    pages::caseworker::model::{CaseAction, CaseRow, InboxQuery, Queue},
    ports::{CaseworkerPort, CitizenPort},
};
use std::{sync::Arc, time::Duration};

pub(super) const JOURNEY: &str = r#"[journey]
id = "test"
order = 1
owner = "kommune"
security_level = "substantial"
version = 1
agencies = ["kommune", "nav"]

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
"#;

pub(super) struct World {
    pub(super) caseworker: Caseworker,
    pub(super) citizen: Citizen,
    pub(super) database: Database,
    _dir: tempfile::TempDir,
}

pub(super) async fn world() -> World {
    let dir = tempfile::tempdir().expect("temporary folder");
    let database = crate::storage::test_database(dir.path(), "caseworker").await;
    // A second caseworker of the municipality, for races and assignments.
    sql(
        &database,
        "INSERT INTO person (person_id, name) VALUES ('99999999999', 'Ola Kollega')",
    )
    .await;
    sql(
        &database,
        "INSERT INTO agency_role (person_id, agency_id, role) \
         VALUES ('99999999999', 'kommune', 'caseworker')",
    )
    .await;
    let catalog = Catalog::parse([("test.toml", JOURNEY)]).expect("journey");
    let catalog = Arc::new(LiveCatalog::new(database.clone(), catalog));
    let citizen = Citizen::new(database.clone(), catalog, None);
    World {
        caseworker: Caseworker::new(database.clone(), citizen.versions.clone()),
        citizen,
        database,
        _dir: dir,
    }
}

/// Runs one statement as it is (to put into the tables what this version would never write).
pub(super) async fn sql(database: &Database, statement: &str) {
    crate::storage::on_pool!(database, pool => {
        sqlx::query(statement).execute(pool).await.expect(statement);
    });
}

/// A person of the synthetic population, logged in.
pub(super) fn user(name: &str) -> CurrentUser {
    logged_in(name)
}

pub(super) fn sara() -> CurrentUser {
    user("Sara Eide")
}

pub(super) fn colleague() -> CurrentUser {
    CurrentUser {
        pid: "99999999999".into(),
        name: Some("Ola Kollega".into()),
        acr: "idporten-loa-substantial".into(),
        amr: vec![],
        roles: vec![(Agency::Kommune, Role::Caseworker)],
        platform_roles: vec![],
        csrf_token: "token".into(),
    }
}

/// A submission of `citizen` to `journey` with one call per service: its reference.
pub(super) async fn submit(
    world: &World,
    citizen: &CurrentUser,
    journey: &str,
    services: &[(&str, Agency)],
) -> String {
    let mut answers = Answers::default();
    answers.set("name", Answer::Text("Emma".into()));
    let draft_id = crate::ids::random_token(8);
    world
        .database
        .drafts()
        .create(NewDraft {
            person_id: &citizen.pid,
            draft_id: &draft_id,
            journey_id: journey,
            journey_version: 1,
            first_step: "about",
            answers: &answers,
            sources: &Default::default(),
            preview_as: None,
        })
        .await
        .expect("a draft");
    let draft = world.database.drafts().get(&citizen.pid, &draft_id).await;
    let draft = draft.expect("read").expect("the draft");
    let calls: Vec<ServiceCall> = services
        .iter()
        .map(|(service, agency)| ServiceCall {
            service: service.to_string(),
            agency: *agency,
            operation: service.to_string(),
            after: Vec::new(),
            payload: serde_json::json!({ "name": "Emma" }),
        })
        .collect();
    world
        .database
        .submissions()
        .submit(&citizen.pid, &draft, &answers, &calls)
        .await
        .expect("submitted")
}

/// Files every pending call of `reference` into the inbox as the worker does (lease, then
/// file): the case numbers.
pub(super) async fn file_all(world: &World, reference: &str) -> Vec<String> {
    let calls = world.database.outbox().of_submission(reference).await;
    let mut numbers = Vec::new();
    for call in calls.expect("calls") {
        let until = Instant::now().plus(Duration::from_secs(30));
        let lease = world.database.outbox().claim(&call.id, until).await;
        let lease = lease.expect("claim").expect("the lease");
        let number = file(world, &call.id, &lease).await;
        numbers.push(number.expect("filed"));
    }
    numbers
}

pub(super) async fn file(world: &World, call: &str, lease: &str) -> Option<String> {
    let call = world.database.outbox().get(call).await.expect("read");
    let call = call.expect("the call");
    let now = Instant::now();
    let today = now.oslo_date().expect("today");
    let due_on = app::domain::deadline::add_working_days(today, 10).expect("due");
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
                due_on,
            },
            lease,
        )
        .await
        .expect("stored")
}

/// A case of Kari's to the municipality, filed: its id.
pub(super) async fn case(world: &World) -> String {
    case_of(world, "Kari Nordmann", "test", "kindergarten").await
}

pub(super) async fn case_of(world: &World, citizen: &str, journey: &str, service: &str) -> String {
    let reference = submit(
        world,
        &user(citizen),
        journey,
        &[(service, Agency::Kommune)],
    )
    .await;
    file_all(world, &reference).await.remove(0)
}

pub(super) async fn inbox(world: &World, who: &CurrentUser, query: InboxQuery) -> Vec<CaseRow> {
    world
        .caseworker
        .inbox(who, query)
        .await
        .expect("the inbox")
        .rows
}

pub(super) fn queue(queue: Queue) -> InboxQuery {
    InboxQuery {
        queue,
        ..InboxQuery::default()
    }
}

pub(super) fn ids(rows: &[CaseRow]) -> Vec<String> {
    rows.iter().map(|r| r.id.clone()).collect()
}

pub(super) async fn act(
    world: &World,
    who: &CurrentUser,
    id: &str,
    action: CaseAction,
) -> Result<(), AppError> {
    world.caseworker.act(who, id, action).await
}

pub(super) fn status(to: CaseStatus, message: &str) -> CaseAction {
    CaseAction::Status {
        to,
        message: message.into(),
    }
}

/// The status the citizen's timeline shows for the submission's call to the municipality.
pub(super) async fn citizen_sees(
    world: &World,
    reference: &str,
) -> Option<(CaseStatus, Option<String>)> {
    let timeline = world
        .citizen
        .timeline(&user("Kari Nordmann"), reference)
        .await;
    let calls = timeline.expect("the timeline").calls;
    let call = calls.into_iter().find(|c| c.agency == Agency::Kommune);
    call.expect("the municipality's call").status
}

pub(super) async fn reference_of(world: &World, id: &str) -> String {
    let case = world.database.inbox().get(id).await.expect("read");
    case.expect("the case").reference
}

/// Every case of a view, page by page: the ids in order.
pub(super) async fn every_page(
    world: &World,
    who: &CurrentUser,
    mut query: InboxQuery,
) -> Vec<CaseRow> {
    let mut rows = Vec::new();
    loop {
        let view = world
            .caseworker
            .inbox(who, query.clone())
            .await
            .expect("a page");
        assert!(view.rows.len() <= super::inbox::PAGE_SIZE);
        rows.extend(view.rows);
        match view.next {
            Some(next) => query.after = Some(next),
            None => return rows,
        }
    }
}

pub(super) fn ask(fields: &[&str], question: &str, reason: &str) -> CaseAction {
    CaseAction::Ask {
        fields: fields.iter().map(|f| f.to_string()).collect(),
        question: question.into(),
        reason: reason.into(),
    }
}
