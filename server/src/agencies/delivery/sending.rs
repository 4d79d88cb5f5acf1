//! Sending one leased call: what it needs first (the case numbers of the calls it waits for),
//! the request with its idempotency key, and what the agency's answer must hold. A call to an
//! inbox agency is filed in the portal's own inbox instead (`inbox`).

use super::{answer_body, CallError, Health, Lease, Worker};
use crate::{
    agencies::Connector,
    contract::{self, Receipt, Submission},
    storage::Delivery,
};
use app::domain::{DeliveryState, Instant};
use std::time::Duration;

impl Worker {
    /// Sends one leased call (the probe of its agency's half-open circuit when `probe`).
    #[tracing::instrument(skip_all, fields(call = %call.id, submission = %call.reference, agency = %call.agency))]
    pub(super) async fn deliver(&self, call: Delivery, lease: Lease, probe: bool) {
        let probe = probe.then_some(lease.until);
        let Some(dependencies) = self.dependencies(&call, &lease).await else {
            if probe.is_some() {
                self.circuit(&call.agency, Health::Unknown, probe).await;
            }
            return;
        };
        let body = serde_json::to_value(Submission {
            reference: call.reference.clone(),
            service: call.service.clone(),
            payload: call.payload.clone(),
            dependencies,
        })
        .unwrap_or_default();
        if self.connectors.route(&call.agency).kind == Connector::Inbox {
            return self.file(&call, &lease, &body, probe).await;
        }
        match self.send(&call, &body).await {
            Ok(case) => {
                tracing::info!(call = call.id, agency = call.agency, case, "delivered");
                metrics::counter!("deliveries_total", "agency" => call.agency.clone(), "outcome" => "delivered").increment(1);
                match self
                    .database
                    .outbox()
                    .delivered(&call.id, &lease.token, &case)
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
    ) -> Option<std::collections::BTreeMap<String, String>> {
        let mut dependencies = std::collections::BTreeMap::new();
        if call.after.is_empty() {
            return Some(dependencies);
        }
        let read_at = Instant::now();
        let siblings = match self.database.outbox().of_submission(&call.reference).await {
            Ok(siblings) => siblings,
            Err(error) => {
                tracing::error!(%error, "cannot read a call's dependencies");
                let soon = Instant::now().plus(Duration::from_secs(1));
                self.record_wait(call, lease, soon, read_at).await;
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
                    dependencies.insert(service.clone(), case.clone());
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
                    let wait = self.config.poll.max(Duration::from_millis(50));
                    self.record_wait(call, lease, Instant::now().plus(wait), read_at)
                        .await;
                    return None;
                }
            }
        }
        Some(dependencies)
    }

    async fn send(&self, call: &Delivery, body: &serde_json::Value) -> Result<String, CallError> {
        // The agency's connector as it is now: a change an admin saved applies to this call.
        let route = self.connectors.route(&call.agency);
        let url = contract::submit_url(&route.base, &call.agency, &call.operation);
        let token = route
            .bearer(&call.agency, &call.operation)
            .await
            .map_err(CallError::NoToken)?;
        let response = self
            .client
            .post(&url)
            .bearer_auth(token)
            .header(contract::IDEMPOTENCY_KEY, &call.id)
            .header(contract::CALLBACK_URL, &self.callback_url)
            .timeout(route.timeout)
            .json(body)
            .send()
            .await
            .map_err(|e| CallError::Unreachable(e.without_url().to_string()))?;
        let bytes = answer_body(response).await?;
        let receipt: Receipt = serde_json::from_slice(&bytes)
            .map_err(|_| CallError::Hostile("no case number in the answer"))?;
        if !receipt.is_plain() {
            return Err(CallError::Hostile(
                "the case number is not a plain identifier",
            ));
        }
        Ok(receipt.case_number)
    }
}
