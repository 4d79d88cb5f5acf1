//! `POST /agency-callbacks`: agencies report how a case stands. The call is checked before
//! anything is read from it — signature and time window (401 otherwise, logged) — and then
//! against the outbox: the call must exist, belong to the agency and carry its case number
//! (404 otherwise). Each status is stored once, so a repeated callback changes nothing.

use super::signature::{self, SIGNATURE, TIMESTAMP};
use crate::{state::AppState, storage::delivery::STATUSES};
use axum::{
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};
use serde::{Deserialize, Serialize};

/// A status report, as agencies send it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusReport {
    /// The `Idempotency-Key` the call came with.
    pub call: String,
    pub agency: String,
    pub case_number: String,
    pub status: String,
    #[serde(default)]
    pub message: Option<String>,
    /// When the agency changed the status (RFC 3339).
    pub reported_at: String,
}

pub async fn receive(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let now = chrono::Utc::now().timestamp();
    if let Err(refused) = signature::verify(
        &state.callback_secret,
        header(TIMESTAMP),
        header(SIGNATURE),
        &body,
        now,
    ) {
        tracing::warn!(%refused, "an agency callback was refused");
        metrics::counter!("agency_callbacks_total", "outcome" => "refused").increment(1);
        return (StatusCode::UNAUTHORIZED, "signature refused").into_response();
    }
    let Ok(report) = serde_json::from_slice::<StatusReport>(&body) else {
        return (StatusCode::BAD_REQUEST, "not a status report").into_response();
    };
    let reported_at = sound_status(
        &report.status,
        report.message.as_deref(),
        &report.reported_at,
    );
    if reported_at.is_none() {
        tracing::warn!(
            status = report.status,
            "an agency callback with an unknown status or a bad message"
        );
        return (StatusCode::BAD_REQUEST, "unknown status or bad message").into_response();
    }
    let call = match state.database.delivery(&report.call).await {
        Ok(call) => call,
        Err(error) => {
            tracing::error!(%error, "cannot read the outbox for a callback");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let known = call.is_some_and(|c| {
        c.agency == report.agency && c.case_number.as_deref() == Some(report.case_number.as_str())
    });
    if !known {
        tracing::warn!(
            call = report.call,
            agency = report.agency,
            "a callback about no call of ours"
        );
        return (StatusCode::NOT_FOUND, "no such case").into_response();
    }
    match state
        .database
        .add_case_event(
            &report.call,
            &report.status,
            report.message.as_deref(),
            &reported_at.unwrap_or_default(),
        )
        .await
    {
        Ok(added) => {
            metrics::counter!("agency_callbacks_total", "outcome" => if added { "stored" } else { "repeated" }).increment(1);
            tracing::info!(
                call = report.call,
                status = report.status,
                added,
                "agency status"
            );
            StatusCode::NO_CONTENT.into_response()
        }
        Err(error) => {
            tracing::error!(%error, "cannot store an agency status");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// Whether an agency's status report is one to store: a known status, a plain message of at most
/// 1000 characters, an RFC 3339 time. Gives the time in UTC with milliseconds (so times order as
/// text), or `None` to refuse the report.
pub fn sound_status(status: &str, message: Option<&str>, reported_at: &str) -> Option<String> {
    let message_ok = message.is_none_or(|m| {
        m.chars().count() <= 1000 && !m.chars().any(|c| c.is_control() && c != '\n')
    });
    let at = chrono::DateTime::parse_from_rfc3339(reported_at).ok()?;
    (STATUSES.contains(&status) && message_ok).then(|| {
        at.with_timezone(&chrono::Utc)
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
    })
}
