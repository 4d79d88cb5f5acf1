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
//!
//! A call to an agency whose connector is `inbox` takes the same way up to the sending, and is
//! then filed as a case in the portal's own inbox (`inbox`), in the transaction that marks it
//! delivered; a storage failure there is retried and dead-lettered like a failed call.

mod circuit;
mod errors;
mod inbox;
mod outcomes;
mod polling;
mod sending;

use super::AgencyConfig;
use crate::storage::{Circuit, Database, StorageError};
use app::domain::Instant;
use circuit::{gate, Gate};
use errors::{answer_body, CallError, Health};
use rand::Rng;
use std::{collections::HashMap, time::Duration};

/// A lease lasts as long as a call may take, plus this: a worker that died mid-call (a crash, a
/// kill) gives its calls back to the others when its leases run out.
const LEASE_MARGIN: Duration = Duration::from_secs(5);

/// The most calls one instance sends at the same time.
const IN_FLIGHT: usize = 64;

/// How often calls past their give-up time are dead-lettered in bulk (those the circuit held).
const SWEEP_EVERY: Duration = Duration::from_secs(1);

/// The header that tells an agency where to report the case a call opens.
pub use crate::contract::CALLBACK_URL;

#[derive(Clone)]
pub struct Worker {
    pub database: Database,
    pub client: reqwest::Client,
    pub config: AgencyConfig,
    /// Each agency's connector in force (its address, token, timeout, backoff, give-up time),
    /// or the environment's settings: read per call, so a change applies to the next one.
    pub connectors: std::sync::Arc<crate::connectors::live::LiveConnectors>,
    /// This portal's `/v1/agency-callbacks`, as the agencies reach it (from the public URL).
    pub callback_url: String,
}

/// A call this worker holds: the lease's token and until when (also its probe's, if it is one).
struct Lease {
    token: String,
    until: Instant,
}

/// Exponential backoff with jitter: first × 2^(attempt−1), ±50 %, at most `max`.
fn backoff(first: Duration, max: Duration, attempts: i64) -> Duration {
    let exponent = u32::try_from(attempts.saturating_sub(1).max(0))
        .unwrap_or(u32::MAX)
        .min(30);
    let base = first.saturating_mul(1 << exponent).min(max);
    base.mul_f64(rand::thread_rng().gen_range(0.5..1.5))
        .min(max)
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
                    self.expire_parties().await;
                }
                // Listening from before the round: work made during it wakes the next one.
                let woken = crate::storage::work_waiting().notified();
                tokio::pin!(woken);
                woken.as_mut().enable();
                if let Err(error) = self.tick(&slots).await {
                    tracing::error!(%error, "the outbox could not be read");
                }
                // Until the poll interval ends, or sooner when this process makes work.
                let _ = tokio::time::timeout(self.config.poll, woken).await;
            }
        });
    }

    /// One round at once, outside the running loop (for tests and tools): leases what is due
    /// and starts sending it; what it sends finishes in the background.
    pub async fn round(&self) -> Result<(), StorageError> {
        let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(IN_FLIGHT));
        self.tick(&slots).await
    }

    /// Stops the submissions whose parties let their deadline pass (their held calls are
    /// removed, everyone notified).
    async fn expire_parties(&self) {
        match self.database.parties().expire_overdue(Instant::now()).await {
            Ok(stopped) => {
                for reference in stopped {
                    tracing::info!(
                        reference,
                        "a party's deadline passed: the submission is stopped"
                    );
                }
            }
            Err(error) => tracing::error!(%error, "cannot expire overdue parties"),
        }
    }

    /// Dead-letters the calls past their give-up time that no attempt will reach (their
    /// agency's circuit holds them).
    async fn give_up_overdue(&self) {
        // The longest give-up time of any agency: a call is never given up before its own.
        let give_up = self.connectors.longest_give_up();
        let cutoff = Instant::now().minus(give_up);
        let reason = format!("gave up after {}", spoken(give_up));
        match self
            .database
            .outbox()
            .give_up_overdue(cutoff, &reason)
            .await
        {
            Ok(dead) => {
                for call in dead {
                    tracing::warn!(
                        call = call.id,
                        agency = call.agency,
                        "delivery given up: past the give-up time"
                    );
                    metrics::counter!("deliveries_total", "agency" => call.agency, "outcome" => "dead")
                        .increment(1);
                }
            }
            Err(error) => tracing::error!(%error, "cannot give up overdue calls"),
        }
    }

    /// One round: lease what is due (as many as there are free slots) and start sending it.
    #[tracing::instrument(skip_all)]
    async fn tick(
        &self,
        slots: &std::sync::Arc<tokio::sync::Semaphore>,
    ) -> Result<(), StorageError> {
        let free = slots.available_permits();
        if free == 0 {
            return Ok(());
        }
        let calls = self.database.outbox().due(free as i64).await?;
        if calls.is_empty() {
            return Ok(());
        }
        let circuits: HashMap<String, Circuit> = self
            .database
            .circuits()
            .failing()
            .await?
            .into_iter()
            .map(|c| (c.agency.clone(), c))
            .collect();
        let at = Instant::now();
        // The agencies whose probe this round has taken.
        let mut probing = std::collections::HashSet::new();
        for call in calls {
            let Ok(permit) = slots.clone().try_acquire_owned() else {
                break;
            };
            // As long as the call may take under its agency's connector now.
            let lease = self.connectors.route(&call.agency).timeout + LEASE_MARGIN;
            let until = Instant::now().plus(lease);
            // An open circuit sends nothing; a half-open one one probe (the first call due).
            let probe = match gate(circuits.get(&call.agency), at) {
                Gate::Closed => false,
                Gate::Open => continue,
                Gate::HalfOpen => {
                    if probing.contains(&call.agency)
                        || !self
                            .database
                            .circuits()
                            .claim_probe(&call.agency, at, until)
                            .await?
                    {
                        continue;
                    }
                    probing.insert(call.agency.clone());
                    true
                }
            };
            match self.database.outbox().claim(&call.id, until).await? {
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
                    self.database
                        .circuits()
                        .release_probe(&call.agency, until)
                        .await?;
                    probing.remove(&call.agency);
                }
                None => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_to_its_cap_and_stays_there() {
        let (first, max) = (Duration::from_millis(500), Duration::from_secs(600));
        let backoff = |attempts| backoff(first, max, attempts);
        for _ in 0..100 {
            let first = backoff(1);
            assert!(first >= Duration::from_millis(250) && first <= Duration::from_millis(750));
            let fifth = backoff(5);
            assert!(fifth >= Duration::from_secs(4) && fifth <= Duration::from_secs(12));
            for attempts in [20, 500, i64::MAX] {
                let capped = backoff(attempts);
                assert!(capped >= Duration::from_secs(300) && capped <= Duration::from_secs(600));
            }
        }
    }
}
