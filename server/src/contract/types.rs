//! The bodies that cross the agency interface, each with its schema in the OpenAPI document
//! (`ToSchema`): what Veiviser sends an agency (`Submission`), what the agency answers
//! (`Receipt`, `PolledStatus`), and what it reports back (`StatusReport`). The vocabularies — the
//! statuses, the agency ids — are read from the domain types, so the document cannot drift from
//! them.

use app::{domain::CaseStatus, journey::Agency};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::{
    openapi::{
        schema::{ObjectBuilder, Schema, SchemaType, Type},
        RefOr,
    },
    ToSchema,
};

/// A submission's call to an agency's service (`POST /v1/{agency}/{operation}`).
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "reference": "VV-2026-7KQ2M4XD",
    "service": "child-benefit",
    "payload": {"child_pid": "05862650087", "child_name": "Emil Nordmann"},
    "dependencies": {}
}))]
pub struct Submission {
    /// The citizen's submission, as on their receipt.
    pub reference: String,
    /// The journey's service this call is for.
    pub service: String,
    /// The citizen's answers, mapped as the journey says (a journey's own keys). Beside them,
    /// `parties`: each party's answers where a journey has people or organisations besides
    /// the applicant (`[{"party", "pid" or "organisation", "answers"}]`).
    #[schema(value_type = Object)]
    pub payload: serde_json::Value,
    /// The case numbers of the calls this one waited for, by service.
    pub dependencies: BTreeMap<String, String>,
}

/// The agency's answer to a submission: its case number. The same `Idempotency-Key` always
/// gives the same case number.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"case_number": "NAV-4f2a9c1b7e3d"}))]
pub struct Receipt {
    /// 1–64 letters, digits, `-` or `_`; anything else is refused and the call given up.
    #[schema(pattern = "^[A-Za-z0-9_-]{1,64}$")]
    pub case_number: String,
}

impl Receipt {
    /// Whether the case number is a plain identifier Veiviser accepts.
    pub fn is_plain(&self) -> bool {
        !self.case_number.is_empty()
            && self.case_number.len() <= 64
            && self
                .case_number
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    }
}

/// How a case stands, when Veiviser asks (`GET /v1/{agency}/cases/{case}`).
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "status": "in-progress",
    "message": "Saken er under behandling.",
    "reported_at": "2026-11-30T09:15:00Z"
}))]
pub struct PolledStatus {
    #[schema(schema_with = status_schema)]
    pub status: String,
    /// Plain text for the citizen, at most 1000 characters, no control characters but newlines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(max_length = 1000)]
    pub message: Option<String>,
    /// When the agency set the status (RFC 3339), at most five minutes ahead of Veiviser's clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(format = DateTime)]
    pub reported_at: Option<String>,
}

/// A status report an agency sends Veiviser (`POST /v1/agency-callbacks`), signed.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "call": "9f86d081884c7d659a2feaa0c55ad015:child-benefit",
    "agency": "nav",
    "case_number": "NAV-4f2a9c1b7e3d",
    "status": "approved",
    "message": "Barnetrygden er innvilget.",
    "reported_at": "2026-11-30T09:15:00Z"
}))]
pub struct StatusReport {
    /// The `Idempotency-Key` the call came with.
    #[schema(max_length = 200)]
    pub call: String,
    #[schema(schema_with = agency_schema)]
    pub agency: String,
    /// The case number the agency gave the call.
    pub case_number: String,
    #[schema(schema_with = status_schema)]
    pub status: String,
    /// Plain text for the citizen, at most 1000 characters, no control characters but newlines.
    #[serde(default)]
    #[schema(max_length = 1000)]
    pub message: Option<String>,
    /// When the agency changed the status (RFC 3339), at most five minutes ahead of Veiviser's
    /// clock.
    #[schema(format = DateTime)]
    pub reported_at: String,
}

/// The status vocabulary: every `CaseStatus`, in its word.
pub fn status_schema() -> impl Into<RefOr<Schema>> {
    ObjectBuilder::new()
        .schema_type(SchemaType::Type(Type::String))
        .description(Some(
            "received: the agency has the case; in-progress: it is being worked on; \
             needs-information: the agency needs more from the citizen; approved; rejected",
        ))
        .enum_values(Some(CaseStatus::ALL.map(CaseStatus::as_str)))
}

/// The agencies Veiviser knows, by id.
pub fn agency_schema() -> impl Into<RefOr<Schema>> {
    ObjectBuilder::new()
        .schema_type(SchemaType::Type(Type::String))
        .enum_values(Some(Agency::ALL.map(Agency::id)))
}
