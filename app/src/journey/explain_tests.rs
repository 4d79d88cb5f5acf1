//! "Why is this shown?" on a small journey written for the tests: each shape of condition in
//! plain words, the answers that make the simple ones true, and the steps and fields that are
//! always shown.

use super::{
    condition::parse,
    date::Period,
    explain::{
        explain, why_shown, why_shown_field, Clause, Explanation, Operand, TrueWhen, MESSAGE_IDS,
    },
    Catalog, Journey,
};

pub(super) const JOURNEY: &str = r#"[journey]
id = "t"
order = 1
owner = "nav"
security_level = "substantial"
version = 1
agencies = ["nav"]

[[step]]
id = "start"

[[step.field]]
id = "birth_date"
type = "date"
required = true

[[step.field]]
id = "takes_part"
type = "yes_no"
required = true

[[step.field]]
id = "role"
type = "one_of"
options = ["mother", "father", "co-mother"]
required = true

[[step.field]]
id = "needs"
type = "many_of"
options = ["diet", "wheelchair"]

[[step.field]]
id = "partner_pid"
type = "identity_number"
show_if = "takes_part == true"

[[step.next]]
step = "last"
if = "takes_part == false"

[[step]]
id = "middle"
show_if = "birth_date > today - 6m"

[[step.field]]
id = "income"
type = "number"

[[step]]
id = "last"

[[step.field]]
id = "done"
type = "yes_no"
"#;

pub(super) fn journey() -> Journey {
    let catalog = Catalog::parse([("t.toml", JOURNEY)]).unwrap_or_else(|e| panic!("{e:#?}"));
    Journey::clone(catalog.definition("t").expect("journey t"))
}

fn explained(condition: &str) -> Explanation {
    explain(&journey(), &parse(condition).expect("a valid condition"))
}

fn field(id: &str) -> Operand {
    Operand::Field {
        id: id.into(),
        label_id: format!("t-{id}"),
    }
}

fn message(id: &str) -> Operand {
    Operand::Message(id.into())
}

fn answers(field: &str, answers: &[&str], ticked: bool) -> TrueWhen {
    TrueWhen {
        field: field.into(),
        label_id: format!("t-{field}"),
        answers: answers.iter().map(|a| a.to_string()).collect(),
        ticked,
    }
}

fn compare(left: Operand, op: &'static str, right: Operand) -> Clause {
    Clause::Compare { left, op, right }
}

#[test]
fn a_yes_no_comparison_names_the_field_label_and_yes() {
    let e = explained("takes_part == true");
    assert_eq!(
        e.clause,
        compare(field("takes_part"), "explain-op-eq", message("answer-yes"))
    );
    assert_eq!(
        e.true_when,
        Some(vec![answers("takes_part", &["answer-yes"], false)])
    );
}

#[test]
fn a_yes_no_field_not_equal_to_yes_is_true_when_answered_no() {
    let e = explained("takes_part != true");
    assert_eq!(
        e.true_when,
        Some(vec![answers("takes_part", &["answer-no"], false)])
    );
}

#[test]
fn a_choice_in_a_list_names_each_option_label() {
    let e = explained(r#"role in ["father", "co-mother"]"#);
    assert_eq!(
        e.clause,
        Clause::OneOf {
            left: field("role"),
            options: vec![message("t-role-father"), message("t-role-co-mother")],
        }
    );
    assert_eq!(
        e.true_when,
        Some(vec![answers(
            "role",
            &["t-role-father", "t-role-co-mother"],
            false
        )])
    );
}

#[test]
fn a_choice_equal_or_not_equal_lists_the_options_that_make_it_true() {
    assert_eq!(
        explained(r#"role == "mother""#).true_when,
        Some(vec![answers("role", &["t-role-mother"], false)])
    );
    assert_eq!(
        explained(r#""mother" != role"#).true_when,
        Some(vec![answers(
            "role",
            &["t-role-father", "t-role-co-mother"],
            false
        )])
    );
}

#[test]
fn an_option_in_a_many_of_field_is_true_when_ticked() {
    let e = explained(r#""wheelchair" in needs"#);
    assert_eq!(
        e.clause,
        Clause::Ticked {
            field: field("needs"),
            option: message("t-needs-wheelchair"),
        }
    );
    assert_eq!(
        e.true_when,
        Some(vec![answers("needs", &["t-needs-wheelchair"], true)])
    );
}

#[test]
fn an_and_of_two_is_all_of_both_and_needs_both_answers() {
    let e = explained(r#"takes_part == true and role == "father""#);
    assert_eq!(
        e.clause,
        Clause::All(vec![
            compare(field("takes_part"), "explain-op-eq", message("answer-yes")),
            compare(field("role"), "explain-op-eq", message("t-role-father")),
        ])
    );
    assert_eq!(
        e.true_when,
        Some(vec![
            answers("takes_part", &["answer-yes"], false),
            answers("role", &["t-role-father"], false),
        ])
    );
}

#[test]
fn a_chain_of_or_reads_as_one_list_and_is_left_to_the_words() {
    let e = explained(r#"role == "mother" or role == "father" or takes_part == false"#);
    let Clause::Any(parts) = &e.clause else {
        panic!("expected any of: {:?}", e.clause)
    };
    assert_eq!(parts.len(), 3);
    assert_eq!(e.true_when, None);
}

#[test]
fn a_not_wraps_the_condition_it_denies() {
    let e = explained("not (takes_part == true)");
    assert_eq!(
        e.clause,
        Clause::Not(Box::new(compare(
            field("takes_part"),
            "explain-op-eq",
            message("answer-yes")
        )))
    );
    assert_eq!(e.true_when, None);
}

#[test]
fn a_date_after_today_minus_six_months_reads_as_after_and_lists_no_answers() {
    let e = explained("birth_date > today - 6m");
    assert_eq!(
        e.clause,
        compare(
            field("birth_date"),
            "explain-op-after",
            Operand::Shifted {
                base: Box::new(Operand::Today),
                period: Period::Months(-6),
            }
        )
    );
    assert_eq!(e.true_when, None);
}

#[test]
fn numbers_and_two_fields_compared_are_left_to_the_words() {
    let e = explained("income >= 100");
    assert_eq!(
        e.clause,
        compare(field("income"), "explain-op-ge", Operand::Number(100))
    );
    assert_eq!(e.true_when, None);
    assert_eq!(explained("takes_part == done").true_when, None);
}

#[test]
fn every_operator_and_value_id_handed_out_is_listed() {
    for condition in [
        "income < 1",
        "income <= 1",
        "income > 1",
        "income >= 1",
        "income != 1",
        "birth_date < today",
        "birth_date <= today",
        "birth_date >= today + 1y",
        "done == false",
    ] {
        let Clause::Compare { op, right, .. } = explained(condition).clause else {
            panic!("{condition}: not a comparison")
        };
        assert!(MESSAGE_IDS.contains(&op), "{condition}: {op}");
        if let Operand::Message(id) = right {
            assert!(MESSAGE_IDS.contains(&id.as_str()), "{condition}: {id}");
        }
    }
}

#[test]
fn a_step_without_show_if_that_going_on_reaches_is_always_shown() {
    let journey = journey();
    assert_eq!(why_shown(&journey, 0), None);
}

#[test]
fn a_conditional_step_explains_its_show_if_and_the_branch_that_jumps_past_it() {
    let journey = journey();
    let why = why_shown(&journey, 1).expect("the middle step is conditional");
    assert_eq!(why.shown_if, Some(explained("birth_date > today - 6m")));
    assert_eq!(why.passed_by.len(), 1);
    assert_eq!(why.passed_by[0].from_title_id, "t-step-start");
    assert_eq!(
        why.passed_by[0].condition,
        Some(explained("takes_part == false"))
    );
    assert!(why.only_through.is_empty());
}

#[test]
fn a_step_that_going_on_reaches_is_always_shown_even_when_a_branch_also_leads_there() {
    let journey = journey();
    assert_eq!(why_shown(&journey, 2), None);
}

/// Four steps: `a` branches to `c` when `go` is yes; `b` always branches to `d`, so going on in
/// order never reaches `c`.
const ONLY_THROUGH: &str = r#"[journey]
id = "u"
order = 1
owner = "nav"
security_level = "substantial"
version = 1
agencies = ["nav"]

[[step]]
id = "a"

[[step.field]]
id = "go"
type = "yes_no"
required = true

[[step.next]]
step = "c"
if = "go == true"

[[step]]
id = "b"

[[step.field]]
id = "why"
type = "text"

[[step.next]]
step = "d"

[[step]]
id = "c"

[[step.field]]
id = "what"
type = "text"

[[step]]
id = "d"

[[step.field]]
id = "end"
type = "yes_no"
"#;

pub(super) fn only_through() -> Journey {
    let catalog = Catalog::parse([("u.toml", ONLY_THROUGH)]).unwrap_or_else(|e| panic!("{e:#?}"));
    Journey::clone(catalog.definition("u").expect("journey u"))
}

#[test]
fn a_step_reached_only_through_a_branch_names_the_branch_and_its_condition() {
    let journey = only_through();
    let why = why_shown(&journey, 2).expect("c is reached only through a's branch");
    assert_eq!(why.shown_if, None);
    assert_eq!(why.only_through.len(), 1);
    let branch = &why.only_through[0];
    assert_eq!((branch.from, branch.to), (0, 2));
    assert_eq!(branch.from_title_id, "u-step-a");
    let condition = branch.condition.as_ref().expect("a conditional branch");
    assert_eq!(
        condition.true_when,
        Some(vec![TrueWhen {
            field: "go".into(),
            label_id: "u-go".into(),
            answers: vec!["answer-yes".into()],
            ticked: false,
        }])
    );
    // Its field is shown only with it.
    assert!(why_shown_field(&journey, "what").is_some());
}

#[test]
fn a_field_with_show_if_explains_it_and_a_plain_field_on_an_always_shown_step_is_none() {
    let journey = journey();
    let why = why_shown_field(&journey, "partner_pid").expect("conditional field");
    assert_eq!(why.shown_if, Some(explained("takes_part == true")));
    assert_eq!(why.step_shown_if, None);
    assert_eq!(why_shown_field(&journey, "role"), None);
}

#[test]
fn a_plain_field_on_a_conditional_step_is_shown_with_its_step() {
    let journey = journey();
    let why = why_shown_field(&journey, "income").expect("its step is conditional");
    assert_eq!(why.shown_if, None);
    assert_eq!(
        why.step_shown_if,
        Some(explained("birth_date > today - 6m"))
    );
}
