//! Parties: the checker's rules for `[[party]]` (each error with its line and column), the
//! applicant's walk that never includes a party's steps, and who takes part on given answers.

use super::{
    flow::{self, Answers, Participant},
    model::PartyTask,
    Answer, Catalog, CatalogError, Date, Journey,
};

const JOURNEY: &str = r#"[journey]
id = "par"
order = 1
owner = "nav"
security_level = "substantial"
version = 1
agencies = ["nav"]

[[step]]
id = "family"

[[step.field]]
id = "together"
type = "yes_no"
required = true

[[step.field]]
id = "other_pid"
type = "identity_number"
required = true
show_if = "together == true"

[[step.field]]
id = "heirs"
type = "group"
min = 0
max = 5

[[step.field.field]]
id = "heir_pid"
type = "identity_number"
required = true

[[step]]
id = "other-answers"
party = "other"

[[step.field]]
id = "other_agrees"
type = "yes_no"
required = true

[[service]]
id = "benefit"
agency = "nav"
operation = "child-benefit"
payload = { together = "together" }

[[party]]
id = "other"
person = "other_pid"
if = "together == true"
task = "answer"
show = ["together"]

[[party]]
id = "heirs"
person = "heirs.heir_pid"
task = "consent"
deadline_days = 7
"#;

fn journey() -> Journey {
    let catalog = Catalog::parse([("par.toml", JOURNEY)]).unwrap_or_else(|e| panic!("{e:#?}"));
    Journey::clone(catalog.definition("par").expect("par"))
}

fn one_error(from: &str, to: &str, line: usize, column: usize, needle: &str) {
    assert_eq!(JOURNEY.matches(from).count(), 1, "`{from}` must be unique");
    let errors: Vec<CatalogError> =
        Catalog::parse([("par.toml", JOURNEY.replace(from, to).as_str())])
            .expect_err("should be refused");
    assert!(
        errors
            .iter()
            .any(|e| e.line == line && e.column == column && e.message.contains(needle)),
        "expected {line}:{column} `{needle}`, got {errors:#?}"
    );
}

fn pid(name: &str) -> String {
    // Valid synthetic numbers (month + 80).
    let first_nine = if name == "a" { "158585" } else { "029183" };
    (100..999)
        .find_map(|i| super::IdentityNumber::with_check_digits(&format!("{first_nine}{i}")))
        .expect("a valid number")
        .as_str()
        .to_string()
}

#[test]
fn the_fixture_checks_and_declares_its_parties() {
    let journey = journey();
    assert_eq!(journey.parties.len(), 2);
    assert_eq!(journey.parties[0].task, PartyTask::Answer);
    assert_eq!(journey.parties[1].deadline_days, 7);
    assert_eq!(journey.parties[0].deadline_days, 14);
    assert!(journey
        .messages
        .iter()
        .any(|(id, _, _)| id == "par-party-other"));
}

#[test]
fn the_applicants_walk_never_includes_a_partys_step() {
    let journey = journey();
    let mut answers = Answers::default();
    answers.set("together", Answer::Text("yes".into()));
    answers.set("other_pid", Answer::Text(pid("a")));
    let today = Date::parse_iso("2026-11-30").expect("date");
    let walked = flow::walk(&journey, &answers, today);
    let ids: Vec<&str> = walked
        .path
        .iter()
        .map(|i| journey.steps[*i].id.as_str())
        .collect();
    assert_eq!(ids, ["family"]);
    assert_eq!(flow::first_incomplete_step(&journey, &answers, today), None);
}

#[test]
fn participants_are_named_by_the_answers_once_each_and_only_when_their_party_takes_part() {
    let journey = journey();
    let today = Date::parse_iso("2026-11-30").expect("date");
    let item = |pid: &str| {
        let mut item = Answers::default();
        item.set("heir_pid", Answer::Text(pid.into()));
        item
    };
    let mut answers = Answers::default();
    answers.set("together", Answer::Text("yes".into()));
    answers.set("other_pid", Answer::Text(pid("a")));
    answers.set(
        "heirs",
        Answer::Items(vec![item(&pid("b")), item(&pid("b")), item("not a number")]),
    );
    let found = flow::participants(&journey, &answers, today);
    let expected = |party: &str, pid: String| Participant {
        party: party.into(),
        pid,
    };
    assert_eq!(
        found,
        [expected("other", pid("a")), expected("heirs", pid("b"))]
    );
    // Not together: the other parent takes no part, and their number is not even shown.
    answers.set("together", Answer::Text("no".into()));
    let found = flow::participants(&journey, &answers, today);
    assert_eq!(found, [expected("heirs", pid("b"))]);
}

#[test]
fn a_party_named_by_an_answer_that_may_be_absent_is_an_error_at_its_person() {
    one_error(
        "if = \"together == true\"\ntask = \"answer\"",
        "task = \"answer\"",
        51,
        10,
        "`other_pid` may be absent when party `other` takes part",
    );
}

#[test]
fn a_party_named_by_something_else_than_an_identity_number_is_refused() {
    one_error(
        "person = \"other_pid\"",
        "person = \"together\"",
        51,
        10,
        "must be an identity_number field",
    );
    one_error(
        "person = \"heirs.heir_pid\"",
        "person = \"heirs.nobody\"",
        58,
        10,
        "unknown field `heirs.nobody`",
    );
}

#[test]
fn unknown_tasks_parties_and_steps_out_of_place_are_errors() {
    one_error(
        "task = \"consent\"",
        "task = \"sign\"",
        59,
        8,
        "unknown task `sign`",
    );
    one_error(
        "party = \"other\"\n",
        "party = \"others\"\n",
        36,
        9,
        "unknown party `others`",
    );
    one_error(
        "task = \"consent\"\ndeadline_days = 7",
        "task = \"consent\"\ndeadline_days = 0",
        60,
        17,
        "deadline_days is 1 to 90",
    );
    one_error(
        "payload = { together = \"together\" }",
        "payload = { agrees = \"other_agrees\" }",
        47,
        22,
        "answered by party `other`",
    );
    let applicant_after = JOURNEY.replace("[[service]]", "[[step]]\nid = \"late\"\n\n[[service]]");
    let errors = Catalog::parse([("par.toml", applicant_after.as_str())]).expect_err("refused");
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("comes after a party's step")),
        "{errors:#?}"
    );
}
