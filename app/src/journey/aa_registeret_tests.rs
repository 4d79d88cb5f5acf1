//! The checker and Aa-registeret's look-ups: `employments` gives a list that fills a group,
//! `latest` one record that fills plain fields; an unknown look-up or key is refused at its
//! line and column, as for the other registers.

use super::{Catalog, CatalogError};

const JOURNEY: &str = r#"[journey]
id = "jobb"
order = 1
owner = "nav"
security_level = "substantial"
version = 1
agencies = ["nav"]

[[prefill]]
register = "aa-registeret"
lookup = "employments"
fill = { jobs = "items", job_orgnr = "employer_orgnr", job_end = "end_date", job_percent = "percent" }

[[prefill]]
register = "aa-registeret"
lookup = "latest"
fill = { last_employer = "employer_name", last_kind = "kind" }

[[step]]
id = "work"

[[step.field]]
id = "last_employer"
type = "text"

[[step.field]]
id = "last_kind"
type = "text"

[[step.field]]
id = "jobs"
type = "group"

[[step.field.field]]
id = "job_orgnr"
type = "organisation_number"

[[step.field.field]]
id = "job_end"
type = "date"

[[step.field.field]]
id = "job_percent"
type = "number"
"#;

/// Replaces `from` (once in `fixture`) and expects an error at `line`:`column` saying `needle`.
pub(super) fn refused_in(
    fixture: &str,
    from: &str,
    to: &str,
    line: usize,
    column: usize,
    needle: &str,
) {
    assert_eq!(fixture.matches(from).count(), 1, "`{from}` must be unique");
    let changed = fixture.replace(from, to);
    let errors: Vec<CatalogError> =
        Catalog::parse([("journey.toml", changed.as_str())]).expect_err("should be refused");
    assert!(
        errors
            .iter()
            .any(|e| e.line == line && e.column == column && e.message.contains(needle)),
        "expected {line}:{column} `{needle}`, got {errors:#?}"
    );
}

fn refused_at(from: &str, to: &str, line: usize, column: usize, needle: &str) {
    refused_in(JOURNEY, from, to, line, column, needle);
}

#[test]
fn a_journey_naming_aa_registerets_look_ups_checks() {
    let catalog = Catalog::parse([("jobb.toml", JOURNEY)]).unwrap_or_else(|e| panic!("{e:#?}"));
    let journey = catalog.definition("jobb").expect("jobb");
    let looked_up: Vec<_> = journey
        .prefill
        .iter()
        .map(|p| (p.register.as_str(), p.lookup.as_str()))
        .collect();
    assert_eq!(
        looked_up,
        [
            ("aa-registeret", "employments"),
            ("aa-registeret", "latest")
        ]
    );
}

#[test]
fn an_unknown_look_up_or_key_of_aa_registeret_is_refused_with_its_place() {
    refused_at(
        "lookup = \"latest\"",
        "lookup = \"salary\"",
        16,
        10,
        "`aa-registeret` has no look-up `salary` (employments, latest)",
    );
    refused_at(
        "last_kind = \"kind\"",
        "last_kind = \"salary\"",
        17,
        55,
        "`latest` gives no `salary`",
    );
    refused_at(
        "job_percent = \"percent\"",
        "job_percent = \"stillingsprosent\"",
        12,
        92,
        "`employments` gives no `stillingsprosent`",
    );
    // A list fills a group; one record fills plain fields.
    refused_at(
        "fill = { last_employer = \"employer_name\", last_kind = \"kind\" }",
        "fill = { job_orgnr = \"employer_orgnr\" }",
        17,
        10,
        "`latest` gives one record",
    );
    refused_at(
        "register = \"aa-registeret\"\nlookup = \"latest\"",
        "register = \"aa-register\"\nlookup = \"latest\"",
        15,
        12,
        "unknown register `aa-register` (folkeregisteret, enhetsregisteret, aa-registeret)",
    );
}

#[cfg(feature = "ssr")]
#[test]
fn the_admins_prefill_form_offers_aa_registeret_with_its_look_ups() {
    let registers = crate::journey::check::registers();
    let (_, lookups) = registers
        .iter()
        .find(|(name, _)| *name == "aa-registeret")
        .expect("offered");
    let offered: Vec<_> = lookups.iter().map(|(l, _, list)| (*l, *list)).collect();
    assert_eq!(offered, [("employments", true), ("latest", false)]);
}
