//! Drafts as the citizen finds them: Start continues an open draft instead of making another,
//! a draft's card on My page says where it stands and what it is about, a draft can be deleted
//! (without JavaScript, with a confirmation page), "step x of y" stays put on an error page and
//! says so when the answers change the path, and a conditional question says what it depends on.

use crate::{
    helpers::TestApp,
    journey::{answer, logged_in, post_step, start},
    login::{csrf_token, location, page, synthetic},
};
use reqwest::Client;
use server::storage::Database;

/// A date `days` ago as a person types it.
fn days_ago(days: i64) -> String {
    (chrono::Utc::now().date_naive() - chrono::Duration::days(days))
        .format("%d.%m.%Y")
        .to_string()
}

async fn reads_of(app: &TestApp, name: &str) -> usize {
    let database = Database::connect(&app.database_url).await.expect("connect");
    database
        .register_log()
        .of(&synthetic(name))
        .await
        .expect("reads")
        .len()
}

/// The draft links (`/journey/<draft>/<step>`) on a page, in order.
fn draft_links(html: &str) -> Vec<String> {
    html.split(r#"href="/journey/"#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|link| !link.ends_with("/delete"))
        .map(|link| format!("/journey/{link}"))
        .collect()
}

/// "Steg x av y" (and what follows it) as the step page shows it.
fn step_caption(html: &str) -> String {
    let caption = html
        .split(r#"class="ds-paragraph step-caption""#)
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .expect("a step caption");
    caption
        .split("Steg ")
        .nth(1)
        .map(|rest| format!("Steg {rest}"))
        .expect("step x of y")
}

async fn start_and_answer_the_child(app: &TestApp, browser: &Client) -> String {
    let first = start(app, browser, "fa-barn").await;
    let next = answer(
        app,
        browser,
        &first,
        &[
            ("child_pid", &synthetic("Aisha Khan")),
            ("child_birth_date", &days_ago(10)),
        ],
    )
    .await;
    assert!(next.ends_with("/name"), "{next}");
    next
}

#[tokio::test]
async fn starting_a_journey_again_continues_the_open_draft_without_new_register_reads() {
    let app = crate::helpers::spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let name_step = start_and_answer_the_child(&app, &browser).await;
    let reads = reads_of(&app, "Kari Nordmann").await;
    assert!(reads > 0, "the first start read the registers");

    // The life event page offers to continue rather than to start again.
    let (_, html) = page(&app, &browser, "/life-event/fa-barn").await;
    assert!(html.contains("Fortsett der du slapp"), "{html}");
    assert!(
        html.contains(&format!(r#"href="{name_step}""#)),
        "the continue link leads to the step the draft stands on: {html}"
    );
    // An old tab's Start form, posted again, continues the same draft too.
    let again = browser
        .post(app.url("/life-event/fa-barn/start"))
        .form(&[("csrf_token", csrf_token(&html))])
        .send()
        .await
        .expect("start again");
    assert_eq!(again.status(), 303);
    assert_eq!(
        location(&again),
        name_step,
        "the same draft, where it stood"
    );

    assert_eq!(
        reads_of(&app, "Kari Nordmann").await,
        reads,
        "no new register reads"
    );
    let (_, mine) = page(&app, &browser, "/my-page").await;
    assert_eq!(draft_links(&mine), vec![name_step], "one draft: {mine}");
}

#[tokio::test]
async fn a_double_click_on_start_makes_one_draft_and_reads_the_registers_once() {
    let app = crate::helpers::spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let (_, html) = page(&app, &browser, "/life-event/fa-barn").await;
    let token = csrf_token(&html);
    let click = || {
        browser
            .post(app.url("/life-event/fa-barn/start"))
            .form(&[("csrf_token", token.clone())])
            .send()
    };
    let (first, second) = tokio::join!(click(), click());
    let (first, second) = (first.expect("start"), second.expect("start"));
    assert_eq!(location(&first), location(&second), "the same draft");
    let (_, mine) = page(&app, &browser, "/my-page").await;
    assert_eq!(draft_links(&mine).len(), 1, "one draft: {mine}");
    // Kari's start reads her newborn, her spouse and her other children: each once.
    let database = Database::connect(&app.database_url).await.expect("connect");
    let reads = database
        .register_log()
        .of(&synthetic("Kari Nordmann"))
        .await
        .expect("reads");
    let mut lookups: Vec<&str> = reads.iter().map(|r| r.lookup.as_str()).collect();
    let all = lookups.len();
    lookups.sort_unstable();
    lookups.dedup();
    assert!(all > 0);
    assert_eq!(all, lookups.len(), "no look-up twice: {reads:?}");
}

#[tokio::test]
async fn a_draft_card_on_my_page_says_which_step_it_stands_on_and_what_it_is_about() {
    let app = crate::helpers::spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let name_step = start_and_answer_the_child(&app, &browser).await;
    let family = answer(
        &app,
        &browser,
        &name_step,
        &[
            ("child_first_name", "Emil"),
            ("child_last_name", "Nordmann"),
        ],
    )
    .await;
    assert!(family.ends_with("/family"), "{family}");
    let (_, mine) = page(&app, &browser, "/my-page").await;
    assert!(mine.contains("Kommet til: Familien"), "the step: {mine}");
    assert!(
        mine.contains("Gjelder: Emil Nordmann"),
        "what about: {mine}"
    );
    let draft = family.trim_end_matches("/family");
    assert!(
        mine.contains(&format!(r#"href="{draft}/delete""#)),
        "a way to delete it: {mine}"
    );
}

#[tokio::test]
async fn a_citizen_deletes_a_draft_after_a_confirmation_page_that_works_without_javascript() {
    let app = crate::helpers::spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let first = start(&app, &browser, "fa-barn").await;
    let draft = first.trim_end_matches("/child").to_string();
    let reads = reads_of(&app, "Kari Nordmann").await;

    let (status, confirm) = page(&app, &browser, &format!("{draft}/delete")).await;
    assert_eq!(status, 200, "{confirm}");
    assert!(
        confirm.contains("Vil du slette dette utkastet?"),
        "{confirm}"
    );
    assert!(
        confirm.contains(&format!(r#"action="{draft}/delete""#))
            && confirm.contains(r#"method="post""#),
        "a plain form: {confirm}"
    );
    let token = csrf_token(&confirm);

    // Without the session's token nothing is deleted.
    let forged = browser
        .post(app.url(&format!("{draft}/delete")))
        .form(&[("csrf_token", "forged")])
        .send()
        .await
        .expect("post");
    assert_eq!(location(&forged), "/request-refused");
    assert_eq!(page(&app, &browser, &first).await.0, 200);

    let deleted = browser
        .post(app.url(&format!("{draft}/delete")))
        .form(&[("csrf_token", token)])
        .send()
        .await
        .expect("delete");
    assert_eq!(deleted.status(), 303);
    assert_eq!(location(&deleted), "/my-page?deleted=1");
    let (_, mine) = page(&app, &browser, "/my-page?deleted=1").await;
    assert!(mine.contains("Utkastet er slettet."), "a notice: {mine}");
    assert!(draft_links(&mine).is_empty(), "no draft left: {mine}");
    assert_eq!(
        page(&app, &browser, &first).await.0,
        404,
        "the draft is gone"
    );
    assert_eq!(
        reads_of(&app, "Kari Nordmann").await,
        reads,
        "the register access log stays"
    );

    // A new start after deleting makes a new draft.
    let fresh = start(&app, &browser, "fa-barn").await;
    assert_ne!(fresh, first);
}

#[tokio::test]
async fn another_citizen_cannot_see_or_delete_a_draft() {
    let app = crate::helpers::spawn_app().await;
    let kari = logged_in(&app, "Kari Nordmann").await;
    let first = start(&app, &kari, "fa-barn").await;
    let draft = first.trim_end_matches("/child").to_string();

    let ola = logged_in(&app, "Ola Nordmann").await;
    let (status, _) = page(&app, &ola, &format!("{draft}/delete")).await;
    assert_eq!(status, 404);
    let (_, own) = page(&app, &ola, "/my-page").await;
    let refused = ola
        .post(app.url(&format!("{draft}/delete")))
        .form(&[("csrf_token", csrf_token(&own))])
        .send()
        .await
        .expect("post");
    assert_eq!(refused.status(), 404);
    assert_eq!(page(&app, &kari, &first).await.0, 200, "still Kari's");
}

#[tokio::test]
async fn the_step_count_on_an_error_page_is_the_one_the_step_showed_before() {
    let app = crate::helpers::spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let first = start(&app, &browser, "fa-barn").await;
    let (_, before) = page(&app, &browser, &first).await;
    let shown = step_caption(&before);
    assert!(shown.starts_with("Steg 1 av 7"), "{shown}");

    let refused = post_step(
        &app,
        &browser,
        &first,
        &[("child_pid", "1234"), ("child_birth_date", "31.02.2026")],
        "continue",
    )
    .await;
    let (status, html) = page(&app, &browser, &location(&refused)).await;
    assert_eq!(status, 422);
    assert_eq!(
        step_caption(&html),
        shown,
        "the same count on the error page"
    );
}

#[tokio::test]
async fn a_step_count_that_the_answers_change_says_so() {
    let app = crate::helpers::spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let name_step = start_and_answer_the_child(&app, &browser).await;
    let family = answer(
        &app,
        &browser,
        &name_step,
        &[
            ("child_first_name", "Emil"),
            ("child_last_name", "Nordmann"),
        ],
    )
    .await;
    let benefit = answer(
        &app,
        &browser,
        &family,
        &[
            ("other_parent_takes_part", "no"),
            ("parents_relationship", "married"),
        ],
    )
    .await;
    let (_, html) = page(&app, &browser, &benefit).await;
    assert_eq!(step_caption(&html), "Steg 4 av 7");
    let details = answer(
        &app,
        &browser,
        &benefit,
        &[("apply_parental_benefit", "yes")],
    )
    .await;
    let (_, html) = page(&app, &browser, &details).await;
    assert_eq!(
        step_caption(&html),
        "Steg 5 av 8 – spørsmålene følger svarene dine"
    );
}

#[tokio::test]
async fn a_conditional_question_without_javascript_says_which_answer_it_depends_on() {
    let app = crate::helpers::spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let name_step = start_and_answer_the_child(&app, &browser).await;
    let family = answer(
        &app,
        &browser,
        &name_step,
        &[
            ("child_first_name", "Emil"),
            ("child_last_name", "Nordmann"),
        ],
    )
    .await;
    let (_, html) = page(&app, &browser, &family).await;
    assert!(
        html.contains("Bare hvis den andre forelderen skal være med."),
        "{html}"
    );
    assert!(
        !html.contains("Svar bare hvis det passer med svarene over."),
        "no generic note where a specific one is given"
    );
}
