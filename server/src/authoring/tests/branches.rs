//! A step's branches (`[[step.next]]`) in its form: shown as written, left untouched when saved
//! unchanged, written as typed, and refused at the field when a line is not a branch or the
//! checker finds something new in one.

use super::*;
use app::pages::admin::parts_model::{written_step, StepForm};

/// Få barn's step `step` in its form, as the page fills it.
async fn step_form(world: &World, step: &str) -> StepForm {
    let draft = world
        .authoring
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft");
    StepForm {
        revision: draft.revision.clone(),
        ..written_step(&draft.source, "fa-barn", &draft.texts, step).expect("the step")
    }
}

async fn source(world: &World) -> String {
    world
        .authoring
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft")
        .source
}

#[tokio::test]
async fn branches_are_shown_as_written_and_kept_as_written_when_unchanged() {
    let world = world().await;
    world.fresh_draft().await;
    let form = step_form(&world, "parental-benefit").await;
    assert_eq!(
        form.branches,
        "child-benefit | apply_parental_benefit == false"
    );
    let before = source(&world).await;

    let saved = world.authoring.edit_step(&lars(), "fa-barn", &form).await;

    assert_eq!(saved, Ok(Ok(())));
    let branch =
        "[[step.next]]\nstep = \"child-benefit\"\nif = \"apply_parental_benefit == false\"\n\n\
                  # NAV: the parental benefit itself.";
    assert!(before.contains(branch));
    assert_eq!(
        source(&world).await,
        before,
        "nothing to change, nothing changed: the branch, its comment, no empty tables"
    );
}

#[tokio::test]
async fn a_branch_typed_is_written_to_the_step_and_read_by_the_engine() {
    let world = world().await;
    world.fresh_draft().await;
    // To the step that follows anyway: no saved test case's path changes.
    let form = StepForm {
        branches: "family | child_first_name == \"Ola\"".into(),
        ..step_form(&world, "name").await
    };

    let saved = world.authoring.edit_step(&lars(), "fa-barn", &form).await;

    assert_eq!(saved, Ok(Ok(())));
    let draft = world
        .authoring
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft");
    let journey = draft.journey.expect("checks");
    let (_, name) = journey.step("name").expect("name");
    let (family, _) = journey.step("family").expect("family");
    assert_eq!(name.next.len(), 1);
    assert_eq!(name.next[0].to, family);
    assert!(name.next[0].condition.is_some());
    let at = draft.source.find("id = \"name\"").expect("name");
    let branch = draft
        .source
        .find("[[step.next]]\nstep = \"family\"\nif = ")
        .expect("written");
    assert!(draft.source[branch..]
        .lines()
        .nth(2)
        .is_some_and(|l| l.contains("child_first_name == \"Ola\"")));
    let family_at = draft.source.find("id = \"family\"").expect("family");
    assert!(at < branch && branch < family_at, "in the name step");
    assert_eq!(world.last_action().await, AuthoringAction::EditStep);
}

#[tokio::test]
async fn a_line_that_is_not_a_branch_or_one_the_checker_refuses_is_refused_at_the_field() {
    let world = world().await;
    world.fresh_draft().await;
    let before = source(&world).await;
    let with = |branches: &str| {
        let branches = branches.to_string();
        let world = &world;
        async move {
            let form = StepForm {
                branches,
                ..step_form(world, "name").await
            };
            world
                .authoring
                .edit_step(&lars(), "fa-barn", &form)
                .await
                .expect("answered")
                .expect_err("refused")
        }
    };
    let malformed = with("family | a == 1 | b").await;
    assert_eq!(malformed.len(), 1);
    assert_eq!(
        (malformed[0].field.as_str(), malformed[0].message.as_str()),
        ("branches", "authoring-parts-branches-invalid")
    );
    for wrong in [
        "nowhere | child_first_name == \"Ola\"",
        "family | no_such_answer == 1",
    ] {
        let problems = with(wrong).await;
        assert!(
            problems.iter().any(|p| p.field == "branches"),
            "{wrong}: {problems:?}"
        );
    }
    assert_eq!(source(&world).await, before, "nothing written");
}
