//! Recording what became of an attempt (delivered is recorded where it is sent): handed back to
//! wait, given up, or failed — dead when it can never succeed, its time is up or its agency's
//! connector's attempts are spent, else tried again after the backoff — each only while the worker's lease holds the call.

use super::{backoff, spoken, CallError, Lease, Worker};
use crate::storage::Delivery;
use app::domain::Instant;
use std::time::Duration;

impl Worker {
    /// Whether the call's give-up time (its agency's connector's, now) has passed.
    fn overdue(&self, call: &Delivery, give_up: Duration) -> bool {
        Instant::now()
            .since(call.queued_since())
            .is_some_and(|elapsed| elapsed >= give_up)
    }

    /// Hands a call back to wait until `until` — or to go at once, if a call of its submission
    /// was delivered since `read_at`, when what it waits for was read.
    pub(super) async fn record_wait(
        &self,
        call: &Delivery,
        lease: &Lease,
        until: Instant,
        read_at: Instant,
    ) {
        match self
            .database
            .outbox()
            .wait(&call.id, &lease.token, until, read_at)
            .await
        {
            Ok(true) => {}
            Ok(false) => tracing::warn!(call = call.id, "the lease was taken over"),
            Err(error) => tracing::error!(%error, call = call.id, "cannot hand a call back"),
        }
    }

    pub(super) async fn give_up(&self, call: &Delivery, lease: &Lease, error: &str) {
        metrics::counter!("deliveries_total", "agency" => call.agency.clone(), "outcome" => "dead")
            .increment(1);
        match self
            .database
            .outbox()
            .given_up(&call.id, &lease.token, error)
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
    pub(super) async fn failed(
        &self,
        call: &Delivery,
        lease: &Lease,
        error: CallError,
        probe: Option<Instant>,
    ) {
        let attempts = call.attempts + 1;
        let route = self.connectors.route(&call.agency);
        let permanent = error.permanent();
        let overdue = !permanent && self.overdue(call, route.give_up);
        // The connector's most attempts, when it has a count: spent, the call is given up too.
        let spent = !permanent
            && !overdue
            && route
                .attempts
                .is_some_and(|most| u64::try_from(attempts).unwrap_or(0) >= u64::from(most));
        let dead = permanent || overdue || spent;
        let message = if overdue {
            format!("gave up after {}: {error}", spoken(route.give_up))
        } else if spent {
            format!("gave up after {attempts} attempts: {error}")
        } else {
            error.to_string()
        };
        tracing::warn!(call = call.id, agency = call.agency, attempts, dead, permanent, %error, "delivery failed");
        metrics::counter!("deliveries_total", "agency" => call.agency.clone(), "outcome" => if dead { "dead" } else { "retry" }).increment(1);
        let max = self.config.backoff_max.max(route.backoff);
        let delay = backoff(route.backoff, max, attempts);
        let next = Instant::now().plus(delay);
        match self
            .database
            .outbox()
            .failed(&call.id, &lease.token, &message, next, dead)
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
}
