//! The outbox worker. Every `poll` it leases the due calls (a conditional update with a fresh
//! token, so several instances never send one call at once, and only the holder of the lease
//! records its outcome), sends the independent ones in parallel and a dependent one only after
//! the call it needs has a case number, with the call's id as its `Idempotency-Key` and this
//! portal's callback address as `X-Veiviser-Callback-Url`.
//!
//! A transient failure (no connection, a timeout, 5xx, 408, 429) is retried with capped
//! exponential backoff and jitter until `give_up` has passed since the call was queued; an answer
//! that will never succeed (any other 4xx, or one refused as unsound) is dead-lettered at once.
//! A call waiting for another dies only when that one is dead. Each agency has a circuit, kept in
//! the database for every instance: after `circuit_failures` consecutive transient failures it
//! opens, nothing is sent to the agency for `circuit_cool_down`, then one probe call at a time
//! goes; a success closes it. A crash at any point leaves the call in the outbox, and the
//! idempotency key makes the retry safe.

mod circuit;
mod errors;
mod polling;

use super::AgencyConfig;
use crate::storage::{
    delivery::{later, Circuit, Delivery},
    drafts::now,
    Database,
};
use app::domain::DeliveryState;
use circuit::{gate, Gate};
use errors::{answer_body, CallError, Health};
use rand::Rng;
use serde::Deserialize;
use std::{collections::HashMap, time::Duration};

/// A lease lasts as long as a call may take, plus this: a worker that died mid-call (a crash, a
/// kill) gives its calls back to the others when its leases run out.
const LEASE_MARGIN_SECONDS: f64 = 5.0;

/// The most calls one instance sends at the same time.
const IN_FLIGHT: usize = 64;

/// How often calls past their give-up time are dead-lettered in bulk (those the circuit held).
const SWEEP_EVERY: Duration = Duration::from_secs(1);

/// The header that tells an agency where to report the case a call opens.
pub const CALLBACK_URL: &str = "x-veiviser-callback-url";

#[derive(Clone)]
pub struct Worker {
    pub database: Database,
    pub client: reqwest::Client,
    pub config: AgencyConfig,
    pub auth: super::AgencyAuth,
    /// Where calls go: `<base>/<agency>/<operation>`.
    pub base: String,
    /// This portal's `/agency-callbacks`, as the agencies reach it (from the public URL).
    pub callback_url: String,
}

#[derive(Deserialize)]
struct Receipt {
    case_number: String,
}

/// A call this worker holds: the lease's token and until when (also its probe's, if it is one).
struct Lease {
    token: String,
    until: String,
}

/// Exponential backoff with jitter: base × 2^(attempt−1), ±50 %, at most `backoff_max`.
fn backoff(config: &AgencyConfig, attempts: i64) -> Duration {
    let exponent = u32::try_from(attempts.saturating_sub(1).max(0))
        .unwrap_or(u32::MAX)
        .min(30);
    let base = config
        .backoff
        .saturating_mul(1 << exponent)
        .min(config.backoff_max);
    base.mul_f64(rand::thread_rng().gen_range(0.5..1.5))
        .min(config.backoff_max)
}

/// A duration as an operator reads it in an error: `72 h`, `90 s`.
fn spoken(duration: Duration) -> String {
    let seconds = duration.as_secs_f64();
    if seconds >= 3600.0 {
        format!("{:.0} h", seconds / 3600.0)
    } else {
        format!("{seconds:.0} s")
    }
}

impl Worker {
    /// Runs the worker until the process ends. Calls are sent as soon as they are due, without
    /// waiting for slower calls sent earlier; at most `IN_FLIGHT` at a time.
    pub fn spawn(self) {
        let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(IN_FLIGHT));
        tokio::spawn(async move {
            let mut swept: Option<std::time::Instant> = None;
            loop {
                if swept.is_none_or(|at| at.elapsed() >= SWEEP_EVERY) {
                    swept = Some(std::time::Instant::now());
                    self.give_up_overdue().await;
                }
                if let Err(error) = self.tick(&slots).await {
                    tracing::error!(%error, "the outbox could not be read");
                }
                tokio::time::sleep(self.config.poll).await;
            }
        });
    }

    /// Dead-letters the calls past their give-up time that no attempt will reach (their
    /// agency's circuit holds them).
    async fn give_up_overdue(&self) {
        let cutoff = later(-self.config.give_up.as_secs_f64());
        let reason = format!("gave up after {}", spoken(self.config.give_up));
        match self.database.give_up_overdue(&cutoff, &reason).await {
            Ok(dead) => {
                for (call, agency) in dead {
                    tracing::warn!(call, agency, "delivery given up: past the give-up time");
                    metrics::counter!("deliveries_total", "agency" => agency, "outcome" => "dead")
                        .increment(1);
                }
            }
            Err(error) => tracing::error!(%error, "cannot give up overdue calls"),
        }
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
        let calls = self.database.due_deliveries(free as i64).await?;
        if calls.is_empty() {
            return Ok(());
        }
        let circuits: HashMap<String, Circuit> = self
            .database
            .circuits()
            .await?
            .into_iter()
            .map(|c| (c.agency.clone(), c))
            .collect();
        let at = now();
        // The agencies whose probe this round has taken.
        let mut probing = std::collections::HashSet::new();
        for call in calls {
            let Ok(permit) = slots.clone().try_acquire_owned() else {
                break;
            };
            let until = later(lease);
            // An open circuit sends nothing; a half-open one one probe (the first call due).
            let probe = match gate(circuits.get(&call.agency), &at) {
                Gate::Closed => false,
                Gate::Open => continue,
                Gate::HalfOpen => {
                    if probing.contains(&call.agency)
                        || !self.database.claim_probe(&call.agency, &at, &until).await?
                    {
                        continue;
                    }
                    probing.insert(call.agency.clone());
                    true
                }
            };
            match self.database.claim_delivery(&call.id, &until).await? {
                Some(token) => {
                    if probe {
                        tracing::info!(call = call.id, agency = call.agency, "circuit probe");
                    }
                    let worker = self.clone();
                    tokio::spawn(async move {
                        worker.deliver(call, Lease { token, until }, probe).await;
                        drop(permit);
                    });
                }
                None if probe => {
                    self.database.release_probe(&call.agency, &until).await?;
                    probing.remove(&call.agency);
                }
                None => {}
            }
        }
        Ok(())
    }

    /// Sends one leased call (the probe of its agency's half-open circuit when `probe`).
    async fn deliver(&self, call: Delivery, lease: Lease, probe: bool) {
        let probe = probe.then_some(lease.until.as_str());
        let Some(dependencies) = self.dependencies(&call, &lease).await else {
            if probe.is_some() {
                self.circuit(&call.agency, Health::Unknown, probe).await;
            }
            return;
        };
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
                match self
                    .database
                    .delivery_done(&call.id, &lease.token, &case)
                    .await
                {
                    Ok(true) => {}
                    Ok(false) => tracing::warn!(
                        call = call.id,
                        "delivered, but the lease was taken over: the next attempt confirms it"
                    ),
                    // The agency has the case; the retry will get the same case number back.
                    Err(error) => {
                        tracing::error!(%error, call = call.id, "delivered, but not recorded; it will be confirmed again")
                    }
                }
                self.circuit(&call.agency, Health::Up, probe).await;
            }
            Err(error) => self.failed(&call, &lease, error, probe).await,
        }
    }

    /// The case numbers of the calls `call` needs; `None` when it cannot go yet (handed back
    /// to wait) or ever (what it needs is dead, so it is too).
    async fn dependencies(
        &self,
        call: &Delivery,
        lease: &Lease,
    ) -> Option<serde_json::Map<String, serde_json::Value>> {
        let mut dependencies = serde_json::Map::new();
        if call.after.is_empty() {
            return Some(dependencies);
        }
        let siblings = match self.database.deliveries_of(&call.reference).await {
            Ok(siblings) => siblings,
            Err(error) => {
                tracing::error!(%error, "cannot read a call's dependencies");
                self.record_wait(call, lease, &later(1.0)).await;
                return None;
            }
        };
        for service in &call.after {
            // A service the submission does not call (its condition did not hold) is no wait.
            let Some(sibling) = siblings.iter().find(|s| s.service == *service) else {
                continue;
            };
            match (sibling.state, &sibling.case_number) {
                (DeliveryState::Delivered, Some(case)) => {
                    dependencies.insert(service.clone(), case.clone().into());
                }
                (DeliveryState::Dead, _) => {
                    // What it needs will not come by itself: an operator retries it, and this
                    // call comes back with it.
                    tracing::warn!(
                        call = call.id,
                        needs = sibling.id,
                        "the call it needs is dead-lettered"
                    );
                    let error =
                        format!("the call it needs ({}) could not be delivered", sibling.id);
                    self.give_up(call, lease, &error).await;
                    return None;
                }
                // Still being tried (however long): wait for it.
                _ => {
                    let wait = self.config.poll.as_secs_f64().max(0.05);
                    self.record_wait(call, lease, &later(wait)).await;
                    return None;
                }
            }
        }
        Some(dependencies)
    }

    /// Whether the call's give-up time has passed.
    fn overdue(&self, call: &Delivery) -> bool {
        chrono::DateTime::parse_from_rfc3339(call.queued_since()).is_ok_and(|queued| {
            let elapsed = chrono::Utc::now().signed_duration_since(queued);
            elapsed.to_std().is_ok_and(|e| e >= self.config.give_up)
        })
    }

    async fn record_wait(&self, call: &Delivery, lease: &Lease, until: &str) {
        match self
            .database
            .delivery_wait(&call.id, &lease.token, until)
            .await
        {
            Ok(true) => {}
            Ok(false) => tracing::warn!(call = call.id, "the lease was taken over"),
            Err(error) => tracing::error!(%error, call = call.id, "cannot hand a call back"),
        }
    }

    async fn give_up(&self, call: &Delivery, lease: &Lease, error: &str) {
        metrics::counter!("deliveries_total", "agency" => call.agency.clone(), "outcome" => "dead")
            .increment(1);
        match self
            .database
            .delivery_given_up(&call.id, &lease.token, error)
            .await
        {
            Ok(true) => tracing::warn!(
                call = call.id,
                agency = call.agency,
                error,
                "delivery given up"
            ),
            Ok(false) => tracing::warn!(call = call.id, "the lease was taken over"),
            Err(error) => tracing::error!(%error, call = call.id, "cannot dead-letter a call"),
        }
    }

    /// Records a failed attempt: dead when it can never succeed or its time is up, else tried
    /// again after the backoff; and tells the agency's circuit.
    async fn failed(&self, call: &Delivery, lease: &Lease, error: CallError, probe: Option<&str>) {
        let attempts = call.attempts + 1;
        let permanent = error.permanent();
        let overdue = !permanent && self.overdue(call);
        let dead = permanent || overdue;
        let message = if overdue {
            format!("gave up after {}: {error}", spoken(self.config.give_up))
        } else {
            error.to_string()
        };
        tracing::warn!(call = call.id, agency = call.agency, attempts, dead, permanent, %error, "delivery failed");
        metrics::counter!("deliveries_total", "agency" => call.agency.clone(), "outcome" => if dead { "dead" } else { "retry" }).increment(1);
        let next = later(backoff(&self.config, attempts).as_secs_f64());
        match self
            .database
            .delivery_failed(&call.id, &lease.token, &message, &next, dead)
            .await
        {
            Ok(true) => {}
            Ok(false) => tracing::warn!(
                call = call.id,
                "the lease was taken over: this attempt's outcome is not recorded"
            ),
            Err(error) => tracing::error!(%error, call = call.id, "cannot record a failed attempt"),
        }
        self.circuit(&call.agency, error.health(), probe).await;
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
            .header(CALLBACK_URL, &self.callback_url)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_to_its_cap_and_stays_there() {
        let config = AgencyConfig {
            backoff: Duration::from_millis(500),
            backoff_max: Duration::from_secs(600),
            ..AgencyConfig::default()
        };
        for _ in 0..100 {
            let first = backoff(&config, 1);
            assert!(first >= Duration::from_millis(250) && first <= Duration::from_millis(750));
            let fifth = backoff(&config, 5);
            assert!(fifth >= Duration::from_secs(4) && fifth <= Duration::from_secs(12));
            for attempts in [20, 500, i64::MAX] {
                let capped = backoff(&config, attempts);
                assert!(capped >= Duration::from_secs(300) && capped <= Duration::from_secs(600));
            }
        }
    }
}
