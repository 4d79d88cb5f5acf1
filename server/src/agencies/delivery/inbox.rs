//! Filing a leased call to an inbox agency as a case in the portal's own inbox: the case number
//! (`<AGENCY>-<eight readable characters>`) comes back as an agency's would, the case is due
//! its agency's working days after the day it arrived, and its arrival is the call's `received`
//! status at once. A storage failure is a failed attempt (retried with backoff, dead-lettered
//! after the give-up time); the agency's circuit is not told (the failure was ours).

use super::{CallError, Health, Lease, Worker};
use crate::storage::{Delivery, NewCase};
use app::{
    domain::{deadline::add_working_days, Instant},
    journey::Agency,
};

impl Worker {
    pub(super) async fn file(
        &self,
        call: &Delivery,
        lease: &Lease,
        body: &serde_json::Value,
        probe: Option<Instant>,
    ) {
        let Some(agency) = Agency::parse(&call.agency) else {
            return self
                .give_up(call, lease, "the call names no agency this portal knows")
                .await;
        };
        let received_at = Instant::now();
        let received_on = received_at
            .oslo_date()
            .or_else(|| received_at.utc_date())
            .unwrap_or_else(|| unreachable!("a calendar date"));
        let days = self.config.deadline_days(&call.agency);
        let due_on = add_working_days(received_on, days).unwrap_or(received_on);
        let case_id = crate::ids::case_number(agency.id());
        let filed = self
            .database
            .inbox()
            .receive(
                NewCase {
                    case_id: &case_id,
                    delivery_id: &call.id,
                    agency,
                    reference: &call.reference,
                    service: &call.service,
                    payload: body,
                    received_at,
                    received_on,
                    due_on,
                },
                &lease.token,
            )
            .await;
        match filed {
            Ok(Some(case)) => {
                tracing::info!(
                    call = call.id,
                    agency = call.agency,
                    case,
                    "filed in the inbox"
                );
                metrics::counter!("deliveries_total", "agency" => call.agency.clone(), "outcome" => "delivered").increment(1);
            }
            Ok(None) => tracing::warn!(
                call = call.id,
                "the lease was taken over: the next worker files the call"
            ),
            Err(error) => {
                let error = CallError::Inbox(error.to_string());
                return self.failed(call, lease, error, probe).await;
            }
        }
        if probe.is_some() {
            self.circuit(&call.agency, Health::Unknown, probe).await;
        }
    }
}
