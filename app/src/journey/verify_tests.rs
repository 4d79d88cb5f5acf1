//! Register checks of answers (`verify`): the checker takes `name-free` on a text field and
//! `known-person` on an identity number, refuses anything else at its place, and the engine
//! names the answers the server is to check — shown, answered and sound in themselves.

use super::{
    flow::{self, ToVerify},
    model::Verify,
    Answer, Answers, Catalog, Date,
};

const JOURNEY: &str = r#"[journey]
id = "firma"
order = 1
owner = "brreg"
security_level = "substantial"
version = 1
agencies = ["brreg"]

[[step]]
id = "business"

[[step.field]]
id = "name"
type = "text"
verify = "name-free"

[[step.field]]
id = "has_board"
type = "yes_no"

[[step.field]]
id = "board"
type = "group"
show_if = "has_board == true"

[[step.field.field]]
id = "member_pid"
type = "identity_number"
verify = "known-person"
"#;

fn refused_at(from: &str, to: &str, line: usize, column: usize, needle: &str) {
    super::aa_registeret_tests::refused_in(JOURNEY, from, to, line, column, needle);
}

#[test]
fn the_checks_are_read_onto_their_fields() {
    let catalog = Catalog::parse([("firma.toml", JOURNEY)]).expect("valid");
    let journey = catalog.definition("firma").expect("firma");
    assert_eq!(
        journey.any_field("name").and_then(|f| f.verify),
        Some(Verify::NameFree)
    );
    assert_eq!(
        journey.any_field("member_pid").and_then(|f| f.verify),
        Some(Verify::KnownPerson)
    );
    assert_eq!(journey.any_field("has_board").and_then(|f| f.verify), None);
}

#[test]
fn an_unknown_check_or_one_on_the_wrong_type_is_refused_at_its_place() {
    refused_at(
        "verify = \"name-free\"",
        "verify = \"name-taken\"",
        15,
        10,
        "unknown check `name-taken` (name-free, known-person)",
    );
    refused_at(
        "verify = \"known-person\"",
        "verify = \"name-free\"",
        29,
        10,
        "`verify = \"name-free\"` is for a `text` field",
    );
}

fn answers(name: &str, board: Option<&[&str]>) -> Answers {
    let mut answers = Answers::default();
    answers.set("name", Answer::Text(name.into()));
    if let Some(pids) = board {
        answers.set("has_board", Answer::Text("yes".into()));
        let items = pids
            .iter()
            .map(|pid| {
                let mut item = Answers::default();
                item.set("member_pid", Answer::Text((*pid).into()));
                item
            })
            .collect();
        answers.set("board", Answer::Items(items));
    } else {
        answers.set("has_board", Answer::Text("no".into()));
    }
    answers
}

fn to_verify(answers: &Answers) -> Vec<ToVerify> {
    let catalog = Catalog::parse([("firma.toml", JOURNEY)]).expect("valid");
    let journey = catalog.definition("firma").expect("firma");
    let today = Date::new(2026, 6, 15).expect("a day");
    let walked = flow::walk(journey, answers, today);
    flow::to_verify(journey, 0, &walked, today)
}

#[test]
fn only_answers_that_are_shown_given_and_sound_are_checked() {
    let checked = to_verify(&answers(
        "  Fjordlys AS ",
        Some(&["0181901 0001", "123", ""]),
    ));
    assert_eq!(
        checked,
        vec![
            ToVerify {
                name: "name".into(),
                field: "name".into(),
                check: Verify::NameFree,
                value: "Fjordlys AS".into(),
            },
            ToVerify {
                name: "board.0.member_pid".into(),
                field: "member_pid".into(),
                check: Verify::KnownPerson,
                value: "01819010001".into(),
            },
        ]
    );
    // The board hidden (no board), and no name: nothing to ask the registers.
    let hidden = to_verify(&answers("", None));
    assert!(hidden.is_empty(), "{hidden:?}");
}
