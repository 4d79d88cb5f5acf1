//! The outbox worker. Every `poll` it leases the due calls (a conditional update, so several
//! instances never send one call at once), sends the independent ones in parallel and a
//! dependent one only after the call it needs has a case number, with the call's id as its
//! `Idempotency-Key`. A failure is retried with exponential backoff and jitter; after
//! `max_attempts` the call is dead-lettered for an operator to retry. A crash at any point
//! leaves the call in the outbox, and the idempotency key makes the retry safe.

use super::AgencyConfig;
use crate::storage::{
    delivery::{later, Delivery},
    Database,
};
use rand::Rng;
use serde::Deserialize;
use std::time::Duration;

/// A lease lasts as long as a call may take, plus this: a worker that died mid-call (a crash, a
/// kill) gives its calls back to the others when its leases run out.
const LEASE_MARGIN_SECONDS: f64 = 5.0;

/// The most calls one instance sends at the same time.
const IN_FLIGHT: usize = 64;

#[derive(Clone)]
pub struct Worker {
    pub database: Database,
    pub client: reqwest::Client,
    pub config: AgencyConfig,
    pub auth: super::AgencyAuth,
    /// Where calls go: `<base>/<agency>/<operation>`.
    pub base: String,
}

#[derive(Deserialize)]
struct Receipt {
    case_number: String,
}

/// A successful answer's body (see `super::answer_body`).
async fn answer_body(response: reqwest::Response) -> Result<Vec<u8>, CallError> {
    let status = response.status();
    if !status.is_success() {
        return Err(CallError::Status(status.as_u16()));
    }
    super::answer_body(response)
        .await
        .map_err(|error| match error {
            super::BodyError::TooLarge => CallError::Hostile("the answer is too large"),
            super::BodyError::Broken(e) => CallError::Unreachable(e.without_url().to_string()),
        })
}

/// What went wrong with one attempt, for the log and the outbox row.
#[derive(Debug, thiserror::Error)]
enum CallError {
    #[error("the agency answered {0}")]
    Status(u16),
    #[error("the agency could not be reached: {0}")]
    Unreachable(String),
    #[error("the agency's answer was refused: {0}")]
    Hostile(&'static str),
    #[error("no access token: {0}")]
    NoToken(String),
}

impl Worker {
    /// Runs the worker until the process ends. Calls are sent as soon as they are due, without
    /// waiting for slower calls sent earlier; at most `IN_FLIGHT` at a time.
    pub fn spawn(self) {
        let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(IN_FLIGHT));
        tokio::spawn(async move {
            loop {
                if let Err(error) = self.tick(&slots).await {
                    tracing::error!(%error, "the outbox could not be read");
                }
                tokio::time::sleep(self.config.poll).await;
            }
        });
    }

    /// One round: lease what is due (as many as there are free slots) and start sending it.
    async fn tick(
        &self,
        slots: &std::sync::Arc<tokio::sync::Semaphore>,
    ) -> Result<(), crate::storage::StorageError> {
        let free = slots.available_permits();
        if free == 0 {
            return Ok(());
        }
        let lease = self.config.timeout.as_secs_f64() + LEASE_MARGIN_SECONDS;
        for call in self.database.due_deliveries(free as i64).await? {
            let Ok(permit) = slots.clone().try_acquire_owned() else {
                break;
            };
            if self
                .database
                .claim_delivery(&call.id, &later(lease))
                .await?
            {
                let worker = self.clone();
                tokio::spawn(async move {
                    worker.deliver(call).await;
                    drop(permit);
                });
            }
        }
        Ok(())
    }

    async fn deliver(&self, call: Delivery) {
        // A call that needs another's result waits for its case number.
        let mut dependencies = serde_json::Map::new();
        if !call.after.is_empty() {
            let siblings = match self.database.deliveries_of(&call.reference).await {
                Ok(siblings) => siblings,
                Err(error) => {
                    tracing::error!(%error, "cannot read a call's dependencies");
                    let _ = self.database.delivery_wait(&call.id, &later(1.0)).await;
                    return;
                }
            };
            for service in &call.after {
                // A service the submission does not call (its condition did not hold) is no wait.
                let Some(sibling) = siblings.iter().find(|s| s.service == *service) else {
                    continue;
                };
                match (&sibling.state[..], &sibling.case_number) {
                    ("delivered", Some(case)) => {
                        dependencies.insert(service.clone(), case.clone().into());
                    }
                    ("dead", _) => {
                        // What it needs will not come by itself: an operator retries both.
                        tracing::warn!(
                            call = call.id,
                            needs = sibling.id,
                            "the call it needs is dead-lettered"
                        );
                        let error =
                            format!("the call it needs ({}) could not be delivered", sibling.id);
                        let _ = self
                            .database
                            .delivery_failed(&call.id, &error, &later(0.0), true)
                            .await;
                        return;
                    }
                    _ => {
                        let wait = self.config.poll.as_secs_f64().max(0.05);
                        let _ = self.database.delivery_wait(&call.id, &later(wait)).await;
                        return;
                    }
                }
            }
        }
        let payload: serde_json::Value = serde_json::from_str(&call.payload).unwrap_or_default();
        let body = serde_json::json!({
            "reference": call.reference,
            "service": call.service,
            "payload": payload,
            "dependencies": dependencies,
        });
        match self.send(&call, &body).await {
            Ok(case) => {
                tracing::info!(call = call.id, agency = call.agency, case, "delivered");
                metrics::counter!("deliveries_total", "agency" => call.agency.clone(), "outcome" => "delivered").increment(1);
                if let Err(error) = self.database.delivery_done(&call.id, &case).await {
                    // The agency has the case; the retry will get the same case number back.
                    tracing::error!(%error, call = call.id, "delivered, but not recorded; it will be confirmed again");
                }
            }
            Err(error) => {
                let attempts = call.attempts + 1;
                let dead = attempts >= self.config.max_attempts;
                let delay = self.backoff(attempts);
                tracing::warn!(call = call.id, agency = call.agency, attempts, dead, %error, "delivery failed");
                metrics::counter!("deliveries_total", "agency" => call.agency.clone(), "outcome" => if dead { "dead" } else { "retry" }).increment(1);
                let _ = self
                    .database
                    .delivery_failed(
                        &call.id,
                        &error.to_string(),
                        &later(delay.as_secs_f64()),
                        dead,
                    )
                    .await;
            }
        }
    }

    /// Asks the agencies about cases nothing was heard from for `status_poll` (a lost
    /// callback, an agency that only offers polling), every `status_poll`, until the process ends.
    pub fn spawn_status_poller(self) {
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(self.config.status_poll);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticker.tick().await;
                self.poll_quiet_cases().await;
            }
        });
    }

    /// Asks about each quiet case (at most `IN_FLIGHT` at a time, each within the call
    /// timeout, so one hanging agency holds up nothing else) and stores what is new.
    pub async fn poll_quiet_cases(&self) {
        let interval = self.config.status_poll.as_secs_f64();
        let round = later(0.0);
        let quiet_since = later(-interval);
        // A little under the interval, so a case asked last round is due again this round.
        let polled_before = later(-0.9 * interval);
        let cases = match self
            .database
            .quiet_cases(&quiet_since, &polled_before, 500)
            .await
        {
            Ok(cases) => cases,
            Err(error) => {
                tracing::error!(%error, "cannot list quiet cases");
                return;
            }
        };
        let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(IN_FLIGHT));
        let mut polls = tokio::task::JoinSet::new();
        for (delivery_id, agency, case_number, latest) in cases {
            let (worker, slots) = (self.clone(), slots.clone());
            let (round, polled_before) = (round.clone(), polled_before.clone());
            polls.spawn(async move {
                let Ok(_slot) = slots.acquire().await else {
                    return;
                };
                // Another instance may be asking already.
                match worker
                    .database
                    .claim_poll(&delivery_id, &round, &polled_before)
                    .await
                {
                    Ok(true) => {
                        worker
                            .poll_case(&delivery_id, &agency, &case_number, latest)
                            .await
                    }
                    Ok(false) => {}
                    Err(error) => tracing::error!(%error, "cannot claim a poll"),
                }
            });
        }
        while polls.join_next().await.is_some() {}
    }

    async fn poll_case(
        &self,
        delivery_id: &str,
        agency: &str,
        case_number: &str,
        latest: Option<String>,
    ) {
        let (status, message, reported_at) = match self.case_status(agency, case_number).await {
            Ok(polled) => polled,
            Err(error) => {
                tracing::warn!(agency, case = case_number, %error, "cannot poll a case");
                return;
            }
        };
        // Nothing new (or a callback told it already).
        if latest.as_ref() == Some(&status) {
            return;
        }
        let Some(at) = super::callbacks::sound_status(
            &status,
            message.as_deref(),
            reported_at
                .as_deref()
                .unwrap_or(&crate::storage::drafts::now()),
        ) else {
            tracing::warn!(agency, status, "a polled status was refused");
            return;
        };
        match self
            .database
            .add_case_event(delivery_id, &status, message.as_deref(), &at)
            .await
        {
            Ok(added) => tracing::info!(call = delivery_id, status, added, "agency status polled"),
            Err(error) => tracing::error!(%error, "cannot store a polled status"),
        }
    }

    /// `GET <base>/<agency>/cases/<case>`: `(status, message, when the agency set it)`.
    async fn case_status(
        &self,
        agency: &str,
        case_number: &str,
    ) -> Result<(String, Option<String>, Option<String>), CallError> {
        #[derive(Deserialize)]
        struct Polled {
            status: String,
            message: Option<String>,
            reported_at: Option<String>,
        }
        let token = self
            .auth
            .bearer(agency, "cases")
            .await
            .map_err(CallError::NoToken)?;
        let response = self
            .client
            .get(format!("{}/{agency}/cases/{case_number}", self.base))
            .bearer_auth(token)
            .timeout(self.config.timeout)
            .send()
            .await
            .map_err(|e| CallError::Unreachable(e.without_url().to_string()))?;
        let bytes = answer_body(response).await?;
        let polled: Polled =
            serde_json::from_slice(&bytes).map_err(|_| CallError::Hostile("not a case status"))?;
        Ok((polled.status, polled.message, polled.reported_at))
    }

    /// Exponential backoff with jitter: base × 2^(attempt−1), ±50 %, at most ten minutes.
    pub fn backoff(&self, attempts: i64) -> Duration {
        let exponent = u32::try_from(attempts.saturating_sub(1))
            .unwrap_or(0)
            .min(20);
        let base = self
            .config
            .backoff
            .saturating_mul(1 << exponent)
            .min(Duration::from_secs(600));
        base.mul_f64(rand::thread_rng().gen_range(0.5..1.5))
    }

    async fn send(&self, call: &Delivery, body: &serde_json::Value) -> Result<String, CallError> {
        let url = format!("{}/{}/{}", self.base, call.agency, call.operation);
        let token = self
            .auth
            .bearer(&call.agency, &call.operation)
            .await
            .map_err(CallError::NoToken)?;
        let response = self
            .client
            .post(&url)
            .bearer_auth(token)
            .header("Idempotency-Key", &call.id)
            .timeout(self.config.timeout)
            .json(body)
            .send()
            .await
            .map_err(|e| CallError::Unreachable(e.without_url().to_string()))?;
        let bytes = answer_body(response).await?;
        let receipt: Receipt = serde_json::from_slice(&bytes)
            .map_err(|_| CallError::Hostile("no case number in the answer"))?;
        let valid = !receipt.case_number.is_empty()
            && receipt.case_number.len() <= 64
            && receipt
                .case_number
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid {
            return Err(CallError::Hostile(
                "the case number is not a plain identifier",
            ));
        }
        Ok(receipt.case_number)
    }
}
