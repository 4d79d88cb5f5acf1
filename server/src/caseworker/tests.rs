//! The caseworker's use cases, called as their pages and forms call them, without HTTP: a real
//! SQLite database in a temporary folder (or a fresh PostgreSQL database on the server named by
//! `TEST_DATABASE_URL`, as the API tests do), the synthetic population (Sara Eide works for the
//! municipality, Nora Haugen for the court), and submissions filed into the inbox through the
//! outbox as the delivery worker files them.

mod tally;

use super::Caseworker;
use crate::journeys::live::LiveCatalog;
use crate::{
    agencies::{delivery::Worker, AgencyAuth, AgencyConfig},
    citizen::Citizen,
    identity::population::logged_in,
    storage::{Database, NewCase, NewDraft, Verdict},
};
use app::{
    auth::{CurrentUser, Role},
    domain::{CaseStatus, DeliveryState, Instant},
    error::{AppError, Refusal},
    journey::{flow::ServiceCall, Agency, Answer, Answers, Catalog},
    pages::caseworker::model::{
        CaseAction, CaseRow, Count, HistoryKind, InboxQuery, Queue, SortKey, MAX_TEXT_CHARS,
    },
    ports::{CaseworkerPort, CitizenPort},
};
use std::{collections::HashSet, sync::Arc, time::Duration};

const JOURNEY: &str = r#"[journey]
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

struct World {
    caseworker: Caseworker,
    citizen: Citizen,
    database: Database,
    _dir: tempfile::TempDir,
}

async fn world() -> World {
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
async fn sql(database: &Database, statement: &str) {
    crate::storage::on_pool!(database, pool => {
        sqlx::query(statement).execute(pool).await.expect(statement);
    });
}

/// A person of the synthetic population, logged in.
fn user(name: &str) -> CurrentUser {
    logged_in(name)
}

fn sara() -> CurrentUser {
    user("Sara Eide")
}

fn colleague() -> CurrentUser {
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
async fn submit(
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
async fn file_all(world: &World, reference: &str) -> Vec<String> {
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

async fn file(world: &World, call: &str, lease: &str) -> Option<String> {
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
async fn case(world: &World) -> String {
    case_of(world, "Kari Nordmann", "test", "kindergarten").await
}

async fn case_of(world: &World, citizen: &str, journey: &str, service: &str) -> String {
    let reference = submit(
        world,
        &user(citizen),
        journey,
        &[(service, Agency::Kommune)],
    )
    .await;
    file_all(world, &reference).await.remove(0)
}

async fn inbox(world: &World, who: &CurrentUser, query: InboxQuery) -> Vec<CaseRow> {
    world
        .caseworker
        .inbox(who, query)
        .await
        .expect("the inbox")
        .rows
}

fn queue(queue: Queue) -> InboxQuery {
    InboxQuery {
        queue,
        ..InboxQuery::default()
    }
}

fn ids(rows: &[CaseRow]) -> Vec<String> {
    rows.iter().map(|r| r.id.clone()).collect()
}

async fn act(
    world: &World,
    who: &CurrentUser,
    id: &str,
    action: CaseAction,
) -> Result<(), AppError> {
    world.caseworker.act(who, id, action).await
}

fn status(to: CaseStatus, message: &str) -> CaseAction {
    CaseAction::Status {
        to,
        message: message.into(),
    }
}

/// The status the citizen's timeline shows for the submission's call to the municipality.
async fn citizen_sees(world: &World, reference: &str) -> Option<(CaseStatus, Option<String>)> {
    let timeline = world
        .citizen
        .timeline(&user("Kari Nordmann"), reference)
        .await;
    let calls = timeline.expect("the timeline").calls;
    let call = calls.into_iter().find(|c| c.agency == Agency::Kommune);
    call.expect("the municipality's call").status
}

async fn reference_of(world: &World, id: &str) -> String {
    let case = world.database.inbox().get(id).await.expect("read");
    case.expect("the case").reference
}

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

#[tokio::test]
async fn every_queue_holds_its_cases_and_counts_them() {
    let world = world().await;
    let (sara, ola) = (sara(), colleague());
    let new = case(&world).await;
    let mine = case(&world).await;
    let theirs = case(&world).await;
    let waiting = case(&world).await;
    let decided = case(&world).await;
    let overdue = case(&world).await;
    act(&world, &sara, &mine, CaseAction::Claim)
        .await
        .expect("claimed");
    act(&world, &ola, &theirs, CaseAction::Claim)
        .await
        .expect("claimed");
    for (id, to) in [
        (
            &waiting,
            vec![CaseStatus::InProgress, CaseStatus::NeedsInformation],
        ),
        (&decided, vec![CaseStatus::InProgress, CaseStatus::Approved]),
    ] {
        act(&world, &sara, id, CaseAction::Claim)
            .await
            .expect("claimed");
        for status_to in to {
            act(&world, &sara, id, status(status_to, ""))
                .await
                .expect("moved");
        }
    }
    sql(
        &world.database,
        &format!("UPDATE inbox_case SET due_on = '2020-01-06' WHERE inbox_case_id = '{overdue}'"),
    )
    .await;
    let expect = [
        (Queue::New, vec![&new, &overdue]),
        (Queue::Mine, vec![&mine, &waiting]),
        (Queue::Waiting, vec![&waiting]),
        (Queue::Due, vec![&overdue]),
        (Queue::Decided, vec![&decided]),
        (
            Queue::All,
            vec![&new, &mine, &theirs, &waiting, &decided, &overdue],
        ),
    ];
    let view = world
        .caseworker
        .inbox(&sara, queue(Queue::All))
        .await
        .expect("inbox");
    for (q, cases) in expect {
        let mut listed = ids(&inbox(&world, &sara, queue(q)).await);
        listed.sort();
        let mut expected: Vec<String> = cases.into_iter().cloned().collect();
        expected.sort();
        assert_eq!(listed, expected, "{q:?}");
        let count = view.counts.iter().find(|(c, _)| *c == q).map(|(_, n)| *n);
        assert_eq!(count, Some(Count::Exact(expected.len() as u64)), "{q:?}");
    }
    let overdue_row = inbox(&world, &sara, queue(Queue::Due)).await.remove(0);
    assert!(overdue_row.days_left < 0, "{overdue_row:?}");
}

#[tokio::test]
async fn filters_narrow_the_inbox_to_what_they_name() {
    let world = world().await;
    let sara = sara();
    let kari = case(&world).await;
    let other = case_of(&world, "Ola Nordmann", "other", "school").await;
    let claimed = case(&world).await;
    act(&world, &sara, &claimed, CaseAction::Claim)
        .await
        .expect("claimed");
    act(&world, &sara, &claimed, status(CaseStatus::InProgress, ""))
        .await
        .expect("moved");
    sql(
        &world.database,
        &format!("UPDATE inbox_case SET received_on = '2026-01-15', due_on = '2026-01-29' WHERE inbox_case_id = '{other}'"),
    )
    .await;
    let all = |f: fn(&mut InboxQuery)| {
        let mut query = queue(Queue::All);
        f(&mut query);
        query
    };
    let cases = [
        (
            all(|q| q.status = Some(CaseStatus::InProgress)),
            vec![&claimed],
        ),
        (
            all(|q| q.status = Some(CaseStatus::Received)),
            vec![&kari, &other],
        ),
        (all(|q| q.journey = Some("other".into())), vec![&other]),
        (
            all(|q| q.service = Some("kindergarten".into())),
            vec![&kari, &claimed],
        ),
        (
            all(|q| {
                q.received_from = app::journey::Date::parse_iso("2026-01-01");
                q.received_to = app::journey::Date::parse_iso("2026-01-31");
            }),
            vec![&other],
        ),
        (
            all(|q| q.assignee = Some("none".into())),
            vec![&kari, &other],
        ),
        (all(|q| q.overdue = true), vec![&other]),
    ];
    for (query, expected) in cases {
        let mut listed = ids(&inbox(&world, &sara, query.clone()).await);
        listed.sort();
        let mut expected: Vec<String> = expected.into_iter().cloned().collect();
        expected.sort();
        assert_eq!(listed, expected, "{query:?}");
    }
    let mut mine = queue(Queue::All);
    mine.assignee = Some(sara.pid.clone());
    assert_eq!(ids(&inbox(&world, &sara, mine).await), [claimed]);
}

#[tokio::test]
async fn search_finds_cases_by_the_start_of_words_of_reference_name_or_identity_number_in_any_case()
{
    let world = world().await;
    let sara = sara();
    let kari = case(&world).await;
    let aisha = case_of(&world, "Aisha Khan", "test", "kindergarten").await;
    let reference = reference_of(&world, &aisha).await;
    let aisha_pid = user("Aisha Khan").pid;
    for (search, expected) in [
        ("AISHA", &aisha),
        ("nordmann", &kari),
        (&reference.to_lowercase()[3..], &aisha),
        (&aisha_pid[..6], &aisha),
        ("aisha kh", &aisha),
        ("Kari-Nordm", &kari),
    ] {
        let query = InboxQuery {
            queue: Queue::All,
            search: Some(search.to_string()),
            ..InboxQuery::default()
        };
        assert_eq!(
            ids(&inbox(&world, &sara, query).await),
            std::slice::from_ref(expected),
            "{search}"
        );
    }
    let nothing = InboxQuery {
        queue: Queue::All,
        search: Some("%".into()),
        ..InboxQuery::default()
    };
    assert!(
        inbox(&world, &sara, nothing).await.is_empty(),
        "a wildcard is a character"
    );
    // What was typed begins a word, in its order: the middle of a name or number, or a name
    // backwards, finds nothing.
    for inside in ["isha", &aisha_pid[2..8], "khan aisha", "ai khan"] {
        let query = InboxQuery {
            queue: Queue::All,
            search: Some(inside.to_string()),
            ..InboxQuery::default()
        };
        assert!(inbox(&world, &sara, query).await.is_empty(), "{inside}");
    }
}

/// Every case of a view, page by page: the ids in order.
async fn every_page(world: &World, who: &CurrentUser, mut query: InboxQuery) -> Vec<CaseRow> {
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

fn sort_value(row: &CaseRow, key: SortKey) -> String {
    match key {
        SortKey::Reference => row.reference.clone(),
        SortKey::LifeEvent => row.journey_id.clone(),
        SortKey::Service => row.service.clone(),
        SortKey::Citizen => row.citizen_name.clone(),
        SortKey::Received => row.received_at.stored(),
        SortKey::Status => CaseStatus::ALL
            .iter()
            .position(|s| *s == row.status)
            .unwrap_or_default()
            .to_string(),
        SortKey::Assignee => row.assignee.clone().unwrap_or_default(),
        SortKey::Deadline => row.due.to_string(),
    }
}

#[tokio::test]
async fn every_column_sorts_both_ways_across_pages_with_every_case_once() {
    let world = world().await;
    let sara = sara();
    let citizens = ["Kari Nordmann", "Ola Nordmann", "Aisha Khan", "Per Hansen"];
    let mut all = Vec::new();
    for i in 0..30 {
        let service = if i % 3 == 0 { "school" } else { "kindergarten" };
        let journey = if i % 4 == 0 { "other" } else { "test" };
        all.push(case_of(&world, citizens[i % 4], journey, service).await);
    }
    for id in all.iter().step_by(5) {
        act(&world, &colleague(), id, CaseAction::Claim)
            .await
            .expect("claimed");
        act(&world, &colleague(), id, status(CaseStatus::InProgress, ""))
            .await
            .expect("moved");
    }
    for id in all.iter().skip(2).step_by(5) {
        act(&world, &sara, id, CaseAction::Claim)
            .await
            .expect("claimed");
    }
    all.sort();
    for key in SortKey::ALL {
        for descending in [false, true] {
            let query = InboxQuery {
                queue: Queue::All,
                sort: key,
                descending,
                ..InboxQuery::default()
            };
            let rows = every_page(&world, &sara, query).await;
            let mut listed = ids(&rows);
            let pairs: Vec<(String, String)> = rows
                .iter()
                .map(|r| (sort_value(r, key), r.id.clone()))
                .collect();
            let mut sorted = pairs.clone();
            sorted.sort();
            if descending {
                sorted.reverse();
            }
            assert_eq!(pairs, sorted, "{key:?} descending {descending}");
            listed.sort();
            assert_eq!(
                listed, all,
                "{key:?} descending {descending}: every case once"
            );
        }
    }
}

#[tokio::test]
async fn cases_arriving_between_pages_neither_repeat_nor_push_a_case_out_of_sight() {
    let world = world().await;
    let sara = sara();
    let mut before = Vec::new();
    for _ in 0..30 {
        before.push(case(&world).await);
    }
    for descending in [false, true] {
        let query = InboxQuery {
            queue: Queue::All,
            descending,
            ..InboxQuery::default()
        };
        let first = world
            .caseworker
            .inbox(&sara, query.clone())
            .await
            .expect("page");
        assert_eq!(first.rows.len(), 25);
        for _ in 0..3 {
            case(&world).await;
        }
        let second = InboxQuery {
            after: first.next.clone(),
            ..query
        };
        let rest = every_page(&world, &sara, second).await;
        let seen: Vec<String> = ids(&first.rows).into_iter().chain(ids(&rest)).collect();
        let unique: HashSet<&String> = seen.iter().collect();
        assert_eq!(
            unique.len(),
            seen.len(),
            "no case twice (descending {descending})"
        );
        assert!(
            before.iter().all(|id| unique.contains(id)),
            "no case skipped"
        );
    }
}

#[tokio::test]
async fn a_cursor_the_view_did_not_make_is_refused() {
    let world = world().await;
    let sara = sara();
    for _ in 0..26 {
        case(&world).await;
    }
    let view = world
        .caseworker
        .inbox(&sara, queue(Queue::All))
        .await
        .expect("inbox");
    let cursor = view.next.expect("a second page");
    let mut tampered = cursor.clone();
    tampered.insert(3, 'x');
    use base64::Engine;
    let forged = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(r#"{"s":"received"}"#);
    let cases = [
        (SortKey::Received, "not a cursor".to_string()),
        (SortKey::Received, tampered),
        (SortKey::Received, forged),
        (SortKey::Received, "A".repeat(5000)),
        // A cursor of another order.
        (SortKey::Citizen, cursor),
    ];
    for (sort, after) in cases {
        let query = InboxQuery {
            queue: Queue::All,
            sort,
            after: Some(after.clone()),
            ..InboxQuery::default()
        };
        let refused = world.caseworker.inbox(&sara, query).await;
        assert_eq!(
            refused.err(),
            Some(AppError::Invalid(Refusal::FormMismatch)),
            "{after}"
        );
    }
}

#[tokio::test]
async fn of_two_claims_at_once_one_wins_and_the_other_is_told() {
    let world = world().await;
    let (sara, ola) = (sara(), colleague());
    for _ in 0..5 {
        let id = case(&world).await;
        let (a, b) = tokio::join!(
            act(&world, &sara, &id, CaseAction::Claim),
            act(&world, &ola, &id, CaseAction::Claim)
        );
        let won = [&a, &b].iter().filter(|r| r.is_ok()).count();
        assert_eq!(won, 1, "{a:?} {b:?}");
        assert!([a, b].contains(&Err(AppError::Conflict)));
        let history = world.database.inbox().history(&id).await.expect("history");
        assert_eq!(history.iter().filter(|h| h.kind == "claimed").count(), 1);
    }
    let id = case(&world).await;
    act(&world, &sara, &id, CaseAction::Claim)
        .await
        .expect("claimed");
    assert_eq!(
        act(&world, &sara, &id, CaseAction::Claim).await,
        Ok(()),
        "one's own again"
    );
}

#[tokio::test]
async fn only_the_holder_releases_and_a_case_goes_only_to_a_caseworker_of_its_agency() {
    let world = world().await;
    let (sara, ola) = (sara(), colleague());
    let id = case(&world).await;
    act(&world, &sara, &id, CaseAction::Claim)
        .await
        .expect("claimed");
    assert_eq!(
        act(&world, &ola, &id, CaseAction::Release).await,
        Err(AppError::Conflict)
    );
    let nora = user("Nora Haugen").pid;
    let kari = user("Kari Nordmann").pid;
    for to in [nora, kari, "nobody".into()] {
        assert_eq!(
            act(&world, &sara, &id, CaseAction::Assign { to }).await,
            Err(AppError::Invalid(Refusal::FormMismatch))
        );
    }
    act(
        &world,
        &sara,
        &id,
        CaseAction::Assign {
            to: ola.pid.clone(),
        },
    )
    .await
    .expect("assigned");
    assert_eq!(
        act(&world, &sara, &id, CaseAction::Release).await,
        Err(AppError::Conflict)
    );
    act(&world, &ola, &id, CaseAction::Release)
        .await
        .expect("released");
    let view = world.caseworker.case(&sara, &id).await.expect("the case");
    assert_eq!(view.assignee, None);
    let kinds: Vec<HistoryKind> = view.history.into_iter().map(|h| h.what).collect();
    assert_eq!(
        kinds,
        [
            HistoryKind::Received,
            HistoryKind::Claimed,
            HistoryKind::Assigned {
                to: "Ola Kollega".into()
            },
            HistoryKind::Released,
        ]
    );
}

#[tokio::test]
async fn each_status_change_reaches_the_citizens_timeline_with_its_message() {
    let world = world().await;
    let sara = sara();
    let id = case(&world).await;
    let reference = reference_of(&world, &id).await;
    for (to, message) in [
        (CaseStatus::InProgress, "Vi ser på saken."),
        (
            CaseStatus::NeedsInformation,
            "Send oss\r\nbarnets fødselsattest.",
        ),
        (CaseStatus::InProgress, ""),
        (CaseStatus::Approved, "  Barnet har fått plass.  "),
    ] {
        act(&world, &sara, &id, status(to, message))
            .await
            .expect("moved");
        let message = message.replace("\r\n", "\n").trim().to_string();
        let expected = (!message.is_empty()).then_some(message);
        assert_eq!(citizen_sees(&world, &reference).await, Some((to, expected)));
    }
    let page = world
        .citizen
        .my_page(&user("Kari Nordmann"))
        .await
        .expect("my page");
    assert_eq!(
        page.submissions[0].calls[0].status,
        Some((CaseStatus::Approved, Some("Barnet har fått plass.".into())))
    );
    let view = world.caseworker.case(&sara, &id).await.expect("the case");
    assert!(view.next_statuses.is_empty(), "a decision is final");
    let who: Vec<Option<String>> = view.history.iter().map(|h| h.who.clone()).collect();
    assert_eq!(who[0], None, "the portal filed it");
    assert!(who[1..].iter().all(|w| w.as_deref() == Some("Sara Eide")));
}

#[tokio::test]
async fn a_status_the_case_cannot_move_to_is_refused_and_changes_nothing() {
    let world = world().await;
    let sara = sara();
    let id = case(&world).await;
    let reference = reference_of(&world, &id).await;
    for to in [
        CaseStatus::Approved,
        CaseStatus::Received,
        CaseStatus::NeedsInformation,
    ] {
        assert_eq!(
            act(&world, &sara, &id, status(to, "Innvilget")).await,
            Err(AppError::Conflict),
            "{to}"
        );
    }
    let view = world.caseworker.case(&sara, &id).await.expect("the case");
    assert_eq!(view.status, CaseStatus::Received);
    assert_eq!(view.next_statuses, [CaseStatus::InProgress]);
    assert_eq!(view.history.len(), 1);
    assert_eq!(
        citizen_sees(&world, &reference).await,
        Some((CaseStatus::Received, None))
    );
}

#[tokio::test]
async fn a_note_stays_inside_the_agency() {
    let world = world().await;
    let sara = sara();
    let id = case(&world).await;
    let reference = reference_of(&world, &id).await;
    let note = CaseAction::Note {
        text: "Ring barnehagen først.".into(),
    };
    act(&world, &sara, &id, note).await.expect("noted");
    let view = world.caseworker.case(&sara, &id).await.expect("the case");
    assert_eq!(
        view.history.last().map(|h| h.what.clone()),
        Some(HistoryKind::Note {
            text: "Ring barnehagen først.".into()
        })
    );
    let events = world.database.case_events().of_submission(&reference).await;
    let events = events.expect("events");
    assert_eq!(events.len(), 1, "only the arrival");
    assert!(events.iter().all(|e| e.message.is_none()));
}

#[tokio::test]
async fn a_text_over_the_limit_or_with_control_characters_is_refused_and_changes_nothing() {
    let world = world().await;
    let sara = sara();
    let id = case(&world).await;
    let long = "a".repeat(MAX_TEXT_CHARS + 1);
    let refused = [
        status(CaseStatus::InProgress, &long),
        status(CaseStatus::InProgress, "bell\u{7}"),
        status(CaseStatus::InProgress, "tab\there"),
        CaseAction::Note { text: long.clone() },
        CaseAction::Note {
            text: "escape \u{1b}[31m".into(),
        },
        CaseAction::Note { text: "   ".into() },
    ];
    for action in refused {
        assert_eq!(
            act(&world, &sara, &id, action.clone()).await,
            Err(AppError::Invalid(Refusal::Text)),
            "{action:?}"
        );
    }
    let view = world.caseworker.case(&sara, &id).await.expect("the case");
    assert_eq!((view.status, view.history.len()), (CaseStatus::Received, 1));
    let just = "ø".repeat(MAX_TEXT_CHARS);
    act(&world, &sara, &id, CaseAction::Note { text: just })
        .await
        .expect("at the limit");
}

#[tokio::test]
async fn a_caseworker_of_another_agency_gets_not_found_everywhere() {
    let world = world().await;
    let nora = user("Nora Haugen");
    let id = case(&world).await;
    assert_eq!(
        world.caseworker.case(&nora, &id).await.err(),
        Some(AppError::NotFound)
    );
    for action in [
        CaseAction::Claim,
        CaseAction::Release,
        status(CaseStatus::InProgress, ""),
        CaseAction::Note { text: "x".into() },
        CaseAction::Assign {
            to: nora.pid.clone(),
        },
    ] {
        assert_eq!(
            act(&world, &nora, &id, action).await,
            Err(AppError::NotFound)
        );
    }
    let view = world
        .caseworker
        .inbox(&nora, queue(Queue::All))
        .await
        .expect("her inbox");
    assert!(view.rows.is_empty());
    assert!(
        view.counts.iter().all(|(_, n)| *n == Count::Exact(0)),
        "{:?}",
        view.counts
    );
    assert_eq!(view.agencies, [Agency::Domstol]);
    assert_eq!(
        world.caseworker.case(&sara(), "KOMMUNE-NOSUCH").await.err(),
        Some(AppError::NotFound)
    );
    let untouched = world.caseworker.case(&sara(), &id).await.expect("the case");
    assert_eq!(untouched.history.len(), 1);
}

#[tokio::test]
async fn someone_who_is_not_a_caseworker_is_forbidden_everything() {
    let world = world().await;
    let id = case(&world).await;
    for who in [user("Kari Nordmann"), user("Erik Holm")] {
        let port = &world.caseworker;
        assert_eq!(
            port.inbox(&who, InboxQuery::default()).await.err(),
            Some(AppError::Forbidden)
        );
        assert_eq!(port.case(&who, &id).await.err(), Some(AppError::Forbidden));
        assert_eq!(
            act(&world, &who, &id, CaseAction::Claim).await,
            Err(AppError::Forbidden)
        );
        assert_eq!(
            port.save_view(&who, "mine", &InboxQuery::default(), true)
                .await,
            Err(AppError::Forbidden)
        );
    }
}

#[tokio::test]
async fn every_read_is_chained_and_a_tampered_record_is_named_by_the_verifier() {
    let world = world().await;
    let id = case(&world).await;
    for who in [sara(), colleague(), sara()] {
        world.caseworker.case(&who, &id).await.expect("opened");
    }
    assert_eq!(
        world
            .database
            .case_access()
            .verify()
            .await
            .expect("verified"),
        Verdict::Intact(3)
    );
    sql(
        &world.database,
        "UPDATE case_access SET who_pid = '01010100000' WHERE case_access_id = 2",
    )
    .await;
    assert!(matches!(
        world
            .database
            .case_access()
            .verify()
            .await
            .expect("verified"),
        Verdict::Broken { record: 2, .. }
    ));
    sql(
        &world.database,
        "UPDATE case_access SET who_pid = '99999999999' WHERE case_access_id = 2",
    )
    .await;
    assert_eq!(
        world
            .database
            .case_access()
            .verify()
            .await
            .expect("verified"),
        Verdict::Intact(3)
    );
    sql(
        &world.database,
        "DELETE FROM case_access WHERE case_access_id = 3",
    )
    .await;
    assert!(matches!(
        world
            .database
            .case_access()
            .verify()
            .await
            .expect("verified"),
        Verdict::Broken { record: 3, .. }
    ));
}

#[tokio::test]
async fn the_citizen_sees_on_my_page_that_a_caseworker_read_the_case() {
    let world = world().await;
    let id = case(&world).await;
    let reference = reference_of(&world, &id).await;
    let kari = user("Kari Nordmann");
    assert!(world
        .citizen
        .my_page(&kari)
        .await
        .expect("my page")
        .case_reads
        .is_empty());
    world.caseworker.case(&sara(), &id).await.expect("opened");
    let reads = world
        .citizen
        .my_page(&kari)
        .await
        .expect("my page")
        .case_reads;
    assert_eq!(reads.len(), 1);
    let read = &reads[0];
    assert_eq!(
        (
            read.agency,
            read.role,
            read.journey_id.as_str(),
            read.service.as_str(),
            read.reference.as_str()
        ),
        (
            Agency::Kommune,
            Role::Caseworker,
            "test",
            "kindergarten",
            reference.as_str()
        )
    );
    let other = world
        .citizen
        .my_page(&user("Ola Nordmann"))
        .await
        .expect("his page");
    assert!(other.case_reads.is_empty(), "only the citizen's own cases");
}

#[tokio::test]
async fn a_case_shows_the_answers_and_who_else_has_it_open() {
    let world = world().await;
    let id = case(&world).await;
    let first = world
        .caseworker
        .case(&colleague(), &id)
        .await
        .expect("opened");
    assert!(first.others_looking.is_empty());
    let view = world.caseworker.case(&sara(), &id).await.expect("opened");
    assert_eq!(view.others_looking, ["Ola Kollega"]);
    assert_eq!(view.citizen_name, "Kari Nordmann");
    assert_eq!(view.summary.len(), 1, "the one step");
    assert_eq!(view.summary[0].rows.len(), 1);
    assert_eq!(view.days_left, 10);
    let names: Vec<&str> = view.colleagues.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["Ola Kollega", "Sara Eide"]);
}

#[tokio::test]
async fn a_view_saved_for_the_team_is_seen_by_colleagues_and_a_private_one_only_by_its_owner() {
    let world = world().await;
    let (sara, ola) = (sara(), colleague());
    let due = InboxQuery {
        queue: Queue::Due,
        sort: SortKey::Deadline,
        after: Some("page-two".into()),
        ..InboxQuery::default()
    };
    world
        .caseworker
        .save_view(&sara, "Snart frist", &due, true)
        .await
        .expect("saved");
    world
        .caseworker
        .save_view(&sara, "Mine", &queue(Queue::Mine), false)
        .await
        .expect("saved");
    world
        .caseworker
        .save_view(&sara, "Mine", &queue(Queue::Waiting), false)
        .await
        .expect("replaced");
    let names = |views: Vec<app::pages::caseworker::model::SavedView>| {
        views
            .into_iter()
            .map(|v| (v.name, v.query, v.owner_name))
            .collect::<Vec<_>>()
    };
    let hers = world
        .caseworker
        .inbox(&sara, InboxQuery::default())
        .await
        .expect("inbox")
        .views;
    assert_eq!(
        names(hers),
        [
            ("Mine".into(), "queue=waiting".into(), "Sara Eide".into()),
            (
                "Snart frist".into(),
                "queue=due&sort=deadline".into(),
                "Sara Eide".into()
            ),
        ]
    );
    let his = world
        .caseworker
        .inbox(&ola, InboxQuery::default())
        .await
        .expect("inbox")
        .views;
    assert_eq!(names(his).len(), 1, "only the shared one");
    let nora = world
        .caseworker
        .inbox(&user("Nora Haugen"), InboxQuery::default())
        .await;
    assert!(
        nora.expect("inbox").views.is_empty(),
        "another agency's team"
    );
    for bad in ["", "   ", "a\u{0}b", &"x".repeat(101)] {
        assert_eq!(
            world.caseworker.save_view(&sara, bad, &due, true).await,
            Err(AppError::Invalid(Refusal::Text))
        );
    }
}

fn ask(fields: &[&str], question: &str, reason: &str) -> CaseAction {
    CaseAction::Ask {
        fields: fields.iter().map(|f| f.to_string()).collect(),
        question: question.into(),
        reason: reason.into(),
    }
}

#[tokio::test]
async fn a_request_for_information_goes_to_the_citizen_and_their_answer_comes_back_with_the_difference(
) {
    let world = world().await;
    let kari = user("Kari Nordmann");
    let id = case(&world).await;
    let reference = reference_of(&world, &id).await;
    let due_before = world
        .database
        .inbox()
        .get(&id)
        .await
        .expect("read")
        .expect("case")
        .due_on;
    act(
        &world,
        &sara(),
        &id,
        ask(&["name"], "Which kindergarten?", "The name is misspelt."),
    )
    .await
    .expect("asked");
    // The case waits; the citizen's timeline says so with the reason; My page has the task.
    assert_eq!(
        citizen_sees(&world, &reference).await,
        Some((
            CaseStatus::NeedsInformation,
            Some("The name is misspelt.".into())
        ))
    );
    let mine = world.citizen.my_page(&kari).await.expect("my page");
    assert_eq!(mine.tasks.len(), 1);
    let task_id = mine.tasks[0].id.clone();
    let task = match world.citizen.task(&kari, &task_id).await.expect("the task") {
        app::pages::citizen::model::Outcome::Page(task) => task,
        other => panic!("the task page, got {other:?}"),
    };
    assert_eq!(task.fields, ["name"]);
    assert_eq!(task.answers.get("name"), Some(&Answer::Text("Emma".into())));
    // Another person cannot see or answer it.
    let ola = user("Ola Nordmann");
    assert_eq!(
        world.citizen.task(&ola, &task_id).await.err(),
        Some(AppError::NotFound)
    );
    // A field that was not asked about is refused; an empty answer comes back with its problem.
    let form = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let sneaky = world
        .citizen
        .answer_task(&kari, &task_id, &form(&[("a.other", "x")]))
        .await;
    assert_eq!(sneaky.err(), Some(AppError::Invalid(Refusal::FormMismatch)));
    let empty = world
        .citizen
        .answer_task(
            &kari,
            &task_id,
            &form(&[("a.name", ""), ("reply", "Solsikken")]),
        )
        .await
        .expect("answered");
    let app::pages::citizen::model::TaskAnswered::Invalid(again) = empty else {
        panic!("an empty answer is refused");
    };
    assert_eq!(again.errors.len(), 1);
    assert_eq!(again.reply, "Solsikken", "what was typed is kept");
    let unanswered = world
        .citizen
        .answer_task(&kari, &task_id, &form(&[("a.name", "Emma Nordmann")]))
        .await
        .expect("answered");
    assert!(matches!(
        unanswered,
        app::pages::citizen::model::TaskAnswered::Invalid(view) if view.reply_refused
    ));
    let sent = world
        .citizen
        .answer_task(
            &kari,
            &task_id,
            &form(&[("a.name", "Emma Nordmann"), ("reply", "Solsikken")]),
        )
        .await
        .expect("answered");
    assert!(matches!(
        sent,
        app::pages::citizen::model::TaskAnswered::Go(_)
    ));
    // Back with the caseworker, in progress, the deadline not earlier than before; the diff.
    assert_eq!(
        citizen_sees(&world, &reference).await.map(|s| s.0),
        Some(CaseStatus::InProgress)
    );
    let opened = world.caseworker.case(&sara(), &id).await.expect("the case");
    assert_eq!(opened.status, CaseStatus::InProgress);
    assert!(opened.due >= due_before);
    let request = &opened.requests[0];
    assert_eq!(request.reply.as_deref(), Some("Solsikken"));
    assert_eq!(
        request.changes[0].before,
        app::journey::flow::Shown::Plain("Emma".into())
    );
    assert_eq!(
        request.changes[0].after,
        Some(app::journey::flow::Shown::Plain("Emma Nordmann".into()))
    );
    // Answered once: the task is gone from My page, and answering again changes nothing.
    assert!(world
        .citizen
        .my_page(&kari)
        .await
        .expect("my page")
        .tasks
        .is_empty());
    let twice = world
        .citizen
        .answer_task(
            &kari,
            &task_id,
            &form(&[("a.name", "Someone else"), ("reply", "x")]),
        )
        .await
        .expect("answered");
    assert!(matches!(twice, app::pages::citizen::model::TaskAnswered::Go(to) if to == "/my-page"));
    let opened = world.caseworker.case(&sara(), &id).await.expect("the case");
    assert_eq!(
        opened.requests[0].changes[0].after,
        Some(app::journey::flow::Shown::Plain("Emma Nordmann".into()))
    );
}

#[tokio::test]
async fn a_request_needs_a_reason_an_askable_field_and_a_case_that_can_wait() {
    let world = world().await;
    let id = case(&world).await;
    let refused = act(&world, &sara(), &id, ask(&["name"], "", "  ")).await;
    assert_eq!(refused.err(), Some(AppError::Invalid(Refusal::Text)));
    let unknown = act(&world, &sara(), &id, ask(&["nothing"], "", "Why")).await;
    assert_eq!(
        unknown.err(),
        Some(AppError::Invalid(Refusal::FormMismatch))
    );
    let nothing = act(&world, &sara(), &id, ask(&[], "", "Why")).await;
    assert_eq!(nothing.err(), Some(AppError::Invalid(Refusal::Text)));
    act(&world, &sara(), &id, ask(&["name"], "", "Why"))
        .await
        .expect("asked");
    // Waiting already: a second request is a conflict; so is one on a decided case.
    let again = act(&world, &sara(), &id, ask(&["name"], "", "Again")).await;
    assert_eq!(again.err(), Some(AppError::Conflict));
    let decided = case(&world).await;
    act(
        &world,
        &sara(),
        &decided,
        status(CaseStatus::InProgress, ""),
    )
    .await
    .expect("moved");
    act(
        &world,
        &sara(),
        &decided,
        status(CaseStatus::Rejected, "No."),
    )
    .await
    .expect("decided");
    let late = act(&world, &sara(), &decided, ask(&["name"], "", "Why")).await;
    assert_eq!(late.err(), Some(AppError::Conflict));
    // Another agency's caseworker cannot ask.
    let nora = user("Nora Haugen");
    let other = act(&world, &nora, &decided, ask(&["name"], "", "Why")).await;
    assert_eq!(other.err(), Some(AppError::NotFound));
}

#[tokio::test]
async fn messages_go_both_ways_and_each_side_sees_when_the_other_read_them() {
    let world = world().await;
    let kari = user("Kari Nordmann");
    let id = case(&world).await;
    let reference = reference_of(&world, &id).await;
    act(
        &world,
        &sara(),
        &id,
        CaseAction::Message {
            text: "Hei Kari.".into(),
        },
    )
    .await
    .expect("sent");
    // Unread until Kari opens her receipt; then read, as Sara sees.
    let before = world.caseworker.case(&sara(), &id).await.expect("case");
    assert_eq!(before.messages.len(), 1);
    assert!(before.messages[0].read_at.is_none());
    let receipt = world
        .citizen
        .receipt(&kari, &reference)
        .await
        .expect("receipt");
    assert_eq!(receipt.threads.len(), 1);
    assert_eq!(receipt.threads[0].messages[0].text, "Hei Kari.");
    let after = world.caseworker.case(&sara(), &id).await.expect("case");
    assert!(after.messages[0].read_at.is_some(), "Kari has read it");
    // Kari writes back; only to a case of her own submission, and within the limits.
    let unread_in_inbox = |rows: Vec<CaseRow>| rows.iter().find(|r| r.id == id).map(|r| r.unread);
    assert_eq!(
        unread_in_inbox(inbox(&world, &sara(), queue(Queue::All)).await),
        Some(0)
    );
    world
        .citizen
        .send_message(&kari, &reference, &id, "Takk!")
        .await
        .expect("sent");
    assert_eq!(
        unread_in_inbox(inbox(&world, &sara(), queue(Queue::All)).await),
        Some(1),
        "the inbox marks the case with the citizen's unread message"
    );
    let ola = user("Ola Nordmann");
    let other = world
        .citizen
        .send_message(&ola, &reference, &id, "Hei")
        .await;
    assert_eq!(other.err(), Some(AppError::NotFound));
    let wrong_case = world
        .citizen
        .send_message(&kari, &reference, "KOMMUNE-NOPE", "Hei")
        .await;
    assert_eq!(wrong_case.err(), Some(AppError::NotFound));
    let control = world
        .citizen
        .send_message(&kari, &reference, &id, "a\u{7}b")
        .await;
    assert_eq!(control.err(), Some(AppError::Invalid(Refusal::Text)));
    let seen = world.caseworker.case(&sara(), &id).await.expect("case");
    assert_eq!(
        unread_in_inbox(inbox(&world, &sara(), queue(Queue::All)).await),
        Some(0),
        "read once a caseworker opened the case"
    );
    assert_eq!(seen.messages.len(), 2);
    assert!(seen.messages[1].from_citizen && seen.messages[1].text == "Takk!");
    let receipt = world
        .citizen
        .receipt(&kari, &reference)
        .await
        .expect("receipt");
    assert!(
        receipt.threads[0].messages[1].read_at.is_some(),
        "Sara has read it"
    );
    // Another agency's caseworker cannot write on the case.
    let nora = user("Nora Haugen");
    let refused = act(&world, &nora, &id, CaseAction::Message { text: "x".into() }).await;
    assert_eq!(refused.err(), Some(AppError::NotFound));
}
