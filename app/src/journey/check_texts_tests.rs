//! Texts about a field: `show_if_text` (a condition in words) and `about` (what a draft is
//! about), in the test journey and in every shipped one.

use super::{
    check_tests::{answers, one_error, today, JOURNEY},
    flow, Catalog,
};

#[test]
fn show_if_text_needs_a_condition_and_needs_its_message() {
    one_error(
        "id = \"income\"\ntype = \"money\"",
        "id = \"income\"\ntype = \"money\"\nshow_if_text = true",
        42,
        6,
        "`income` has no `show_if`",
    );
    let text = JOURNEY.replace(
        "id = \"other_pid\"\n",
        "id = \"other_pid\"\nshow_if_text = true\n",
    );
    let catalog =
        Catalog::parse([("test.toml", text.as_str())]).unwrap_or_else(|e| panic!("{e:#?}"));
    let journey = catalog.definition("test").expect("test journey");
    let (_, field) = journey.field("other_pid").expect("field");
    assert!(field.show_if_text);
    assert_eq!(journey.show_if_id(field), "test-other_pid-show-if");
    assert!(
        journey
            .messages
            .iter()
            .any(|(id, line, column)| id == "test-other_pid-show-if" && (*line, *column) == (28, 6)),
        "the text is needed in every language, where the field is defined"
    );
    assert!(!journey.field("birth_date").expect("field").1.show_if_text);
}

#[test]
fn about_marks_a_text_field_outside_groups() {
    one_error(
        "id = \"birth_date\"\ntype = \"date\"",
        "id = \"birth_date\"\ntype = \"date\"\nabout = true",
        18,
        6,
        "`about` marks a `text` field",
    );
    one_error(
        "id = \"heir_guardian\"\ntype = \"text\"",
        "id = \"heir_guardian\"\ntype = \"text\"\nabout = true",
        72,
        6,
        "`about` marks a `text` field",
    );
}

#[test]
fn a_draft_is_about_the_shown_answers_of_its_about_fields() {
    let text = JOURNEY.replace(
        "[[step]]\nid = \"about\"\n",
        "[[step]]\nid = \"about\"\n\n[[step.field]]\nid = \"first_name\"\ntype = \"text\"\nabout = true\n\n[[step.field]]\nid = \"last_name\"\ntype = \"text\"\nabout = true\nshow_if = \"answered(first_name)\"\n",
    );
    let catalog =
        Catalog::parse([("test.toml", text.as_str())]).unwrap_or_else(|e| panic!("{e:#?}"));
    let journey = catalog.definition("test").expect("test journey");
    assert_eq!(flow::about(journey, &answers(&[]), today()), None);
    assert_eq!(
        flow::about(
            journey,
            &answers(&[
                ("first_name", "  Lars \t"),
                ("last_name", "Dahl"),
                ("kind", "private")
            ]),
            today()
        )
        .as_deref(),
        Some("Lars Dahl"),
        "the marked answers, in order, spaces tidied"
    );
    assert_eq!(
        flow::about(journey, &answers(&[("last_name", "Dahl")]), today()),
        None,
        "a hidden answer does not count"
    );
    let long = "x".repeat(200);
    let about = flow::about(journey, &answers(&[("first_name", &long)]), today()).expect("about");
    assert_eq!(about.chars().count(), 81, "cut, with an ellipsis");
    assert!(about.ends_with('…'));
}

#[test]
fn every_conditional_field_of_a_shipped_journey_says_in_words_when_it_applies() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../journeys");
    let mut sources = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("journeys") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).expect("read");
            sources.push((path.display().to_string(), text));
        }
    }
    let catalog = Catalog::parse(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        .unwrap_or_else(|e| panic!("{e:#?}"));
    let mut silent = Vec::new();
    let mut about = Vec::new();
    for journey in catalog.definitions() {
        fn walk<'a>(fields: &'a [super::Field], out: &mut Vec<&'a super::Field>) {
            for field in fields {
                out.push(field);
                walk(&field.fields, out);
            }
        }
        let mut fields = Vec::new();
        for step in &journey.steps {
            walk(&step.fields, &mut fields);
        }
        silent.extend(
            fields
                .iter()
                .filter(|f| f.show_if.is_some() && !f.show_if_text)
                .map(|f| format!("{}: {}", journey.meta.id, f.id)),
        );
        if journey.has_steps() && !fields.iter().any(|f| f.about) {
            about.push(journey.meta.id.to_string());
        }
    }
    assert!(
        silent.is_empty(),
        "conditional fields without show_if_text: {silent:#?}"
    );
    assert!(
        about.is_empty(),
        "journeys whose drafts say nothing about what they are about: {about:?}"
    );
}
