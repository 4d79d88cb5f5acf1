//! A finished preview kept as a saved test case, over HTTP as a browser without JavaScript posts
//! it: the check page of Lars's preview offers the form; a name that is empty or taken comes
//! back at the field with what was typed; a good one puts the walk in the draft's text, where the
//! draft page lists it as passing. Another agency's admin, and a citizen's own draft, are refused.

use crate::{
    authoring::{post, JOURNEY},
    helpers::{spawn_app, TestApp},
    journey::{answer, days_ago, logged_in, start},
    login::{location, page, synthetic},
};
use reqwest::Client;

/// Lars's preview of a new draft of Få barn as Kari, walked to the check page: its address.
async fn preview_walked(app: &TestApp, lars: &Client) -> String {
    let started = post(app, lars, JOURNEY, JOURNEY, &[("action", "new-draft")]).await;
    assert_eq!(location(&started), format!("{JOURNEY}/draft?done=draft"));
    let kari = synthetic("Kari Nordmann");
    let draft = format!("{JOURNEY}/draft");
    let started = post(
        app,
        lars,
        &draft,
        JOURNEY,
        &[("action", "preview"), ("person", &kari)],
    )
    .await;
    let mut at = location(&started);
    let born = days_ago(10);
    let child = synthetic("Aisha Khan");
    for answers in [
        vec![
            ("child_pid", child.as_str()),
            ("child_birth_date", born.as_str()),
        ],
        vec![("child_first_name", "Ida"), ("child_last_name", "Hansen")],
        vec![
            ("other_parent_takes_part", "no"),
            ("parents_relationship", "apart"),
        ],
        vec![("apply_parental_benefit", "no")],
        vec![("apply_child_benefit", "no")],
        vec![("kindergarten_wanted", "no")],
    ] {
        at = answer(app, lars, &at, &answers).await;
    }
    assert!(at.ends_with("/check"), "{at}");
    at
}

async fn save_case(app: &TestApp, browser: &Client, check: &str, name: &str) -> reqwest::Response {
    let preview = check.split('/').nth(2).expect("the preview's id");
    post(
        app,
        browser,
        JOURNEY,
        JOURNEY,
        &[
            ("action", "save-case"),
            ("preview", preview),
            ("name", name),
        ],
    )
    .await
}

#[tokio::test]
async fn a_finished_preview_is_kept_as_a_test_case_that_the_draft_runs() {
    let app = spawn_app().await;
    let lars = logged_in(&app, "Lars Dahl").await;
    let check = preview_walked(&app, &lars).await;
    let (_, html) = page(&app, &lars, &check).await;
    assert!(
        html.contains("Behold gjennomgangen som testtilfelle"),
        "{html}"
    );
    assert!(!html.contains("/submit"), "still no submit button");

    // No name: back to the check page, the problem at the field and in the summary.
    let refused = save_case(&app, &lars, &check, "  ").await;
    let back = location(&refused);
    assert!(
        back.starts_with(&format!("{check}?case_error=authoring-case-name-missing")),
        "{back}"
    );
    let (_, html) = page(&app, &lars, &back).await;
    assert!(html.contains("id=\"error-summary\""), "{html}");
    assert!(html.contains("Skriv et navn på testtilfellet."), "{html}");

    // Named: in the draft's text, and listed as passing.
    let name = "Ida uten søknader";
    let saved = save_case(&app, &lars, &check, name).await;
    assert_eq!(location(&saved), format!("{JOURNEY}/draft?done=case-saved"));
    let (_, html) = page(&app, &lars, &format!("{JOURNEY}/draft?done=case-saved")).await;
    assert!(
        html.contains("Gjennomgangen er lagret som testtilfelle i utkastet."),
        "{html}"
    );
    let item = html
        .split("<li>")
        .find(|item| item.contains(name))
        .unwrap_or_else(|| panic!("the case is listed: {html}"));
    assert!(item.starts_with("<strong>Bestått</strong>"), "{item}");
    let (_, text) = page(&app, &lars, &format!("{JOURNEY}/draft/text")).await;
    assert!(
        text.contains("name = &quot;Ida uten søknader&quot;")
            || text.contains("name = \"Ida uten søknader\""),
        "{text}"
    );

    // The same name again: refused, what was typed kept.
    let taken = save_case(&app, &lars, &check, name).await;
    let back = location(&taken);
    assert!(
        back.contains("case_error=authoring-case-name-taken"),
        "{back}"
    );
    let (_, html) = page(&app, &lars, &back).await;
    assert!(html.contains("value=\"Ida uten søknader\""), "{html}");

    // Another agency's admin may not; a citizen's own draft is no preview.
    let magnus = logged_in(&app, "Magnus Strand").await;
    assert_eq!(
        save_case(&app, &magnus, &check, "Magnus").await.status(),
        403
    );
    let kari = logged_in(&app, "Kari Nordmann").await;
    let own = start(&app, &kari, "fa-barn").await;
    let not_a_preview = save_case(&app, &lars, &own, "Karis eget").await;
    assert_eq!(not_a_preview.status(), 404);
}
