//! The condition checked as the admin types (in the browser, `condition::check_alone` over the
//! fields the page sends) says what the server says when the form is posted: the same verdict,
//! in the same words, for every step of Få barn.

use super::{editing::question, *};
use app::journey::condition::{check_alone, readable_after};

#[tokio::test]
async fn the_check_as_one_types_agrees_with_the_posted_forms_check() {
    let world = world().await;
    let port = &world.authoring;
    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    let journey = draft.journey.clone().expect("the draft checks");
    let conditions = [
        "other_parent_takes_part == true",
        "child_birth_date == true",
        "parents_relationship == \"divorced\"",
        "other_child_name == \"Ola\"",
        "any(other_children, other_child_name == \"Ola\")",
        "count(other_children) >",
        "no_such_answer == 1",
        "child_birth_date > today - 6m",
    ];
    let (mut refused, mut taken) = (0, 0);
    for (index, step) in journey.steps.iter().enumerate() {
        let fields = readable_after(&journey, index);
        for (n, condition) in conditions.iter().enumerate() {
            let typed = check_alone(condition, &fields).map_err(|e| e.message);
            // A question of its own each time (one taken stays in the draft; none is named).
            let revision = port
                .draft(&lars(), "fa-barn")
                .await
                .expect("draft")
                .revision;
            let posted = port
                .add_question(
                    &lars(),
                    "fa-barn",
                    &NewQuestion {
                        step: step.id.clone(),
                        id: format!("q_{index}_{n}"),
                        condition: (*condition).into(),
                        ..question(&revision)
                    },
                )
                .await
                .expect("answered");
            let at_condition = match &posted {
                Ok(()) => Ok(()),
                Err(problems) => {
                    let found = problems.iter().find(|p| p.field == "condition");
                    assert!(found.is_some() || problems.is_empty(), "{problems:?}");
                    found.map_or(Ok(()), |p| Err(p.message.clone()))
                }
            };
            assert_eq!(typed, at_condition, "{} / {condition}", step.id);
            refused += usize::from(typed.is_err());
            taken += usize::from(posted.is_ok());
        }
    }
    assert!(refused > 0 && taken > 0, "both verdicts were tried");
}

/// A problem the checker finds by line is also told by the part it is in, for the forms.
#[tokio::test]
async fn a_draft_problem_names_its_step_question_and_key() {
    let world = world().await;
    let port = &world.authoring;
    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    let broken = draft.source.replace(
        "show_if = \"other_parent_takes_part == true\"",
        "show_if = \"no_such_answer == true\"",
    );
    port.save_draft(&lars(), "fa-barn", &draft.revision, &broken)
        .await
        .expect("saved");
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    let problem = draft
        .problems
        .iter()
        .find(|p| p.message.contains("no_such_answer"))
        .expect("the problem");
    assert_eq!(problem.place.step.as_deref(), Some("family"));
    assert_eq!(problem.place.field.as_deref(), Some("other_parent_pid"));
    assert_eq!(problem.place.key.as_deref(), Some("show_if"));
}
