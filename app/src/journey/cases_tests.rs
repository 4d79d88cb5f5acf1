//! Saved test cases (`[[test]]`), as the checker runs them: a case that holds is accepted, and
//! each way one can fail is an error at its place, saying what was expected and what happened.

use super::{
    untrusted_tests::{assert_error_at, errors_of, place_of, HEAD},
    Catalog,
};

/// A small journey: a newborn is named, a benefit asked for (or branched around) and paid.
pub(super) fn journey() -> String {
    format!(
        r#"{HEAD}
[[step]]
id = "child"

[[step.field]]
id = "birth_date"
type = "date"
required = true
not_after = "today"

[[step]]
id = "name"
show_if = "birth_date > today - 6m"

[[step.field]]
id = "first_name"
type = "text"

[[step]]
id = "benefit"

[[step.field]]
id = "apply"
type = "yes_no"
required = true

[[step.field]]
id = "children"
type = "group"

[[step.field.field]]
id = "child_name"
type = "text"

[[step.next]]
step = "done"
if = "apply == false"

[[step]]
id = "account"

[[step.field]]
id = "account_number"
type = "bank_account"

[[step]]
id = "done"

[[step.field]]
id = "notes"
type = "long_text"

[[service]]
id = "name"
agency = "nav"
operation = "name"
if = "birth_date > today - 6m"
[service.payload]
first_name = "first_name?"

[[service]]
id = "benefit"
agency = "nav"
operation = "benefit"
if = "apply == true"
[service.payload]
account = "account_number?"
"#
    )
}

/// A case on [`journey`] that holds: a newborn, applying.
pub(super) const APPLYING: &str = r#"
[[test]]
name = "a newborn applying"
today = "2026-11-29"
path = ["child", "name", "benefit", "account", "done"]
services = ["name", "benefit"]

[test.answers]
birth_date = "today - 10d"
first_name = "Nora"
apply = "yes"
children = [{ child_name = "Emma" }]
account_number = "1234 56 78903"
"#;

pub(super) fn with_case(case: &str) -> String {
    journey() + case
}

#[test]
fn a_case_that_holds_is_accepted() {
    let text = with_case(APPLYING);
    let checked = Catalog::parse([("test.toml", text.as_str())]);
    assert!(checked.is_ok(), "{checked:#?}");
    // A date as a citizen types it, and an ISO day on a case without `today` (2026-06-15).
    let typed = APPLYING.replace("\"today - 10d\"", "\"19.11.2026\"");
    let checked = Catalog::parse([("test.toml", with_case(&typed).as_str())]);
    assert!(checked.is_ok(), "{checked:#?}");
    let iso = APPLYING
        .replace("\"today - 10d\"", "\"2026-06-05\"")
        .replace("today = \"2026-11-29\"\n", "");
    let checked = Catalog::parse([("test.toml", with_case(&iso).as_str())]);
    assert!(checked.is_ok(), "{checked:#?}");
}

#[test]
fn a_wrong_path_is_an_error_at_the_case_naming_expected_and_got() {
    let text =
        with_case(&APPLYING.replace(r#"["child", "name", "benefit""#, r#"["child", "benefit""#));
    let errors = errors_of(&text);
    assert_error_at(
        &errors,
        place_of(&text, "\"a newborn applying\""),
        "test \"a newborn applying\": expected path child → benefit → account → done, \
         got child → name → benefit → account → done (step name is shown: \
         `birth_date > today - 6m` holds)",
    );
    // Answers on a step the path does not name are reported too: the case cannot mean them.
    assert_error_at(
        &errors,
        place_of(&text, "first_name = \"Nora\""),
        "answer first_name is on step name, which this test's path does not reach",
    );
}

#[test]
fn a_path_left_by_a_branch_names_the_branch() {
    let text = with_case(&APPLYING.replace("apply = \"yes\"", "apply = \"no\""));
    let errors = errors_of(&text);
    assert_error_at(
        &errors,
        place_of(&text, "\"a newborn applying\""),
        "expected path child → name → benefit → account → done, got child → name → benefit → \
         done (after step benefit, `apply == false` holds and leads to step done)",
    );
}

#[test]
fn a_missing_and_an_unexpected_service_are_errors_at_the_case() {
    let case = APPLYING
        .replace("apply = \"yes\"", "apply = \"no\"")
        .replace("account_number = \"1234 56 78903\"\n", "")
        .replace(r#""benefit", "account", "done""#, r#""benefit", "done""#)
        .replace(
            r#"services = ["name", "benefit"]"#,
            r#"services = ["benefit"]"#,
        );
    let text = with_case(&case);
    let errors = errors_of(&text);
    let at = place_of(&text, "\"a newborn applying\"");
    assert_error_at(
        &errors,
        at,
        "service benefit is expected but not called (`apply == true` is false)",
    );
    assert_error_at(
        &errors,
        at,
        "service name is called but not expected (`birth_date > today - 6m` holds)",
    );
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn an_answer_a_form_would_refuse_is_an_error_at_its_key() {
    let text = with_case(
        &APPLYING
            .replace("1234 56 78903", "1234 56 78904")
            .replace("\"today - 10d\"", "\"today + 1d\"")
            .replace("apply = \"yes\"", "apply = \"ja\""),
    );
    let errors = errors_of(&text);
    assert_error_at(
        &errors,
        place_of(&text, "account_number = "),
        "answer `account_number` is not a valid `bank_account` answer",
    );
    assert_error_at(
        &errors,
        place_of(&text, "birth_date = "),
        "is after the latest day allowed, 2026-11-29 (error-date-too-late)",
    );
    assert_error_at(&errors, place_of(&text, "apply = "), "error-not-an-option");

    // Inside a group's item, and a date that is not one: at the group, and at the date.
    let text = with_case(
        &APPLYING
            .replace(
                "{ child_name = \"Emma\" }",
                "{ child_name = \"Emma\", age = \"3\" }",
            )
            .replace("\"today - 10d\"", "\"today - 10w\""),
    );
    let errors = errors_of(&text);
    assert_error_at(
        &errors,
        place_of(&text, "children = "),
        "answer `children` item 1: no field `age` in the group's items",
    );
    assert_error_at(
        &errors,
        place_of(&text, "birth_date = "),
        "`today - 10w` is not a date",
    );
}

#[test]
fn an_unknown_field_is_an_error_at_its_key() {
    let text = with_case(&APPLYING.replace(
        "apply = \"yes\"",
        "apply = \"yes\"\nnickname = \"Nono\"\nchild_name = \"Emma\"",
    ));
    let errors = errors_of(&text);
    assert_error_at(
        &errors,
        place_of(&text, "nickname"),
        "test \"a newborn applying\": no field `nickname` in this journey",
    );
    assert_error_at(
        &errors,
        place_of(&text, "child_name = \"Emma\"\n"),
        "`child_name` is a field of a group's items",
    );
}

#[test]
fn an_answer_on_a_step_the_path_does_not_reach_is_an_error_at_its_key() {
    // Born a year ago: the name step is rightly left out, but its answer is still given.
    let case = APPLYING
        .replace("\"today - 10d\"", "\"today - 1y\"")
        .replace(r#"["child", "name", "benefit""#, r#"["child", "benefit""#)
        .replace(
            r#"services = ["name", "benefit"]"#,
            r#"services = ["benefit"]"#,
        );
    let text = with_case(&case);
    let errors = errors_of(&text);
    assert_error_at(
        &errors,
        place_of(&text, "first_name = \"Nora\""),
        "test \"a newborn applying\": answer first_name is on step name, which this test's \
         path does not reach",
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
}

#[test]
fn an_answer_its_own_condition_hides_is_an_error_at_its_key() {
    let text = journey().replacen(
        "id = \"account_number\"\ntype = \"bank_account\"",
        "id = \"account_number\"\ntype = \"bank_account\"\nshow_if = \"count(children) > 1\"",
        1,
    ) + APPLYING;
    let errors = errors_of(&text);
    assert_error_at(
        &errors,
        place_of(&text, "account_number = "),
        "answer account_number is hidden, so not used (`count(children) > 1` is false)",
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
}

#[test]
fn unknown_steps_services_and_days_are_errors_at_their_keys() {
    let text = with_case(
        &APPLYING
            .replace("\"account\", \"done\"]", "\"account\", \"finish\"]")
            .replace(
                r#"["name", "benefit"]"#,
                r#"["name", "benefit", "pension"]"#,
            )
            .replace("\"2026-11-29\"", "\"29.11.2026\""),
    );
    let errors = errors_of(&text);
    assert_error_at(
        &errors,
        place_of(&text, "[\"child\""),
        "no step `finish` in this journey",
    );
    assert_error_at(
        &errors,
        place_of(&text, "[\"name\", \"benefit\", \"pension\"]"),
        "no service `pension` in this journey",
    );
    assert_error_at(
        &errors,
        place_of(&text, "\"29.11.2026\""),
        "`today` is a day, yyyy-mm-dd",
    );
}

#[test]
fn a_change_to_the_journey_turns_a_case_that_held_red() {
    // The name step now only for children born in the last week.
    let text = with_case(APPLYING).replacen(
        "show_if = \"birth_date > today - 6m\"",
        "show_if = \"birth_date > today - 7d\"",
        1,
    );
    let errors = errors_of(&text);
    assert_error_at(
        &errors,
        place_of(&text, "\"a newborn applying\""),
        "got child → benefit → account → done (step name is hidden: \
         `birth_date > today - 7d` is false)",
    );
}

#[test]
fn a_change_to_fa_barn_turns_its_saved_cases_red() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../journeys/fa-barn.toml");
    let shipped = std::fs::read_to_string(path).expect("fa-barn.toml");
    assert_eq!(shipped.matches("\n[[test]]\n").count(), 2);
    assert!(Catalog::parse([("fa-barn.toml", shipped.as_str())]).is_ok());
    // Child benefit now only for married parents: the single parent's case no longer gets it.
    let changed = shipped.replace(
        "\nif = \"apply_child_benefit == true\"",
        "\nif = \"apply_child_benefit == true and parents_relationship == \\\"married\\\"\"",
    );
    assert_ne!(changed, shipped);
    let errors = errors_of(&changed);
    assert_error_at(
        &errors,
        place_of(
            &changed,
            "\"a single parent applying for parental benefit\"",
        ),
        "service child-benefit is expected but not called",
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
}

#[test]
fn the_readme_example_case_holds_on_fa_barn() {
    let readme = include_str!("../../../journeys/README.md");
    let section = &readme[readme.find("## Saved test cases").expect("the section")..];
    let example = section
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the section has a TOML example");
    let fa_barn = include_str!("../../../journeys/fa-barn.toml").to_string() + example;
    let checked = Catalog::parse([("fa-barn.toml", fa_barn.as_str())]);
    assert!(checked.is_ok(), "{checked:#?}");
}

#[test]
fn an_address_and_a_choice_of_many_are_written_as_tables_and_lists() {
    let text = format!(
        r#"{HEAD}
[[step]]
id = "home"

[[step.field]]
id = "address"
type = "address"

[[step.field]]
id = "needs"
type = "many_of"
options = ["ramp", "lift"]

[[test]]
name = "a home with a ramp"
path = ["home"]
services = []
answers = {{ address = {{ street = "Storgata 1", postcode = "0155", city = "Oslo" }}, needs = ["ramp"] }}
"#
    );
    let checked = Catalog::parse([("test.toml", text.as_str())]);
    assert!(checked.is_ok(), "{checked:#?}");
    let wrong = text
        .replace("\"0155\"", "\"155\"")
        .replace("[\"ramp\"]", "\"ramp\"");
    let errors = errors_of(&wrong);
    assert_error_at(
        &errors,
        place_of(&wrong, "address = "),
        "answer `address` is not a valid `address` answer (error-postcode)",
    );
    assert_error_at(
        &errors,
        place_of(&wrong, "needs = "),
        "answer `needs` must be written as a list of option ids",
    );
}
