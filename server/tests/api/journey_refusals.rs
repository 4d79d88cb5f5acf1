//! Answers a journey refuses, without JavaScript: invalid ones explained with the input kept, a
//! birth date after today, script and control characters, and hostile posts that change nothing.

use crate::{
    helpers::spawn_app,
    journey::{answer, days_ago, logged_in, post_step, start},
    login::{csrf_token, location, page, synthetic},
};

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
