//! Steps in forms of their own: a step added where chosen, edited and removed, and refused with
//! its problem at its field when the form is wrong or the checker finds something new. With the
//! helpers the part tests share: a fresh draft, its revision and the last action audited.

use super::*;
use app::pages::admin::{model::QuestionProblem, parts_model::StepForm};

fn extra(revision: &str) -> StepForm {
    StepForm {
        id: "extra".into(),
        after: "family".into(),
        intro: false,
        // Shown on no saved test case's path (else the checker refuses it: the case's path).
        condition: "other_parent_takes_part == true and parents_relationship == \"apart\"".into(),
        heading: [
            "Mer om familien".into(),
            "Meir om familien".into(),
            "More about the family".into(),
        ],
        intro_text: Default::default(),
        branches: String::new(),
        revision: revision.into(),
    }
}

impl World {
    pub(super) async fn fresh_draft(&self) -> String {
        self.authoring
            .new_draft(&lars(), "fa-barn")
            .await
            .expect("draft");
        self.revision().await
    }

    pub(super) async fn revision(&self) -> String {
        self.authoring
            .draft(&lars(), "fa-barn")
            .await
            .expect("draft")
            .revision
    }

    pub(super) async fn last_action(&self) -> AuthoringAction {
        let page = self
            .authoring
            .journey(&lars(), "fa-barn")
            .await
            .expect("page");
        page.audit.first().expect("an event").action
    }
}

pub(super) fn fields(problems: &[QuestionProblem]) -> Vec<&str> {
    problems.iter().map(|p| p.field.as_str()).collect()
}

#[tokio::test]
async fn a_step_is_added_where_chosen_with_its_headings_then_edited() {
    let world = world().await;
    let port = &world.authoring;
    let revision = world.fresh_draft().await;
    assert_eq!(
        port.add_step(&lars(), "fa-barn", &extra(&revision)).await,
        Ok(Ok(()))
    );
    assert_eq!(world.last_action().await, AuthoringAction::AddStep);
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(draft.problems.is_empty(), "{:?}", draft.problems);
    let journey = draft.journey.expect("checked");
    let (index, step) = journey.step("extra").expect("added");
    assert_eq!(
        journey.steps[index - 1].id,
        "family",
        "after the step chosen"
    );
    assert!(step.show_if.is_some() && !step.intro);
    assert_eq!(
        journey.texts["nn"]["fa-barn-step-extra"],
        "Meir om familien"
    );
    assert!(
        draft.source.contains("# Få barn"),
        "the file's comments are kept"
    );
    let family = draft.source.find("id = \"family\"").expect("family");
    let added = draft.source.find("id = \"extra\"").expect("extra");
    let next = draft
        .source
        .find("id = \"parental-benefit\"")
        .expect("next");
    assert!(
        family < added && added < next,
        "in the text where it goes too"
    );

    let edit = StepForm {
        intro: true,
        condition: "parents_relationship == \"apart\" and other_parent_takes_part == true".into(),
        heading: [
            "Familien mer".into(),
            "Familien meir".into(),
            "The family, more".into(),
        ],
        intro_text: [
            "Litt om dette.".into(),
            "Litt om dette.".into(),
            "A word on this.".into(),
        ],
        revision: draft.revision.clone(),
        ..extra("")
    };
    assert_eq!(port.edit_step(&lars(), "fa-barn", &edit).await, Ok(Ok(())));
    assert_eq!(world.last_action().await, AuthoringAction::EditStep);
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    let journey = draft.journey.expect("checked");
    let (_, step) = journey.step("extra").expect("there");
    assert!(step.intro, "{}", draft.source);
    assert!(step.show_if.is_some());
    assert!(
        draft
            .source
            .contains(r#"== "apart" and other_parent_takes_part"#),
        "the new condition"
    );
    assert_eq!(
        journey.texts["en"]["fa-barn-step-extra-intro"],
        "A word on this."
    );
    assert_eq!(journey.texts["nb"]["fa-barn-step-extra"], "Familien mer");

    assert_eq!(
        port.remove_step(&lars(), "fa-barn", "extra", &draft.revision)
            .await,
        Ok(Ok(()))
    );
    assert_eq!(world.last_action().await, AuthoringAction::RemoveStep);
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(
        !draft.source.contains("extra"),
        "the step and its texts are gone: {}",
        draft.source
    );
}

#[tokio::test]
async fn a_refused_step_says_why_at_its_field_and_writes_nothing() {
    let world = world().await;
    let port = &world.authoring;
    let revision = world.fresh_draft().await;
    type Case = (fn(&mut StepForm), &'static str, &'static str);
    let cases: [Case; 5] = [
        (
            |s| s.id = "Extra!".into(),
            "id",
            "authoring-parts-step-id-invalid",
        ),
        (
            |s| s.id = "family".into(),
            "id",
            "authoring-parts-step-id-taken",
        ),
        (
            |s| s.after = "nowhere".into(),
            "after",
            "authoring-parts-step-after-unknown",
        ),
        (
            |s| s.heading[1] = " ".into(),
            "heading-nn",
            "authoring-parts-heading-missing",
        ),
        (
            |s| s.intro = true,
            "intro-nb",
            "authoring-parts-intro-missing",
        ),
    ];
    for (change, field, message) in cases {
        let mut form = extra(&revision);
        change(&mut form);
        let problems = port
            .add_step(&lars(), "fa-barn", &form)
            .await
            .expect("answered");
        let problems = problems.expect_err("refused");
        assert!(
            problems
                .iter()
                .any(|p| p.field == field && p.message == message),
            "{field}: {problems:?}"
        );
    }
    // The checker's words, at the condition.
    let mut form = extra(&revision);
    form.condition = "other_parent_takes_part == 3".into();
    let problems = port
        .add_step(&lars(), "fa-barn", &form)
        .await
        .expect("answered");
    let problems = problems.expect_err("refused");
    assert_eq!(fields(&problems), ["condition"], "{problems:?}");
    assert!(
        !problems[0].message.starts_with("authoring-"),
        "the checker's own words"
    );
    assert_eq!(world.revision().await, revision, "nothing was written");

    // Stale, another agency's admin, a citizen, a step that is not there.
    let stale = extra("not-the-revision");
    assert_eq!(
        port.add_step(&lars(), "fa-barn", &stale).await,
        Err(AppError::Conflict)
    );
    let magnus = logged_in("Magnus Strand");
    assert_eq!(
        port.add_step(&magnus, "fa-barn", &extra(&revision)).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        port.remove_step(&magnus, "fa-barn", "family", &revision)
            .await,
        Err(AppError::Forbidden)
    );
    let kari = logged_in("Kari Nordmann");
    assert_eq!(
        port.edit_step(&kari, "fa-barn", &extra(&revision)).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        port.edit_step(&lars(), "fa-barn", &extra(&revision)).await,
        Err(AppError::NotFound)
    );
    assert_eq!(world.revision().await, revision, "nothing was written");
}
