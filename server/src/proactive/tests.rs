//! The feed follower against the simulated register (over real HTTP) and against a hostile one:
//! offers once per event and person, across rounds and instances; a feed that repeats, skips or
//! answers garbage changes nothing it should not.

use super::{FeedError, FeedFollower, FEED};
use crate::{
    agencies::{prefill::tests::registers_serving, AgencyConfig},
    storage::{test_database, Database},
};
use axum::{extract::Path, http::StatusCode, routing::get, Json, Router};
use serde_json::{json, Value};
use std::time::Duration;

fn follower(database: &Database, registers: crate::agencies::prefill::Registers) -> FeedFollower {
    FeedFollower {
        database: database.clone(),
        registers,
        poll: Duration::from_secs(60),
    }
}

fn pid_of(name: &str) -> String {
    crate::identity::population::population()
        .into_iter()
        .find(|p| p.name == name)
        .map(|p| p.pid.to_string())
        .expect("a synthetic person")
}

/// The simulator's registers, and where its admin endpoints are.
async fn simulated(database: &Database) -> (crate::agencies::prefill::Registers, String) {
    let simulator = crate::simulator::Simulator::new(
        database.clone(),
        AgencyConfig::default(),
        String::new(),
        Duration::from_secs(1),
        None,
    );
    let registers = registers_serving(simulator.router(), "/registers").await;
    let base = registers.base.trim_end_matches("/registers").to_string();
    (registers, base)
}

async fn open_journeys(database: &Database, name: &str) -> Vec<String> {
    let offers = database
        .offers()
        .open_of(&pid_of(name))
        .await
        .expect("offers");
    offers.into_iter().map(|o| o.journey_id).collect()
}

#[tokio::test]
async fn births_and_deaths_offer_their_journeys_to_parents_spouses_and_adult_heirs_once() {
    let dir = tempfile::tempdir().expect("dir");
    let database = test_database(dir.path(), "feed_offers").await;
    let (registers, admin) = simulated(&database).await;
    let feed = follower(&database, registers);
    let first = feed.round().await.expect("round");
    // Arne's death (Per and Liv; his wife died before him), Tariq's (Aisha; the children are
    // minors), Emil's birth (Kari and Ola).
    assert_eq!((first.handled, first.offers), (3, 5), "{first:?}");
    assert_eq!(open_journeys(&database, "Kari Nordmann").await, ["fa-barn"]);
    assert_eq!(open_journeys(&database, "Ola Nordmann").await, ["fa-barn"]);
    assert_eq!(
        open_journeys(&database, "Aisha Khan").await,
        ["dodsfall-og-arv"]
    );
    assert_eq!(
        open_journeys(&database, "Per Hansen").await,
        ["dodsfall-og-arv"]
    );
    let offer = &database
        .offers()
        .open_of(&pid_of("Kari Nordmann"))
        .await
        .expect("offers")[0];
    assert_eq!(offer.subject_name, "Emil Nordmann");
    // Read again: nothing new.
    let again = feed.round().await.expect("round");
    assert_eq!((again.handled, again.offers), (0, 0));
    // A new birth: one offer per parent, and no second one in the next round.
    let born: Value = reqwest::Client::new()
        .post(format!("{admin}/admin/births"))
        .bearer_auth("simulator-token")
        .json(&json!({"name": "Ida Nordmann", "parents": [pid_of("Kari Nordmann"), pid_of("Ola Nordmann")]}))
        .send()
        .await
        .expect("birth")
        .json()
        .await
        .expect("json");
    let sequence = born["sequence"].as_i64().expect("sequence");
    assert_eq!(feed.round().await.expect("round").offers, 2);
    assert_eq!(feed.round().await.expect("round").offers, 0);
    for parent in ["Kari Nordmann", "Ola Nordmann"] {
        let made = database
            .offers()
            .made_for(&pid_of(parent), FEED, sequence)
            .await;
        assert_eq!(made.expect("count"), 1, "{parent}");
    }
    assert_eq!(
        open_journeys(&database, "Kari Nordmann").await,
        ["fa-barn", "fa-barn"]
    );
}

#[tokio::test]
async fn two_instances_reading_the_same_page_store_its_offers_once() {
    let dir = tempfile::tempdir().expect("dir");
    let database = test_database(dir.path(), "feed_race").await;
    let (registers, _) = simulated(&database).await;
    let (a, b) = (
        follower(&database, registers.clone()),
        follower(&database, registers),
    );
    let (one, other) = tokio::join!(a.round(), b.round());
    let (one, other) = (one.expect("round"), other.expect("round"));
    assert_eq!(one.offers + other.offers, 5, "{one:?} {other:?}");
    assert!(one.too_late || other.too_late || one.offers == 0 || other.offers == 0);
    assert_eq!(open_journeys(&database, "Kari Nordmann").await, ["fa-barn"]);
    // A third, started later (as after a restart), reads on from the stored cursor.
    assert_eq!(a.round().await.expect("round").offers, 0);
}

/// A register whose feed answers `page` and whose people are `people` (pid → record).
async fn hostile(
    page: Value,
    people: Vec<Value>,
    broken: Option<String>,
) -> crate::agencies::prefill::Registers {
    let router = Router::new()
        .route(
            "/folkeregisteret/events",
            get(move || {
                let page = page.clone();
                async move {
                    (
                        StatusCode::OK,
                        [("content-type", "application/json")],
                        page.to_string(),
                    )
                }
            }),
        )
        .route(
            "/folkeregisteret/persons/{pid}",
            get(move |Path(pid): Path<String>| {
                let people = people.clone();
                let broken = broken.clone();
                async move {
                    if broken.as_deref() == Some(pid.as_str()) {
                        return (StatusCode::SERVICE_UNAVAILABLE, Json(json!({}))).into_response();
                    }
                    match people.into_iter().find(|p| p["pid"] == pid.as_str()) {
                        Some(person) => Json(person).into_response(),
                        None => StatusCode::NOT_FOUND.into_response(),
                    }
                }
            }),
        );
    registers_serving(router, "").await
}
use axum::response::IntoResponse;

fn person(pid: &str, name: &str, born: &str, relations: Value) -> Value {
    json!({"pid": pid, "name": name, "birth_date": born, "relations": relations})
}

fn days_ago(days: i32) -> String {
    crate::citizen::today()
        .shift(app::journey::date::Period::Days(-days))
        .expect("date")
        .iso()
}

#[tokio::test]
async fn garbage_leaves_the_cursor_and_repeats_gaps_strangers_and_failed_reads_are_handled() {
    let dir = tempfile::tempdir().expect("dir");
    let database = test_database(dir.path(), "feed_hostile").await;
    let (kari, ola) = (pid_of("Kari Nordmann"), pid_of("Ola Nordmann"));
    let child = pid_of("Aisha Khan"); // any valid number serves as the child's
    let stranger = pid_of("Per Hansen");
    let born = days_ago(3);
    let people = vec![
        person(
            &child,
            "Baby Nordmann",
            &born,
            json!([{"relation": "parent", "pid": kari}, {"relation": "parent", "pid": ola}]),
        ),
        person(&kari, "Kari Nordmann", "1985-05-15", json!([])),
        person(&ola, "Ola Nordmann", "1983-11-02", json!([])),
    ];
    // Garbage: refused, the cursor stays.
    for garbage in [
        json!("not a page"),
        json!({"events": [{"sequence": "one"}]}),
    ] {
        let feed = follower(&database, hostile(garbage, people.clone(), None).await);
        assert!(matches!(feed.round().await, Err(FeedError::Unread(_))));
        assert_eq!(database.offers().cursor(FEED).await.expect("cursor"), 0);
    }
    // A stranger to the register (404) and an event from before the window offer nothing; the
    // birth offers to both parents; a gap is reported; the cursor goes past them all.
    let page = json!({"events": [
        {"sequence": 1, "kind": "death", "pid": stranger, "date": days_ago(2)},
        {"sequence": 2, "kind": "birth", "pid": child, "date": days_ago(400)},
        {"sequence": 5, "kind": "birth", "pid": child, "date": born},
        {"sequence": 6, "kind": "move", "pid": kari, "date": born},
    ], "next": 6});
    let feed = follower(&database, hostile(page.clone(), people.clone(), None).await);
    let round = feed.round().await.expect("round");
    assert_eq!(round.offers, 2, "{round:?}");
    assert_eq!(round.gaps, [(3, 4)]);
    assert_eq!(database.offers().cursor(FEED).await.expect("cursor"), 6);
    // The same page again (a feed that repeats): nothing new.
    let round = feed.round().await.expect("round");
    assert_eq!((round.repeated, round.offers), (4, 0));
    assert_eq!(
        database
            .offers()
            .made_for(&kari, FEED, 5)
            .await
            .expect("count"),
        1
    );
    // A parent's record that cannot be read: stored up to the event before, read again later.
    let page = json!({"events": [
        {"sequence": 7, "kind": "birth", "pid": child, "date": born},
        {"sequence": 8, "kind": "birth", "pid": child, "date": born},
    ]});
    let feed = follower(
        &database,
        hostile(page.clone(), people.clone(), Some(ola.clone())).await,
    );
    let round = feed.round().await.expect("round");
    assert_eq!((round.handled, round.offers), (0, 0), "{round:?}");
    assert_eq!(database.offers().cursor(FEED).await.expect("cursor"), 6);
    let feed = follower(&database, hostile(page, people, None).await);
    assert_eq!(feed.round().await.expect("round").offers, 4);
    assert_eq!(database.offers().cursor(FEED).await.expect("cursor"), 8);
}
