//! The agency interface, version 1: what an agency's service implements for Veiviser to call it
//! (`POST /v1/{agency}/{operation}` to submit, `GET /v1/{agency}/cases/{case}` for a case's
//! status) and what Veiviser offers agencies (`POST /v1/agency-callbacks`, signed status
//! reports). The bodies (`types`), the errors as problem details (`problem`), the OpenAPI 3.1
//! document made from these types and the handlers (`openapi`, served at `/v1/openapi.json` and
//! kept in `docs/agency-api-v1.openapi.json`), and the conformance kit that tries an agency's
//! service against the contract (`conformance`, `server conformance`). A later version lives
//! beside this one under its own prefix.

pub mod agency;
pub mod conformance;
pub mod openapi;
mod problem;
mod types;

pub use problem::{Problem, PROBLEM_JSON};
pub use types::{PolledStatus, Receipt, StatusReport, Submission};

/// The version in every path of this contract.
pub const VERSION: &str = "v1";
/// Where agencies send status reports, on Veiviser's public address.
pub const CALLBACK_PATH: &str = "/v1/agency-callbacks";
/// Where Veiviser serves this contract.
pub const OPENAPI_PATH: &str = "/v1/openapi.json";
/// The largest submission Veiviser sends; an agency answers a larger body 413.
pub const MAX_SUBMISSION_BYTES: usize = 1024 * 1024;
/// The largest status report Veiviser reads; a larger one is answered 413.
pub const MAX_CALLBACK_BYTES: usize = 16 * 1024;
/// The header naming a call, the same on every retry of it.
pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";
/// The header telling the agency where to send status reports about the call.
pub const CALLBACK_URL: &str = "x-veiviser-callback-url";

/// `POST` here to submit a call: `<base>/v1/<agency>/<operation>`.
pub fn submit_url(base: &str, agency: &str, operation: &str) -> String {
    format!("{base}/{VERSION}/{agency}/{operation}")
}

/// `GET` here for a case's status: `<base>/v1/<agency>/cases/<case>`.
pub fn case_url(base: &str, agency: &str, case: &str) -> String {
    format!("{base}/{VERSION}/{agency}/cases/{case}")
}
