//! The simulated agencies' services, over real HTTP under `/sim`, for development, demos and
//! tests. A call needs the bearer token and an `Idempotency-Key`; the same key always returns
//! the first case, never a second one. Each agency can be told to be slow, to fail a share of
//! calls with 500, to time out, or to be down (`PUT /sim/admin/faults/<agency>`).

use crate::storage::Database;
use app::journey::Agency;
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::{post, put},
    Json, Router,
};
use rand::Rng;
use serde::{Deserialize, Serialize};
use std::{collections::HashMap, sync::Arc, time::Duration};
use tokio::sync::RwLock;

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
}

#[derive(Clone)]
pub struct Simulator {
    database: Database,
    token: String,
    faults: Arc<RwLock<HashMap<String, Fault>>>,
}

impl Simulator {
    pub fn new(database: Database, token: String) -> Self {
        Simulator {
            database,
            token,
            faults: Arc::default(),
        }
    }

    pub fn router(self) -> Router {
        Router::new()
            .route("/agencies/{agency}/{operation}", post(receive))
            .route("/admin/faults/{agency}", put(set_fault).get(get_fault))
            .with_state(self)
    }

    fn authorised(&self, headers: &HeaderMap) -> bool {
        headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|token| token == self.token)
    }
}

#[derive(Serialize)]
struct CaseReceipt {
    case_number: String,
}

async fn receive(
    State(sim): State<Simulator>,
    Path((agency, operation)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !sim.authorised(&headers) {
        return (StatusCode::UNAUTHORIZED, "a bearer token is required").into_response();
    }
    if Agency::parse(&agency).is_none() {
        return (StatusCode::NOT_FOUND, "no such agency").into_response();
    }
    let Some(key) = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .filter(|k| !k.is_empty() && k.len() <= 200)
    else {
        return (StatusCode::BAD_REQUEST, "an Idempotency-Key is required").into_response();
    };
    if serde_json::from_slice::<serde_json::Value>(&body).is_err() {
        return (StatusCode::BAD_REQUEST, "the body must be JSON").into_response();
    }
    let fault = sim
        .faults
        .read()
        .await
        .get(&agency)
        .cloned()
        .unwrap_or_default();
    if fault.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(fault.latency_ms)).await;
    }
    if fault.hang {
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
    if fault.down {
        return (StatusCode::SERVICE_UNAVAILABLE, "down").into_response();
    }
    let fails =
        fault.fail_rate > 0.0 && rand::thread_rng().gen_bool(fault.fail_rate.clamp(0.0, 1.0));
    // Half of the failures happen after the case is made (the answer is lost on the way):
    // the idempotency key is what keeps the retry from making a second case.
    if fails && rand::thread_rng().gen_bool(0.5) {
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            "failed before the case was made",
        )
            .into_response();
    }
    let payload = String::from_utf8_lossy(&body);
    match sim
        .database
        .sim_case(&agency, key, &operation, &payload)
        .await
    {
        Ok(_) if fails => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "failed after the case was made",
        )
            .into_response(),
        Ok((case_number, created)) => {
            let status = if created {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            (status, Json(CaseReceipt { case_number })).into_response()
        }
        Err(error) => {
            tracing::error!(%error, "the simulator cannot store a case");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn set_fault(
    State(sim): State<Simulator>,
    Path(agency): Path<String>,
    headers: HeaderMap,
    Json(fault): Json<Fault>,
) -> Response {
    if !sim.authorised(&headers) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    if Agency::parse(&agency).is_none() {
        return StatusCode::NOT_FOUND.into_response();
    }
    tracing::info!(agency, ?fault, "simulated agency fault set");
    sim.faults.write().await.insert(agency, fault.clone());
    Json(fault).into_response()
}

async fn get_fault(State(sim): State<Simulator>, Path(agency): Path<String>) -> Response {
    Json(
        sim.faults
            .read()
            .await
            .get(&agency)
            .cloned()
            .unwrap_or_default(),
    )
    .into_response()
}
