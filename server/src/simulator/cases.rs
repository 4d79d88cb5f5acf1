//! The simulated cases' progress, kept in the simulator's own table (`sim_case`) so that a
//! restart loses nothing: each case is `received`, then `in-progress`, then decided, one step
//! every `step`; each change is reported by a callback signed with the agency's own key to where
//! the call asked (`X-Veiviser-Callback-Url`), tried again with backoff while the portal does not
//! take it (a case moves on only once its status is told, or its callback given up), and offered
//! for polling. Every step and every callback is taken by a conditional update, so instances
//! sharing the database do each once.

use super::{agency, faults::Violation};
use super::{storage::SimCallback, Simulator};
use crate::{
    agencies::signature,
    contract::{PolledStatus, StatusReport},
};
use app::domain::Instant;
use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use std::{sync::Arc, time::Duration};
use tokio::sync::Semaphore;

/// How many callbacks one simulator sends at the same time.
const CALLBACKS_IN_FLIGHT: usize = 32;
/// How often a status is offered by callback before the simulator stops (the portal can poll).
const CALLBACK_ATTEMPTS: i64 = 15;
/// How long one callback may take.
const CALLBACK_TIMEOUT: Duration = Duration::from_secs(10);

/// Whether a caller's `X-Veiviser-Callback-Url` is one to post to: an absolute http(s) URL.
pub(super) fn callback_url_ok(url: &str) -> bool {
    url.len() <= 2000
        && reqwest::Url::parse(url)
            .is_ok_and(|url| matches!(url.scheme(), "http" | "https") && url.host().is_some())
}

impl Simulator {
    /// Moves due cases on and sends due callbacks, every little while until the process ends.
    pub fn spawn_cases(&self) {
        let sim = self.clone();
        let every = (self.step / 4).clamp(Duration::from_millis(10), Duration::from_millis(250));
        let slots = Arc::new(Semaphore::new(CALLBACKS_IN_FLIGHT));
        tokio::spawn(async move {
            loop {
                sim.advance_due().await;
                sim.send_due_callbacks(&slots).await;
                tokio::time::sleep(every).await;
            }
        });
    }

    /// `received` → `in-progress` → the case's outcome (`approved` unless told otherwise).
    async fn advance_due(&self) {
        let steps = match self
            .database
            .sim_cases()
            .due_steps(Instant::now(), 200)
            .await
        {
            Ok(steps) => steps,
            Err(error) => {
                tracing::error!(%error, "the simulator cannot read its cases");
                return;
            }
        };
        for step in steps {
            let (status, message, next) = if step.status == "received" {
                (
                    "in-progress".to_string(),
                    None,
                    Some(Instant::now().plus(self.step)),
                )
            } else {
                let outcome = step.outcome.clone().unwrap_or_else(|| "approved".into());
                (outcome, step.outcome_message.clone(), None)
            };
            let moved = self
                .database
                .sim_cases()
                .advance(&step, &status, message.as_deref(), Instant::now(), next)
                .await;
            if let Err(error) = moved {
                tracing::error!(%error, "the simulator cannot move a case on");
            }
        }
    }

    async fn send_due_callbacks(&self, slots: &Arc<Semaphore>) {
        let due = match self
            .database
            .sim_cases()
            .due_callbacks(Instant::now(), 100)
            .await
        {
            Ok(due) => due,
            Err(error) => {
                tracing::error!(%error, "the simulator cannot read its callbacks");
                return;
            }
        };
        for callback in due {
            let Ok(permit) = slots.clone().try_acquire_owned() else {
                break;
            };
            let lease = Instant::now().plus(CALLBACK_TIMEOUT + Duration::from_secs(5));
            match self
                .database
                .sim_cases()
                .claim_callback(&callback, lease)
                .await
            {
                Ok(true) => {
                    let sim = self.clone();
                    tokio::spawn(async move {
                        sim.call_back(callback).await;
                        drop(permit);
                    });
                }
                Ok(false) => {}
                Err(error) => tracing::error!(%error, "the simulator cannot take a callback"),
            }
        }
    }

    /// Reports a case's current status, signed with its agency's key, and records how it went.
    async fn call_back(&self, due: SimCallback) {
        let url = due.callback_url.as_deref().unwrap_or(&self.callback_url);
        let sent = match self.keys.key_for(&due.agency) {
            Some(key) => self.post_report(&due, url, key).await,
            None => {
                tracing::warn!(
                    agency = due.agency,
                    "simulator: no callback key for the agency"
                );
                false
            }
        };
        let attempts = due.callback_attempts + 1;
        let next = if sent {
            None
        } else if attempts >= CALLBACK_ATTEMPTS {
            tracing::warn!(
                case = due.case_number,
                url,
                "simulator: the callback is given up"
            );
            None
        } else {
            // The portal may not know the case yet: it learns the case number from the answer
            // to its call, which may still be on its way. Then it may be down for a while.
            let delay = (0.2 * 2f64.powi(attempts.min(20) as i32)).min(60.0);
            Some(Instant::now().plus(Duration::from_secs_f64(delay)))
        };
        if let Err(error) = self
            .database
            .sim_cases()
            .callback_tried(&due, sent, next)
            .await
        {
            tracing::error!(%error, "the simulator cannot record a callback");
        }
    }

    async fn post_report(&self, due: &SimCallback, url: &str, key: &str) -> bool {
        let report = StatusReport {
            call: due.idempotency_key.clone(),
            agency: due.agency.clone(),
            case_number: due.case_number.clone(),
            status: due.status.clone(),
            message: due.message.clone(),
            reported_at: due.status_at.stored(),
        };
        let Ok(body) = serde_json::to_vec(&report) else {
            return false;
        };
        let timestamp = Instant::now().unix_seconds();
        // Broken on purpose: signed with a key the portal does not hold.
        let key = if self.fault(&due.agency).await.violate == Some(Violation::CallbackSignature) {
            "not-the-agencys-key"
        } else {
            key
        };
        let sent = self
            .client
            .post(url)
            .header(signature::TIMESTAMP, timestamp.to_string())
            .header(signature::SIGNATURE, signature::sign(key, timestamp, &body))
            .header(axum::http::header::CONTENT_TYPE, "application/json")
            .timeout(CALLBACK_TIMEOUT)
            .body(body)
            .send()
            .await;
        match sent {
            Ok(response) if response.status().is_success() => true,
            Ok(response) => {
                tracing::debug!(status = %response.status(), url, "simulator: a callback was not taken");
                false
            }
            Err(error) => {
                tracing::debug!(error = %error.without_url(), url, "simulator: a callback failed");
                false
            }
        }
    }
}

/// `GET /sim/agencies/v1/<agency>/cases/<case>`: how a case stands, for polling.
pub(super) async fn poll(
    State(sim): State<Simulator>,
    Path((agency, case)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let fault = sim.fault(&agency).await;
    if let Some(refused) = agency::unauthorised(&sim, &fault, &headers, &agency, "cases") {
        return refused;
    }
    match sim.database.sim_cases().status(&case).await {
        // Broken on purpose: another shape, another word.
        Ok(Some(case))
            if case.agency == agency && fault.violate == Some(Violation::StatusShape) =>
        {
            Json(serde_json::json!({ "state": "pending" })).into_response()
        }
        Ok(Some(case)) if case.agency == agency => Json(PolledStatus {
            status: case.status,
            message: case.message,
            reported_at: case.since.map(Instant::stored),
        })
        .into_response(),
        Ok(_) => agency::refuse(
            &fault,
            StatusCode::NOT_FOUND,
            "no-such-case",
            "No such case",
        ),
        Err(error) => {
            tracing::error!(%error, "the simulator cannot read a case");
            agency::refuse(
                &fault,
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "The case could not be read",
            )
        }
    }
}
