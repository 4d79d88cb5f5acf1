//! Prefill from Aa-registeret against a stand-in register over real HTTP: the employments fill
//! a group's items and the latest one fills single fields; a register that is down, answers
//! nonsense or does not know the person leaves the fields to the citizen, and every look-up is
//! in the access log.

use super::{Prefilled, Registers};
use crate::agencies::AgencyAuth;
use app::domain::ReadOutcome;
use app::journey::{Answer, Catalog, Date, Journey};
use axum::{http::StatusCode, Router};
use std::time::Duration;

/// A journey of employments (a group) and the latest job (single fields); the simulator's
/// test reads it too.
pub(crate) const JOURNEY: &str = r#"[journey]
id = "jobb"
order = 1
owner = "nav"
security_level = "substantial"
version = 1
agencies = ["nav"]

[[prefill]]
register = "aa-registeret"
lookup = "employments"
fill = { jobs = "items", job_orgnr = "employer_orgnr", job_employer = "employer_name", job_start = "start_date", job_end = "end_date", job_percent = "percent" }

[[prefill]]
register = "aa-registeret"
lookup = "latest"
fill = { last_employer = "employer_name", last_end = "end_date", last_kind = "kind" }

[[step]]
id = "work"

[[step.field]]
id = "last_employer"
type = "text"

[[step.field]]
id = "last_end"
type = "date"

[[step.field]]
id = "last_kind"
type = "one_of"
options = ["ordinary", "maritime", "freelance"]

[[step.field]]
id = "jobs"
type = "group"

[[step.field.field]]
id = "job_orgnr"
type = "organisation_number"

[[step.field.field]]
id = "job_employer"
type = "text"

[[step.field.field]]
id = "job_start"
type = "date"

[[step.field.field]]
id = "job_end"
type = "date"

[[step.field.field]]
id = "job_percent"
type = "number"
"#;

/// Oldest first, as a register may send them: prefill puts the newest first.
const TWO_JOBS: &str = r#"{"employments": [
  {"employer_orgnr": "974760673", "employer_name": "Byggmester Berg AS", "start_date": "2009-06-01",
   "end_date": "2016-07-31", "percent": 100, "kind": "ordinary"},
  {"employer_orgnr": "889640782", "employer_name": "Nordlys Transport AS", "start_date": "2016-08-01",
   "percent": 60, "kind": "ordinary"}
]}"#;

fn journey() -> Journey {
    let catalog = Catalog::parse([("jobb.toml", JOURNEY)]).unwrap_or_else(|e| panic!("{e:#?}"));
    Journey::clone(catalog.definition("jobb").expect("jobb"))
}

/// A register that answers every read with `status` and `body`.
async fn register(status: u16, body: String) -> Registers {
    let status = StatusCode::from_u16(status).expect("status");
    let router = Router::new().fallback(move || {
        let body = body.clone();
        async move { (status, [("content-type", "application/json")], body) }
    });
    registers_serving(router, "").await
}

/// Prefill's registers at `router`, served on a free port (`path`: where the registers are in
/// it).
pub(crate) async fn registers_serving(router: Router, path: &str) -> Registers {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router).await });
    Registers {
        client: reqwest::Client::new(),
        base: format!("http://{address}{path}"),
        auth: AgencyAuth::Static(Box::default()),
        timeout: Duration::from_secs(3),
    }
}

async fn prefill(status: u16, body: &str) -> Prefilled {
    let today = Date::parse_iso("2026-11-22").expect("date");
    register(status, body.to_string())
        .await
        .prefill(&journey(), "15858512345", today)
        .await
}

fn text(value: &str) -> Option<Answer> {
    Some(Answer::Text(value.into()))
}

fn outcomes(prefilled: &Prefilled) -> Vec<(&str, &str, ReadOutcome)> {
    prefilled
        .reads
        .iter()
        .map(|r| (r.register, r.lookup.as_str(), r.outcome))
        .collect()
}

#[tokio::test]
async fn the_employments_fill_the_group_newest_first_and_the_latest_fills_single_fields() {
    let prefilled = prefill(200, TWO_JOBS).await;

    let Some(Answer::Items(jobs)) = prefilled.answers.get("jobs") else {
        panic!("a list of jobs: {:?}", prefilled.answers);
    };
    assert_eq!(jobs.len(), 2);
    let (now, before) = (&jobs[0], &jobs[1]);
    assert_eq!(
        now.get("job_employer").cloned(),
        text("Nordlys Transport AS")
    );
    assert_eq!(now.get("job_orgnr").cloned(), text("889640782"));
    assert_eq!(now.get("job_start").cloned(), text("01.08.2016"));
    assert_eq!(now.get("job_end"), None, "it goes on: no end date");
    assert_eq!(now.get("job_percent").cloned(), text("60"));
    assert_eq!(before.get("job_end").cloned(), text("31.07.2016"));
    assert_eq!(before.get("job_percent").cloned(), text("100"));

    assert_eq!(
        prefilled.answers.get("last_employer").cloned(),
        text("Nordlys Transport AS")
    );
    assert_eq!(prefilled.answers.get("last_end"), None);
    assert_eq!(
        prefilled.answers.get("last_kind").cloned(),
        text("ordinary")
    );
    for field in ["jobs", "last_employer", "last_kind"] {
        let source = &prefilled.sources.0[field];
        assert_eq!(source.register, "aa-registeret", "{field}");
        assert!(source.value.is_some(), "{field}");
    }
    assert_eq!(
        outcomes(&prefilled),
        [
            ("aa-registeret", "employments", ReadOutcome::Found),
            ("aa-registeret", "latest", ReadOutcome::Found),
        ]
    );
    assert!(prefilled.reads.iter().all(|r| r.subjects.is_empty()));
}

#[tokio::test]
async fn the_latest_of_an_ended_job_has_its_end_and_a_kind_not_among_the_options_is_left_out() {
    let body = r#"{"employments": [
      {"employer_orgnr": "974760673", "employer_name": "Fjord Sjømat AS", "start_date": "2018-03-01",
       "end_date": "2026-11-08", "percent": 37.5, "kind": "seasonal"}
    ]}"#;
    let prefilled = prefill(200, body).await;
    assert_eq!(
        prefilled.answers.get("last_end").cloned(),
        text("08.11.2026")
    );
    assert_eq!(
        prefilled.answers.get("last_kind"),
        None,
        "not one of the options"
    );
    let Some(Answer::Items(jobs)) = prefilled.answers.get("jobs") else {
        panic!("{:?}", prefilled.answers);
    };
    assert_eq!(jobs[0].get("job_percent").cloned(), text("37.5"));
}

#[tokio::test]
async fn a_register_that_is_down_leaves_the_fields_empty_and_is_asked_once() {
    let prefilled = prefill(503, "down").await;
    assert!(prefilled.answers.get("jobs").is_none());
    assert!(prefilled.answers.get("last_employer").is_none());
    // Each field is marked as not read, so the step can say why it is empty.
    for field in ["jobs", "last_employer", "last_end", "last_kind"] {
        let source = &prefilled.sources.0[field];
        assert_eq!(
            (source.register.as_str(), &source.value),
            ("aa-registeret", &None)
        );
    }
    assert_eq!(
        outcomes(&prefilled),
        [
            ("aa-registeret", "employments", ReadOutcome::Failed),
            ("aa-registeret", "latest", ReadOutcome::Failed),
        ]
    );
}

#[tokio::test]
async fn an_answer_that_is_not_sound_is_refused_and_nothing_is_filled() {
    let job = |orgnr: &str, start: &str, end: &str, percent: &str, name: &str| {
        format!(
            r#"{{"employments": [{{"employer_orgnr": "{orgnr}", "employer_name": "{name}",
            "start_date": "{start}", "end_date": {end}, "percent": {percent}, "kind": "ordinary"}}]}}"#
        )
    };
    let bodies = [
        "not json".to_string(),
        r#"{"jobs": []}"#.to_string(),
        job("974760673", "2020-01-01", "null", "150", "Berg AS"),
        job("974760674", "2020-01-01", "null", "100", "Berg AS"),
        job(
            "974760673",
            "2020-01-01",
            "\"2019-12-31\"",
            "100",
            "Berg AS",
        ),
        job("974760673", "01.01.2020", "null", "100", "Berg AS"),
        job("974760673", "2020-01-01", "null", "100", "Berg\\u0007 AS"),
    ];
    for body in bodies {
        let prefilled = prefill(200, &body).await;
        assert!(
            prefilled.answers.0.is_empty(),
            "{body}: {:?}",
            prefilled.answers
        );
        assert_eq!(prefilled.reads[0].outcome, ReadOutcome::Failed, "{body}");
    }
}

#[tokio::test]
async fn a_person_the_register_does_not_know_fills_nothing_and_is_logged_as_not_found() {
    let prefilled = prefill(404, "no such person").await;
    assert!(prefilled.answers.0.is_empty());
    assert!(prefilled.sources.0.is_empty());
    assert_eq!(
        outcomes(&prefilled),
        [
            ("aa-registeret", "employments", ReadOutcome::NotFound),
            ("aa-registeret", "latest", ReadOutcome::NotFound),
        ]
    );
    // Someone who has never worked: found, and nothing to fill.
    let none = prefill(200, r#"{"employments": []}"#).await;
    assert!(none.answers.0.is_empty());
    assert_eq!(none.reads[0].outcome, ReadOutcome::NotFound);
}
