//! Errors on the agency interface as RFC 9457 problem details (`application/problem+json`):
//! a `type` naming the problem for programs (`urn:veiviser:problem:<slug>`), a `title` for
//! people, the HTTP `status`, and, for Veiviser's own failures, the `incident` to quote. Both
//! directions use them: Veiviser answers agencies' callbacks this way, and agencies are to answer
//! Veiviser's calls this way (the conformance kit checks it).

use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The media type of a problem.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// A problem, as RFC 9457 words it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "type": "urn:veiviser:problem:signature-refused",
    "title": "The signature was refused",
    "status": 401,
    "detail": "X-Veiviser-Signature does not match the body and time under the agency's key"
}))]
pub struct Problem {
    /// `urn:veiviser:problem:<slug>`: what went wrong, for a program to tell apart.
    #[serde(rename = "type")]
    pub kind: String,
    /// What went wrong, for a person.
    pub title: String,
    /// The HTTP status of the answer.
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Veiviser's own failure: the id its operators find it under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident: Option<String>,
    /// How many seconds to wait before trying again (also in `Retry-After`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u32>,
}

impl Problem {
    pub fn new(status: StatusCode, slug: &str, title: &str) -> Problem {
        Problem {
            kind: format!("urn:veiviser:problem:{slug}"),
            title: title.into(),
            status: status.as_u16(),
            detail: None,
            incident: None,
            retry_after: None,
        }
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Problem {
        self.detail = Some(detail.into());
        self
    }

    pub fn retry_after(mut self, seconds: u32) -> Problem {
        self.retry_after = Some(seconds);
        self
    }

    pub fn incident(mut self, incident: impl Into<String>) -> Problem {
        self.incident = Some(incident.into());
        self
    }

    /// The slug of `type` (`signature-refused`), if it is one of Veiviser's.
    pub fn slug(&self) -> Option<&str> {
        self.kind.strip_prefix("urn:veiviser:problem:")
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let retry = self.retry_after;
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        if let Some(seconds) = retry {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_problem_is_answered_as_problem_json_with_its_status_and_retry_after() {
        let problem = Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "Try again later",
        )
        .incident("inc-1")
        .retry_after(5);
        let response = problem.clone().into_response();
        assert_eq!(response.status(), 503);
        assert_eq!(response.headers()[header::CONTENT_TYPE], PROBLEM_JSON);
        assert_eq!(response.headers()[header::RETRY_AFTER], "5");
        let body = axum::body::to_bytes(response.into_body(), 4096)
            .await
            .expect("body");
        let read: Problem = serde_json::from_slice(&body).expect("a problem");
        assert_eq!(read, problem);
        assert_eq!(read.slug(), Some("unavailable"));
        let json: serde_json::Value = serde_json::from_slice(&body).expect("json");
        assert_eq!(json["type"], "urn:veiviser:problem:unavailable");
    }
}
