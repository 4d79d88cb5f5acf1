//! Questions in forms of their own: one edited (a group's too) and removed, refused with its
//! problem at its field when the form is wrong or the checker finds something new; and a step
//! or question something refers to, which is not removed.

use super::{steps::fields, *};
use app::pages::admin::parts_model::{written_question, QuestionForm};

impl World {
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
