//! A journey across devices, tabs, sessions and login levels: resuming a saved draft, two tabs and
//! a double click, a step posted after the session ended, and Dødsfall og arv at the high level.

use crate::{
    helpers::spawn_app,
    journey::{answer, days_ago, hidden, logged_in, logged_in_high, post_step, start},
    login::{browser, csrf_token, location, login, page, synthetic, through_provider},
};

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
    let receipt = location(&submitted);
    assert!(receipt.starts_with("/receipt/VV-"), "{receipt}");
    // The receipt shows the answers: later, logged in at the substantial level only, Per is
    // sent to log in at the high level first.
    let weaker = super::login::browser();
    login(&app, &weaker, "Per Hansen", "/login").await;
    let response = weaker.get(app.url(&receipt)).send().await.expect("get");
    assert_eq!(
        location(&response),
        format!("/login?return={receipt}&level=high")
    );
    let (status, html) = page(&app, &browser, &receipt).await;
    assert_eq!(status, 200);
    assert!(html.contains("Per Hansen"), "{html}");
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
