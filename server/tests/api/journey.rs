//! The citizen's journey over HTTP, as a browser without JavaScript drives it: start, post each
//! step, get redirected, see errors with the input kept, save and resume, check and submit once.

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

#[tokio::test]
async fn invalid_answers_are_explained_at_the_top_and_at_the_field_and_kept() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let first = start(&app, &browser, "fa-barn").await;
    let refused = post_step(
        &app,
        &browser,
        &first,
        &[("child_pid", "1234"), ("child_birth_date", "31.02.2026")],
        "continue",
    )
    .await;
    let back = location(&refused);
    assert!(back.ends_with("/child?invalid=1"), "{back}");
    let (status, html) = page(&app, &browser, &back).await;
    assert_eq!(status, 422);
    assert!(
        html.contains(r#"id="error-summary""#) && html.contains("autofocus"),
        "{html}"
    );
    assert!(
        html.contains(r##"href="#a.child_pid""##)
            && html.contains(r##"href="#a.child_birth_date""##)
    );
    assert!(html.contains("Fødselsnummeret må ha 11 siffer."), "{html}");
    assert!(
        html.contains(r#"value="1234""#) && html.contains(r#"value="31.02.2026""#),
        "the input is kept"
    );
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(
        html.contains("<title>Feil: "),
        "the title says there are errors"
    );
}

#[tokio::test]
async fn a_newborn_born_in_2099_is_refused_with_the_latest_day_allowed_and_the_input_kept() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let first = start(&app, &browser, "fa-barn").await;
    let child = synthetic("Aisha Khan");
    let refused = post_step(
        &app,
        &browser,
        &first,
        &[("child_pid", &child), ("child_birth_date", "01.01.2099")],
        "continue",
    )
    .await;
    assert_eq!(refused.status(), 303);
    let back = location(&refused);
    assert!(back.ends_with("/child?invalid=1"), "{back}");
    let (status, html) = page(&app, &browser, &back).await;
    assert_eq!(status, 422);
    // The server's today is the calendar day in Oslo.
    let today = app::domain::Instant::now()
        .oslo_date()
        .expect("today")
        .display();
    assert!(
        html.contains(&format!("Datoen kan ikke være etter {today}.")),
        "{html}"
    );
    assert!(html.contains(r##"href="#a.child_birth_date""##));
    assert!(html.contains(r#"value="01.01.2099""#), "the input is kept");
}

#[tokio::test]
async fn script_and_control_characters_are_inert_or_refused() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let first = start(&app, &browser, "fa-barn").await;
    let born = days_ago(5);
    let child = synthetic("Aisha Khan");
    let name_step = answer(
        &app,
        &browser,
        &first,
        &[("child_pid", &child), ("child_birth_date", &born)],
    )
    .await;
    let refused = post_step(
        &app,
        &browser,
        &name_step,
        &[
            ("child_first_name", "<script>alert(1)</script>"),
            ("child_last_name", "Nord\u{7}mann"),
        ],
        "continue",
    )
    .await;
    let (_, html) = page(&app, &browser, &location(&refused)).await;
    assert!(
        !html.contains("<script>alert(1)"),
        "never rendered as markup"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "kept, escaped: {html}"
    );
    assert!(
        html.contains("Svaret inneholder tegn som ikke kan brukes."),
        "{html}"
    );
}

#[tokio::test]
async fn hostile_posts_get_a_clear_error_and_change_nothing() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let first = start(&app, &browser, "fa-barn").await;
    let draft = first.trim_end_matches("/child").to_string();
    // A field of another step.
    let tampered = post_step(
        &app,
        &browser,
        &first,
        &[("bank_account", "12345678903")],
        "continue",
    )
    .await;
    assert_eq!(tampered.status(), 400);
    assert!(tampered
        .text()
        .await
        .expect("body")
        .contains("Skjemaet passet ikke"));
    // An oversized answer.
    let long = "x".repeat(10_001);
    let oversized = post_step(&app, &browser, &first, &[("child_pid", &long)], "continue").await;
    assert_eq!(oversized.status(), 413);
    // A step the answers do not lead to yet (`payment` needs a benefit).
    let skipped = post_step(&app, &browser, &first, &[], "continue").await;
    assert_eq!(skipped.status(), 303);
    let payment = format!("{draft}/payment");
    let (_, html) = page(&app, &browser, &first).await;
    let refused = browser
        .post(app.url(&payment))
        .form(&[
            ("csrf_token", csrf_token(&html)),
            ("a.bank_account", "12345678903".into()),
        ])
        .send()
        .await
        .expect("post");
    assert_eq!(refused.status(), 409);
    // An unknown step.
    let unknown = browser
        .post(app.url(&format!("{draft}/no-such-step")))
        .form(&[("csrf_token", csrf_token(&html))])
        .send()
        .await
        .expect("post");
    assert_eq!(unknown.status(), 400);
    // Without the session's token.
    let forged = browser
        .post(app.url(&first))
        .form(&[("csrf_token", "forged"), ("a.child_pid", "1")])
        .send()
        .await
        .expect("post");
    assert_eq!(location(&forged), "/request-refused");
    // Nothing of the above was saved.
    let (_, html) = page(&app, &browser, &first).await;
    assert!(
        !html.contains("12345678903") && !html.contains(r#"value="1""#),
        "{html}"
    );

    // Another citizen cannot see or post to this draft.
    let other = logged_in(&app, "Ola Nordmann").await;
    let (status, html) = page(&app, &other, &first).await;
    assert_eq!(status, 404, "{html}");
    let (_, own_page) = page(&app, &other, "/my-page").await;
    let post = other
        .post(app.url(&first))
        .form(&[
            ("csrf_token", csrf_token(&own_page)),
            ("a.child_pid", "15858510055".into()),
        ])
        .send()
        .await
        .expect("post");
    assert_eq!(post.status(), 404);
}

#[tokio::test]
async fn a_saved_draft_resumes_where_it_was_left_on_another_device() {
    let app = spawn_app().await;
    let phone = logged_in(&app, "Kari Nordmann").await;
    let first = start(&app, &phone, "fa-barn").await;
    let born = days_ago(3);
    let saved = post_step(
        &app,
        &phone,
        &first,
        &[("child_pid", "15858510055"), ("child_birth_date", &born)],
        "save",
    )
    .await;
    assert_eq!(location(&saved), "/my-page?saved=1");
    let (_, html) = page(&app, &phone, "/my-page?saved=1").await;
    assert!(html.contains("Svarene dine er lagret."), "{html}");

    // Later, on a laptop: log in again and continue from My page.
    let laptop = logged_in(&app, "Kari Nordmann").await;
    let (_, html) = page(&app, &laptop, "/my-page").await;
    let link = html
        .split(r#"href="/journey/"#)
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a draft link");
    let (status, html) = page(&app, &laptop, &format!("/journey/{link}")).await;
    assert_eq!(status, 200);
    assert!(
        html.contains(r#"value="15858510055""#) && html.contains(&born),
        "the answers are there: {html}"
    );
    // Unauthenticated, the draft leads to login and back.
    let stranger = browser();
    let response = stranger.get(app.url(&first)).send().await.expect("get");
    assert!(location(&response).starts_with(&format!("/login?return={first}")));
}

#[tokio::test]
async fn two_tabs_do_not_silently_overwrite_each_other() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let first = start(&app, &browser, "fa-barn").await;
    // Tab A shows the step.
    let (_, tab_a) = page(&app, &browser, &first).await;
    // Tab B saves the same step.
    answer(
        &app,
        &browser,
        &first,
        &[
            ("child_pid", "15858510055"),
            ("child_birth_date", &days_ago(4)),
        ],
    )
    .await;
    // Tab A posts its (older) page with other answers.
    let form = [
        ("csrf_token".to_string(), csrf_token(&tab_a)),
        ("revision".to_string(), hidden(&tab_a, "revision")),
        ("base".to_string(), hidden(&tab_a, "base")),
        ("action".to_string(), "continue".to_string()),
        ("a.child_pid".to_string(), "03837910071".to_string()),
        ("a.child_birth_date".to_string(), days_ago(6)),
    ];
    let response = browser
        .post(app.url(&first))
        .form(&form)
        .send()
        .await
        .expect("post");
    assert_eq!(location(&response), first, "back to the step, not onwards");
    let (_, html) = page(&app, &browser, &first).await;
    assert!(
        html.contains("endret i et annet vindu"),
        "a clear message: {html}"
    );
    assert!(
        html.contains(r#"value="03837910071""#),
        "tab A's input is shown, not lost"
    );
    // Saving again from the refreshed page is deliberate and wins.
    answer(
        &app,
        &browser,
        &first,
        &[
            ("child_pid", "03837910071"),
            ("child_birth_date", &days_ago(6)),
        ],
    )
    .await;
    let (_, html) = page(&app, &browser, &first).await;
    assert!(!html.contains("endret i et annet vindu"));
}

#[tokio::test]
async fn dodsfall_needs_the_high_level_and_follows_the_settlement_branch_with_heirs() {
    let app = spawn_app().await;
    let browser = browser();
    login(&app, &browser, "Per Hansen", "/login").await;
    // Substantial is not enough to start: the start form is replaced by a login at high.
    let (_, html) = page(&app, &browser, "/life-event/dodsfall-og-arv").await;
    assert!(
        html.contains("/login?return=/life-event/dodsfall-og-arv&amp;level=high"),
        "{html}"
    );
    let pid = synthetic("Per Hansen");
    let back = through_provider(
        &app,
        &browser,
        "/login?level=high&return=/life-event/dodsfall-og-arv",
        &[("person", &pid), ("level", "high")],
    )
    .await;
    let callback = location(&back);
    browser.get(&callback).send().await.expect("callback");

    let first = start(&app, &browser, "dodsfall-og-arv").await;
    let next = answer(
        &app,
        &browser,
        &first,
        &[
            ("deceased_pid", &synthetic("Lars Dahl")),
            ("deceased_name", "Lars Dahl"),
            ("death_date", &days_ago(20)),
            ("has_will", "no"),
        ],
    )
    .await;
    let heirs = answer(&app, &browser, &next, &[("relation", "child")]).await;
    // The group starts empty; "add another" (a plain submit button) adds items.
    let added = post_step(
        &app,
        &browser,
        &heirs,
        &[("heirs_under_guardianship", "no")],
        "add:heirs",
    )
    .await;
    assert!(
        location(&added).contains("#a.heirs.0"),
        "{}",
        location(&added)
    );
    post_step(
        &app,
        &browser,
        &heirs,
        &[("heirs.0._", ""), ("heirs_under_guardianship", "no")],
        "add:heirs",
    )
    .await;
    let (_, html) = page(&app, &browser, &heirs).await;
    assert!(html.contains("a.heirs.1.heir_pid"), "two items: {html}");
    // The second heir is incomplete: the error names it.
    let refused = post_step(
        &app,
        &browser,
        &heirs,
        &[
            ("heirs.0._", ""),
            ("heirs.0.heir_pid", &synthetic("Per Hansen")),
            ("heirs.0.heir_name", "Per Hansen"),
            ("heirs.0.heir_relation", "child"),
            ("heirs.1._", ""),
            ("heirs.1.heir_name", "Sofie Lie"),
            ("heirs.1.heir_relation", "child"),
            ("heirs_informed", "yes"),
            ("heirs_under_guardianship", "no"),
        ],
        "continue",
    )
    .await;
    let (status, html) = page(&app, &browser, &location(&refused)).await;
    assert_eq!(status, 422);
    assert!(html.contains(r##"href="#a.heirs.1.heir_pid""##), "{html}");
    assert!(html.contains(r#"value="Sofie Lie""#), "kept");
    // Remove the second heir and go on.
    post_step(
        &app,
        &browser,
        &heirs,
        &[("heirs.0._", ""), ("heirs.1._", "")],
        "remove:heirs:1",
    )
    .await;
    let settlement = answer(
        &app,
        &browser,
        &heirs,
        &[
            ("heirs.0._", ""),
            ("heirs.0.heir_pid", &synthetic("Per Hansen")),
            ("heirs.0.heir_name", "Per Hansen"),
            ("heirs.0.heir_relation", "child"),
            ("heirs_under_guardianship", "no"),
        ],
    )
    .await;
    let private = answer(&app, &browser, &settlement, &[("settlement", "private")]).await;
    assert!(private.ends_with("/private"), "{private}");
    let assets = answer(&app, &browser, &private, &[("debt_liability", "yes")]).await;
    assert!(
        assets.ends_with("/assets"),
        "private settlement jumps to assets: {assets}"
    );
    let check = answer(&app, &browser, &assets, &[("bank_deposits", "125 000")]).await;
    assert!(
        check.ends_with("/check"),
        "a child gets no survivor's pension step: {check}"
    );
    let (_, html) = page(&app, &browser, &check).await;
    assert!(
        html.contains("125\u{a0}000 kr")
            || html.contains("125&nbsp;000 kr")
            || html.contains("125 000 kr"),
        "{html}"
    );
    assert!(html.contains("Per Hansen"));
    let submitted = browser
        .post(app.url(&check.replace("/check", "/submit")))
        .form(&[("csrf_token", csrf_token(&html))])
        .send()
        .await
        .expect("submit");
    assert!(location(&submitted).starts_with("/receipt/VV-"));
}

#[tokio::test]
async fn a_step_posted_after_the_session_ended_is_shown_back_after_login() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let first = start(&app, &browser, "fa-barn").await;
    let (_, html) = page(&app, &browser, &first).await;
    // The session is gone (idle limit, cleared cookies): the same page is posted without one.
    let expired = super::login::browser();
    let posted = expired
        .post(app.url(&first))
        .form(&[
            ("csrf_token", csrf_token(&html)),
            ("a.child_pid", "15858510055".into()),
            ("a.child_birth_date", days_ago(8)),
        ])
        .send()
        .await
        .expect("post");
    assert!(
        location(&posted).starts_with(&format!("/login?return={first}")),
        "{}",
        location(&posted)
    );
    let landed = login(
        &app,
        &expired,
        "Kari Nordmann",
        &format!("/login?return={first}"),
    )
    .await;
    assert_eq!(landed, first);
    let (status, html) = page(&app, &expired, &first).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Du ble logget ut før denne siden ble lagret."),
        "{html}"
    );
    assert!(
        html.contains(r#"value="15858510055""#),
        "what was typed is back: {html}"
    );
    // Shown once, and only saved when the person saves it.
    let (_, again) = page(&app, &expired, &first).await;
    assert!(!again.contains(r#"value="15858510055""#));
}

#[tokio::test]
async fn a_double_click_saves_once_and_moves_on_without_a_false_conflict() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let first = start(&app, &browser, "fa-barn").await;
    let (_, html) = page(&app, &browser, &first).await;
    let born = days_ago(9);
    let form = [
        ("csrf_token".to_string(), csrf_token(&html)),
        ("revision".to_string(), hidden(&html, "revision")),
        ("base".to_string(), hidden(&html, "base")),
        ("action".to_string(), "continue".to_string()),
        ("a.child_pid".to_string(), "15858510055".to_string()),
        ("a.child_birth_date".to_string(), born),
    ];
    let once = browser
        .post(app.url(&first))
        .form(&form)
        .send()
        .await
        .expect("post");
    let twice = browser
        .post(app.url(&first))
        .form(&form)
        .send()
        .await
        .expect("post again");
    assert_eq!(location(&once), location(&twice), "both clicks lead on");
    let (_, html) = page(&app, &browser, &first).await;
    assert!(!html.contains("endret i et annet vindu"), "{html}");
    // "Add" on a field that is no group is a form that does not match.
    let tampered = post_step(&app, &browser, &first, &[], "add:child_pid").await;
    assert_eq!(tampered.status(), 400);
}

#[tokio::test]
async fn a_high_level_journey_is_not_shown_to_a_substantial_login() {
    let app = spawn_app().await;
    let browser = logged_in_high(&app, "Per Hansen").await;
    let first = start(&app, &browser, "dodsfall-og-arv").await;
    // Later, logged in again at the substantial level only.
    let weaker = super::login::browser();
    login(&app, &weaker, "Per Hansen", "/login").await;
    let response = weaker.get(app.url(&first)).send().await.expect("get");
    assert_eq!(
        location(&response),
        format!("/login?return={first}&level=high")
    );
    // Submitting leads to the login too, and back to the summary (not to the post's address).
    let (_, mine) = page(&app, &weaker, "/my-page").await;
    let draft = first.rsplit_once('/').map(|(d, _)| d).expect("draft path");
    let submitted = weaker
        .post(app.url(&format!("{draft}/submit")))
        .form(&[("csrf_token", csrf_token(&mine))])
        .send()
        .await
        .expect("post");
    assert_eq!(
        location(&submitted),
        format!("/login?return={draft}/check&level=high")
    );
}
