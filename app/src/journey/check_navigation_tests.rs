//! Navigation on the test journey: the path the answers take, hidden answers, each problem
//! named with its form field, group items, and a tampered form refused whole.

use super::{
    check_tests::{answers, journey, today},
    flow::{self, Shown},
    Answer,
};

#[test]
fn the_path_follows_the_branches_the_answers_take() {
    let journey = journey();
    // A young child, the other parent takes part: `benefit` is skipped by its own condition.
    let young = answers(&[("birth_date", "01.01.2026"), ("other_parent", "yes")]);
    assert_eq!(flow::walk(&journey, &young, today()).path, [0, 2]);
    // The other parent does not take part: `benefit` is shown.
    let alone = answers(&[("birth_date", "01.01.2026"), ("other_parent", "no")]);
    assert_eq!(flow::walk(&journey, &alone, today()).path, [0, 1, 2]);
    assert_eq!(flow::next_step(&journey, 0, &alone, today()), Some(1));
    assert_eq!(flow::previous_step(&journey, 2, &alone, today()), Some(1));
    // An adult: the branch jumps from `about` to `settlement` even without the other parent.
    let adult = answers(&[("birth_date", "01.01.2000"), ("other_parent", "no")]);
    assert_eq!(flow::walk(&journey, &adult, today()).path, [0, 2]);
}

#[test]
fn hidden_answers_are_not_kept_checked_or_shown() {
    let journey = journey();
    let mut answers = answers(&[
        ("birth_date", "01.01.2026"),
        ("other_parent", "no"),
        ("other_pid", "bad"),
    ]);
    answers.set("income", Answer::Text("1 000".into()));
    let walk = flow::walk(&journey, &answers, today());
    assert!(
        walk.shown.get("other_pid").is_none(),
        "hidden: not submitted"
    );
    assert!(
        flow::validate_step(&journey, 0, &answers, today()).is_empty(),
        "hidden: not checked"
    );
    let summary = flow::summary(&journey, &answers, today());
    assert!(summary
        .iter()
        .all(|s| s.rows.iter().all(|r| r.field != "other_pid")));
    let income = summary[1]
        .rows
        .iter()
        .find(|r| r.field == "income")
        .expect("income row");
    assert_eq!(income.value, Shown::Plain("1\u{a0}000 kr".into()));
}

#[test]
fn validation_names_each_problem_with_its_form_field() {
    let journey = journey();
    let answers = answers(&[("other_parent", "yes"), ("other_pid", "12345")]);
    let errors = flow::validate_step(&journey, 0, &answers, today());
    let found: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.name.as_str(), e.problem.message_id()))
        .collect();
    assert_eq!(
        found,
        [
            ("birth_date", "error-required"),
            ("other_pid", "error-identity-number-length")
        ]
    );
}

#[test]
fn group_items_are_read_checked_and_counted() {
    let journey = journey();
    let pairs: Vec<(String, String)> = [
        ("csrf_token", "x"),
        ("a.kind", "private"),
        ("a.heirs.0._", ""),
        ("a.heirs.0.heir_pid", "15858510055"),
        ("a.heirs.0.heir_relation", "child"),
        ("a.heirs.1._", ""),
        ("a.heirs.1.heir_relation", "spouse"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let answers = flow::read_step_form(&journey, 2, &pairs).expect("a valid form");
    let Some(Answer::Items(items)) = answers.get("heirs") else {
        panic!("items: {answers:?}")
    };
    assert_eq!(items.len(), 2);
    let errors = flow::validate_step(&journey, 2, &answers, today());
    let names: Vec<&str> = errors.iter().map(|e| e.name.as_str()).collect();
    // The child needs a guardian; the spouse has no identity number; the spouse needs no guardian.
    assert_eq!(names, ["heirs.0.heir_guardian", "heirs.1.heir_pid"]);
}

#[test]
fn a_tampered_or_oversized_form_is_refused_whole() {
    let journey = journey();
    let post = |pairs: &[(&str, &str)]| {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        flow::read_step_form(&journey, 0, &pairs)
    };
    assert_eq!(
        post(&[("a.income", "5")]),
        Err(flow::FormError::UnknownField("income".into()))
    );
    assert_eq!(
        post(&[("a.birth_date.x", "5")]),
        Err(flow::FormError::UnknownField("birth_date.x".into()))
    );
    assert_eq!(
        post(&[("a.birth_date", "1"), ("a.birth_date", "2")]),
        Err(flow::FormError::Repeated("birth_date".into()))
    );
    let long = "x".repeat(10_001);
    assert_eq!(
        post(&[("a.birth_date", long.as_str())]),
        Err(flow::FormError::Oversized("birth_date".into()))
    );
    assert!(post(&[("a.birth_date", "01.01.2026"), ("csrf_token", "t")]).is_ok());
}
