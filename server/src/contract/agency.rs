//! What an agency's service implements, as the contract describes it: these functions are never
//! routed in the portal (the agencies serve them; the simulator is one such service), they carry
//! the operations' descriptions for the OpenAPI document.

#![allow(dead_code)]

use super::{PolledStatus, Problem, Receipt, Submission};

/// Submit a call: the agency makes a case, or finds the one it made for this key.
#[utoipa::path(
    post,
    path = "/v1/{agency}/{operation}",
    tag = "agency",
    operation_id = "submit",
    description = "Veiviser delivers a submission's call to the agency's service. The same \
        `Idempotency-Key` always names the same call: the agency answers it with the same case \
        number, 201 when it made the case and 200 when it had it (a retry after a timeout is \
        normal). Veiviser retries network errors, timeouts, 408, 429 and 5xx with backoff; any \
        other 4xx, or an answer that is not a `Receipt`, gives the call up at once (an operator \
        sees it and may send it again). Errors are problem details. An agency answers within \
        its connector's timeout (10 s unless configured).",
    params(
        ("agency" = String, Path, description = "The agency's id (`nav`, `skatteetaten`, …)."),
        ("operation" = String, Path, description = "The service: a journey's `operation` for this agency; an unknown one is 404."),
        ("Idempotency-Key" = String, Header, description = "The call's id, at most 200 characters, the same on every retry. Required: 400 without it."),
        ("X-Veiviser-Callback-Url" = String, Header, description = "Where to send status reports about the case (`POST`, signed; see the callback operation)."),
    ),
    request_body(content = Submission, content_type = "application/json", description = "At most 1 MiB; a larger body is 413."),
    responses(
        (status = 201, description = "The case was made.", body = Receipt),
        (status = 200, description = "The key was seen before: the same case.", body = Receipt),
        (status = 400, description = "No `Idempotency-Key`, or a body that is not JSON.", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No bearer token, or one the agency does not accept.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A token without the scope `<agency>:<operation>`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such operation at this agency.", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is over 1 MiB.", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The agency cannot take it now; Veiviser tries again later.", body = Problem, content_type = "application/problem+json"),
    ),
    security(("agencyBearer" = []))
)]
fn submit(_submission: Submission) {}

/// A case's status, when Veiviser asks (after a quiet spell with no status report).
#[utoipa::path(
    get,
    path = "/v1/{agency}/cases/{case}",
    tag = "agency",
    operation_id = "caseStatus",
    description = "How the case stands. Veiviser asks when it has heard nothing for a while; a \
        status it has seen is not stored twice. The token's scope is `<agency>:cases`.",
    params(
        ("agency" = String, Path, description = "The agency's id."),
        ("case" = String, Path, description = "The case number the agency gave the call."),
    ),
    responses(
        (status = 200, description = "The case's status.", body = PolledStatus),
        (status = 401, description = "No bearer token, or one the agency does not accept.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case at this agency.", body = Problem, content_type = "application/problem+json"),
    ),
    security(("agencyBearer" = []))
)]
fn case_status() -> PolledStatus {
    unreachable!("described, not served")
}
