//! The structural diff: each kind of change, read as an admin reads it, and nothing for what
//! did not change.

use super::{base, edited, edited_all};
use crate::journey::compare::{diff, Aspect, Change, How, Thing};

fn value(name: &str, old: Option<&str>, new: Option<&str>) -> Aspect {
    Aspect::Value {
        name: name.into(),
        old: old.map(Into::into),
        new: new.map(Into::into),
    }
}

fn field(id: &str, step: &str, how: How) -> Change {
    Change {
        thing: Thing::Field,
        id: id.into(),
        step: Some(step.into()),
        group: None,
        how,
    }
}

fn other(thing: Thing, id: &str, how: How) -> Change {
    Change {
        thing,
        id: id.into(),
        step: None,
        group: None,
        how,
    }
}

#[test]
fn identical_journeys_have_an_empty_diff() {
    assert_eq!(diff(&base(), &base()), vec![]);
}

#[test]
fn respacing_a_condition_is_no_change() {
    let new = edited(
        "[[step]]\nid = \"partner\"\nshow_if = \"has_partner == true\"",
        "[[step]]\nid = \"partner\"\nshow_if = \"(has_partner  ==  true)\"",
    );
    assert_eq!(diff(&base(), &new), vec![]);
}

#[test]
fn an_added_step_is_listed_with_its_fields() {
    let new = edited(
        "[[step]]\nid = \"contact\"",
        "[[step]]\nid = \"bank\"\n\n[[step.field]]\nid = \"account\"\ntype = \"bank_account\"\n\n[[step]]\nid = \"contact\"",
    );
    assert_eq!(
        diff(&base(), &new),
        vec![
            other(Thing::Step, "bank", How::Added),
            field("account", "bank", How::Added),
        ]
    );
}

#[test]
fn a_removed_step_and_its_fields_are_listed_as_removed() {
    let new = edited(
        "[[step]]\nid = \"contact\"\n\n[[step.field]]\nid = \"email\"\ntype = \"email\"\n",
        "",
    );
    assert_eq!(
        diff(&base(), &new),
        vec![
            other(Thing::Step, "contact", How::Removed),
            field("email", "contact", How::Removed),
        ]
    );
}

#[test]
fn a_field_added_with_a_condition_shows_it_as_source_text() {
    let new = edited(
        "[[step]]\nid = \"partner\"",
        "[[step.field]]\nid = \"student_loan\"\ntype = \"yes_no\"\nshow_if = \"employment == \\\"student\\\"\"\n\n[[step]]\nid = \"partner\"",
    );
    let changes = diff(&base(), &new);
    assert_eq!(changes, vec![field("student_loan", "work", How::Added)]);
    let added = new.any_field("student_loan").expect("the new field");
    let text =
        crate::journey::compare::condition_text(added.show_if.as_ref().expect("a condition"));
    assert_eq!(text, "employment == \"student\"");
}

#[test]
fn a_changed_condition_reads_old_text_to_new_text() {
    let new = edited(
        r#"show_if = "has_partner == true"

[[step]]"#,
        r#"show_if = "has_partner == true and name != \"x\""

[[step]]"#,
    );
    assert_eq!(
        diff(&base(), &new),
        vec![field(
            "partner_pid",
            "about",
            How::Changed(vec![value(
                "show_if",
                Some("has_partner == true"),
                Some("has_partner == true and name != \"x\"")
            )])
        )]
    );
}

#[test]
fn a_removed_and_an_added_option_are_named() {
    let new = edited(
        r#"options = ["employed", "self-employed", "student"]"#,
        r#"options = ["employed", "student", "retired"]"#,
    );
    assert_eq!(
        diff(&base(), &new),
        vec![field(
            "employment",
            "work",
            How::Changed(vec![
                Aspect::OptionAdded("retired".into()),
                Aspect::OptionRemoved("self-employed".into()),
            ])
        )]
    );
}

#[test]
fn required_and_a_bound_changing_read_false_to_true() {
    let new = edited(
        "id = \"email\"\ntype = \"email\"",
        "id = \"email\"\ntype = \"email\"\nrequired = true",
    );
    assert_eq!(
        diff(&base(), &new),
        vec![field(
            "email",
            "contact",
            How::Changed(vec![value("required", Some("false"), Some("true"))])
        )]
    );
    let new = edited(
        "id = \"partner_income\"\ntype = \"money\"\nmin = 0",
        "id = \"partner_income\"\ntype = \"number\"",
    );
    assert_eq!(
        diff(&base(), &new),
        vec![field(
            "partner_income",
            "partner",
            How::Changed(vec![
                value("type", Some("money"), Some("number")),
                value("min", Some("0"), None),
            ])
        )]
    );
}

#[test]
fn a_group_item_field_is_compared_by_id_inside_its_group() {
    let new = edited(
        "id = \"child_name\"\ntype = \"text\"\nrequired = true\nmax_length = 100",
        "id = \"child_name\"\ntype = \"text\"\nrequired = true\nmax_length = 50",
    );
    assert_eq!(
        diff(&base(), &new),
        vec![Change {
            thing: Thing::Field,
            id: "child_name".into(),
            step: Some("work".into()),
            group: Some("children".into()),
            how: How::Changed(vec![value("max_length", Some("100"), Some("50"))]),
        }]
    );
}

#[test]
fn a_changed_service_payload_names_the_key() {
    let new = edited_all(&[
        ("employment = \"employment\"\n", "contact = \"email?\"\n"),
        (
            "operation = \"apply\"",
            "operation = \"apply\"\nif = \"has_partner == false\"",
        ),
    ]);
    assert_eq!(
        diff(&base(), &new),
        vec![other(
            Thing::Service,
            "benefit",
            How::Changed(vec![
                value("if", None, Some("has_partner == false")),
                value("payload.contact", None, Some("email?")),
                value("payload.employment", Some("employment"), None),
            ])
        )]
    );
}

#[test]
fn a_changed_prefill_names_the_filled_field() {
    let new = edited(
        "fill = { partner_pid = \"pid\" }",
        "fill = { name = \"name\" }",
    );
    assert_eq!(
        diff(&base(), &new),
        vec![other(
            Thing::Prefill,
            "folkeregisteret/spouse",
            How::Changed(vec![
                value("fill.name", None, Some("name")),
                value("fill.partner_pid", Some("pid"), None),
            ])
        )]
    );
}

#[test]
fn a_moved_step_is_the_one_that_moved_not_those_it_jumped_over() {
    // contact moves from fourth to second; about, work and partner keep their order.
    let contact =
        "[[step]]\nid = \"contact\"\n\n[[step.field]]\nid = \"email\"\ntype = \"email\"\n";
    let new = edited_all(&[
        (contact, ""),
        (
            "[[step]]\nid = \"work\"",
            &format!("{contact}\n[[step]]\nid = \"work\""),
        ),
    ]);
    assert_eq!(
        diff(&base(), &new),
        vec![other(Thing::Step, "contact", How::Moved { from: 4, to: 2 })]
    );
}

#[test]
fn a_changed_branch_reads_by_step_ids() {
    let new = edited(
        "[[step]]\nid = \"partner\"",
        "[[step.next]]\nstep = \"contact\"\nif = \"employment == \\\"student\\\"\"\n\n[[step]]\nid = \"partner\"",
    );
    assert_eq!(
        diff(&base(), &new),
        vec![other(
            Thing::Step,
            "work",
            How::Changed(vec![value(
                "next",
                None,
                Some("contact if employment == \"student\"")
            )])
        )]
    );
}

#[test]
fn a_diff_travels_as_json() {
    let new = edited(
        r#"options = ["employed", "self-employed", "student"]"#,
        r#"options = ["employed", "student"]"#,
    );
    let changes = diff(&base(), &new);
    let json = serde_json::to_string(&changes).expect("serialises");
    let back: Vec<Change> = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, changes);
}
