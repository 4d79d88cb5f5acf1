//! The comparison of journey versions, on a small journey written for the tests: each test
//! states an old and a new version (the base journey, and the base with one edit) and asserts
//! what an admin or a citizen is told.

mod diff;
mod impact;
mod migrate;
mod shipped;
mod text;

use crate::journey::{Answer, Answers, Catalog, Date, Journey};

/// Four steps: about (a name, a yes/no that shows a partner's number), work (a choice and a
/// group of children), partner (shown only with a partner) and contact.
const BASE: &str = r#"[journey]
id = "cmp"
order = 1
owner = "nav"
security_level = "substantial"
version = 1
agencies = ["nav"]

[[prefill]]
register = "folkeregisteret"
lookup = "spouse"
fill = { partner_pid = "pid" }

[[step]]
id = "about"

[[step.field]]
id = "name"
type = "text"
required = true
max_length = 100

[[step.field]]
id = "has_partner"
type = "yes_no"
required = true

[[step.field]]
id = "partner_pid"
type = "identity_number"
show_if = "has_partner == true"

[[step]]
id = "work"

[[step.field]]
id = "employment"
type = "one_of"
options = ["employed", "self-employed", "student"]
required = true

[[step.field]]
id = "children"
type = "group"
min = 0
max = 5

[[step.field.field]]
id = "child_name"
type = "text"
required = true
max_length = 100

[[step]]
id = "partner"
show_if = "has_partner == true"

[[step.field]]
id = "partner_income"
type = "money"
min = 0

[[step]]
id = "contact"

[[step.field]]
id = "email"
type = "email"

[[service]]
id = "benefit"
agency = "nav"
operation = "apply"
[service.payload]
name = "name"
employment = "employment"
"#;

fn parse(text: &str) -> Journey {
    let catalog = Catalog::parse([("cmp.toml", text)]).unwrap_or_else(|e| panic!("{e:#?}"));
    Journey::clone(catalog.definition("cmp").expect("the cmp journey"))
}

fn base() -> Journey {
    parse(BASE)
}

/// The base journey with `from` (which must occur once) replaced by `to`.
fn edited(from: &str, to: &str) -> Journey {
    assert_eq!(BASE.matches(from).count(), 1, "`{from}` must be unique");
    parse(&BASE.replace(from, to))
}

/// The base journey with each `(from, to)` edit made in turn.
fn edited_all(edits: &[(&str, &str)]) -> Journey {
    let mut text = BASE.to_string();
    for (from, to) in edits {
        assert_eq!(text.matches(from).count(), 1, "`{from}` must be unique");
        text = text.replace(from, to);
    }
    parse(&text)
}

fn today() -> Date {
    Date::parse_iso("2026-11-29").expect("a date")
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::default();
    for (id, text) in pairs {
        answers.set(id, Answer::Text(text.to_string()));
    }
    answers
}

/// A draft that has passed the about and work steps with a partner and one child.
fn draft_with_partner() -> Answers {
    let mut draft = answers(&[
        ("name", "Kari Nordmann"),
        ("has_partner", "yes"),
        ("employment", "student"),
    ]);
    draft.set(
        "children",
        Answer::Items(vec![answers(&[("child_name", "Ola")])]),
    );
    draft
}
