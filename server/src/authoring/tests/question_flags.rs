//! A question's `about` and `show_if_text` in its form: shown as written (with the words in
//! force), kept when saved unchanged, and the words asked for in every language when turned on.

use super::*;
use app::pages::admin::parts_model::QuestionForm;

#[tokio::test]
async fn the_flags_are_shown_as_written_and_a_save_unchanged_changes_nothing() {
    let world = world().await;
    world.fresh_draft().await;
    let form = world.question_form("family", "other_parent_pid").await;
    assert!(form.show_if_text && !form.about);
    assert!(form.show_if_words.iter().all(|w| !w.is_empty()), "{form:?}");
    let name = world.question_form("name", "child_first_name").await;
    assert!(name.about);
    let before = world
        .authoring
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft")
        .source;

    let saved = world
        .authoring
        .edit_question(&lars(), "fa-barn", &form)
        .await;

    assert_eq!(saved, Ok(Ok(())));
    let after = world
        .authoring
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft")
        .source;
    assert_eq!(after, before);
}

#[tokio::test]
async fn turned_on_the_words_are_asked_for_in_every_language_and_the_checker_has_its_say() {
    let world = world().await;
    world.fresh_draft().await;
    let written = world.question_form("family", "other_parent_pid").await;
    let edit = |form: QuestionForm| {
        let world = &world;
        async move {
            world
                .authoring
                .edit_question(&lars(), "fa-barn", &form)
                .await
                .expect("answered")
        }
    };
    // Turned off, then on again without words: asked for in every language.
    let off = QuestionForm {
        show_if_text: false,
        ..written.clone()
    };
    assert_eq!(edit(off).await, Ok(()));
    let revision = world
        .authoring
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft")
        .revision;
    let form = QuestionForm {
        show_if_text: true,
        show_if_words: Default::default(),
        revision,
        ..written
    };
    let refused = edit(form.clone()).await.expect_err("refused");
    let fields: Vec<&str> = refused.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["show-if-nb", "show-if-nn", "show-if-en"]);

    let form = QuestionForm {
        show_if_words: [
            "Når den andre forelderen er med.".into(),
            "Når den andre forelderen er med.".into(),
            "When the other parent takes part.".into(),
        ],
        ..form
    };
    assert_eq!(edit(form.clone()).await, Ok(()));
    let draft = world
        .authoring
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft");
    let journey = draft.journey.expect("checks");
    let field = journey.any_field("other_parent_pid").expect("there");
    assert!(field.show_if_text);
    assert!(draft.source.contains("When the other parent takes part."));

    // `about` is for a name (a text); the checker says so, and nothing is written.
    let revision = world
        .authoring
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft")
        .revision;
    let about = QuestionForm {
        about: true,
        revision,
        ..form
    };
    let refused = edit(about).await.expect_err("refused");
    assert!(
        refused[0].message.contains("`about` marks a `text` field"),
        "{refused:?}"
    );
}
