//! New register events on demand, for the demo and the tests of proactive starts: a child born
//! today to one or two people the register knows (`POST /sim/admin/births`, `{"name",
//! "parents": [pid, …]}`), or a person dying today (`POST /sim/admin/deaths`, `{"pid"}`). Each
//! is added to Folkeregisteret's people and appended to its event feed with the next sequence;
//! the answer says which (`{"pid", "sequence"}`). Admin token only.

use super::{
    population::{synthetic_pid, Population, RegisterEvent, RegisterPerson, Relation},
    Simulator,
};
use axum::{
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::post,
    Json, Router,
};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::json;

pub(super) fn routes() -> Router<Simulator> {
    Router::new()
        .route("/admin/births", post(birth))
        .route("/admin/deaths", post(death))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Birth {
    name: String,
    parents: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Death {
    pid: String,
}

impl Population {
    fn append_event(&mut self, kind: &'static str, pid: &str, date: NaiveDate) -> u64 {
        let sequence = self.events.last().map_or(1, |e| e.sequence + 1);
        self.events.push(RegisterEvent {
            sequence,
            kind,
            pid: pid.into(),
            date,
        });
        sequence
    }

    /// A child born on `today` to `parents` (one or two living people of the register): its
    /// number and the event's sequence.
    pub(super) fn record_birth(
        &mut self,
        name: &str,
        parents: &[String],
        today: NaiveDate,
    ) -> Result<(String, u64), &'static str> {
        let known = |pid: &String| self.person(pid).is_some_and(|p| p.death_date.is_none());
        if parents.is_empty() || parents.len() > 2 || !parents.iter().all(known) {
            return Err("one or two living parents the register knows");
        }
        if name.trim().is_empty() || name.chars().count() > 100 {
            return Err("a name");
        }
        let mut taken = self.persons.iter().map(|p| p.pid.clone()).collect();
        let pid = synthetic_pid(today, &mut taken);
        let address = self.person(&parents[0]).and_then(|p| p.address.clone());
        self.persons.push(RegisterPerson {
            pid: pid.clone(),
            name: name.trim().into(),
            birth_date: today,
            death_date: None,
            address,
            relations: parents
                .iter()
                .map(|parent| Relation {
                    relation: "parent",
                    pid: parent.clone(),
                })
                .collect(),
        });
        for person in self.persons.iter_mut().filter(|p| parents.contains(&p.pid)) {
            person.relations.push(Relation {
                relation: "child",
                pid: pid.clone(),
            });
        }
        let sequence = self.append_event("birth", &pid, today);
        Ok((pid, sequence))
    }

    /// `pid` dying on `today`: the event's sequence.
    pub(super) fn record_death(
        &mut self,
        pid: &str,
        today: NaiveDate,
    ) -> Result<u64, &'static str> {
        let person = self
            .persons
            .iter_mut()
            .find(|p| p.pid == pid && p.death_date.is_none())
            .ok_or("a living person the register knows")?;
        person.death_date = Some(today);
        Ok(self.append_event("death", pid, today))
    }
}

fn refused(reason: &str) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(json!({ "error": format!("needs {reason}") })),
    )
        .into_response()
}

async fn birth(
    State(sim): State<Simulator>,
    headers: HeaderMap,
    Json(birth): Json<Birth>,
) -> Response {
    if let Err(refused) = sim.authorised(&headers, None, "admin") {
        return refused.into_response();
    }
    let today = chrono::Utc::now().date_naive();
    match sim
        .registers
        .write()
        .await
        .record_birth(&birth.name, &birth.parents, today)
    {
        Ok((pid, sequence)) => {
            tracing::info!(sequence, "simulated birth recorded");
            Json(json!({ "pid": pid, "sequence": sequence })).into_response()
        }
        Err(reason) => refused(reason),
    }
}

async fn death(
    State(sim): State<Simulator>,
    headers: HeaderMap,
    Json(death): Json<Death>,
) -> Response {
    if let Err(refused) = sim.authorised(&headers, None, "admin") {
        return refused.into_response();
    }
    let today = chrono::Utc::now().date_naive();
    match sim.registers.write().await.record_death(&death.pid, today) {
        Ok(sequence) => {
            tracing::info!(sequence, "simulated death recorded");
            Json(json!({ "pid": death.pid, "sequence": sequence })).into_response()
        }
        Err(reason) => refused(reason),
    }
}
