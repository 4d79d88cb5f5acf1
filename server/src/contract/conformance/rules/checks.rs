//! The rules, one method each: what each calls and what it makes of the answers.

use super::{Answer, Kit};
use crate::{
    agencies::{callbacks::sound_status, signature},
    contract::{
        case_url,
        conformance::{SERVICE, UNKNOWN_OPERATION},
        PolledStatus, Receipt, StatusReport, MAX_SUBMISSION_BYTES,
    },
};
use app::domain::Instant;

impl Kit<'_> {
    /// The same key twice: the same case. Gives the case number.
    pub(super) async fn idempotency(&mut self, token: &str, key: &str) -> Option<String> {
        let body = Self::submission();
        let operation = self.target.operation.clone();
        let first = self
            .send(
                "the first submit",
                self.post(&operation, Some(key))
                    .bearer_auth(token)
                    .json(&body),
            )
            .await;
        let second = self
            .send(
                "the same submit again",
                self.post(&operation, Some(key))
                    .bearer_auth(token)
                    .json(&body),
            )
            .await;
        let keyless = self
            .send(
                "a submit without Idempotency-Key",
                self.post(&operation, None).bearer_auth(token).json(&body),
            )
            .await;
        let (Some(first), Some(second)) = (first, second) else {
            self.skip("idempotency", "no answer in time (see timeout)");
            return None;
        };
        let receipt = |answer: &Answer| -> Result<String, String> {
            if !matches!(answer.status, 200 | 201) {
                return Err(format!("answered {}, not 201 or 200", answer.status));
            }
            match serde_json::from_slice::<Receipt>(&answer.body) {
                Ok(receipt) if receipt.is_plain() => Ok(receipt.case_number),
                Ok(_) => Err("the case number is not 1–64 letters, digits, - or _".into()),
                Err(_) => Err("the answer is not {\"case_number\": …}".into()),
            }
        };
        let (first, second) = match (receipt(&first), receipt(&second)) {
            (Ok(first), Ok(second)) => (first, second),
            (Err(why), _) => {
                self.fail("idempotency", format!("the first submit: {why}"));
                return None;
            }
            (_, Err(why)) => {
                self.fail("idempotency", format!("the same submit again: {why}"));
                return None;
            }
        };
        if first != second {
            self.fail(
                "idempotency",
                format!("the same Idempotency-Key made two cases: {first} and {second}"),
            );
        } else {
            match keyless {
                Some(answer) if answer.status == 400 => self.pass(
                    "idempotency",
                    format!("the same key gave the same case ({first}); no key was 400"),
                ),
                Some(answer) => self.fail(
                    "idempotency",
                    format!(
                        "a submit without Idempotency-Key was answered {}, not 400",
                        answer.status
                    ),
                ),
                None => self.skip("idempotency", "no answer in time (see timeout)"),
            }
        }
        Some(first)
    }

    /// No token, or a wrong one: refused, on submit and on status.
    pub(super) async fn auth(&mut self, case: Option<&str>) {
        let body = Self::submission();
        let operation = self.target.operation.clone();
        let status_url = case_url(
            &self.target.base,
            &self.target.agency,
            case.unwrap_or("veiviser-conformance-case"),
        );
        let tries = [
            (
                "a submit without a token",
                self.post(&operation, Some(&Self::new_key())).json(&body),
            ),
            (
                "a submit with a wrong token",
                self.post(&operation, Some(&Self::new_key()))
                    .bearer_auth("veiviser-conformance-wrong-token")
                    .json(&body),
            ),
            ("a status without a token", self.client.get(&status_url)),
        ];
        let mut wrong = Vec::new();
        for (what, request) in tries {
            match self.send(what, request).await {
                Some(answer) if answer.refused() => {}
                Some(answer) => wrong.push(format!("{what} was answered {}", answer.status)),
                None => return self.skip("auth", "no answer in time (see timeout)"),
            }
        }
        if wrong.is_empty() {
            self.pass(
                "auth",
                "no token and a wrong token were refused (401 or 403)",
            );
        } else {
            self.fail("auth", format!("{}; 401 or 403 expected", wrong.join("; ")));
        }
    }

    /// A body over the limit, and one that is not JSON.
    pub(super) async fn limits(&mut self, token: &str) {
        let operation = self.target.operation.clone();
        let padding = "x".repeat(MAX_SUBMISSION_BYTES + 1024);
        let large = serde_json::json!({"reference": "VV-CONFORMANCE", "service": SERVICE, "payload": {"padding": padding}, "dependencies": {}});
        let request = self
            .post(&operation, Some(&Self::new_key()))
            .bearer_auth(token)
            .json(&large);
        self.expect_status("body-limit", "a body over 1 MiB", request, 413)
            .await;
        let request = self
            .post(&operation, Some(&Self::new_key()))
            .bearer_auth(token)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body("{not json");
        self.expect_status("malformed-body", "a body that is not JSON", request, 400)
            .await;
    }

    pub(super) async fn unknown_operation(&mut self) {
        let token = match self.tokens.bearer(UNKNOWN_OPERATION).await {
            Ok(token) => token,
            Err(why) => return self.skip("unknown-operation", format!("no token: {why}")),
        };
        let request = self
            .post(UNKNOWN_OPERATION, Some(&Self::new_key()))
            .bearer_auth(token)
            .json(&Self::submission());
        let what = format!("`{UNKNOWN_OPERATION}`");
        self.expect_status("unknown-operation", &what, request, 404)
            .await;
    }

    /// Sends `request` (`what` in the report); `rule` holds when it is answered `expected`.
    async fn expect_status(
        &mut self,
        rule: &'static str,
        what: &str,
        request: reqwest::RequestBuilder,
        expected: u16,
    ) {
        match self.send(what, request).await {
            Some(answer) if answer.status == expected => {
                self.pass(rule, format!("{what} was {expected}"))
            }
            Some(answer) => self.fail(
                rule,
                format!("{what} was answered {}, not {expected}", answer.status),
            ),
            None => self.skip(rule, "no answer in time (see timeout)"),
        }
    }

    pub(super) async fn status_shape(&mut self, case: Option<&str>) {
        let Some(case) = case else {
            return self.skip("status-shape", "no case was made (see idempotency)");
        };
        let token = match self.tokens.bearer("cases").await {
            Ok(token) => token,
            Err(why) => return self.skip("status-shape", format!("no token for `cases`: {why}")),
        };
        let url = case_url(&self.target.base, &self.target.agency, case);
        let answer = self
            .send(
                "the case's status",
                self.client.get(url).bearer_auth(&token),
            )
            .await;
        let unknown_url = case_url(
            &self.target.base,
            &self.target.agency,
            "veiviser-conformance-no-such-case",
        );
        let unknown = self
            .send(
                "an unknown case's status",
                self.client.get(unknown_url).bearer_auth(&token),
            )
            .await;
        let (Some(answer), Some(unknown)) = (answer, unknown) else {
            return self.skip("status-shape", "no answer in time (see timeout)");
        };
        if answer.status != 200 {
            return self.fail(
                "status-shape",
                format!("the case's status was answered {}, not 200", answer.status),
            );
        }
        let polled: PolledStatus = match serde_json::from_slice(&answer.body) {
            Ok(polled) => polled,
            Err(_) => {
                return self.fail(
                    "status-shape",
                    "the case's status is not {\"status\", \"message\"?, \"reported_at\"?}",
                )
            }
        };
        let now = Instant::now();
        let at = polled.reported_at.clone().unwrap_or_else(|| now.stored());
        if let Err(unsound) = sound_status(&polled.status, polled.message.as_deref(), &at, now) {
            return self.fail(
                "status-shape",
                format!("the case's status is unsound: {unsound}"),
            );
        }
        if unknown.status != 404 {
            return self.fail(
                "status-shape",
                format!("an unknown case was answered {}, not 404", unknown.status),
            );
        }
        self.pass(
            "status-shape",
            format!("the case is `{}`; an unknown case was 404", polled.status),
        );
    }

    pub(super) async fn callback(&mut self, key: &str, case: Option<&str>) {
        let Some(secret) = self.target.callback_key.clone() else {
            return self.skip(
                "callback-signature",
                "no callback key to check the signature with",
            );
        };
        let Some(case) = case else {
            // Nothing to wait for: stop keeping reports about the call.
            let _ = self.callbacks.heard(key, std::time::Duration::ZERO).await;
            return self.skip("callback-signature", "no case was made (see idempotency)");
        };
        let wait = self.target.callback_wait;
        let Some(heard) = self.callbacks.heard(key, wait).await else {
            return self.fail(
                "callback-signature",
                format!(
                    "no status report about the call arrived at {} within {} s",
                    self.callbacks.url(),
                    wait.as_secs()
                ),
            );
        };
        let now = Instant::now().unix_seconds();
        if let Err(refused) = signature::verify(
            &secret,
            heard.timestamp.as_deref(),
            heard.signature.as_deref(),
            &heard.body,
            now,
        ) {
            return self.fail(
                "callback-signature",
                format!("the status report's signature was refused: {refused}"),
            );
        }
        let report: StatusReport = match serde_json::from_slice(&heard.body) {
            Ok(report) => report,
            Err(_) => return self.fail("callback-signature", "the status report is not one (call, agency, case_number, status, message?, reported_at)"),
        };
        if report.call != key || report.agency != self.target.agency || report.case_number != case {
            return self.fail("callback-signature", format!("the report names call {}, agency {}, case {}; the call was {key} at {} with case {case}", report.call, report.agency, report.case_number, self.target.agency));
        }
        if let Err(unsound) = sound_status(
            &report.status,
            report.message.as_deref(),
            &report.reported_at,
            Instant::now(),
        ) {
            return self.fail(
                "callback-signature",
                format!("the status report is unsound: {unsound}"),
            );
        }
        self.pass(
            "callback-signature",
            format!("a signed report arrived: `{}`", report.status),
        );
    }
}
