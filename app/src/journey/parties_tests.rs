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
        organisation: None,
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

/// The fixture with an organisation that confirms, without blocking, when the couple is
/// together: its own step, and a service that waits for its answer and carries it.
fn with_organisation(party: &str, service: &str) -> String {
    let step = "[[step]]\nid = \"confirm\"\nparty = \"clinic\"\n\n[[step.field]]\nid = \"confirms\"\ntype = \"yes_no\"\nrequired = true\n\n";
    JOURNEY.replacen("[[service]]", &format!("{step}[[service]]"), 1)
        + "\n[[party]]\nid = \"clinic\"\n"
        + party
        + "\n[[service]]\nid = \"confirmation\"\nagency = \"nav\"\noperation = \"confirmation\"\n"
        + service
        + "\n"
}

const CLINIC: &str =
    "organisation = \"helse\"\nblocking = false\ntask = \"answer\"\nif = \"together == true\"";
const CARRIES: &str = "party = \"clinic\"";

fn parse(text: &str) -> Result<Journey, Vec<CatalogError>> {
    Catalog::parse([("par.toml", text)]).map(|c| Journey::clone(c.definition("par").expect("par")))
}

fn refused(text: &str, needle: &str) {
    let errors = parse(text).expect_err("should be refused");
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains(needle) && e.line > 0),
        "expected `{needle}`, got {errors:#?}"
    );
}

#[test]
fn an_organisation_that_does_not_block_takes_part_and_only_its_service_waits_for_it() {
    let journey = parse(&with_organisation(CLINIC, CARRIES)).unwrap_or_else(|e| panic!("{e:#?}"));
    let clinic = journey.party("clinic").expect("clinic");
    assert_eq!(clinic.organisation, Some(super::Agency::Helse));
    assert!(!clinic.blocking);
    assert!(journey.party("other").expect("other").blocking);
    let today = Date::parse_iso("2026-11-30").expect("date");
    let mut answers = Answers::default();
    answers.set("together", Answer::Text("yes".into()));
    answers.set("other_pid", Answer::Text(pid("a")));
    answers.set("heirs", Answer::Items(Vec::new()));
    let found = flow::participants(&journey, &answers, today);
    assert!(found.contains(&Participant {
        party: "clinic".into(),
        pid: String::new(),
        organisation: Some(super::Agency::Helse),
    }));
    let services = |answers: &Answers| -> Vec<String> {
        flow::service_calls(&journey, answers, today)
            .into_iter()
            .map(|c| c.service)
            .collect()
    };
    assert_eq!(services(&answers), ["benefit", "confirmation"]);
    // Not together: the clinic takes no part, so nothing waits for its answer.
    answers.set("together", Answer::Text("no".into()));
    assert_eq!(services(&answers), ["benefit"]);
    assert!(!flow::participants(&journey, &answers, today)
        .iter()
        .any(|p| p.party == "clinic"));
}

#[test]
fn an_organisation_party_is_refused_when_unknown_ambiguous_or_not_carried() {
    refused(
        &with_organisation(&CLINIC.replace("helse", "hospital"), CARRIES),
        "unknown agency `hospital`",
    );
    refused(
        &with_organisation(&format!("person = \"other_pid\"\n{CLINIC}"), CARRIES),
        "is a `person` or an `organisation`, not both",
    );
    refused(
        &with_organisation(&CLINIC.replace("organisation = \"helse\"\n", ""), CARRIES),
        "needs a `person` (an identity-number answer) or an `organisation`",
    );
    refused(
        &with_organisation(CLINIC, ""),
        "party `clinic` does not block, so a service must carry its answer",
    );
    refused(
        &with_organisation(&CLINIC.replace("blocking = false\n", ""), CARRIES),
        "party `clinic` blocks the whole submission",
    );
    refused(
        &with_organisation(CLINIC, "party = \"clinics\""),
        "unknown party `clinics`",
    );
}
