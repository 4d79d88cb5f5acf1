//! The small journey the checker and navigation tests (`check_*_tests.rs`) are written against,
//! their helpers, and the shipped journeys; each of these passes the checker.

use super::{flow::Answers, Answer, Catalog, CatalogError, Date, Journey};

pub(super) const JOURNEY: &str = r#"[journey]
id = "test"
order = 1
owner = "nav"
security_level = "substantial"
version = 1
agencies = ["nav", "domstol"]

[[prefill]]
register = "folkeregisteret"
lookup = "heirs"
fill = { heirs = "items", heir_pid = "pid" }

[[step]]
id = "about"

[[step.field]]
id = "birth_date"
type = "date"
required = true

[[step.field]]
id = "other_parent"
type = "yes_no"
required = true

[[step.field]]
id = "other_pid"
type = "identity_number"
required = true
show_if = "other_parent == true"

[[step.next]]
step = "settlement"
if = "birth_date < today - 18y"

[[step]]
id = "benefit"
show_if = "other_parent == false"

[[step.field]]
id = "income"
type = "money"
min = 0

[[step]]
id = "settlement"

[[step.field]]
id = "kind"
type = "one_of"
options = ["private", "public"]
required = true

[[step.field]]
id = "heirs"
type = "group"
min = 1
max = 3

[[step.field.field]]
id = "heir_pid"
type = "identity_number"
required = true

[[step.field.field]]
id = "heir_relation"
type = "one_of"
options = ["child", "spouse"]

[[step.field.field]]
id = "heir_guardian"
type = "text"
required = true
show_if = "heir_relation == \"child\""

[[service]]
id = "probate"
agency = "domstol"
operation = "probate"
[service.payload]
kind = "kind"
heirs = "heirs"
other = "other_pid?"

[[service]]
id = "pension"
agency = "nav"
operation = "survivors-pension"
if = "other_parent == true"
after = ["probate"]
[service.payload]
other = "other_pid"
"#;

pub(super) fn journey() -> Journey {
    let catalog = Catalog::parse([("test.toml", JOURNEY)]).unwrap_or_else(|e| panic!("{e:#?}"));
    Journey::clone(catalog.definition("test").expect("test journey"))
}

pub(super) fn errors_of(text: &str) -> Vec<CatalogError> {
    Catalog::parse([("test.toml", text)]).expect_err("should be refused")
}

/// Replaces `from` (which must occur once) and returns the one error, checking its place.
pub(super) fn one_error(from: &str, to: &str, line: usize, column: usize, needle: &str) {
    assert_eq!(
        JOURNEY.matches(from).count(),
        1,
        "`{from}` must be unique in the fixture"
    );
    let text = JOURNEY.replace(from, to);
    let errors = errors_of(&text);
    assert!(
        errors
            .iter()
            .any(|e| e.line == line && e.column == column && e.message.contains(needle)),
        "expected {line}:{column} `{needle}`, got {errors:#?}"
    );
}

pub(super) fn today() -> Date {
    Date::parse_iso("2026-11-22").expect("date")
}

pub(super) fn answers(pairs: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::default();
    for (k, v) in pairs {
        answers.set(k, Answer::Text(v.to_string()));
    }
    answers
}

#[test]
fn the_fixture_is_valid_and_lists_its_messages() {
    let journey = journey();
    assert_eq!(journey.steps.len(), 3);
    let ids: Vec<&str> = journey
        .messages
        .iter()
        .map(|(id, _, _)| id.as_str())
        .collect();
    for id in [
        "test-needs",
        "test-step-about",
        "test-birth_date",
        "test-kind-private",
        "test-heirs-item",
        "test-heir_relation-spouse",
        "test-service-probate",
        "test-service-pension",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let (_, line, column) = journey
        .messages
        .iter()
        .find(|(id, _, _)| id == "test-kind-public")
        .expect("option message");
    assert_eq!(
        (*line, *column),
        (50, 6),
        "a message is needed where its field is defined"
    );
}

/// The journeys in `journeys/`, checked.
pub(super) fn shipped() -> Catalog {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../journeys");
    let files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("journeys dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).expect("read"),
            )
        })
        .collect();
    Catalog::parse(files.iter().map(|(n, t)| (n.as_str(), t.as_str()))).unwrap_or_else(|e| {
        panic!(
            "{}",
            e.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

#[test]
fn the_shipped_journeys_pass_the_checker() {
    let catalog = shipped();
    for id in [
        "fa-barn",
        "dodsfall-og-arv",
        "miste-jobb",
        "alvorlig-sykt-barn",
        "ny-i-norge",
    ] {
        let journey = catalog.definition(id).expect(id);
        assert!(journey.steps.len() >= 4, "{id} is authored");
        assert!(
            journey.steps.iter().any(|s| s
                .fields
                .iter()
                .any(|f| matches!(f.kind, super::FieldKind::Group { .. }))),
            "{id} has a repeating group"
        );
        assert!(!journey.services.is_empty(), "{id} sends to agencies");
    }
}

#[test]
fn the_complete_example_in_the_journeys_readme_passes_the_checker() {
    let readme = include_str!("../../../journeys/README.md");
    let example = readme
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the README has a TOML example");
    let catalog = Catalog::parse([("README.md", example)]).unwrap_or_else(|e| panic!("{e:#?}"));
    let journey = catalog.definition("fa-barn").expect("the example journey");
    assert_eq!(journey.steps.len(), 4);
    assert_eq!(journey.services.len(), 1);
}
