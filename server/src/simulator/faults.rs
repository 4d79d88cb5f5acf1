//! Faults the tests and the demo set on a simulated agency or register, or one of an agency's
//! services: latency, failures, an agency down or hanging, a refusal, silence (no callbacks), and
//! how new cases end, and one rule of the agency contract broken (`violate`, for the conformance
//! kit to catch). Set and read over `/sim/admin/faults/…` with the simulator's admin token.

use super::{offers, Simulator};
use crate::agencies::registers::REGISTERS;
use app::journey::Agency;
use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use rand::Rng;
use serde::{Deserialize, Serialize};

/// What an agency is told to do wrong.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Fault {
    /// Added to every call.
    pub latency_ms: u64,
    /// The share of calls (0.0–1.0) answered with 500 (after the case is made or not).
    pub fail_rate: f64,
    /// Every call answered with 503.
    pub down: bool,
    /// Every call hangs for a minute.
    pub hang: bool,
    /// How new cases end (`approved` by default; `rejected` or `needs-information`).
    pub outcome: Option<String>,
    /// The message that comes with the outcome.
    pub message: Option<String>,
    /// New cases are never reported by callback: the portal has to poll.
    pub silent: bool,
    /// Every call answered with this status (e.g. 422 for a call the agency refuses, 429 for
    /// too many requests).
    pub status: Option<u16>,
    /// One rule of the agency contract broken, named by the conformance kit's rule id.
    pub violate: Option<Violation>,
}

/// The contract's rules the simulator can be told to break, each by its rule id
/// (`contract::conformance::RULES`); `timeout` needs none (`latency_ms` does it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Violation {
    /// A repeated `Idempotency-Key` makes a new case.
    Idempotency,
    /// Calls without a token, or with a wrong one, are taken.
    Auth,
    /// A body over the limit is taken.
    BodyLimit,
    /// A body that is not JSON is taken.
    MalformedBody,
    /// An operation the agency does not have is taken.
    UnknownOperation,
    /// Errors are answered as plain text.
    ProblemDetails,
    /// A case's status is answered in another shape.
    StatusShape,
    /// Status reports are signed with a wrong key.
    CallbackSignature,
}

impl Fault {
    /// Whether this call is one of the `fail_rate` share that fails.
    pub(super) fn fails_now(&self) -> bool {
        self.fail_rate > 0.0 && rand::thread_rng().gen_bool(self.fail_rate.clamp(0.0, 1.0))
    }
}

/// The names faults can be set for: the agencies and the registers.
fn simulated(name: &str) -> bool {
    Agency::parse(name).is_some() || REGISTERS.contains(&name)
}

/// `PUT /sim/admin/faults/<agency or register>`: the fault of all its services.
pub(super) async fn set_fault(
    State(sim): State<Simulator>,
    Path(agency): Path<String>,
    headers: HeaderMap,
    Json(fault): Json<Fault>,
) -> Response {
    let known = simulated(&agency);
    put_fault(&sim, &headers, known, agency, fault).await
}

/// `PUT /sim/admin/faults/<agency>/<service>`: one service's own fault, before the agency's.
pub(super) async fn set_service_fault(
    State(sim): State<Simulator>,
    Path((agency, service)): Path<(String, String)>,
    headers: HeaderMap,
    Json(fault): Json<Fault>,
) -> Response {
    let known = offers(&agency, &service);
    put_fault(&sim, &headers, known, format!("{agency}/{service}"), fault).await
}

async fn put_fault(
    sim: &Simulator,
    headers: &HeaderMap,
    known: bool,
    key: String,
    fault: Fault,
) -> Response {
    if let Err(refused) = sim.authorised(headers, None, "admin") {
        return refused.into_response();
    }
    if !known {
        return StatusCode::NOT_FOUND.into_response();
    }
    tracing::info!(key, ?fault, "simulated fault set");
    sim.faults.write().await.insert(key, fault.clone());
    Json(fault).into_response()
}

pub(super) async fn get_fault(
    State(sim): State<Simulator>,
    Path(agency): Path<String>,
    headers: HeaderMap,
) -> Response {
    if let Err(refused) = sim.authorised(&headers, None, "admin") {
        return refused.into_response();
    }
    Json(sim.fault(&agency).await).into_response()
}

pub(super) async fn get_service_fault(
    State(sim): State<Simulator>,
    Path((agency, service)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    if let Err(refused) = sim.authorised(&headers, None, "admin") {
        return refused.into_response();
    }
    Json(sim.service_fault(&agency, &service).await).into_response()
}
