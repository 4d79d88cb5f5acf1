//! The citizen's journey over HTTP, as a browser without JavaScript drives it: start, post each
//! step, get redirected, check and submit once (refusals and sessions are beside it).

use crate::{
    helpers::{spawn_app, TestApp},
    login::{browser, csrf_token, location, login, page, synthetic, through_provider},
};
use reqwest::{Client, Response};

/// The value of a hidden input on a page.
pub(crate) fn hidden(html: &str, name: &str) -> String {
    html.split(&format!(r#"name="{name}" value=""#))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no hidden `{name}` in the page"))
        .to_string()
}

/// A date `days` ago as a person types it.
pub(crate) fn days_ago(days: i64) -> String {
    (chrono::Utc::now().date_naive() - chrono::Duration::days(days))
        .format("%d.%m.%Y")
        .to_string()
}

/// Starts `journey` afresh from its life event page and returns the first step's path. A
/// citizen with an open draft of it is offered to continue that draft instead; to begin again,
/// they delete it first (its confirmation page, then its form), as this does.
pub(crate) async fn start(app: &TestApp, browser: &Client, journey: &str) -> String {
    let (status, mut html) = page(app, browser, &format!("/life-event/{journey}")).await;
    assert_eq!(status, 200);
    let open = html
        .split(r#"href="/journey/"#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|link| link.ends_with("/delete"))
        .map(|link| format!("/journey/{link}"));
    if let Some(delete) = open {
        let (_, confirm) = page(app, browser, &delete).await;
        let deleted = browser
            .post(app.url(&delete))
            .form(&[("csrf_token", csrf_token(&confirm))])
            .send()
            .await
            .expect("delete the open draft");
        assert_eq!(location(&deleted), "/my-page?deleted=1");
        html = page(app, browser, &format!("/life-event/{journey}"))
            .await
            .1;
    }
    assert!(
        html.contains(&format!(r#"action="/life-event/{journey}/start""#)),
        "a start form: {html}"
    );
    let started = browser
        .post(app.url(&format!("/life-event/{journey}/start")))
        .form(&[("csrf_token", csrf_token(&html))])
        .send()
        .await
        .expect("start");
    assert_eq!(started.status(), 303);
    location(&started)
}

/// Posts a step as its page's form would, with `answers` (names without the `a.` prefix) and
/// `action`, and returns the response (a redirect when the post was taken).
pub(crate) async fn post_step(
    app: &TestApp,
    browser: &Client,
    path: &str,
    answers: &[(&str, &str)],
    action: &str,
) -> Response {
    let (status, html) = page(app, browser, path).await;
    assert!(status == 200 || status == 422, "{path}: {status}");
    let mut form = vec![
        ("csrf_token".to_string(), csrf_token(&html)),
        ("revision".to_string(), hidden(&html, "revision")),
        ("base".to_string(), hidden(&html, "base")),
        ("action".to_string(), action.to_string()),
    ];
    if html.contains(r#"name="return" value="check""#) {
        form.push(("return".into(), "check".into()));
    }
    form.extend(
        answers
            .iter()
            .map(|(k, v)| (format!("a.{k}"), v.to_string())),
    );
    let action_path = path.split(['?', '#']).next().expect("path");
    browser
        .post(app.url(action_path))
        .form(&form)
        .send()
        .await
        .expect("post step")
}

/// Posts a valid step and returns where it leads.
pub(crate) async fn answer(
    app: &TestApp,
    browser: &Client,
    path: &str,
    answers: &[(&str, &str)],
) -> String {
    let response = post_step(app, browser, path, answers, "continue").await;
    assert_eq!(response.status(), 303, "{path}");
    let next = location(&response);
    assert!(
        !next.contains("invalid=1"),
        "{path} was refused: {}",
        page(app, browser, &next).await.1
    );
    next
}

pub(crate) async fn logged_in(app: &TestApp, name: &str) -> Client {
    let browser = browser();
    login(app, &browser, name, "/login").await;
    browser
}

/// A browser logged in as `name` at the high level.
pub(crate) async fn logged_in_high(app: &TestApp, name: &str) -> Client {
    let browser = browser();
    let back = through_provider(
        app,
        &browser,
        "/login?level=high",
        &[("person", &synthetic(name)), ("level", "high")],
    )
    .await;
    browser.get(location(&back)).send().await.expect("callback");
    browser
}

/// Walks Få barn to "check your answers" and returns the draft's check page path.
pub(crate) async fn walk_fa_barn(app: &TestApp, browser: &Client) -> String {
    walk_fa_barn_with(app, browser, false).await
}

/// The same, with a kindergarten application (which waits for the child's name) when asked.
pub(crate) async fn walk_fa_barn_with(
    app: &TestApp,
    browser: &Client,
    kindergarten: bool,
) -> String {
    let first = start(app, browser, "fa-barn").await;
    assert!(first.ends_with("/child"), "{first}");
    let born = days_ago(10);
    let child = synthetic("Aisha Khan");
    let next = answer(
        app,
        browser,
        &first,
        &[("child_pid", &child), ("child_birth_date", &born)],
    )
    .await;
    assert!(
        next.ends_with("/name"),
        "a child born ten days ago needs a name: {next}"
    );
    let next = answer(
        app,
        browser,
        &next,
        &[
            ("child_first_name", "Emil"),
            ("child_last_name", "Nordmann"),
        ],
    )
    .await;
    assert!(next.ends_with("/family"), "{next}");
    let other = synthetic("Ola Nordmann");
    let next = answer(
        app,
        browser,
        &next,
        &[
            ("other_parent_takes_part", "yes"),
            ("other_parent_pid", &other),
            ("parents_relationship", "married"),
        ],
    )
    .await;
    let next = answer(app, browser, &next, &[("apply_parental_benefit", "yes")]).await;
    assert!(next.ends_with("/parental-benefit-details"), "{next}");
    let next = answer(
        app,
        browser,
        &next,
        &[
            ("parent_role", "mother"),
            ("coverage", "100"),
            ("parental_benefit_start", &days_ago(0)),
            ("employed", "yes"),
            ("employer_orgnr", "974760673"),
            ("self_employed", "no"),
        ],
    )
    .await;
    let next = answer(
        app,
        browser,
        &next,
        &[
            ("apply_child_benefit", "yes"),
            ("child_lives_with_you", "yes"),
        ],
    )
    .await;
    assert!(next.ends_with("/payment"), "{next}");
    let next = answer(app, browser, &next, &[("bank_account", "1234 56 78903")]).await;
    let start = days_ago(-300);
    let wanted: Vec<(&str, &str)> = if kindergarten {
        vec![
            ("kindergarten_wanted", "yes"),
            ("kindergarten_start", &start),
            ("kindergarten_preferences", "Solsikken barnehage"),
            ("kindergarten_hours", "100"),
        ]
    } else {
        vec![("kindergarten_wanted", "no")]
    };
    let next = answer(app, browser, &next, &wanted).await;
    assert!(next.ends_with("/check"), "{next}");
    next
}

#[tokio::test]
async fn a_citizen_walks_fa_barn_without_javascript_and_submits_once() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;

    let (status, html) = page(&app, &browser, &check).await;
    assert_eq!(status, 200);
    assert!(html.contains("Se over svarene dine"), "{html}");
    assert!(
        html.contains("Emil") && html.contains("974 760 673") && html.contains("1234.56.78903"),
        "{html}"
    );
    assert!(
        html.contains("?return=check#a.child_first_name"),
        "change links return to the summary"
    );
    assert!(
        !html.contains("kindergarten_start"),
        "hidden answers are not shown"
    );

    // A double click: the same form posted twice gives one submission.
    let form = [("csrf_token", csrf_token(&html))];
    let submit = check.replace("/check", "/submit");
    let first = browser
        .post(app.url(&submit))
        .form(&form)
        .send()
        .await
        .expect("submit");
    let second = browser
        .post(app.url(&submit))
        .form(&form)
        .send()
        .await
        .expect("submit again");
    assert_eq!(first.status(), 303);
    let receipt = location(&first);
    assert_eq!(receipt, location(&second), "one submission, one receipt");
    let year = chrono::Utc::now().format("%Y").to_string();
    assert!(
        receipt.starts_with(&format!("/receipt/VV-{year}-")),
        "{receipt}"
    );

    let (status, html) = page(&app, &browser, &receipt).await;
    assert_eq!(status, 200);
    let reference = receipt.trim_start_matches("/receipt/");
    assert!(html.contains(reference) && html.contains("Emil"), "{html}");
    let (_, mine) = page(&app, &browser, "/my-page").await;
    assert!(
        mine.contains(reference),
        "My page lists the submission: {mine}"
    );
    assert!(
        mine.contains("Du har ingen påbegynte livshendelser."),
        "{mine}"
    );

    // The submitted draft cannot be changed any more: its steps lead to the receipt.
    let step = check.replace("/check", "/child");
    let (status, _) = page(&app, &browser, &step).await;
    assert_eq!(
        status, 303,
        "a submitted draft's step redirects to its receipt"
    );
}
