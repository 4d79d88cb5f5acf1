//! Moving drafts chosen per change, over HTTP as a browser without JavaScript posts the publish
//! form: the draft page lists each change that touches a draft in progress, ticked; unticked,
//! the drafts it touches stay on their version; and a file imported as the draft from the
//! journey page (SQLite, or PostgreSQL with `TEST_DATABASE_URL`).

use crate::{
    authoring::{draft_with_twins_on, post, JOURNEY},
    helpers::{spawn_app, TestApp},
    journey::{answer, days_ago, hidden, logged_in, start},
    login::{location, page, synthetic},
};
use reqwest::Client;
use server::storage::Database;

/// Kari has passed the child step of Få barn v6: her step page's address.
async fn kari_past_the_child_step(app: &TestApp) -> (Client, String) {
    let kari = logged_in(app, "Kari Nordmann").await;
    let first = start(app, &kari, "fa-barn").await;
    let child = synthetic("Aisha Khan");
    answer(
        app,
        &kari,
        &first,
        &[("child_pid", &child), ("child_birth_date", &days_ago(10))],
    )
    .await;
    (kari, first)
}

/// The versions of Få barn's open drafts.
async fn draft_versions(app: &TestApp) -> Vec<i64> {
    let database = Database::connect(&app.database_url).await.expect("connect");
    let drafts = database
        .authoring()
        .drafts_below("fa-barn", 100)
        .await
        .expect("drafts");
    database.close().await;
    drafts.iter().map(|d| d.version).collect()
}

/// Publishes the draft now, moving drafts, with the page's listed changes and `ticked` of them.
async fn publish_moving(app: &TestApp, lars: &Client, ticked: bool) -> reqwest::Response {
    let draft = format!("{JOURNEY}/draft");
    let (_, html) = page(app, lars, &draft).await;
    let (version, revision) = (hidden(&html, "version"), hidden(&html, "revision"));
    let key = "required:child/twins";
    assert!(
        html.contains(&format!(r#"name="touch" value="{key}""#)),
        "the change is listed: {html}"
    );
    let mut form = vec![
        ("action", "publish"),
        ("version", version.as_str()),
        ("revision", revision.as_str()),
        ("when", "now"),
        ("move_drafts", "yes"),
        ("touch", key),
    ];
    if ticked {
        form.push(("move_touch", key));
    }
    post(app, lars, &draft, JOURNEY, &form).await
}

#[tokio::test]
async fn a_change_left_unticked_keeps_the_drafts_it_touches_on_their_version() {
    let app = spawn_app().await;
    let (kari, first) = kari_past_the_child_step(&app).await;
    let lars = logged_in(&app, "Lars Dahl").await;
    // A new required question on a step Kari has passed touches her draft.
    draft_with_twins_on(&app, &lars, "child", "").await;
    let (_, html) = page(&app, &lars, &format!("{JOURNEY}/draft")).await;
    assert!(
        html.contains("Endringer som berører påbegynte søknader"),
        "{html}"
    );

    let published = publish_moving(&app, &lars, false).await;

    assert_eq!(location(&published), format!("{JOURNEY}?done=published"));
    assert_eq!(draft_versions(&app).await, [6], "Kari's draft stays on v6");
    let (status, html) = page(&app, &kari, &first).await;
    assert_eq!(status, 200, "{html}");
    assert!(
        !html.contains("Tjenesten er endret"),
        "nothing to tell her: {html}"
    );
}

#[tokio::test]
async fn a_ticked_change_moves_the_drafts_it_touches() {
    let app = spawn_app().await;
    let (kari, first) = kari_past_the_child_step(&app).await;
    let lars = logged_in(&app, "Lars Dahl").await;
    draft_with_twins_on(&app, &lars, "child", "").await;

    let published = publish_moving(&app, &lars, true).await;

    assert_eq!(location(&published), format!("{JOURNEY}?done=published"));
    assert_eq!(draft_versions(&app).await, [7], "Kari's draft is on v7");
    let (_, html) = page(&app, &kari, &first).await;
    assert!(
        html.contains("Tjenesten er endret siden du begynte"),
        "{html}"
    );
}

/// A `multipart/form-data` body of the import form, as a browser sends it.
fn import_body(token: &str, file: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----veiviser-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fa-barn.toml\"\r\n\
         Content-Type: text/plain\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn import(
    app: &TestApp,
    lars: &Client,
    file: &[u8],
    token: Option<&str>,
) -> reqwest::Response {
    let (_, html) = page(app, lars, JOURNEY).await;
    let token = token.map_or_else(|| crate::login::csrf_token(&html), str::to_string);
    let (kind, body) = import_body(&token, file);
    lars.post(app.url(JOURNEY))
        .header("content-type", kind)
        .body(body)
        .send()
        .await
        .expect("post")
}

#[tokio::test]
async fn a_file_is_imported_as_the_draft_and_a_wrong_one_is_refused_at_the_field() {
    let app = spawn_app().await;
    let lars = logged_in(&app, "Lars Dahl").await;
    let (status, published) = page(&app, &lars, &format!("{JOURNEY}/versions/6")).await;
    assert_eq!(status, 200);

    let refused = import(&app, &lars, b"[journey\nid = ", None).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("page");
    assert!(html.contains("Filen er ikke gyldig TOML"), "{html}");
    assert!(html.contains(r#"aria-invalid="true""#), "at the field");
    let forged = import(&app, &lars, published.as_bytes(), Some("not-the-token")).await;
    assert_eq!(forged.status(), 303);
    assert_eq!(draft_versions_stored(&app).await, 0, "nothing stored");

    let imported = import(&app, &lars, published.as_bytes(), None).await;
    assert_eq!(
        location(&imported),
        format!("{JOURNEY}/draft?done=imported")
    );
    assert_eq!(draft_versions_stored(&app).await, 1);
    let (_, draft) = page(&app, &lars, &location(&imported)).await;
    assert!(draft.contains("Filen er lagret som utkast"), "{draft}");

    // Another agency's admin may not.
    let magnus = logged_in(&app, "Magnus Strand").await;
    let (_, other) = page(&app, &magnus, "/admin").await;
    let (kind, body) = import_body(&crate::login::csrf_token(&other), published.as_bytes());
    let foreign = magnus
        .post(app.url(JOURNEY))
        .header("content-type", kind)
        .body(body)
        .send()
        .await
        .expect("post");
    assert_eq!(foreign.status(), 403);
}

/// How many draft versions Få barn has stored (0 or 1).
async fn draft_versions_stored(app: &TestApp) -> usize {
    crate::journey_versions::states(&app.database_url, "fa-barn")
        .await
        .iter()
        .filter(|(_, state)| *state == server::storage::VersionState::Draft)
        .count()
}
