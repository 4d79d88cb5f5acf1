//! The simulated national registers, over real HTTP under `/sim/registers`, with the same
//! bearer tokens and faults as the simulated agencies (`PUT /sim/admin/faults/folkeregisteret`):
//!
//! - Folkeregisteret: `GET …/folkeregisteret/persons/<pid>` (name, birth and death dates,
//!   address, relations by number) and `GET …/folkeregisteret/events?after=<sequence>&limit=<n>`
//!   (births and deaths in the order the register learnt of them; `next` is the cursor to read on).
//! - Enhetsregisteret: `GET …/enhetsregisteret/units/<orgnr>`, `GET …/enhetsregisteret/units?name=`
//!   (names containing the text), `GET …/enhetsregisteret/roles/<pid>` (a person's units) and
//!   `POST …/enhetsregisteret/units` to register a new one (`{name, form, founder}`; a name that
//!   is taken is refused with 409).
//! - Aa-registeret: `GET …/aa-registeret/employments/<pid>`, in `super::aa`.

use super::{
    population::{next_organisation_number, Role, Unit},
    Simulator,
};
use crate::agencies::registers::{ENHETSREGISTERET, FOLKEREGISTERET};
use app::journey::IdentityNumber;
use axum::{
    extract::{Path, Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use serde::Deserialize;
use serde_json::json;

pub(super) fn routes() -> Router<Simulator> {
    Router::new()
        .route("/folkeregisteret/persons/{pid}", get(person))
        .route("/folkeregisteret/events", get(events))
        .route(
            "/enhetsregisteret/units",
            get(search_units).post(register_unit),
        )
        .route("/enhetsregisteret/units/{orgnr}", get(unit))
        .route("/enhetsregisteret/roles/{pid}", get(roles))
        .merge(super::aa::routes())
}

/// The token check (the scope is `<register>:<service>`, e.g. `folkeregisteret:persons`) and
/// the register's fault, before any answer.
pub(super) async fn guard(
    sim: &Simulator,
    headers: &HeaderMap,
    register: &str,
    service: &str,
) -> Option<Response> {
    if let Err(refused) = sim.authorised(headers, Some(register), service) {
        return Some(refused.into_response());
    }
    sim.misbehave(register).await
}

async fn person(
    State(sim): State<Simulator>,
    Path(pid): Path<String>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = guard(&sim, &headers, FOLKEREGISTERET, "persons").await {
        return refused;
    }
    let registers = sim.registers.read().await;
    match registers.person(&pid) {
        Some(person) => Json(person).into_response(),
        None => (StatusCode::NOT_FOUND, "no such person").into_response(),
    }
}

#[derive(Deserialize)]
struct Cursor {
    #[serde(default)]
    after: u64,
    limit: Option<usize>,
}

async fn events(
    State(sim): State<Simulator>,
    Query(cursor): Query<Cursor>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = guard(&sim, &headers, FOLKEREGISTERET, "events").await {
        return refused;
    }
    let limit = cursor.limit.unwrap_or(100).clamp(1, 1000);
    let registers = sim.registers.read().await;
    let page: Vec<_> = registers
        .events
        .iter()
        .filter(|e| e.sequence > cursor.after)
        .take(limit)
        .collect();
    let next = page.last().map_or(cursor.after, |e| e.sequence);
    Json(json!({ "events": page, "next": next })).into_response()
}

async fn unit(
    State(sim): State<Simulator>,
    Path(orgnr): Path<String>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = guard(&sim, &headers, ENHETSREGISTERET, "units").await {
        return refused;
    }
    let registers = sim.registers.read().await;
    match registers.units.iter().find(|u| u.orgnr == orgnr) {
        Some(unit) => Json(unit).into_response(),
        None => (StatusCode::NOT_FOUND, "no such unit").into_response(),
    }
}

#[derive(Deserialize)]
struct NameQuery {
    name: String,
}

async fn search_units(
    State(sim): State<Simulator>,
    Query(query): Query<NameQuery>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = guard(&sim, &headers, ENHETSREGISTERET, "units").await {
        return refused;
    }
    let text = query.name.trim().to_lowercase();
    if text.chars().count() < 2 {
        return (
            StatusCode::BAD_REQUEST,
            "search with at least two characters",
        )
            .into_response();
    }
    let registers = sim.registers.read().await;
    let found: Vec<&Unit> = registers
        .units
        .iter()
        .filter(|u| u.name.to_lowercase().contains(&text))
        .take(50)
        .collect();
    Json(json!({ "units": found })).into_response()
}

async fn roles(
    State(sim): State<Simulator>,
    Path(pid): Path<String>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = guard(&sim, &headers, ENHETSREGISTERET, "roles").await {
        return refused;
    }
    let registers = sim.registers.read().await;
    let units: Vec<_> = registers
        .units
        .iter()
        .filter_map(|u| {
            let role = u.roles.iter().find(|r| r.pid == pid)?;
            Some(json!({ "orgnr": u.orgnr, "name": u.name, "role": role.role }))
        })
        .collect();
    Json(json!({ "units": units })).into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewUnit {
    name: String,
    form: String,
    founder: String,
}

const FORMS: [&str; 4] = ["AS", "ENK", "ANS", "FLI"];

async fn register_unit(
    State(sim): State<Simulator>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    if let Some(refused) = guard(&sim, &headers, ENHETSREGISTERET, "register").await {
        return refused;
    }
    let Ok(new) = serde_json::from_slice::<NewUnit>(&body) else {
        return (StatusCode::BAD_REQUEST, "expected {name, form, founder}").into_response();
    };
    let name = new.name.trim();
    let valid_name =
        (2..=150).contains(&name.chars().count()) && !name.chars().any(char::is_control);
    if !valid_name
        || !FORMS.contains(&new.form.as_str())
        || IdentityNumber::parse(&new.founder).is_err()
    {
        return (
            StatusCode::BAD_REQUEST,
            "a name of 2–150 characters, a form (AS, ENK, ANS, FLI) and the founder's number",
        )
            .into_response();
    }
    let mut registers = sim.registers.write().await;
    if registers
        .units
        .iter()
        .any(|u| u.name.to_lowercase() == name.to_lowercase())
    {
        return (StatusCode::CONFLICT, "the name is taken").into_response();
    }
    let unit = Unit {
        orgnr: next_organisation_number(&registers.units),
        name: name.to_string(),
        form: new.form,
        roles: vec![Role {
            pid: new.founder,
            role: "founder".into(),
        }],
    };
    tracing::info!(orgnr = %unit.orgnr, "simulated business register: unit registered");
    registers.units.push(unit.clone());
    (StatusCode::CREATED, Json(unit)).into_response()
}
