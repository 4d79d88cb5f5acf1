//! Editing a draft: a question added (or refused at its field), a preview, a saved test case.

use super::*;

pub(super) fn question(revision: &str) -> NewQuestion {
    NewQuestion {
        step: "family".into(),
        id: "twins".into(),
        kind: "yes_no".into(),
        required: true,
        condition: "other_parent_takes_part == true".into(),
        options: String::new(),
        label: [
            "Er det tvillinger?".into(),
            "Er det tvillingar?".into(),
            "Are they twins?".into(),
        ],
        item: Default::default(),
        revision: revision.into(),
    }
}

#[tokio::test]
async fn a_question_is_added_with_its_texts_and_served_once_published() {
    let world = world().await;
    let port = &world.authoring;
    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    let revision = port
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft")
        .revision;
    assert_eq!(
        port.add_question(&lars(), "fa-barn", &question(&revision))
            .await,
        Ok(Ok(()))
    );
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(draft.problems.is_empty(), "{:?}", draft.problems);
    let journey = draft.journey.expect("checked");
    let (step, field) = journey.field("twins").expect("the question");
    assert_eq!(journey.steps[step].id, "family");
    assert!(field.required && field.show_if.is_some());
    let texts = &journey.texts;
    assert_eq!(texts["en"]["fa-barn-twins"], "Are they twins?");
    assert_eq!(texts["nn"]["fa-barn-twins"], "Er det tvillingar?");
    assert!(
        draft.source.contains("# Få barn"),
        "the file's comments are kept"
    );

    port.publish(&lars(), "fa-barn", &publish_now(7, &draft.revision))
        .await
        .expect("published");
    let served = world.journeys.current();
    let english = served.texts();
    assert_eq!(
        english.get(app::i18n::Lang::En, "fa-barn-twins"),
        Some("Are they twins?")
    );
}

#[tokio::test]
async fn a_refused_question_says_why_at_its_field_and_writes_nothing() {
    let world = world().await;
    let port = &world.authoring;
    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    let before = port.draft(&lars(), "fa-barn").await.expect("draft");
    // (how the form is wrong, the form field the problem is at, words the problem has)
    type Case = (fn(&mut NewQuestion), &'static str, &'static str);
    let cases: [Case; 6] = [
        (
            |q| q.id = "Twins!".into(),
            "id",
            "admin-question-id-invalid",
        ),
        (
            |q| q.label[1] = " ".into(),
            "label-nn",
            "admin-question-label-missing",
        ),
        (
            |q| q.step = "nowhere".into(),
            "step",
            "admin-question-step-unknown",
        ),
        (
            |q| q.kind = "one_of".into(),
            "options",
            "admin-question-options-missing",
        ),
        (
            |q| q.condition = "no_such_field == true".into(),
            "condition",
            "no_such_field",
        ),
        (|q| q.id = "child_pid".into(), "", "child_pid"),
    ];
    for (change, field, words) in cases {
        let mut asked = question(&before.revision);
        change(&mut asked);
        let problems = port
            .add_question(&lars(), "fa-barn", &asked)
            .await
            .expect("answered")
            .expect_err("refused");
        assert!(
            problems
                .iter()
                .any(|p| p.field == field && p.message.contains(words)),
            "{field}: {problems:?}"
        );
    }
    let after = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert_eq!(after.revision, before.revision, "nothing was written");
}

#[tokio::test]
async fn a_preview_walks_the_draft_as_a_synthetic_person_and_is_never_anyones_draft() {
    let world = world().await;
    let port = &world.authoring;
    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    let revision = port
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft")
        .revision;
    port.add_question(&lars(), "fa-barn", &question(&revision))
        .await
        .expect("answered")
        .expect("added");
    let kari = logged_in("Kari Nordmann");
    assert_eq!(
        port.preview(&lars(), "fa-barn", &logged_in("Lars Dahl").pid)
            .await,
        Err(AppError::NotFound),
        "only the synthetic citizens are offered"
    );
    assert_eq!(
        port.preview(&logged_in("Magnus Strand"), "fa-barn", &kari.pid)
            .await,
        Err(AppError::Forbidden)
    );
    let to = port
        .preview(&lars(), "fa-barn", &kari.pid)
        .await
        .expect("started");
    let draft_id = to.split('/').nth(2).expect("a draft id");
    let drafts = world.database.drafts();
    let preview = drafts
        .get(&lars().pid, draft_id)
        .await
        .expect("read")
        .expect("Lars's");
    assert_eq!(preview.journey_version, 7, "the draft version");
    assert_eq!(preview.preview_as.as_deref(), Some(kari.pid.as_str()));
    assert!(
        drafts
            .of_person(&lars().pid)
            .await
            .expect("list")
            .is_empty(),
        "not on My page"
    );
    assert!(drafts
        .open_of(&lars().pid, "fa-barn")
        .await
        .expect("read")
        .is_none());
    assert!(
        drafts
            .get(&kari.pid, draft_id)
            .await
            .expect("read")
            .is_none(),
        "not Kari's"
    );
}

#[tokio::test]
async fn a_change_that_breaks_a_saved_test_case_is_red_on_the_draft_and_not_published() {
    let world = world().await;
    // The name step is now asked only for a child born today: the saved case for a child of
    // ten days expects it on the path.
    let revision = world
        .draft_with(|text| {
            text.replace(
                "child_birth_date > today - 6m",
                "child_birth_date > today - 1d",
            )
        })
        .await;
    let port = &world.authoring;
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(
        draft.problems.iter().any(|p| p
            .message
            .contains("a single parent applying for parental benefit")
            && p.message.contains("expected path")),
        "{:?}",
        draft.problems
    );
    // The draft page's list of cases: that one red, the others still green.
    let verdicts: Vec<(&str, bool)> = draft
        .cases
        .iter()
        .map(|c| (c.name.as_str(), c.passed))
        .collect();
    assert!(
        verdicts.contains(&("a single parent applying for parental benefit", false)),
        "{verdicts:?}"
    );
    assert!(
        verdicts.contains(&("married parents wanting only a kindergarten place", true)),
        "{verdicts:?}"
    );
    assert_eq!(
        port.publish(&lars(), "fa-barn", &publish_now(7, &revision))
            .await,
        Ok(PublishOutcome::Refused)
    );
    assert_eq!(world.served_version(), 6);
}

#[tokio::test]
async fn a_step_or_a_question_moves_one_place_and_an_older_page_moves_nothing() {
    let world = world().await;
    let port = &world.authoring;
    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    let moved = |step: &str, field: Option<&str>, up: bool, revision: &str| Move {
        step: step.into(),
        field: field.map(str::to_string),
        up,
        places: 1,
        revision: revision.into(),
    };
    let relationship = moved(
        "family",
        Some("parents_relationship"),
        true,
        &draft.revision,
    );
    port.reorder(&lars(), "fa-barn", &relationship)
        .await
        .expect("moved");
    let after = port.draft(&lars(), "fa-barn").await.expect("draft");
    let journey = after.journey.expect("still checks");
    let family = &journey.steps[journey.step("family").expect("family").0];
    let ids: Vec<_> = family.fields.iter().map(|f| f.id.as_str()).collect();
    let (relationship_at, other_at) = (
        ids.iter().position(|id| *id == "parents_relationship"),
        ids.iter().position(|id| *id == "other_parent_confirms"),
    );
    assert!(relationship_at < other_at, "{ids:?}");
    assert_eq!(
        port.reorder(&lars(), "fa-barn", &relationship).await,
        Err(AppError::Conflict),
        "from the page as it was before"
    );
    let first_up = moved("child", None, true, &after.revision);
    assert_eq!(
        port.reorder(&lars(), "fa-barn", &first_up).await,
        Err(AppError::NotFound),
        "the first step cannot go up"
    );
    let magnus = logged_in("Magnus Strand");
    assert_eq!(
        port.reorder(
            &magnus,
            "fa-barn",
            &moved("name", None, false, &after.revision)
        )
        .await,
        Err(AppError::Forbidden)
    );
    let page = port.journey(&lars(), "fa-barn").await.expect("page");
    assert_eq!(page.audit[0].action, AuthoringAction::Move);
}

#[tokio::test]
async fn the_texts_side_by_side_fill_what_is_missing_and_keep_only_what_differs() {
    let world = world().await;
    // A question added in the text, with no texts: missing in every language.
    let revision = world
        .draft_with(|text| {
            text.replacen(
                "[[step.field]]\nid = \"parents_relationship\"",
                "[[step.field]]\nid = \"pet\"\ntype = \"text\"\n\n[[step.field]]\nid = \"parents_relationship\"",
                1,
            )
        })
        .await;
    let port = &world.authoring;
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    let pet = draft
        .texts
        .iter()
        .find(|r| r.id == "fa-barn-pet")
        .expect("a row");
    assert_eq!(pet.values, [None, None, None]);
    assert!(!draft.problems.is_empty(), "missing texts stop a publish");
    // Listed as missing, in every language, as the page's table of missing texts shows them.
    let missing: Vec<(&str, &str)> = draft
        .missing_texts
        .iter()
        .filter(|(_, id)| id == "fa-barn-pet")
        .map(|(lang, id)| (lang.as_str(), id.as_str()))
        .collect();
    assert_eq!(
        missing,
        [
            ("nb", "fa-barn-pet"),
            ("nn", "fa-barn-pet"),
            ("en", "fa-barn-pet")
        ]
    );
    let title = draft
        .texts
        .iter()
        .find(|r| r.id == "fa-barn-title")
        .expect("title");
    let shipped_title = title.values[0].clone().expect("in the locale files");

    let texts = |pairs: &[(&str, &str, &str)]| -> Vec<(String, String, String)> {
        pairs
            .iter()
            .map(|(l, i, t)| (l.to_string(), i.to_string(), t.to_string()))
            .collect()
    };
    let filled = texts(&[
        ("nb", "fa-barn-pet", "Kjæledyr"),
        ("nn", "fa-barn-pet", "Kjæledyr"),
        ("en", "fa-barn-pet", "Pet"),
        ("nb", "fa-barn-title", &shipped_title),
    ]);
    port.save_texts(&lars(), "fa-barn", &revision, &filled)
        .await
        .expect("saved");
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(draft.problems.is_empty(), "{:?}", draft.problems);
    let journey = draft.journey.expect("checks");
    assert_eq!(journey.texts["en"]["fa-barn-pet"], "Pet");
    assert!(
        !journey.texts["nb"].contains_key("fa-barn-title"),
        "a text as the locale files have it stays theirs"
    );
    assert_eq!(
        port.save_texts(
            &lars(),
            "fa-barn",
            &draft.revision,
            &texts(&[("nb", "nav-title", "x")])
        )
        .await,
        Err(AppError::Invalid(app::error::Refusal::FormMismatch)),
        "only the journey's own ids"
    );
    assert_eq!(
        port.save_texts(&lars(), "fa-barn", &revision, &filled)
            .await,
        Err(AppError::Conflict),
        "from the page as it was"
    );
}
