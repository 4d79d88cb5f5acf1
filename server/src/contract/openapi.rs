//! The contract as an OpenAPI 3.1 document, made from the types and handlers themselves (utoipa):
//! the two operations an agency implements (`agency`), Veiviser's callback endpoint (its real
//! handler, `agencies::callbacks::receive`), the bodies, the problem details, the status
//! vocabulary, and the two security schemes — the agency's bearer token and Veiviser's
//! signature, with a worked example. Served at `/v1/openapi.json`; `server openapi` prints it,
//! and `docs/agency-api-v1.openapi.json` is that output (a test holds the two equal).

use super::{agency, PolledStatus, Problem, Receipt, StatusReport, Submission};
use crate::{agencies::signature, state::AppState};
use axum::{extract::State, response::IntoResponse, Json};
use utoipa::{
    openapi::{
        security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme},
        server::{ServerBuilder, ServerVariableBuilder},
        OpenApi as Document,
    },
    Modify, OpenApi,
};

/// The example callback's key, time and body, signed in the document.
pub const EXAMPLE_KEY: &str = "example-callback-key";
pub const EXAMPLE_TIMESTAMP: i64 = 1_764_494_100;
pub const EXAMPLE_BODY: &str = r#"{"call":"9f86d081884c7d659a2feaa0c55ad015:child-benefit","agency":"nav","case_number":"NAV-4f2a9c1b7e3d","status":"approved","reported_at":"2026-11-30T09:15:00Z"}"#;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Veiviser agency interface",
        version = "1.0.0",
        description = "How an agency's service and Veiviser talk. Veiviser calls the agency \
            (tag `agency`: submit a call, ask a case's status) at the agency's base address, \
            and the agency reports back to Veiviser (tag `veiviser`: signed status reports). \
            Every call has an `Idempotency-Key` that is the same on every retry and names one \
            case for ever. Statuses are `received`, `in-progress`, `needs-information`, \
            `approved` and `rejected`. Errors in both directions are RFC 9457 problem details \
            (`application/problem+json`). Run `server conformance --agency <base>` to try a \
            service against this contract.",
        license(name = "MIT")
    ),
    paths(agency::submit, agency::case_status, crate::agencies::callbacks::receive),
    components(schemas(Submission, Receipt, PolledStatus, StatusReport, Problem)),
    tags(
        (name = "agency", description = "What an agency's service implements, at its own base address (`agencyBase`)."),
        (name = "veiviser", description = "What Veiviser offers agencies, at Veiviser's address."),
    ),
    modifiers(&Schemes)
)]
struct Contract;

struct Schemes;

impl Modify for Schemes {
    fn modify(&self, document: &mut Document) {
        let components = document.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "agencyBearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "The agency's static token, or a Maskinporten access token whose scope \
                         is `<agency>:<operation>` (`<agency>:cases` for status). A missing or \
                         wrong token is 401, a token without the scope 403.",
                    ))
                    .build(),
            ),
        );
        let example = signature::sign(EXAMPLE_KEY, EXAMPLE_TIMESTAMP, EXAMPLE_BODY.as_bytes());
        components.add_security_scheme(
            "veiviserSignature",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                "X-Veiviser-Signature".to_string(),
                format!(
                    "Lowercase hex HMAC-SHA256, under the agency's own callback key, of \
                     `<X-Veiviser-Timestamp>.<the raw body>`. Example: key `{EXAMPLE_KEY}`, \
                     timestamp `{EXAMPLE_TIMESTAMP}`, body `{EXAMPLE_BODY}` give `{example}`."
                ),
            ))),
        );
        components.add_security_scheme(
            "veiviserTimestamp",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                "X-Veiviser-Timestamp",
                "Unix seconds when the report was signed; more than 300 s from Veiviser's \
                 clock is refused (401).",
            ))),
        );
        // The agency's operations are at its own base address, not Veiviser's.
        let agency_base = ServerBuilder::new()
            .url("{agencyBase}")
            .description(Some(
                "The agency's base address, as its connector in Veiviser says.",
            ))
            .parameter(
                "agencyBase",
                ServerVariableBuilder::new().default_value("https://agency.example"),
            )
            .build();
        for (path, item) in document.paths.paths.iter_mut() {
            if !path.starts_with(super::CALLBACK_PATH) {
                item.servers = Some(vec![agency_base.clone()]);
            }
        }
    }
}

/// The document, with Veiviser's own address as its server.
pub fn document(public_url: &str) -> serde_json::Value {
    let mut document = Contract::openapi();
    document.servers = Some(vec![ServerBuilder::new()
        .url(public_url.trim_end_matches('/'))
        .description(Some("Veiviser"))
        .build()]);
    serde_json::to_value(&document).unwrap_or_default()
}

/// `GET /v1/openapi.json`.
pub async fn serve(State(state): State<AppState>) -> impl IntoResponse {
    Json(document(&state.public_url))
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::CaseStatus;

    /// The address the published copy is made with.
    const PUBLISHED: &str = "https://veiviser.example";

    #[test]
    fn the_published_document_is_the_one_the_code_makes() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../docs/agency-api-v1.openapi.json");
        let published = std::fs::read_to_string(&path).unwrap_or_default();
        let made = serde_json::to_string_pretty(&document(PUBLISHED)).expect("json") + "\n";
        assert!(
            published == made,
            "docs/agency-api-v1.openapi.json is not what the code makes: run \
             `cargo run -p server --bin server -- openapi > docs/agency-api-v1.openapi.json`"
        );
    }

    #[test]
    fn the_document_is_openapi_3_1_with_both_directions_and_the_status_words_of_the_code() {
        let document = document(PUBLISHED);
        assert_eq!(document["openapi"], "3.1.0");
        let paths = document["paths"].as_object().expect("paths");
        for path in [
            "/v1/{agency}/{operation}",
            "/v1/{agency}/cases/{case}",
            super::super::CALLBACK_PATH,
        ] {
            assert!(paths.contains_key(path), "{path}");
        }
        let statuses =
            &document["components"]["schemas"]["StatusReport"]["properties"]["status"]["enum"];
        assert_eq!(
            statuses,
            &serde_json::json!(CaseStatus::ALL.map(CaseStatus::as_str))
        );
        assert_eq!(
            document["paths"]["/v1/{agency}/{operation}"]["servers"][0]["url"],
            "{agencyBase}"
        );
        assert!(document["paths"][super::super::CALLBACK_PATH]
            .get("servers")
            .is_none());
    }

    #[test]
    fn the_documented_signature_example_verifies() {
        let described = document(PUBLISHED)["components"]["securitySchemes"]["veiviserSignature"]
            ["description"]
            .as_str()
            .expect("description")
            .to_string();
        let example = described
            .rsplit("give `")
            .next()
            .and_then(|rest| rest.split('`').next())
            .expect("an example signature");
        assert_eq!(
            signature::verify(
                EXAMPLE_KEY,
                Some(&EXAMPLE_TIMESTAMP.to_string()),
                Some(example),
                EXAMPLE_BODY.as_bytes(),
                EXAMPLE_TIMESTAMP + 10,
            ),
            Ok(())
        );
    }
}
