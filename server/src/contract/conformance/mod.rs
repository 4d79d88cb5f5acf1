//! The conformance kit: the contract's behavioural rules tried against an agency's service, each
//! with a verdict and what was seen, for a vendor to act on. `server conformance` runs it from a
//! terminal (with its own listener for callbacks, `listener::listen`); an agency admin's "test
//! connection" runs it over the connector in force, with callbacks coming to the portal's own
//! endpoint, on whichever instance, and kept in the database for the kit (`reports`).
//!
//! The rules (`rules.rs`), by id:
//! - `idempotency`: the same `Idempotency-Key` twice gives the same case (201 or 200, a plain case
//!   number); a call without the key is 400;
//! - `auth`: no token, or a wrong one, is 401 or 403, on submit and on status;
//! - `body-limit`: a body over 1 MiB is 413;
//! - `malformed-body`: a body that is not JSON is 400;
//! - `unknown-operation`: an operation the agency does not have is 404;
//! - `problem-details`: every error answer is `application/problem+json` with its own status;
//! - `status-shape`: the case's status answers the documented shape and words; an unknown case
//!   is 404;
//! - `timeout`: every answer comes within the connector's timeout;
//! - `callback-signature`: a status report about the call arrives, signed as documented, and
//!   sound.

pub mod cli;
pub mod listener;
pub mod portal;
pub mod reports;
mod rules;

use app::pages::admin::model::{RuleOutcome, Verdict};
use std::time::Duration;

/// Every rule, in the order they are reported.
pub const RULES: [&str; 9] = [
    "idempotency",
    "auth",
    "body-limit",
    "malformed-body",
    "unknown-operation",
    "status-shape",
    "callback-signature",
    "problem-details",
    "timeout",
];

/// The keys of the kit's calls start so: the portal hands their callbacks to the kit, not to
/// the outbox.
pub const KEY_PREFIX: &str = "conformance-";
/// The service the kit's submissions name.
pub const SERVICE: &str = "veiviser-conformance";
/// An operation no agency has.
pub const UNKNOWN_OPERATION: &str = "veiviser-conformance-unknown";

/// The service to try.
#[derive(Clone, Debug)]
pub struct Target {
    /// The base address, as a connector holds it (`https://agency.example`).
    pub base: String,
    pub agency: String,
    /// An operation the agency has (the kit makes one case there).
    pub operation: String,
    /// How long an answer may take.
    pub timeout: Duration,
    /// How long to wait for the status report.
    pub callback_wait: Duration,
    /// The agency's callback key; without it the signature is not checked.
    pub callback_key: Option<String>,
}

/// Where the kit gets its bearer tokens (a static one, or the connector's Maskinporten).
#[async_trait::async_trait]
pub trait Tokens: Send + Sync {
    /// A token for `operation` (`cases` for status).
    async fn bearer(&self, operation: &str) -> Result<String, String>;
}

/// One token for everything (`--token`).
pub struct StaticToken(pub String);

#[async_trait::async_trait]
impl Tokens for StaticToken {
    async fn bearer(&self, _operation: &str) -> Result<String, String> {
        Ok(self.0.clone())
    }
}

/// A status report as it arrived: its headers and raw body.
#[derive(Clone, Debug)]
pub struct Heard {
    pub timestamp: Option<String>,
    pub signature: Option<String>,
    pub body: Vec<u8>,
}

/// Where status reports about the kit's call arrive.
#[async_trait::async_trait]
pub trait Callbacks: Send + Sync {
    /// The address the agency is told to send them to.
    fn url(&self) -> String;
    /// Reports about `call` are to be kept (said before the call is made).
    async fn expect(&self, call: &str);
    /// The first report about `call`, waiting at most `wait`.
    async fn heard(&self, call: &str, wait: Duration) -> Option<Heard>;
}

/// Tries every rule against `target`; one outcome per rule, in `RULES` order.
pub async fn run(
    client: &reqwest::Client,
    target: &Target,
    tokens: &dyn Tokens,
    callbacks: &dyn Callbacks,
) -> Vec<RuleOutcome> {
    let mut kit = rules::Kit::new(client, target, tokens, callbacks);
    kit.run().await
}

/// The first operation `catalog`'s journeys call at `agency`: the one the kit tries.
pub fn first_operation(
    catalog: &app::journey::Catalog,
    agency: app::journey::Agency,
) -> Option<String> {
    catalog
        .journeys()
        .iter()
        .filter_map(|meta| catalog.definition(&meta.id.to_string()))
        .flat_map(|journey| journey.services.iter())
        .find(|service| service.agency == agency)
        .map(|service| service.operation.clone())
}

/// How many rules failed.
pub fn failures(outcomes: &[RuleOutcome]) -> usize {
    outcomes
        .iter()
        .filter(|o| o.verdict == Verdict::Failed)
        .count()
}
