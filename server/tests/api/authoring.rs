//! Agency admins author journeys over HTTP, as a browser without JavaScript does: Lars Dahl
//! (NAV) adds a question to Få barn, reads what it changes and publishes it, while Kari's draft
//! started before goes on and is submitted on the old version; who may do what; a draft with
//! problems; a save from an older page; a draft moved to the new version tells its citizen once
//! (SQLite, or PostgreSQL with `TEST_DATABASE_URL`).

use crate::{
    helpers::{spawn_app, TestApp},
    journey::{answer, days_ago, hidden, logged_in, start, walk_fa_barn},
    journey_versions::states,
    login::{browser, csrf_token, location, page, synthetic},
};
use reqwest::Client;
use server::storage::VersionState::{Draft, Published, Retired};

pub(crate) const JOURNEY: &str = "/admin/journeys/fa-barn";

/// Posts `form` (with the page's token) to `path`: the response.
pub(crate) async fn post(
    app: &TestApp,
    browser: &Client,
    token_from: &str,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    let (status, html) = page(app, browser, token_from).await;
    assert_eq!(status, 200, "{token_from}: {html}");
    let token = csrf_token(&html);
    let mut form: Vec<(&str, &str)> = form.to_vec();
    form.push(("csrf_token", &token));
    browser
        .post(app.url(path))
        .form(&form)
        .send()
        .await
        .expect("post")
}

/// Lars starts a draft of Få barn and adds the twins question to its family step, shown when
/// `condition` holds (empty: always).
async fn draft_with_twins(app: &TestApp, lars: &Client, condition: &str) {
    draft_with_twins_on(app, lars, "family", condition).await;
}

/// As `draft_with_twins`, on `step`.
pub(crate) async fn draft_with_twins_on(app: &TestApp, lars: &Client, step: &str, condition: &str) {
    let started = post(app, lars, JOURNEY, JOURNEY, &[("action", "new-draft")]).await;
    assert_eq!(location(&started), format!("{JOURNEY}/draft?done=draft"));
    let form = format!("{JOURNEY}/draft/question");
    let (_, html) = page(app, lars, &form).await;
    let revision = hidden(&html, "revision");
    let added = post(
        app,
        lars,
        &form,
        &form,
        &[
            ("action", "add"),
            ("revision", &revision),
            ("step", step),
            ("id", "twins"),
            ("kind", "yes_no"),
            ("required", "yes"),
            ("condition", condition),
            ("label-nb", "Er det tvillinger?"),
            ("label-nn", "Er det tvillingar?"),
            ("label-en", "Are they twins?"),
        ],
    )
    .await;
    assert_eq!(location(&added), format!("{JOURNEY}/draft?done=question"));
}

/// Publishes the draft as its page offers it.
async fn publish(app: &TestApp, lars: &Client, move_drafts: bool) -> reqwest::Response {
    let draft = format!("{JOURNEY}/draft");
    let (_, html) = page(app, lars, &draft).await;
    let (version, revision) = (hidden(&html, "version"), hidden(&html, "revision"));
    let mut form = vec![
        ("action", "publish"),
        ("version", version.as_str()),
        ("revision", revision.as_str()),
        ("when", "now"),
    ];
    if move_drafts {
        form.push(("move_drafts", "yes"));
    }
    post(app, lars, &draft, JOURNEY, &form).await
}

#[tokio::test]
async fn lars_adds_a_question_and_publishes_it_while_karis_draft_finishes_on_the_old_version() {
    let app = spawn_app().await;
    let kari = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &kari).await;

    let lars = logged_in(&app, "Lars Dahl").await;
    let (status, list) = page(&app, &lars, "/admin/journeys").await;
    assert!(status == 200 && list.contains(JOURNEY), "{list}");
    draft_with_twins(&app, &lars, "other_parent_takes_part == true").await;
    let (status, draft) = page(&app, &lars, &format!("{JOURNEY}/draft")).await;
    assert_eq!(status, 200, "{draft}");
    assert!(draft.contains("Er det tvillinger?"), "the draft's own text");
    assert!(
        draft.contains("twins") && draft.contains("lagt til"),
        "the change"
    );
    assert!(draft.contains("<svg") && draft.contains("Hvorfor vises dette?"));
    let (status, compared) = page(&app, &lars, &format!("{JOURNEY}/compare?from=6&to=7")).await;
    assert!(
        status == 200 && compared.contains("Er det tvillingar?"),
        "{compared}"
    );

    let published = publish(&app, &lars, false).await;
    assert_eq!(location(&published), format!("{JOURNEY}?done=published"));
    assert_eq!(
        states(&app.database_url, "fa-barn").await,
        [(6, Retired), (7, Published)]
    );

    // Kari's draft, started on v6, is submitted on it.
    let (status, html) = page(&app, &kari, &check).await;
    assert_eq!(status, 200, "{html}");
    assert!(!html.contains("tvillinger"), "v6 has no such question");
    let submitted = kari
        .post(app.url(&check.replace("/check", "/submit")))
        .form(&[("csrf_token", csrf_token(&html))])
        .send()
        .await
        .expect("submit");
    assert!(location(&submitted).starts_with("/receipt/VV-"));

    // A new start gets v7, and the question, served without a restart.
    let ola = logged_in(&app, "Ola Nordmann").await;
    let first = start(&app, &ola, "fa-barn").await;
    let child = synthetic("Aisha Khan");
    let name = answer(
        &app,
        &ola,
        &first,
        &[("child_pid", &child), ("child_birth_date", &days_ago(10))],
    )
    .await;
    let family = answer(
        &app,
        &ola,
        &name,
        &[
            ("child_first_name", "Emil"),
            ("child_last_name", "Nordmann"),
        ],
    )
    .await;
    assert!(family.ends_with("/family"), "{family}");
    let (_, html) = page(&app, &ola, &family).await;
    assert!(html.contains("Er det tvillinger?"), "{html}");
}

#[tokio::test]
async fn only_the_owners_admins_change_a_journey_and_no_one_else_reads_them() {
    let app = spawn_app().await;
    let anonymous = browser();
    let response = anonymous
        .get(app.url("/admin/journeys"))
        .send()
        .await
        .expect("get");
    assert_eq!(response.status(), 303, "to the login");
    let kari = logged_in(&app, "Kari Nordmann").await;
    let (status, _) = page(&app, &kari, "/admin/journeys").await;
    assert_eq!(status, 403);

    let magnus = logged_in(&app, "Magnus Strand").await;
    let (status, html) = page(&app, &magnus, JOURNEY).await;
    assert_eq!(status, 200, "any admin reads: {html}");
    assert!(!html.contains("new-draft"), "no form to change it");
    let refused = post(&app, &magnus, JOURNEY, JOURNEY, &[("action", "new-draft")]).await;
    assert_eq!(refused.status(), 403);
    let (status, _) = page(&app, &magnus, &format!("{JOURNEY}/draft/text")).await;
    assert!(status == 403 || status == 404, "{status}");
    assert_eq!(states(&app.database_url, "fa-barn").await, [(6, Published)]);

    // The published text downloads for any admin; a version that does not exist is 404.
    let download = magnus
        .get(app.url(&format!("{JOURNEY}/versions/6")))
        .send()
        .await
        .expect("get");
    assert_eq!(download.status(), 200);
    let disposition = download.headers()["content-disposition"]
        .to_str()
        .unwrap_or_default()
        .to_string();
    assert!(disposition.contains("fa-barn-v6.toml"), "{disposition}");
    assert!(download
        .text()
        .await
        .expect("text")
        .contains("id = \"fa-barn\""));
    let (status, _) = page(&app, &magnus, &format!("{JOURNEY}/versions/99")).await;
    assert_eq!(status, 404);

    // A form without the session's token changes nothing.
    let lars = logged_in(&app, "Lars Dahl").await;
    let forged = lars
        .post(app.url(JOURNEY))
        .form(&[("action", "new-draft"), ("csrf_token", "forged")])
        .send()
        .await
        .expect("post");
    assert_eq!(forged.status(), 303);
    assert!(
        !location(&forged).contains("done="),
        "{}",
        location(&forged)
    );
    assert_eq!(states(&app.database_url, "fa-barn").await, [(6, Published)]);
}

#[tokio::test]
async fn a_draft_with_problems_says_where_and_is_not_published_and_a_stale_save_keeps_the_text() {
    let app = spawn_app().await;
    let lars = logged_in(&app, "Lars Dahl").await;
    post(&app, &lars, JOURNEY, JOURNEY, &[("action", "new-draft")]).await;
    let text = format!("{JOURNEY}/draft/text");
    let (_, html) = page(&app, &lars, &text).await;
    let revision = hidden(&html, "revision");
    let source = std::fs::read_to_string(crate::helpers::repo_root().join("journeys/fa-barn.toml"))
        .expect("fa-barn")
        .replacen("version = 6", "version = 7", 1)
        .replacen(
            "show_if = \"other_parent_takes_part == true\"",
            "show_if = \"no_such_answer == true\"",
            1,
        );
    let saved = post(
        &app,
        &lars,
        &text,
        &text,
        &[
            ("action", "save"),
            ("revision", &revision),
            ("source", &source),
        ],
    )
    .await;
    assert_eq!(location(&saved), format!("{text}?done=saved"));
    let (_, draft) = page(&app, &lars, &format!("{JOURNEY}/draft")).await;
    assert!(
        draft.contains("no_such_answer") && draft.contains("Linje "),
        "{draft}"
    );
    assert!(
        !draft.contains("name=\"action\" value=\"publish\""),
        "no publish form"
    );

    // A save from the page as it was before: refused, what was typed shown back.
    let stale = post(
        &app,
        &lars,
        &text,
        &text,
        &[
            ("action", "save"),
            ("revision", &revision),
            ("source", "typed = 1"),
        ],
    )
    .await;
    assert_eq!(stale.status(), 409);
    let html = stale.text().await.expect("body");
    assert!(
        html.contains("typed = 1") && html.contains("En annen administrator"),
        "{html}"
    );
    assert_eq!(
        states(&app.database_url, "fa-barn").await,
        [(6, Published), (7, Draft)]
    );
}

#[tokio::test]
async fn a_draft_moved_to_the_new_version_tells_its_citizen_what_changed_once() {
    let app = spawn_app().await;
    let kari = logged_in(&app, "Kari Nordmann").await;
    let first = start(&app, &kari, "fa-barn").await;
    let child = synthetic("Aisha Khan");
    answer(
        &app,
        &kari,
        &first,
        &[("child_pid", &child), ("child_birth_date", &days_ago(10))],
    )
    .await;

    let lars = logged_in(&app, "Lars Dahl").await;
    draft_with_twins(&app, &lars, "").await;
    let published = publish(&app, &lars, true).await;
    assert_eq!(location(&published), format!("{JOURNEY}?done=published"));

    let (status, html) = page(&app, &kari, &first).await;
    assert_eq!(status, 200, "{html}");
    assert!(
        html.contains("Tjenesten er endret siden du begynte"),
        "{html}"
    );
    let (_, again) = page(&app, &kari, &first).await;
    assert!(!again.contains("Tjenesten er endret"), "told once");
}

#[tokio::test]
async fn a_preview_as_kari_shows_the_new_question_and_cannot_be_submitted() {
    let app = spawn_app().await;
    let lars = logged_in(&app, "Lars Dahl").await;
    draft_with_twins(&app, &lars, "").await;
    let draft = format!("{JOURNEY}/draft");
    let kari = synthetic("Kari Nordmann");
    let started = post(
        &app,
        &lars,
        &draft,
        JOURNEY,
        &[("action", "preview"), ("person", &kari)],
    )
    .await;
    let first = location(&started);
    assert!(
        first.starts_with("/journey/") && first.ends_with("/child"),
        "{first}"
    );
    let (status, html) = page(&app, &lars, &first).await;
    assert_eq!(status, 200, "{html}");
    assert!(
        html.contains("Forhåndsvisning av versjon 7 som Kari Nordmann"),
        "{html}"
    );
    // The registers were read about Kari: her newborn is prefilled.
    assert!(html.contains("child_pid"));
    let name = answer(
        &app,
        &lars,
        &first,
        &[
            ("child_pid", &synthetic("Aisha Khan")),
            ("child_birth_date", &days_ago(10)),
        ],
    )
    .await;
    let family = answer(
        &app,
        &lars,
        &name,
        &[
            ("child_first_name", "Emil"),
            ("child_last_name", "Nordmann"),
        ],
    )
    .await;
    let (_, html) = page(&app, &lars, &family).await;
    assert!(html.contains("Er det tvillinger?"), "the draft's question");

    // Not on Lars's My page, and a submit is refused.
    let (_, mine) = page(&app, &lars, "/my-page").await;
    assert!(
        !mine.contains(first.split('/').nth(2).unwrap_or("?")),
        "{mine}"
    );
    let check = first.replace("/child", "/check");
    let (_, html) = page(&app, &lars, &check).await;
    assert!(!html.contains("/submit"), "no submit button");
    let refused = lars
        .post(app.url(&check.replace("/check", "/submit")))
        .form(&[("csrf_token", csrf_token(&html))])
        .send()
        .await
        .expect("post");
    assert_eq!(refused.status(), 403);
}
