//! Static errors in the test journey's steps, fields, conditions, types and prefill, each
//! asserted with its line and column, as an author would see it.

use super::check_tests::{errors_of, one_error, JOURNEY};

#[test]
fn an_unknown_field_in_a_condition_is_an_error_at_its_name() {
    one_error(
        "if = \"birth_date < today - 18y\"",
        "if = \"birth_dato < today - 18y\"",
        35,
        7,
        "unknown field `birth_dato`",
    );
}

#[test]
fn a_type_mismatch_in_a_condition_names_both_types() {
    one_error(
        "if = \"birth_date < today - 18y\"",
        "if = \"birth_date < 18\"",
        35,
        18,
        "cannot compare a date with a number",
    );
}

#[test]
fn an_option_a_one_of_does_not_have_is_an_error() {
    one_error(
        r#"show_if = "heir_relation == \"child\"""#,
        r#"show_if = "heir_relation == \"barn\"""#,
        75,
        26,
        "no option \"barn\"",
    );
}

#[test]
fn a_duplicate_field_id_is_an_error_at_the_second_one() {
    one_error(
        "id = \"income\"",
        "id = \"birth_date\"",
        42,
        6,
        "used twice",
    );
}

#[test]
fn a_duplicate_step_id_is_an_error() {
    one_error(
        "id = \"benefit\"",
        "id = \"about\"",
        38,
        6,
        "step id `about` is used twice",
    );
}

#[test]
fn a_condition_reading_a_later_answer_is_a_cycle() {
    one_error(
        "show_if = \"other_parent == false\"",
        "show_if = \"kind == \\\"private\\\"\"",
        39,
        12,
        "answers flow forward",
    );
    // A field cannot depend on itself either.
    one_error(
        "show_if = \"other_parent == true\"",
        "show_if = \"other_pid == \\\"x\\\"\"",
        31,
        12,
        "answers flow forward",
    );
}

#[test]
fn a_branch_backwards_is_a_cycle() {
    one_error(
        "step = \"settlement\"",
        "step = \"about\"",
        34,
        8,
        "would make a cycle",
    );
}

#[test]
fn a_branch_to_an_unknown_step_is_an_error() {
    one_error(
        "step = \"settlement\"",
        "step = \"oppgjor\"",
        34,
        8,
        "unknown step `oppgjor`",
    );
}

#[test]
fn a_step_no_path_reaches_is_an_error() {
    // Every path jumps from `about` straight to `settlement`.
    one_error(
        "if = \"birth_date < today - 18y\"",
        "if = \"true\"",
        38,
        6,
        "never reached",
    );
    // A step whose condition can never hold.
    one_error(
        "show_if = \"other_parent == false\"",
        "show_if = \"other_parent == false and other_parent == true\"",
        38,
        6,
        "never shown",
    );
}

#[test]
fn a_required_field_hidden_on_every_path_is_an_error() {
    one_error(
        "show_if = \"other_parent == true\"",
        "show_if = \"not answered(other_parent) and other_parent == true\"",
        28,
        6,
        "hidden on every path",
    );
}

#[test]
fn unknown_types_agencies_and_prefill_look_ups_are_errors() {
    one_error(
        "type = \"money\"",
        "type = \"kroner\"",
        43,
        8,
        "unknown field type `kroner`",
    );
    one_error(
        "agency = \"nav\"",
        "agency = \"politiet\"",
        88,
        10,
        "unknown agency `politiet`",
    );
    one_error(
        "lookup = \"heirs\"",
        "lookup = \"arvinger\"",
        11,
        10,
        "no look-up `arvinger`",
    );
    one_error(
        "heir_pid = \"pid\"",
        "heir_pid = \"pin\"",
        12,
        38,
        "gives no `pin`",
    );
    // A list fills a group and its own fields; one record fills plain fields.
    one_error(
        "lookup = \"heirs\"",
        "lookup = \"deceased\"",
        12,
        10,
        "`deceased` gives one record",
    );
    one_error(
        "fill = { heirs = \"items\", heir_pid = \"pid\" }",
        "fill = { heir_pid = \"pid\" }",
        11,
        10,
        "gives a list: fill a group",
    );
    one_error(
        "fill = { heirs = \"items\", heir_pid = \"pid\" }",
        "fill = { heirs = \"items\", birth_date = \"pid\" }",
        12,
        27,
        "`birth_date` is not the group `heirs` or one of its fields",
    );
    // A list fills one group: a second `= "items"` is refused, not silently left empty.
    let two_groups = JOURNEY
        .replace(
            "id = \"birth_date\"\ntype = \"date\"",
            "id = \"birth_date\"\ntype = \"group\"",
        )
        .replace(
            "fill = { heirs = \"items\", heir_pid = \"pid\" }",
            "fill = { heirs = \"items\", birth_date = \"items\", heir_pid = \"pid\" }",
        );
    let errors = errors_of(&two_groups);
    assert!(
        errors
            .iter()
            .any(|e| e.line == 12 && e.message.contains("is not the group")),
        "{errors:#?}"
    );
}

#[test]
fn an_unknown_key_is_refused_by_the_parser_with_its_place() {
    let text = JOURNEY.replace(
        "required = true\nshow_if = \"other_parent == true\"",
        "required = true\nvisible_if = \"x\"",
    );
    let errors = errors_of(&text);
    assert_eq!((errors[0].line, errors[0].column), (31, 1), "{errors:#?}");
    assert!(errors[0].message.contains("visible_if"), "{errors:#?}");
}

#[test]
fn every_error_in_a_file_is_reported_at_once() {
    let text = JOURNEY
        .replace("type = \"money\"", "type = \"kroner\"")
        .replace("agency = \"nav\"", "agency = \"politiet\"");
    assert!(errors_of(&text).len() >= 2);
}
