//! The kit's run: the rules in order (each one's calls in `checks`). Every answer passes through
//! `send`, which notes an answer that did not come in time (`timeout`) and an error answer that
//! is not a problem detail (`problem-details`); a rule whose answer did not come is skipped, so
//! a slow service fails `timeout` and nothing else.

use super::{Callbacks, Target, Tokens, KEY_PREFIX, RULES, SERVICE};
use crate::contract::{
    submit_url, Problem, Submission, CALLBACK_URL, IDEMPOTENCY_KEY, PROBLEM_JSON,
};
use app::pages::admin::model::{RuleOutcome, Verdict};
use std::collections::BTreeMap;

mod checks;

/// An answer as the kit keeps it.
struct Answer {
    status: u16,
    body: Vec<u8>,
}

impl Answer {
    fn refused(&self) -> bool {
        matches!(self.status, 401 | 403)
    }
}

/// The largest answer the kit reads.
const MAX_ANSWER: usize = 64 * 1024;

pub(super) struct Kit<'a> {
    client: &'a reqwest::Client,
    target: &'a Target,
    tokens: &'a dyn Tokens,
    callbacks: &'a dyn Callbacks,
    outcomes: BTreeMap<&'static str, (Verdict, String)>,
    /// Error answers that are not problem details: what was called, and why not.
    not_problems: Vec<String>,
    errors_seen: usize,
    /// Calls with no answer in time.
    slow: Vec<String>,
}

impl<'a> Kit<'a> {
    pub(super) fn new(
        client: &'a reqwest::Client,
        target: &'a Target,
        tokens: &'a dyn Tokens,
        callbacks: &'a dyn Callbacks,
    ) -> Kit<'a> {
        Kit {
            client,
            target,
            tokens,
            callbacks,
            outcomes: BTreeMap::new(),
            not_problems: Vec::new(),
            errors_seen: 0,
            slow: Vec::new(),
        }
    }

    fn pass(&mut self, rule: &'static str, detail: impl Into<String>) {
        self.outcomes.insert(rule, (Verdict::Passed, detail.into()));
    }

    fn fail(&mut self, rule: &'static str, detail: impl Into<String>) {
        self.outcomes.insert(rule, (Verdict::Failed, detail.into()));
    }

    fn skip(&mut self, rule: &'static str, detail: impl Into<String>) {
        self.outcomes
            .insert(rule, (Verdict::Skipped, detail.into()));
    }

    /// Sends `request` (named `what` in the report) within the timeout.
    async fn send(&mut self, what: &str, request: reqwest::RequestBuilder) -> Option<Answer> {
        let timeout = self.target.timeout;
        let response = match request.timeout(timeout).send().await {
            Ok(response) => response,
            Err(error) if error.is_timeout() => {
                self.slow.push(format!(
                    "{what}: no answer within {} ms",
                    timeout.as_millis()
                ));
                return None;
            }
            Err(error) => {
                self.slow
                    .push(format!("{what}: no answer ({})", error.without_url()));
                return None;
            }
        };
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let body = match response.bytes().await {
            Ok(bytes) => bytes.iter().take(MAX_ANSWER).copied().collect(),
            Err(_) => Vec::new(),
        };
        if status >= 400 {
            self.errors_seen += 1;
            let problem: Option<Problem> = serde_json::from_slice(&body).ok();
            let why = if !content_type.starts_with(PROBLEM_JSON) {
                Some(format!(
                    "Content-Type `{content_type}`, not `{PROBLEM_JSON}`"
                ))
            } else {
                match problem {
                    None => Some("a body that is not a problem (type, title, status)".into()),
                    Some(p) if p.status != status => {
                        Some(format!("`status` {} in the body", p.status))
                    }
                    Some(_) => None,
                }
            };
            if let Some(why) = why {
                self.not_problems.push(format!("{what} ({status}): {why}"));
            }
        }
        Some(Answer { status, body })
    }

    fn post(&self, operation: &str, key: Option<&str>) -> reqwest::RequestBuilder {
        let url = submit_url(&self.target.base, &self.target.agency, operation);
        let mut request = self
            .client
            .post(url)
            .header(CALLBACK_URL, self.callbacks.url());
        if let Some(key) = key {
            request = request.header(IDEMPOTENCY_KEY, key);
        }
        request
    }

    fn submission() -> serde_json::Value {
        serde_json::to_value(Submission {
            reference: "VV-CONFORMANCE".into(),
            service: SERVICE.into(),
            payload: serde_json::json!({}),
            dependencies: BTreeMap::new(),
        })
        .unwrap_or_default()
    }

    fn new_key() -> String {
        format!("{KEY_PREFIX}{}:{SERVICE}", crate::ids::random_hex(16))
    }

    pub(super) async fn run(&mut self) -> Vec<RuleOutcome> {
        let operation = self.target.operation.clone();
        match self.tokens.bearer(&operation).await {
            Ok(token) => {
                let key = Self::new_key();
                // Reports are kept only when they can be checked (a callback key).
                if self.target.callback_key.is_some() {
                    self.callbacks.expect(&key).await;
                }
                let case = self.idempotency(&token, &key).await;
                self.auth(case.as_deref()).await;
                self.limits(&token).await;
                self.unknown_operation().await;
                self.status_shape(case.as_deref()).await;
                self.callback(&key, case.as_deref()).await;
            }
            Err(why) => {
                for rule in RULES {
                    self.skip(rule, format!("no token for `{operation}`: {why}"));
                }
                return self.outcomes();
            }
        }
        match (self.errors_seen, self.not_problems.is_empty()) {
            (0, _) => self.skip("problem-details", "no error answer was seen"),
            (seen, true) => self.pass(
                "problem-details",
                format!("all {seen} error answers were problem details"),
            ),
            (_, false) => {
                let detail = self.not_problems.join("; ");
                self.fail("problem-details", detail)
            }
        }
        if self.slow.is_empty() {
            let ms = self.target.timeout.as_millis();
            self.pass("timeout", format!("every answer came within {ms} ms"));
        } else {
            let detail = self.slow.join("; ");
            self.fail("timeout", detail);
        }
        self.outcomes()
    }

    fn outcomes(&self) -> Vec<RuleOutcome> {
        RULES
            .iter()
            .map(|rule| {
                let (verdict, detail) = self
                    .outcomes
                    .get(rule)
                    .cloned()
                    .unwrap_or((Verdict::Skipped, "not tried".into()));
                RuleOutcome {
                    rule: (*rule).into(),
                    verdict,
                    detail,
                }
            })
            .collect()
    }
}
