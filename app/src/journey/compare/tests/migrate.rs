//! A draft moved to a new version: what it keeps, what it leaves behind and why, and what the
//! citizen is told (only about steps their answers reach).

use super::{answers, base, draft_with_partner, edited, edited_all, today};
use crate::journey::{
    compare::{migrate, DropReason, Dropped, Notice},
    Answer,
};

const NEW_PHONE: (&str, &str) = (
    "id = \"email\"\ntype = \"email\"\n",
    "id = \"email\"\ntype = \"email\"\n\n[[step.field]]\nid = \"phone\"\ntype = \"phone\"\n",
);
const NEW_PARTNER_JOB: (&str, &str) = (
    "id = \"partner_income\"\ntype = \"money\"\nmin = 0\n",
    "id = \"partner_income\"\ntype = \"money\"\nmin = 0\n\n[[step.field]]\nid = \"partner_job\"\ntype = \"text\"\nmax_length = 50\n",
);

fn new_question(step: usize, step_id: &str, field_id: &str) -> Notice {
    Notice::NewQuestion {
        step,
        step_id: step_id.into(),
        field_id: field_id.into(),
    }
}

fn no_longer_fits(field_id: &str, problem: &str) -> Dropped {
    Dropped {
        field_id: field_id.into(),
        reason: DropReason::NoLongerFits {
            problem: problem.into(),
        },
    }
}

#[test]
fn answers_that_still_fit_are_all_kept() {
    let draft = draft_with_partner();
    let migration = migrate(&base(), &edited_all(&[NEW_PHONE]), &draft, today());
    assert_eq!(migration.answers, draft);
    assert_eq!(migration.dropped, vec![]);
}

#[test]
fn the_same_version_keeps_everything_and_says_nothing() {
    let draft = draft_with_partner();
    let migration = migrate(&base(), &base(), &draft, today());
    assert_eq!(migration.answers, draft);
    assert_eq!((migration.dropped, migration.notices), (vec![], vec![]));
}

#[test]
fn a_removed_fields_answer_is_dropped_and_the_citizen_told() {
    let mut draft = draft_with_partner();
    draft.set("email", Answer::Text("kari@example.no".into()));
    let new = edited("[[step.field]]\nid = \"email\"\ntype = \"email\"\n", "");
    let migration = migrate(&base(), &new, &draft, today());
    assert_eq!(migration.answers.get("email"), None);
    assert_eq!(migration.answers.get("name"), draft.get("name"));
    assert_eq!(
        migration.dropped,
        vec![Dropped {
            field_id: "email".into(),
            reason: DropReason::FieldRemoved,
        }]
    );
    assert!(migration.notices.contains(&Notice::AnswerRemoved {
        field_id: "email".into()
    }));
}

#[test]
fn a_choice_whose_option_was_removed_is_dropped() {
    let draft = answers(&[
        ("name", "Kari"),
        ("has_partner", "no"),
        ("employment", "self-employed"),
    ]);
    let new = edited(
        r#"options = ["employed", "self-employed", "student"]"#,
        r#"options = ["employed", "student"]"#,
    );
    let migration = migrate(&base(), &new, &draft, today());
    assert_eq!(
        migration.dropped,
        vec![no_longer_fits("employment", "error-not-an-option")]
    );
    assert_eq!(
        migration.answers,
        answers(&[("name", "Kari"), ("has_partner", "no")])
    );
}

#[test]
fn a_text_longer_than_a_new_max_length_is_dropped_a_shorter_one_kept() {
    let new = edited(
        "id = \"name\"\ntype = \"text\"\nrequired = true\nmax_length = 100",
        "id = \"name\"\ntype = \"text\"\nrequired = true\nmax_length = 5",
    );
    let long = migrate(
        &base(),
        &new,
        &answers(&[("name", "Kari Nordmann")]),
        today(),
    );
    assert_eq!(long.dropped, vec![no_longer_fits("name", "error-too-long")]);
    let short = migrate(&base(), &new, &answers(&[("name", "Kari")]), today());
    assert_eq!(short.answers, answers(&[("name", "Kari")]));
}

#[test]
fn a_group_items_answer_that_no_longer_fits_is_dropped_from_the_item_alone() {
    let new = edited(
        "id = \"child_name\"\ntype = \"text\"\nrequired = true\nmax_length = 100",
        "id = \"child_name\"\ntype = \"text\"\nrequired = true\nmax_length = 2",
    );
    let migration = migrate(&base(), &new, &draft_with_partner(), today());
    assert_eq!(
        migration.answers.get("children"),
        Some(&Answer::Items(vec![Default::default()])),
        "the item stays, without the answer that no longer fits"
    );
    assert_eq!(
        migration.dropped,
        vec![no_longer_fits("child_name", "error-too-long")]
    );
}

#[test]
fn a_group_with_more_items_than_its_new_max_is_dropped_fewer_than_its_new_min_kept() {
    let mut draft = draft_with_partner();
    let child = answers(&[("child_name", "Ola")]);
    draft.set(
        "children",
        Answer::Items(vec![child.clone(), child.clone(), child]),
    );
    let at_most_two = edited("min = 0\nmax = 5", "min = 0\nmax = 2");
    let migration = migrate(&base(), &at_most_two, &draft, today());
    assert_eq!(
        migration.dropped,
        vec![no_longer_fits("children", "error-too-many-items")]
    );
    let at_least_four = edited("min = 0\nmax = 5", "min = 4\nmax = 5");
    let migration = migrate(&base(), &at_least_four, &draft, today());
    assert_eq!(migration.answers.get("children"), draft.get("children"));
    assert_eq!(migration.dropped, vec![]);
}

#[test]
fn an_answer_already_wrong_under_an_unchanged_field_is_kept_as_typed() {
    let draft = answers(&[("email", "not an address")]);
    let migration = migrate(&base(), &edited_all(&[NEW_PHONE]), &draft, today());
    assert_eq!(migration.answers, draft);
    assert_eq!(migration.dropped, vec![]);
}

#[test]
fn a_new_question_is_noticed_only_on_a_step_the_citizen_reaches() {
    let new = edited_all(&[NEW_PHONE, NEW_PARTNER_JOB]);
    // Without a partner the partner step is hidden: the walk is about, work, contact.
    let alone = answers(&[("name", "Kari"), ("has_partner", "no")]);
    assert_eq!(
        migrate(&base(), &new, &alone, today()).notices,
        vec![new_question(3, "contact", "phone")]
    );
    // With one, the partner step is third and contact fourth.
    assert_eq!(
        migrate(&base(), &new, &draft_with_partner(), today()).notices,
        vec![
            new_question(3, "partner", "partner_job"),
            new_question(4, "contact", "phone"),
        ]
    );
}

#[test]
fn a_new_question_its_own_condition_hides_is_not_noticed() {
    let new = edited(
        NEW_PHONE.0,
        "id = \"email\"\ntype = \"email\"\n\n[[step.field]]\nid = \"phone\"\ntype = \"phone\"\nshow_if = \"has_partner == true\"\n",
    );
    let alone = answers(&[("name", "Kari"), ("has_partner", "no")]);
    assert_eq!(migrate(&base(), &new, &alone, today()).notices, vec![]);
}

#[test]
fn a_changed_question_is_noticed_only_when_answered() {
    let new = edited(
        r#"options = ["employed", "self-employed", "student"]"#,
        r#"options = ["employed", "self-employed", "student", "retired"]"#,
    );
    let answered = migrate(&base(), &new, &draft_with_partner(), today());
    assert_eq!(
        answered.notices,
        vec![Notice::QuestionChanged {
            step: 2,
            field_id: "employment".into()
        }]
    );
    assert_eq!(answered.answers, draft_with_partner());
    let unanswered = migrate(&base(), &new, &answers(&[("name", "Kari")]), today());
    assert_eq!(unanswered.notices, vec![]);
}

#[test]
fn a_migration_travels_as_json() {
    let new = edited_all(&[NEW_PHONE]);
    let migration = migrate(&base(), &new, &draft_with_partner(), today());
    let json = serde_json::to_string(&migration).expect("serialises");
    assert_eq!(
        serde_json::from_str::<crate::journey::compare::Migration>(&json).expect("reads"),
        migration
    );
}

#[test]
fn a_new_group_is_one_new_question() {
    let new = edited(
        NEW_PHONE.0,
        "id = \"email\"\ntype = \"email\"\n\n[[step.field]]\nid = \"pets\"\ntype = \"group\"\nmin = 0\nmax = 3\n\n[[step.field.field]]\nid = \"pet_name\"\ntype = \"text\"\nmax_length = 20\n",
    );
    let alone = answers(&[("name", "Kari"), ("has_partner", "no")]);
    assert_eq!(
        migrate(&base(), &new, &alone, today()).notices,
        vec![new_question(3, "contact", "pets")]
    );
}
