//! `POST /v1/agency-callbacks` (and, unversioned, `/agency-callbacks` for calls made before the
//! contract was versioned): agencies report how a case stands. The report names its agency,
//! and the call is checked with that agency's own key before anything else is believed —
//! signature and time window (401 otherwise, logged) — then the report itself (a known status, a
//! plain message, a time no more than five minutes ahead of ours: 400 otherwise, logged), and
//! then against the outbox: the call must exist, belong to that agency and carry its case number
//! (404 otherwise, logged: one agency cannot report on another's call). Each status is stored
//! once, so a repeated callback changes nothing. Every refusal is a problem detail
//! (`contract::Problem`); the handler is described in the agency contract's OpenAPI document.

use super::signature::{self, SIGNATURE, TIMESTAMP};
use crate::{contract::Problem, state::AppState};
use app::domain::{CaseStatus, Instant, NotATime};
use axum::{
    body::Bytes,
    extract::{rejection::BytesRejection, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};

pub use crate::contract::StatusReport;

/// How far ahead of our clock an agency's `reported_at` may be.
pub const MAX_SKEW_SECONDS: i64 = 300;

/// Why an agency's status report (by callback or by poll) is not stored.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum Unsound {
    #[error("the status is not one of {statuses:?}", statuses = CaseStatus::ALL.map(CaseStatus::as_str))]
    Status,
    #[error("the message is over 1000 characters or has control characters")]
    Message,
    #[error("reported_at is not an RFC 3339 time")]
    Time,
    #[error("reported_at is more than five minutes in the future")]
    Future,
}

/// A status report from an agency.
#[utoipa::path(
    post,
    path = "/v1/agency-callbacks",
    tag = "veiviser",
    operation_id = "reportStatus",
    description = "An agency reports how a case stands, as often as it changes. Send it to the         address the call came with (`X-Veiviser-Callback-Url`). The report is checked in this         order: signed with the agency's own key within 300 s (401), a sound report (400), a call         of that agency's with that case number (404). A status is stored once: sending the same         report again is harmless (204 again). On 429 or 503, send it again after `Retry-After`.",
    request_body(content = StatusReport, content_type = "application/json", description = "At most 16 KiB; a larger body is 413."),
    responses(
        (status = 204, description = "Stored, or stored before."),
        (status = 400, description = "Not a status report, or an unsound one: an unknown status, a message over 1000 characters or with control characters, a time that is not RFC 3339 or is more than five minutes ahead.", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "The signature or its time is missing, wrong or stale, or the agency has no key.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No call of that agency's with that case number.", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is over 16 KiB.", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many refused reports from this address in a minute.", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "Veiviser cannot store it now; send it again after `Retry-After`.", body = Problem, content_type = "application/problem+json"),
    ),
    security(("veiviserSignature" = [], "veiviserTimestamp" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn receive(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let refuse = |status: StatusCode, slug: &str, title: &str| {
        metrics::counter!("agency_callbacks_total", "outcome" => "refused").increment(1);
        Problem::new(status, slug, title).into_response()
    };
    let body = match body {
        Ok(body) => body,
        Err(rejection) => {
            tracing::warn!(%rejection, "an agency callback whose body could not be read was refused");
            return refuse(
                rejection.status(),
                "unreadable-body",
                "The body could not be read",
            );
        }
    };
    let Ok(report) = serde_json::from_slice::<StatusReport>(&body) else {
        tracing::warn!("an agency callback that is not a status report was refused");
        return refuse(
            StatusCode::BAD_REQUEST,
            "not-a-status-report",
            "Not a status report",
        );
    };
    // The conformance kit's own call (an admin's test connection, run on this instance or
    // another): the report is the kit's to check, signature and all, and never reaches the outbox.
    let kit = report
        .call
        .starts_with(crate::contract::conformance::KEY_PREFIX);
    if kit {
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let heard = crate::contract::conformance::Heard {
            timestamp: header(TIMESTAMP),
            signature: header(SIGNATURE),
            body: body.to_vec(),
        };
        match state
            .database
            .kit_reports()
            .hand(&report.call, &heard, Instant::now())
            .await
        {
            Ok(true) => return StatusCode::NO_CONTENT.into_response(),
            Ok(false) => {}
            Err(error) => return unavailable(&error, "cannot keep a test connection's report"),
        }
    }
    // Until the signature is checked, nothing in the report is believed (hence `?`: escaped).
    let Some(key) = state.callback_secret.key_for(&report.agency) else {
        tracing::warn!(
            agency = ?report.agency,
            "an agency callback was refused: no callback key for that agency \
             (VEIVISER_CALLBACK_SECRET_<AGENCY>)"
        );
        return refuse(
            StatusCode::UNAUTHORIZED,
            "signature-refused",
            "The signature was refused",
        );
    };
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let now = Instant::now();
    if let Err(refused) = signature::verify(
        key,
        header(TIMESTAMP),
        header(SIGNATURE),
        &body,
        now.unix_seconds(),
    ) {
        tracing::warn!(agency = ?report.agency, %refused, "an agency callback was refused");
        return refuse(
            StatusCode::UNAUTHORIZED,
            "signature-refused",
            "The signature was refused",
        );
    }
    if kit {
        // A later report about a finished test: taken, so the agency stops sending it.
        return StatusCode::NO_CONTENT.into_response();
    }
    let (status, reported_at) = match sound_status(
        &report.status,
        report.message.as_deref(),
        &report.reported_at,
        now,
    ) {
        Ok(sound) => sound,
        Err(unsound) => {
            tracing::warn!(
                agency = report.agency,
                call = ?report.call,
                status = ?report.status,
                reported_at = ?report.reported_at,
                %unsound,
                "an agency callback was refused"
            );
            return refuse(
                StatusCode::BAD_REQUEST,
                "unsound-status-report",
                "An unsound status report",
            );
        }
    };
    let call = match state.database.outbox().get(&report.call).await {
        Ok(call) => call,
        Err(error) => return unavailable(&error, "cannot read the outbox for a callback"),
    };
    match call {
        Some(call) if call.agency != report.agency => {
            tracing::warn!(
                agency = report.agency,
                owner = call.agency,
                call = call.id,
                "an agency callback about another agency's call was refused"
            );
            return refuse(StatusCode::NOT_FOUND, "no-such-case", "No such case");
        }
        Some(call) if call.case_number.as_deref() == Some(report.case_number.as_str()) => {}
        _ => {
            tracing::warn!(
                call = ?report.call,
                agency = report.agency,
                "a callback about no call of ours"
            );
            return refuse(StatusCode::NOT_FOUND, "no-such-case", "No such case");
        }
    }
    match state
        .database
        .case_events()
        .add(&report.call, status, report.message.as_deref(), reported_at)
        .await
    {
        Ok(added) => {
            metrics::counter!("agency_callbacks_total", "outcome" => if added { "stored" } else { "repeated" }).increment(1);
            tracing::info!(
                call = report.call,
                %status,
                added,
                "agency status"
            );
            StatusCode::NO_CONTENT.into_response()
        }
        Err(error) => unavailable(&error, "cannot store an agency status"),
    }
}

/// Our failure, not the agency's: logged under an incident id the agency can quote, answered
/// 503 with that id (the agency sends the report again later).
fn unavailable(error: &dyn std::fmt::Display, what: &'static str) -> Response {
    let incident = crate::ids::incident_id();
    tracing::error!(%incident, %error, "{what}");
    Problem::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "unavailable",
        "Try again later",
    )
    .incident(incident.to_string())
    .retry_after(5)
    .into_response()
}

/// Whether an agency's status report is one to store: a known status, a plain message of at most
/// 1000 characters, an RFC 3339 time no more than `MAX_SKEW_SECONDS` after `now` (a report dated
/// far ahead would outrank every later one for ever). Gives the status and the time in UTC with
/// milliseconds (so times order as text).
pub fn sound_status(
    status: &str,
    message: Option<&str>,
    reported_at: &str,
    now: Instant,
) -> Result<(CaseStatus, Instant), Unsound> {
    let status = CaseStatus::parse(status).ok_or(Unsound::Status)?;
    let message_ok = message.is_none_or(|m| {
        m.chars().count() <= 1000 && !m.chars().any(|c| c.is_control() && c != '\n')
    });
    if !message_ok {
        return Err(Unsound::Message);
    }
    let at = Instant::parse(reported_at).map_err(|error| match error {
        NotATime::Malformed(_) => Unsound::Time,
        NotATime::TooLate(_) => Unsound::Future,
    })?;
    if at
        > now.plus(std::time::Duration::from_secs(
            MAX_SKEW_SECONDS.unsigned_abs(),
        ))
    {
        return Err(Unsound::Future);
    }
    Ok((status, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_dated_beyond_the_allowed_skew_is_unsound_and_one_within_it_is_kept_in_utc() {
        let now = Instant::parse("2026-11-23T10:00:00Z").expect("time");
        assert_eq!(
            sound_status("approved", None, "2026-11-23T11:04:59+01:00", now)
                .map(|(status, at)| (status, at.stored())),
            Ok((CaseStatus::Approved, "2026-11-23T10:04:59.000Z".into()))
        );
        assert_eq!(
            sound_status("approved", None, "2026-11-23T10:05:01Z", now),
            Err(Unsound::Future)
        );
        assert_eq!(
            sound_status("approved", None, "9999-12-31T23:59:59Z", now),
            Err(Unsound::Future)
        );
        assert_eq!(
            sound_status("lost", None, "2026-11-23T10:00:00Z", now),
            Err(Unsound::Status)
        );
        assert_eq!(
            sound_status("approved", Some("a\u{7}b"), "2026-11-23T10:00:00Z", now),
            Err(Unsound::Message)
        );
        assert_eq!(
            sound_status("approved", None, "yesterday", now),
            Err(Unsound::Time)
        );
    }
}
