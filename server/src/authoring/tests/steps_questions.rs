//! Steps and questions in forms of their own: a step added where chosen, edited and removed; a
//! question edited (a group's too) and removed; each refused with its problem at its field
//! when the form is wrong, the checker finds something new, or something refers to it.

use super::*;
use app::pages::admin::{
    model::QuestionProblem,
    parts_model::{written_question, QuestionForm, StepForm},
};

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

    async fn revision(&self) -> String {
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

    /// The question as the form shows it, with the draft's revision.
    pub(super) async fn question_form(&self, step: &str, path: &str) -> QuestionForm {
        let draft = self
            .authoring
            .draft(&lars(), "fa-barn")
            .await
            .expect("draft");
        let form = written_question(&draft.source, "fa-barn", &draft.texts, step, path);
        QuestionForm {
            revision: draft.revision,
            ..form.expect("the question")
        }
    }
}

fn fields(problems: &[QuestionProblem]) -> Vec<&str> {
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

#[tokio::test]
async fn a_step_or_question_something_refers_to_is_not_removed() {
    let world = world().await;
    let port = &world.authoring;
    let revision = world.fresh_draft().await;
    let problems = port
        .remove_step(&lars(), "fa-barn", "family", &revision)
        .await;
    let problems = problems.expect("answered").expect_err("refused");
    assert_eq!(
        problems[0].message, "authoring-parts-remove-refused",
        "the reason first"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("parents_relationship")),
        "the checker says what refers to it: {problems:?}"
    );
    // A service's payload maps it.
    let problems = port
        .remove_question(
            &lars(),
            "fa-barn",
            ("family", "other_parent_pid"),
            &revision,
        )
        .await;
    let problems = problems.expect("answered").expect_err("refused");
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("other_parent_pid")),
        "{problems:?}"
    );
    assert_eq!(world.revision().await, revision, "nothing was written");
    assert_eq!(
        port.remove_question(&lars(), "fa-barn", ("family", "no_such"), &revision)
            .await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        port.remove_question(&lars(), "fa-barn", ("family", "other_parent_pid"), "old")
            .await,
        Err(AppError::Conflict)
    );

    // A question added (inside a group), then removed with its texts.
    let mut twins = super::editing::question(&revision);
    twins.step = "family.other_children".into();
    twins.condition = String::new();
    assert_eq!(
        port.add_question(&lars(), "fa-barn", &twins).await,
        Ok(Ok(()))
    );
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    let journey = draft.journey.expect("checked");
    let (_, group) = journey.field("other_children").expect("group");
    assert!(
        group.fields.iter().any(|f| f.id == "twins"),
        "inside the group"
    );
    let place = ("family", "other_children.twins");
    assert_eq!(
        port.remove_question(&lars(), "fa-barn", place, &draft.revision)
            .await,
        Ok(Ok(()))
    );
    assert_eq!(world.last_action().await, AuthoringAction::RemoveQuestion);
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(!draft.source.contains("twins"), "{}", draft.source);
}

#[tokio::test]
async fn a_question_is_edited_with_its_settings_options_and_texts() {
    let world = world().await;
    let port = &world.authoring;
    world.fresh_draft().await;
    let mut form = world.question_form("family", "parents_relationship").await;
    assert!(
        form.options.starts_with("married | "),
        "prefilled: {}",
        form.options
    );
    form.options = format!("{}\nwidowed | Enke | Enkje | Widowed", form.options);
    form.label[2] = "How are you and the other parent?".into();
    assert_eq!(
        port.edit_question(&lars(), "fa-barn", &form).await,
        Ok(Ok(()))
    );
    assert_eq!(world.last_action().await, AuthoringAction::EditQuestion);
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(draft.problems.is_empty(), "{:?}", draft.problems);
    let journey = draft.journey.expect("checked");
    let field = journey.any_field("parents_relationship").expect("there");
    assert_eq!(field.kind.options().map(<[String]>::len), Some(4));
    assert!(field.required);
    assert_eq!(
        journey.texts["nn"]["fa-barn-parents_relationship-widowed"],
        "Enkje"
    );
    assert_eq!(
        journey.texts["en"]["fa-barn-parents_relationship"],
        "How are you and the other parent?"
    );
    assert!(
        !journey.texts["nb"].contains_key("fa-barn-parents_relationship"),
        "a text as the locale files have it stays theirs"
    );

    // A group's own question.
    let mut item = world
        .question_form("family", "other_children.other_child_name")
        .await;
    item.max_length = "50".into();
    assert_eq!(
        port.edit_question(&lars(), "fa-barn", &item).await,
        Ok(Ok(()))
    );
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    let journey = draft.journey.expect("checked");
    let kind = &journey.any_field("other_child_name").expect("item").kind;
    assert_eq!(*kind, app::journey::FieldKind::Text { max_length: 50 });
}

#[tokio::test]
async fn a_refused_question_edit_says_why_at_its_field_and_writes_nothing() {
    let world = world().await;
    let port = &world.authoring;
    let revision = world.fresh_draft().await;
    let date = world.question_form("child", "child_birth_date").await;
    type Case = (fn(&mut QuestionForm), &'static str);
    let cases: [Case; 4] = [
        (|q| q.not_before = "someday".into(), "not_before"),
        (|q| q.condition = "child_pid == 3".into(), "condition"),
        (|q| q.label[0] = String::new(), "label-nb"),
        (|q| q.help_text[2] = String::new(), "help-en"),
    ];
    for (change, field) in cases {
        let mut form = date.clone();
        change(&mut form);
        let problems = port.edit_question(&lars(), "fa-barn", &form).await;
        let problems = problems.expect("answered").expect_err("refused");
        assert_eq!(fields(&problems), [field], "{problems:?}");
    }
    let mut text = world.question_form("name", "child_first_name").await;
    text.max_length = "many".into();
    let problems = port.edit_question(&lars(), "fa-barn", &text).await;
    let problems = problems.expect("answered").expect_err("refused");
    assert_eq!(problems[0].message, "authoring-parts-number-invalid");
    assert_eq!(fields(&problems), ["max_length"]);
    let mut choice = world.question_form("family", "parents_relationship").await;
    choice.options = "married | Gift".into();
    let problems = port.edit_question(&lars(), "fa-barn", &choice).await;
    let problems = problems.expect("answered").expect_err("refused");
    assert_eq!(problems[0].message, "authoring-parts-options-invalid");
    choice.options = "Married | Gift | Gift | Married".into();
    let problems = port.edit_question(&lars(), "fa-barn", &choice).await;
    let problems = problems.expect("answered").expect_err("refused");
    assert!(
        fields(&problems).contains(&"options"),
        "the checker's words at the options: {problems:?}"
    );
    assert_eq!(world.revision().await, revision, "nothing was written");

    let magnus = logged_in("Magnus Strand");
    assert_eq!(
        port.edit_question(&magnus, "fa-barn", &date).await,
        Err(AppError::Forbidden)
    );
    let stale = QuestionForm {
        revision: "old".into(),
        ..date.clone()
    };
    assert_eq!(
        port.edit_question(&lars(), "fa-barn", &stale).await,
        Err(AppError::Conflict)
    );
    let nowhere = QuestionForm {
        path: "no_such".into(),
        ..date
    };
    assert_eq!(
        port.edit_question(&lars(), "fa-barn", &nowhere).await,
        Err(AppError::NotFound)
    );
}
