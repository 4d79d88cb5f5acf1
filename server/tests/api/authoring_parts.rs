//! Steps and questions in forms of their own, over HTTP as a browser without JavaScript posts
//! them: Lars Dahl (NAV) adds a step to Få barn's draft and changes a question's options, and
//! sees both on the draft page and in the audit trail; a refused or stale form comes back with
//! what was typed and why; a question something refers to is not removed; nobody but the
//! owner's admins sees or changes the forms.

use crate::{
    authoring::post,
    helpers::{spawn_app, TestApp},
    journey::{hidden, logged_in},
    login::{location, page},
};
use reqwest::Client;

const JOURNEY: &str = "/admin/journeys/fa-barn";

/// Lars starts a draft of Få barn.
async fn draft(app: &TestApp) -> Client {
    let lars = logged_in(app, "Lars Dahl").await;
    let started = post(app, &lars, JOURNEY, JOURNEY, &[("action", "new-draft")]).await;
    assert_eq!(location(&started), format!("{JOURNEY}/draft?done=draft"));
    lars
}

/// The "add a step" form as Lars fills it, with the revision of `form`'s page.
async fn add_step(
    app: &TestApp,
    lars: &Client,
    revision: &str,
    (id, heading): (&str, &str),
) -> reqwest::Response {
    let path = format!("{JOURNEY}/draft/step");
    let form = [
        ("action", "add"),
        ("revision", revision),
        ("id", id),
        ("after", "family"),
        // Shown on no saved test case's path.
        (
            "condition",
            "other_parent_takes_part == true and parents_relationship == \"apart\"",
        ),
        ("heading-nb", heading),
        ("heading-nn", "Meir om familien"),
        ("heading-en", "More about the family"),
    ];
    post(app, lars, &path, &path, &form).await
}

#[tokio::test]
async fn lars_adds_a_step_changes_a_questions_options_and_sees_both_on_the_draft_page() {
    let app = spawn_app().await;
    let lars = draft(&app).await;
    let (status, form) = page(&app, &lars, &format!("{JOURNEY}/draft/step")).await;
    assert_eq!(status, 200, "{form}");
    assert!(form.contains(r#"<label for="s-heading-nn""#), "{form}");
    let revision = hidden(&form, "revision");
    let added = add_step(&app, &lars, &revision, ("extra", "Mer om familien")).await;
    assert_eq!(
        location(&added),
        format!("{JOURNEY}/draft?done=step-added#step-extra")
    );

    let (_, draft) = page(&app, &lars, &format!("{JOURNEY}/draft")).await;
    assert!(draft.contains("Mer om familien"), "the new step's heading");
    for link in [
        "/draft/step/extra\"",
        "/draft/step/family/question/parents_relationship\"",
        "/draft/step/family/question/other_children.other_child_name\"",
        "/draft/step\"",
    ] {
        assert!(draft.contains(&format!("{JOURNEY}{link}")), "{link}");
    }
    let (status, step) = page(&app, &lars, &format!("{JOURNEY}/draft/step/extra")).await;
    assert!(
        status == 200 && step.contains(r#"value="Meir om familien""#),
        "{step}"
    );

    let path = format!("{JOURNEY}/draft/step/family/question/parents_relationship");
    let (status, question) = page(&app, &lars, &path).await;
    assert_eq!(status, 200, "{question}");
    let options = question
        .split("name=\"options\"")
        .nth(1)
        .and_then(|rest| rest.split_once('>'))
        .and_then(|(_, rest)| rest.split("</textarea>").next())
        .expect("the options")
        .to_string();
    assert!(options.starts_with("married | "), "prefilled: {options}");
    let options = format!("{options}\nwidowed | Enke | Enkje | Widowed");
    let saved = post(
        &app,
        &lars,
        &path,
        &path,
        &[
            ("action", "save"),
            ("revision", &hidden(&question, "revision")),
            ("required", "yes"),
            ("options", &options),
            ("label-nb", "Hva er forholdet mellom dere?"),
            ("label-nn", "Kva er forholdet mellom dykk?"),
            ("label-en", "What is your relationship?"),
        ],
    )
    .await;
    assert_eq!(
        location(&saved),
        format!("{JOURNEY}/draft?done=question-saved#step-family")
    );
    let (_, draft) = page(&app, &lars, &format!("{JOURNEY}/draft")).await;
    assert!(
        draft.contains("Hva er forholdet mellom dere?"),
        "the new label"
    );
    let (_, compared) = page(&app, &lars, &format!("{JOURNEY}/compare?from=6&to=7")).await;
    assert!(
        compared.contains("Enke"),
        "the new option's text: {compared}"
    );
    let (_, journey) = page(&app, &lars, JOURNEY).await;
    assert!(
        journey.contains("La til et steg") && journey.contains("Endret et spørsmål"),
        "the audit trail, in the page's language"
    );
}

#[tokio::test]
async fn a_refused_or_stale_form_comes_back_with_what_was_typed_and_why() {
    let app = spawn_app().await;
    let lars = draft(&app).await;
    let (_, form) = page(&app, &lars, &format!("{JOURNEY}/draft/step")).await;
    let revision = hidden(&form, "revision");

    let refused = add_step(&app, &lars, &revision, ("Extra!", "Mer om familien")).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("page");
    assert!(
        html.contains("error-summary") && html.contains("href=\"#s-id\""),
        "{html}"
    );
    assert!(
        html.contains("Skriv en id med små bokstaver"),
        "at the field, in Norwegian"
    );
    assert!(html.contains(r#"value="Extra!""#), "what was typed is kept");

    let stale = add_step(&app, &lars, "old", ("extra", "Typed before")).await;
    assert_eq!(stale.status(), 409);
    let html = stale.text().await.expect("page");
    assert!(html.contains("endret siden du åpnet siden"), "{html}");
    assert!(
        html.contains(r#"value="Typed before""#),
        "what was typed is kept"
    );

    // The checker's words at the condition, with what was typed.
    let path = format!("{JOURNEY}/draft/step/family");
    let (_, step) = page(&app, &lars, &path).await;
    let form = [
        ("action", "save"),
        ("revision", &hidden(&step, "revision")),
        ("condition", "nobody_knows == true"),
        ("heading-nb", "Familien"),
        ("heading-nn", "Familien"),
        ("heading-en", "The family"),
    ];
    let refused = post(&app, &lars, &path, &path, &form).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("page");
    assert!(html.contains("href=\"#s-condition\""), "{html}");
    assert!(
        html.contains("nobody_knows"),
        "the checker's words and the typed condition"
    );

    // A question a service's payload maps is not removed.
    let path = format!("{JOURNEY}/draft/step/family/question/other_parent_pid");
    let (_, question) = page(&app, &lars, &path).await;
    let form = [
        ("action", "remove"),
        ("revision", &hidden(&question, "revision")),
    ];
    let refused = post(&app, &lars, &path, &path, &form).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("page");
    assert!(html.contains("kan ikke fjernes ennå"), "{html}");
    let (_, draft) = page(&app, &lars, &format!("{JOURNEY}/draft")).await;
    assert!(draft.contains("question/other_parent_pid"), "still there");
}

#[tokio::test]
async fn only_the_owners_admins_see_or_change_the_step_and_question_forms() {
    let app = spawn_app().await;
    draft(&app).await;
    let forms = [
        (format!("{JOURNEY}/draft/step"), "add"),
        (format!("{JOURNEY}/draft/step/family"), "save"),
        (
            format!("{JOURNEY}/draft/step/family/question/parents_relationship"),
            "remove",
        ),
    ];
    let magnus = logged_in(&app, "Magnus Strand").await;
    let kari = logged_in(&app, "Kari Nordmann").await;
    for (path, action) in &forms {
        let (status, _) = page(&app, &magnus, path).await;
        assert_eq!(status, 403, "another agency's admin: {path}");
        let (status, _) = page(&app, &kari, path).await;
        assert_eq!(status, 403, "a citizen: {path}");
        let refused = post(
            &app,
            &magnus,
            JOURNEY,
            path,
            &[("action", action), ("revision", "x")],
        )
        .await;
        assert_eq!(refused.status(), 403, "{path}");
    }
    let lars = logged_in(&app, "Lars Dahl").await;
    let (status, _) = page(&app, &lars, &format!("{JOURNEY}/draft/step/nowhere")).await;
    assert_eq!(status, 404);
    let (status, _) = page(
        &app,
        &lars,
        &format!("{JOURNEY}/draft/step/family/question/nope"),
    )
    .await;
    assert_eq!(status, 404);
}
