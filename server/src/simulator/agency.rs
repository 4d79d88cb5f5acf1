//! A simulated agency's service, as the agency contract says (`POST /sim/agencies/v1/<agency>/
//! <operation>`): the token, the service, the `Idempotency-Key`, a JSON body of at most 1 MiB, a
//! callback address, then the faults; the same key always gives the first case. Errors are
//! problem details. A fault can break one rule on purpose (`Violation`), for the conformance kit.

use super::{
    cases,
    faults::{Fault, Violation},
    offers,
    storage::NewSimCase,
    Simulator,
};
use crate::contract::{Problem, Receipt, CALLBACK_URL, IDEMPOTENCY_KEY, MAX_SUBMISSION_BYTES};
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use rand::Rng;

/// An error answer: a problem detail, or plain text when the fault breaks that rule.
pub(super) fn refuse(fault: &Fault, status: StatusCode, slug: &str, title: &str) -> Response {
    if fault.violate == Some(Violation::ProblemDetails) {
        return (status, title.to_string()).into_response();
    }
    Problem::new(status, slug, title).into_response()
}

/// The token check: the answer it gives when it refuses, `None` when the call may go on.
pub(super) fn unauthorised(
    sim: &Simulator,
    fault: &Fault,
    headers: &HeaderMap,
    agency: &str,
    service: &str,
) -> Option<Response> {
    if fault.violate == Some(Violation::Auth) {
        return None;
    }
    sim.authorised(headers, Some(agency), service)
        .err()
        .map(|(status, why)| {
            let slug = if status == StatusCode::FORBIDDEN {
                "forbidden-scope"
            } else {
                "unauthorized"
            };
            refuse(fault, status, slug, why)
        })
}

pub(super) async fn receive(
    State(sim): State<Simulator>,
    Path((agency, operation)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let fault = sim.service_fault(&agency, &operation).await;
    let broken = |rule: Violation| fault.violate == Some(rule);
    if let Some(refused) = unauthorised(&sim, &fault, &headers, &agency, &operation) {
        return refused;
    }
    if !offers(&agency, &operation) && !broken(Violation::UnknownOperation) {
        return refuse(
            &fault,
            StatusCode::NOT_FOUND,
            "unknown-operation",
            "No such service",
        );
    }
    let Some(key) = headers
        .get(IDEMPOTENCY_KEY)
        .and_then(|v| v.to_str().ok())
        .filter(|k| !k.is_empty() && k.len() <= 200)
    else {
        return refuse(
            &fault,
            StatusCode::BAD_REQUEST,
            "idempotency-key-required",
            "An Idempotency-Key is required",
        );
    };
    if body.len() > MAX_SUBMISSION_BYTES && !broken(Violation::BodyLimit) {
        return refuse(
            &fault,
            StatusCode::PAYLOAD_TOO_LARGE,
            "body-too-large",
            "The body is over 1 MiB",
        );
    }
    if serde_json::from_slice::<serde_json::Value>(&body).is_err()
        && !broken(Violation::MalformedBody)
    {
        return refuse(
            &fault,
            StatusCode::BAD_REQUEST,
            "malformed-body",
            "The body must be JSON",
        );
    }
    // Where the caller wants to hear how the case goes; else this server's own portal.
    let callback_url = match headers.get(CALLBACK_URL).map(|v| v.to_str()) {
        None => None,
        Some(Ok(url)) if cases::callback_url_ok(url) => Some(url),
        Some(_) => {
            return refuse(
                &fault,
                StatusCode::BAD_REQUEST,
                "callback-url",
                "X-Veiviser-Callback-Url must be an http(s) URL",
            )
        }
    };
    if let Some(down) = Simulator::delay(&fault).await {
        return down;
    }
    let fails = fault.fails_now();
    // Half of the failures happen after the case is made (the answer is lost on the way):
    // the idempotency key is what keeps the retry from making a second case.
    if fails && rand::thread_rng().gen_bool(0.5) {
        return refuse(
            &fault,
            StatusCode::INTERNAL_SERVER_ERROR,
            "failed",
            "Failed before the case was made",
        );
    }
    let payload = String::from_utf8_lossy(&body);
    let next_step_at = app::domain::Instant::now().plus(sim.step);
    let case = NewSimCase {
        agency: &agency,
        key,
        operation: &operation,
        payload: &payload,
        callback_url,
        outcome: fault.outcome.as_deref(),
        message: fault.message.as_deref(),
        silent: fault.silent,
        next_step_at,
    };
    let mut made = sim.database.sim_cases().create(case.clone()).await;
    // Broken on purpose: a repeated key makes a second case (under a key of its own).
    if broken(Violation::Idempotency) && matches!(made, Ok((_, false))) {
        let other = format!("{key}-again-{}", crate::ids::random_hex(4));
        made = sim
            .database
            .sim_cases()
            .create(NewSimCase {
                key: &other,
                ..case
            })
            .await;
    }
    match made {
        Ok(_) if fails => refuse(
            &fault,
            StatusCode::INTERNAL_SERVER_ERROR,
            "failed",
            "Failed after the case was made",
        ),
        Ok((case_number, created)) => {
            let status = if created {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            (status, Json(Receipt { case_number })).into_response()
        }
        Err(error) => {
            tracing::error!(%error, "the simulator cannot store a case");
            refuse(
                &fault,
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "The case could not be stored",
            )
        }
    }
}
