//! Impact before publishing: each way a new version touches a draft, and nothing for a draft
//! it does not touch.

use super::{answers, base, draft_with_partner, edited, edited_all, today};
use crate::journey::{
    compare::{impact, Touch},
    Answer,
};

#[test]
fn an_untouched_draft_has_no_impact() {
    let optional_phone = edited(
        "id = \"email\"\ntype = \"email\"\n",
        "id = \"email\"\ntype = \"email\"\n\n[[step.field]]\nid = \"phone\"\ntype = \"phone\"\n",
    );
    assert_eq!(
        impact(&base(), &optional_phone, &draft_with_partner(), today()),
        vec![]
    );
    assert_eq!(
        impact(&base(), &base(), &draft_with_partner(), today()),
        vec![]
    );
}

#[test]
fn a_removed_field_the_draft_answered_is_a_touch_an_unanswered_one_is_not() {
    let new = edited("[[step.field]]\nid = \"email\"\ntype = \"email\"\n", "");
    let mut draft = draft_with_partner();
    assert_eq!(impact(&base(), &new, &draft, today()), vec![]);
    draft.set("email", Answer::Text("kari@example.no".into()));
    assert_eq!(
        impact(&base(), &new, &draft, today()),
        vec![Touch::RemovedFieldWithAnswer {
            field_id: "email".into()
        }]
    );
}

#[test]
fn a_new_required_field_touches_a_passed_step_not_one_ahead() {
    let new = edited_all(&[
        (
            "[[step]]\nid = \"work\"",
            "[[step.field]]\nid = \"nationality\"\ntype = \"text\"\nrequired = true\nmax_length = 50\n\n[[step]]\nid = \"work\"",
        ),
        (
            "id = \"email\"\ntype = \"email\"\n",
            "id = \"email\"\ntype = \"email\"\n\n[[step.field]]\nid = \"phone\"\ntype = \"phone\"\nrequired = true\n",
        ),
    ]);
    // The draft resumes at work (its employment is missing): about is passed, contact ahead.
    let draft = answers(&[("name", "Kari"), ("has_partner", "no")]);
    assert_eq!(
        impact(&base(), &new, &draft, today()),
        vec![Touch::NewRequiredOnPassedStep {
            step_id: "about".into(),
            field_id: "nationality".into()
        }]
    );
}

#[test]
fn a_field_that_became_required_touches_a_complete_draft() {
    let new = edited(
        "id = \"email\"\ntype = \"email\"",
        "id = \"email\"\ntype = \"email\"\nrequired = true",
    );
    assert_eq!(
        impact(&base(), &new, &draft_with_partner(), today()),
        vec![Touch::NewRequiredOnPassedStep {
            step_id: "contact".into(),
            field_id: "email".into()
        }]
    );
    // A draft that has not got that far is not touched.
    assert_eq!(
        impact(&base(), &new, &answers(&[("name", "Kari")]), today()),
        vec![]
    );
}

#[test]
fn an_answer_the_new_conditions_hide_is_now_hidden() {
    let new = edited(
        "id = \"partner\"\nshow_if = \"has_partner == true\"",
        "id = \"partner\"\nshow_if = \"has_partner == true and employment == \\\"employed\\\"\"",
    );
    let mut draft = draft_with_partner();
    draft.set("partner_income", Answer::Text("5000".into()));
    assert_eq!(
        impact(&base(), &new, &draft, today()),
        vec![Touch::NowHidden {
            field_id: "partner_income".into()
        }]
    );
    // A draft with an employed citizen still sees the partner step.
    draft.set("employment", Answer::Text("employed".into()));
    assert_eq!(impact(&base(), &new, &draft, today()), vec![]);
}

#[test]
fn an_answer_the_new_field_does_not_take_no_longer_fits() {
    let new = edited(
        r#"options = ["employed", "self-employed", "student"]"#,
        r#"options = ["employed", "self-employed"]"#,
    );
    assert_eq!(
        impact(&base(), &new, &draft_with_partner(), today()),
        vec![Touch::AnswerNoLongerFits {
            field_id: "employment".into()
        }]
    );
}

#[test]
fn a_new_required_item_field_touches_a_draft_with_items_only() {
    let new = edited(
        "max_length = 100\n\n[[step]]",
        "max_length = 100\n\n[[step.field.field]]\nid = \"child_birth_year\"\ntype = \"number\"\nrequired = true\n\n[[step]]",
    );
    let mut draft = draft_with_partner();
    assert_eq!(
        impact(&base(), &new, &draft, today()),
        vec![Touch::NewRequiredOnPassedStep {
            step_id: "work".into(),
            field_id: "child_birth_year".into()
        }]
    );
    draft.0.remove("children");
    assert_eq!(impact(&base(), &new, &draft, today()), vec![]);
}
