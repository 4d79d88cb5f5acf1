//! One agency's calls as the page lists them: not delivered yet (for admins and API agencies'
//! caseworkers), or delivered with what was sent (for API agencies' caseworkers only: the
//! payload is the citizen's data, and an admin's work is the delivery, not the case).

use super::{Access, Deliveries};
use crate::{
    citizen::internal,
    storage::{AgencyCall, Retry},
};
use app::{
    domain::DeliveryState,
    error::AppError,
    journey::Agency,
    pages::deliveries::model::{CallFilter, CallRow, DeliveriesView, RetryEntry, MAX_CALLS},
};

impl Deliveries {
    pub(super) async fn list(
        &self,
        access: Access,
        agency: Agency,
        filter: CallFilter,
    ) -> Result<DeliveriesView, AppError> {
        if filter == CallFilter::Sent && !access.sees_sent {
            tracing::warn!(
                agency = agency.id(),
                "what was sent asked for by an admin who is not a caseworker of an API agency"
            );
            return Err(AppError::Forbidden);
        }
        let outbox = self.database.outbox();
        let limit = i64::try_from(MAX_CALLS + 1).unwrap_or(i64::MAX);
        let (mut calls, retries) = tokio::try_join!(
            outbox.of_agency(agency.id(), filter == CallFilter::Sent, limit),
            outbox.retries_of_agency(agency.id()),
        )
        .map_err(|error| internal(&error, "cannot read an agency's deliveries"))?;
        let more = calls.len() > MAX_CALLS;
        calls.truncate(MAX_CALLS);
        Ok(DeliveriesView {
            agency,
            filter,
            can_retry: access.retries,
            can_see_sent: access.sees_sent,
            calls: calls
                .into_iter()
                .map(|call| row(call, filter, &retries))
                .collect(),
            more,
        })
    }
}

fn row(call: AgencyCall, filter: CallFilter, retries: &[Retry]) -> CallRow {
    let sent = match filter {
        CallFilter::Sent => payload_summary(&call.payload),
        CallFilter::Undelivered => Vec::new(),
    };
    // Held for a party's answer: not queued yet, nothing due.
    let held = crate::storage::is_held(call.state, call.queued_at.as_ref());
    CallRow {
        held,
        retries: retries
            .iter()
            .filter(|r| r.delivery_id == call.id)
            .map(|r| RetryEntry {
                at: r.at,
                who: r.who.clone(),
            })
            .collect(),
        queued_at: call.queued_at.filter(|_| !held).unwrap_or(call.created_at),
        next_attempt_at: (call.state == DeliveryState::Pending && !held)
            .then_some(call.next_attempt_at),
        id: call.id,
        reference: call.reference,
        journey_id: call.journey_id,
        service: call.service,
        state: call.state,
        attempts: call.attempts,
        last_error: call.last_error,
        dead_at: call.dead_at,
        delivered_at: call.delivered_at,
        case_number: call.case_number,
        latest: call.latest,
        sent,
    }
}

/// What was sent, field by field as the payload names them: text as it is, anything else (a
/// number, a list, an object) as its JSON. A payload that is not an object is one field, `-`.
pub(super) fn payload_summary(payload: &serde_json::Value) -> Vec<(String, String)> {
    let text = |value: &serde_json::Value| match value {
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    match payload {
        serde_json::Value::Object(fields) => fields
            .iter()
            .map(|(name, value)| (name.clone(), text(value)))
            .collect(),
        other => vec![("-".into(), text(other))],
    }
}
