//! The simulated Aa-registeret (the employer and employee register), under `/sim/registers`
//! with the same token check, faults and access as the other registers
//! (`PUT /sim/admin/faults/aa-registeret`): `GET …/aa-registeret/employments/<pid>` gives a
//! person's employments, newest first — the employer's organisation number and name, the start
//! date, the end date (absent while the employment goes on), the position percentage (0–100)
//! and the kind (`ordinary`, `maritime`, `freelance`). A person the population register does
//! not know is 404; one who has never worked has an empty list.
//!
//! The people: Ola works full time and has an earlier job behind him; Kari has two part-time
//! jobs; Aisha lost her full-time job two weeks ago (the one *Miste og finne jobb* is for); Per
//! is employed in his own joinery; everyone else has none. Dates of the recent loss follow the
//! day the simulator starts, like the population's.

use super::{
    population::{organisation_number, RegisterPerson, Unit},
    registers::guard,
    Simulator,
};
use crate::agencies::registers::AA_REGISTERET;
use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use chrono::{Days, NaiveDate};
use serde::Serialize;
use serde_json::json;
use std::collections::HashMap;

/// One employment as the register gives it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Employment {
    pub employer_orgnr: String,
    pub employer_name: String,
    pub start_date: NaiveDate,
    /// Absent while the employment goes on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    /// The position percentage, 0–100.
    pub percent: u8,
    /// `ordinary`, `maritime` or `freelance`.
    pub kind: &'static str,
}

pub(super) fn routes() -> Router<Simulator> {
    Router::new().route("/aa-registeret/employments/{pid}", get(employments_of))
}

async fn employments_of(
    State(sim): State<Simulator>,
    Path(pid): Path<String>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = guard(&sim, &headers, AA_REGISTERET, "employments").await {
        return refused;
    }
    let registers = sim.registers.read().await;
    if registers.person(&pid).is_none() {
        return (StatusCode::NOT_FOUND, "no such person").into_response();
    }
    let found = registers.employments.get(&pid).cloned().unwrap_or_default();
    Json(json!({ "employments": found })).into_response()
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

/// Each person's employments, newest first, as of `today`; the employers not yet in `units`
/// are added to them (form AS, no roles), so an employer can be looked up in Enhetsregisteret.
pub(super) fn employments(
    persons: &[RegisterPerson],
    units: &mut Vec<Unit>,
    today: NaiveDate,
) -> HashMap<String, Vec<Employment>> {
    let ago = |days: u64| today.checked_sub_days(Days::new(days)).unwrap_or(today);
    let mut employer = |name: &str| -> (String, String) {
        if let Some(unit) = units.iter().find(|u| u.name == name) {
            return (unit.orgnr.clone(), unit.name.clone());
        }
        // Employers' numbers from base 101 on, clear of those Enhetsregisteret hands out first.
        let orgnr = organisation_number(101 + units.len() as u32 * 10);
        units.push(Unit {
            orgnr: orgnr.clone(),
            name: name.into(),
            form: "AS".into(),
            roles: Vec::new(),
        });
        (orgnr, name.into())
    };
    let mut job = |name: &str, start, end, percent, kind| {
        let (employer_orgnr, employer_name) = employer(name);
        Employment {
            employer_orgnr,
            employer_name,
            start_date: start,
            end_date: end,
            percent,
            kind,
        }
    };
    let plan = [
        (
            "Ola Nordmann",
            vec![
                job(
                    "Nordlys Transport AS",
                    date(2016, 8, 1),
                    None,
                    100,
                    "ordinary",
                ),
                job(
                    "Byggmester Berg AS",
                    date(2009, 6, 1),
                    Some(date(2016, 7, 31)),
                    100,
                    "ordinary",
                ),
            ],
        ),
        (
            "Kari Nordmann",
            vec![
                job("Bokhjørnet AS", date(2021, 9, 1), None, 40, "ordinary"),
                job(
                    "Storgata Tannklinikk AS",
                    date(2019, 1, 7),
                    None,
                    60,
                    "ordinary",
                ),
            ],
        ),
        (
            "Aisha Khan",
            vec![
                job(
                    "Fjord Sjømat AS",
                    date(2018, 3, 1),
                    Some(ago(14)),
                    100,
                    "ordinary",
                ),
                job(
                    "Bryggen Hotell AS",
                    date(2013, 6, 15),
                    Some(date(2018, 2, 28)),
                    80,
                    "ordinary",
                ),
            ],
        ),
        (
            "Per Hansen",
            vec![job(
                "Hansen Snekkeri AS",
                date(1990, 4, 1),
                None,
                100,
                "ordinary",
            )],
        ),
    ];
    plan.into_iter()
        .filter_map(|(name, jobs)| {
            let person = persons.iter().find(|p| p.name == name)?;
            Some((person.pid.clone(), jobs))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::population::population;
    use app::journey::OrgNumber;

    fn today() -> chrono::NaiveDate {
        super::date(2026, 11, 22)
    }

    fn jobs_of(name: &str) -> Vec<super::Employment> {
        let people = population(today());
        let pid = &people
            .persons
            .iter()
            .find(|p| p.name == name)
            .expect("in the population")
            .pid;
        people.employments.get(pid).cloned().unwrap_or_default()
    }

    #[test]
    fn the_population_has_an_ongoing_job_two_part_time_jobs_a_recent_loss_and_none() {
        let ola = jobs_of("Ola Nordmann");
        assert_eq!((ola[0].end_date, ola[0].percent), (None, 100));
        assert!(ola[1].end_date.is_some(), "an earlier job behind him");
        let kari = jobs_of("Kari Nordmann");
        assert_eq!(kari.len(), 2);
        assert!(kari.iter().all(|j| j.end_date.is_none()));
        assert_eq!(kari.iter().map(|j| j.percent).sum::<u8>(), 100);
        let aisha = jobs_of("Aisha Khan");
        assert_eq!(aisha[0].end_date, Some(super::date(2026, 11, 8)));
        assert!(jobs_of("Emil Nordmann").is_empty());
        assert!(jobs_of("Ingrid Berg").is_empty());
    }

    #[test]
    fn every_employer_is_a_valid_unit_in_enhetsregisteret_and_jobs_are_newest_first() {
        let people = population(today());
        for jobs in people.employments.values() {
            for job in jobs {
                assert!(OrgNumber::parse(&job.employer_orgnr).is_ok(), "{job:?}");
                assert!(job.percent <= 100);
                assert!(job.end_date.is_none_or(|end| end >= job.start_date));
                let unit = people.units.iter().find(|u| u.orgnr == job.employer_orgnr);
                assert_eq!(
                    unit.map(|u| u.name.as_str()),
                    Some(job.employer_name.as_str())
                );
            }
            let ends: Vec<_> = jobs
                .iter()
                .map(|j| j.end_date.unwrap_or(chrono::NaiveDate::MAX))
                .collect();
            assert!(ends.windows(2).all(|w| w[0] >= w[1]), "{jobs:?}");
        }
        let orgnrs: std::collections::HashSet<_> = people.units.iter().map(|u| &u.orgnr).collect();
        assert_eq!(orgnrs.len(), people.units.len(), "no number twice");
        let per = jobs_of("Per Hansen");
        assert_eq!(per[0].employer_name, "Hansen Snekkeri AS");
    }

    /// The portal's prefill reads this simulator as it reads a real register: what one sends,
    /// the other takes (an ongoing job has no end date; the latest is the one that goes on).
    #[tokio::test]
    async fn the_portals_prefill_reads_the_simulated_register_over_http() {
        use crate::agencies::{prefill::tests::registers_serving, AgencyConfig};
        use app::journey::{Answer, Catalog, Date};
        let database = crate::storage::Database::connect("sqlite::memory:")
            .await
            .expect("database");
        let simulator = super::Simulator::new(
            database,
            AgencyConfig::default(),
            "http://127.0.0.1:9/agency-callbacks".into(),
            std::time::Duration::from_secs(60),
            None,
        );
        let registers = registers_serving(simulator.router(), "/registers").await;
        let journey = crate::agencies::prefill::tests::JOURNEY;
        let catalog = Catalog::parse([("jobb.toml", journey)]).unwrap_or_else(|e| panic!("{e:#?}"));
        let journey = catalog.definition("jobb").expect("jobb");
        let ola = crate::identity::population::population()
            .into_iter()
            .find(|p| p.name == "Ola Nordmann")
            .expect("Ola")
            .pid;
        let today = Date::parse_iso(&chrono::Utc::now().date_naive().to_string()).expect("today");

        let prefilled = registers.prefill(journey, ola.as_str(), today).await;

        let Some(Answer::Items(jobs)) = prefilled.answers.get("jobs") else {
            panic!("{:?} {:?}", prefilled.answers, prefilled.reads);
        };
        let names: Vec<_> = jobs
            .iter()
            .map(|j| j.get("job_employer").cloned())
            .collect();
        let text = |t: &str| Some(Answer::Text(t.into()));
        assert_eq!(
            names,
            [text("Nordlys Transport AS"), text("Byggmester Berg AS")]
        );
        assert_eq!(jobs[0].get("job_end"), None);
        assert_eq!(jobs[1].get("job_end").cloned(), text("31.07.2016"));
        assert_eq!(
            prefilled.answers.get("last_employer").cloned(),
            text("Nordlys Transport AS")
        );
    }
}
