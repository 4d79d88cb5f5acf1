//! Services: what a service may map and wait for, and the calls a submission makes with their
//! payloads.

use super::{
    check_tests::{answers, errors_of, journey, one_error, today, JOURNEY},
    flow::{self, Answers},
    Answer,
};

#[test]
fn a_service_mapping_a_field_that_may_be_absent_is_an_error() {
    // `other_pid` is shown only when `other_parent` is yes; `probate` is always sent.
    one_error(
        "other = \"other_pid?\"",
        "other = \"other_pid\"",
        84,
        9,
        "may be absent when `probate` is sent",
    );
    // The pension has the same condition as the field, so it may map it plainly; without it, not.
    one_error(
        "\nif = \"other_parent == true\"\n",
        "\n",
        92,
        9,
        "may be absent when `pension` is sent",
    );
    // An optional answer always may be absent.
    one_error(
        "heirs = \"heirs\"",
        "heirs = \"income\"",
        83,
        9,
        "it is optional",
    );
}

#[test]
fn a_service_mapping_an_unknown_or_inner_field_is_an_error() {
    one_error(
        "kind = \"kind\"",
        "kind = \"kinds\"",
        82,
        8,
        "unknown field `kinds`",
    );
    one_error(
        "heirs = \"heirs\"",
        "heirs = \"heir_pid\"",
        83,
        9,
        "map the group `heirs` as a whole",
    );
}

#[test]
fn services_that_wait_for_each_other_are_an_error() {
    let text = JOURNEY.replace(
        "operation = \"probate\"\n",
        "operation = \"probate\"\nafter = [\"pension\"]\n",
    );
    let errors = errors_of(&text);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("waits for itself")),
        "{errors:#?}"
    );
    one_error(
        "after = [\"probate\"]",
        "after = [\"skifte\"]",
        91,
        10,
        "unknown service `skifte`",
    );
}

#[test]
fn a_submission_calls_the_services_whose_conditions_hold_with_mapped_answers() {
    let journey = journey();
    let mut answers = answers(&[
        ("birth_date", "01.01.2026"),
        ("other_parent", "no"),
        ("kind", "private"),
        ("income", "1 000"),
    ]);
    answers.set(
        "heirs",
        Answer::Items(vec![answers_of(&[
            ("heir_pid", "15858510055"),
            ("heir_relation", "spouse"),
        ])]),
    );
    let calls = flow::service_calls(&journey, &answers, today());
    let ids: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    assert_eq!(ids, ["probate"], "the pension needs the other parent");
    assert_eq!(
        calls[0].payload,
        serde_json::json!({ "kind": "private", "heirs": [{ "heir_pid": "15858510055", "heir_relation": "spouse" }] }),
        "an absent optional answer is left out"
    );
    answers.set("other_parent", Answer::Text("yes".into()));
    answers.set("other_pid", Answer::Text("158585 10055".into()));
    let calls = flow::service_calls(&journey, &answers, today());
    let pension = calls
        .iter()
        .find(|c| c.service == "pension")
        .expect("pension");
    assert_eq!(pension.after, ["probate"]);
    assert_eq!(
        pension.payload,
        serde_json::json!({ "other": "15858510055" }),
        "normalised"
    );
}

fn answers_of(pairs: &[(&str, &str)]) -> Answers {
    answers(pairs)
}
