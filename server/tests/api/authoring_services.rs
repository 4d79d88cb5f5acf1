//! The forms for a draft's prefill look-ups and services over HTTP, as a browser without
//! JavaScript sends them: Lars Dahl (NAV) changes child benefit's condition and payload and adds
//! a look-up to Få barn, and sees them on the draft page; a refused form comes back with what
//! was typed and each problem at its field (422), a stale one with a note (409); a removal
//! another service waits for is refused; another agency's admin and a citizen get 403.

use crate::{
    authoring::post,
    helpers::spawn_app,
    journey::{hidden, logged_in},
    journey_versions::states,
    login::{location, page},
};
use server::storage::VersionState::{Draft, Published};

const JOURNEY: &str = "/admin/journeys/fa-barn";
const CHILD_BENEFIT: &str = "/admin/journeys/fa-barn/draft/service/child-benefit";
const SERVICES: &str = "/admin/journeys/fa-barn/draft/services";

/// The payload textarea's text on a service's form.
fn payload(html: &str) -> String {
    let start = html.find("name=\"payload\"").expect("the payload field");
    let text = &html[start..];
    let text = &text[text.find('>').expect("tag") + 1..];
    text[..text.find("</textarea>").expect("end")].to_string()
}

#[tokio::test]
async fn lars_changes_a_service_and_adds_a_look_up_and_the_draft_shows_both() {
    let app = spawn_app().await;
    let lars = logged_in(&app, "Lars Dahl").await;
    post(&app, &lars, JOURNEY, JOURNEY, &[("action", "new-draft")]).await;
    let (status, draft) = page(&app, &lars, &format!("{JOURNEY}/draft")).await;
    assert!(
        status == 200 && draft.contains(SERVICES),
        "the draft links the services"
    );
    assert!(draft.contains(&format!("{JOURNEY}/draft/prefill")));

    let (status, list) = page(&app, &lars, SERVICES).await;
    assert!(status == 200 && list.contains(CHILD_BENEFIT), "{list}");
    assert!(
        list.contains("kindergarten") && list.contains("child-name"),
        "what it waits for"
    );
    let (status, form) = page(&app, &lars, CHILD_BENEFIT).await;
    assert_eq!(status, 200, "{form}");
    let stored = payload(&form);
    assert!(
        stored.contains("bank_account = bank_account?\n"),
        "{stored}"
    );
    assert!(
        form.contains("value=\"apply_child_benefit == true\""),
        "{form}"
    );
    let changed = stored.replace("bank_account = bank_account?", "account = bank_account?");
    let saved = post(
        &app,
        &lars,
        CHILD_BENEFIT,
        CHILD_BENEFIT,
        &[
            ("action", "save"),
            ("revision", &hidden(&form, "revision")),
            ("agency", "nav"),
            ("operation", "child-benefit"),
            (
                "condition",
                "apply_child_benefit == true and child_lives_with_you == true",
            ),
            ("payload", &changed),
        ],
    )
    .await;
    assert_eq!(location(&saved), format!("{SERVICES}?done=service-saved"));

    let new = format!("{JOURNEY}/draft/prefill/new");
    let (status, form) = page(&app, &lars, &new).await;
    assert!(
        status == 200 && form.contains("value=\"folkeregisteret:person\""),
        "{form}"
    );
    // Every register the checker knows is offered, Aa-registeret with its two look-ups too.
    for offered in [
        r#"label="Aa-registeret (arbeidsgiver- og arbeidstakerregisteret)""#,
        r#"value="aa-registeret:employments""#,
        r#"value="aa-registeret:latest""#,
    ] {
        assert!(form.contains(offered), "{offered}: {form}");
    }
    let added = post(
        &app,
        &lars,
        &new,
        &new,
        &[
            ("action", "add"),
            ("revision", &hidden(&form, "revision")),
            ("lookup", "folkeregisteret:person"),
            ("fill", "child_last_name = name\r\n"),
        ],
    )
    .await;
    assert_eq!(
        location(&added),
        format!("{JOURNEY}/draft/prefill?done=prefill-added")
    );
    let (_, prefill) = page(&app, &lars, &format!("{JOURNEY}/draft/prefill")).await;
    assert!(prefill.contains("child_last_name = name"), "{prefill}");

    let (_, draft) = page(&app, &lars, &format!("{JOURNEY}/draft")).await;
    assert!(
        draft.contains("payload.account") && draft.contains("child_lives_with_you == true"),
        "what the draft changes: {draft}"
    );
    let (_, journey) = page(&app, &lars, JOURNEY).await;
    assert!(
        journey.contains("Endret en tjeneste")
            && journey.contains("La til et oppslag i et register"),
        "the audit trail, in words"
    );
}

#[tokio::test]
async fn a_refused_form_keeps_what_was_typed_and_says_why_at_its_field() {
    let app = spawn_app().await;
    let lars = logged_in(&app, "Lars Dahl").await;
    post(&app, &lars, JOURNEY, JOURNEY, &[("action", "new-draft")]).await;
    let (_, form) = page(&app, &lars, CHILD_BENEFIT).await;
    let revision = hidden(&form, "revision");
    let typed = "child_pid = child_pid\r\nshoe = shoe_size";
    let fields = |revision: &str| {
        vec![
            ("action", "save".to_string()),
            ("revision", revision.to_string()),
            ("agency", "nav".to_string()),
            ("operation", "child-benefit".to_string()),
            ("condition", "apply_child_benefit == true".to_string()),
            ("after", "child-name".to_string()),
            ("payload", typed.to_string()),
        ]
    };
    let form: Vec<(&str, String)> = fields(&revision);
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = post(&app, &lars, CHILD_BENEFIT, CHILD_BENEFIT, &form).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("body");
    assert!(
        html.contains("href=\"#s-payload\""),
        "the summary links the field: {html}"
    );
    assert!(
        html.contains("<p id=\"s-payload-error\" class=\"ds-validation-message\">unknown field `shoe_size`</p>"),
        "{html}"
    );
    assert_eq!(
        payload(&html),
        "child_pid = child_pid\nshoe = shoe_size",
        "typed, kept"
    );
    assert!(html.contains("value=\"child-name\" checked"), "{html}");

    let agency: Vec<(&str, &str)> = form
        .iter()
        .map(|(k, v)| {
            if *k == "agency" {
                (*k, "nasa")
            } else {
                (*k, *v)
            }
        })
        .collect();
    let refused = post(&app, &lars, CHILD_BENEFIT, CHILD_BENEFIT, &agency).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("body");
    assert!(
        html.contains("Velg en av etatene i listen."),
        "in the admin's language: {html}"
    );

    // A look-up was added in between (as by another admin): the service's form from before
    // writes nothing, and comes back with what was typed.
    let new = format!("{JOURNEY}/draft/prefill/new");
    let lookup = [
        ("action", "add"),
        ("revision", revision.as_str()),
        ("lookup", "folkeregisteret:person"),
        ("fill", "child_last_name = name"),
    ];
    let added = post(&app, &lars, &new, &new, &lookup).await;
    assert_eq!(
        location(&added),
        format!("{JOURNEY}/draft/prefill?done=prefill-added")
    );
    let stale = post(&app, &lars, CHILD_BENEFIT, CHILD_BENEFIT, &form).await;
    assert_eq!(stale.status(), 409);
    let html = stale.text().await.expect("body");
    assert!(
        html.contains("Utkastet er endret siden du åpnet siden"),
        "{html}"
    );
    assert_eq!(payload(&html), "child_pid = child_pid\nshoe = shoe_size");

    // The kindergarten waits for the name registration: it stays, and the page says where.
    let (_, list) = page(&app, &lars, SERVICES).await;
    let removed = post(
        &app,
        &lars,
        SERVICES,
        SERVICES,
        &[
            ("action", "remove"),
            ("revision", &hidden(&list, "revision")),
            ("service", "child-name"),
        ],
    )
    .await;
    assert_eq!(removed.status(), 422);
    let html = removed.text().await.expect("body");
    assert!(
        html.contains("child-name ble ikke fjernet")
            && html.contains("id=\"service-kindergarten-error\"")
            && html.contains("unknown service `child-name`"),
        "{html}"
    );
    assert!(html.contains(CHILD_BENEFIT), "still listed");
    assert_eq!(
        states(&app.database_url, "fa-barn").await,
        [(6, Published), (7, Draft)]
    );
}

#[tokio::test]
async fn only_the_owners_admins_see_or_change_a_drafts_services() {
    let app = spawn_app().await;
    let lars = logged_in(&app, "Lars Dahl").await;
    post(&app, &lars, JOURNEY, JOURNEY, &[("action", "new-draft")]).await;
    let (_, form) = page(&app, &lars, CHILD_BENEFIT).await;
    let revision = hidden(&form, "revision");
    let (status, _) = page(&app, &lars, &format!("{JOURNEY}/draft/service/no-such")).await;
    assert_eq!(status, 404);

    let magnus = logged_in(&app, "Magnus Strand").await;
    for path in [SERVICES, CHILD_BENEFIT, &format!("{JOURNEY}/draft/prefill")] {
        let (status, _) = page(&app, &magnus, path).await;
        assert_eq!(status, 403, "{path}");
    }
    // Magnus posts with a token of his own session, from a page he may read.
    let refused = post(
        &app,
        &magnus,
        "/admin/journeys",
        CHILD_BENEFIT,
        &[
            ("action", "save"),
            ("revision", &revision),
            ("agency", "skatteetaten"),
            ("operation", "child-benefit"),
            ("payload", "child_pid = child_pid"),
        ],
    )
    .await;
    assert_eq!(refused.status(), 403);
    let kari = logged_in(&app, "Kari Nordmann").await;
    let (status, _) = page(&app, &kari, SERVICES).await;
    assert_eq!(status, 403);
    let (_, form) = page(&app, &lars, CHILD_BENEFIT).await;
    assert_eq!(hidden(&form, "revision"), revision, "nothing written");
}
