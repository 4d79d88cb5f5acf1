//! The test connection: a harmless call to an agency over its connector in force, and what came
//! back. It asks for the status of a case that does not exist (`GET <base>/v1/<agency>/cases/…`,
//! the call the status poller makes): no case is made, nothing changes at the agency, and any
//! answer — a 404 included — shows that the address, the token and the timeout work.

use super::live::LiveConnectors;
use crate::agencies::{answer_body, Connector};
use app::pages::admin::model::TestReport;
use std::time::Instant;

/// The case the test asks for: no agency has it.
pub const TEST_CASE: &str = "veiviser-connection-test";
/// How much of the answer the report shows.
const SHOWN_BYTES: usize = 500;

/// Calls `agency` as its connector says now.
pub async fn probe(live: &LiveConnectors, client: &reqwest::Client, agency: &str) -> TestReport {
    let route = live.route(agency);
    let url = crate::contract::case_url(&route.base, agency, TEST_CASE);
    let mut report = TestReport {
        url: url.clone(),
        ..TestReport::default()
    };
    if route.kind == Connector::Inbox {
        report.problem = Some("connector-test-inbox".into());
        return report;
    }
    let token = match route.bearer(agency, "cases").await {
        Ok(token) => token,
        Err(why) => {
            tracing::warn!(agency, %why, "connection test: no token");
            report.problem = Some("connector-test-no-token".into());
            return report;
        }
    };
    let started = Instant::now();
    let sent = client
        .get(&url)
        .bearer_auth(&token)
        .timeout(route.timeout)
        .send()
        .await;
    let response = match sent {
        Ok(response) => response,
        Err(error) => {
            report.elapsed_ms = elapsed(started);
            let timed_out = error.is_timeout();
            tracing::info!(agency, error = %error.without_url(), "connection test: no answer");
            report.problem = Some(
                if timed_out {
                    "connector-test-timeout"
                } else {
                    "connector-test-unreachable"
                }
                .into(),
            );
            return report;
        }
    };
    report.status = Some(response.status().as_u16());
    let body = answer_body(response).await.unwrap_or_default();
    report.elapsed_ms = elapsed(started);
    report.body = shown(&body, &token);
    tracing::info!(
        agency,
        status = report.status,
        ms = report.elapsed_ms,
        "connection test"
    );
    report
}

fn elapsed(started: Instant) -> u64 {
    u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// The start of the answer as text, with the token blanked should the agency echo it.
fn shown(body: &[u8], token: &str) -> String {
    let start = &body[..body.len().min(SHOWN_BYTES)];
    let text = String::from_utf8_lossy(start);
    if token.is_empty() {
        text.into_owned()
    } else {
        text.replace(token, "***")
    }
}

#[cfg(test)]
mod tests {
    use super::shown;

    #[test]
    fn the_report_shows_at_most_500_bytes_and_never_the_token() {
        let long = "a".repeat(2000);
        assert_eq!(shown(long.as_bytes(), "secret").len(), 500);
        assert_eq!(
            shown(b"you sent Bearer s3cret-token", "s3cret-token"),
            "you sent Bearer ***"
        );
    }
}
