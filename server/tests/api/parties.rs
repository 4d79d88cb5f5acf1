//! Journeys with more than one person, over HTTP: Kari submits Få barn asking Ola to confirm;
//! the calls wait; Ola sees his task on My page (only what the journey shows him), answers, and
//! the submission is delivered with his answers beside each payload. A refusal or a lapsed
//! deadline stops it for everyone; a party who is not in the login list logs in by number; the
//! applicant cannot name herself, a stranger to the register or a child.

use crate::{
    delivery::{fast_app, settle, submit},
    helpers::TestApp,
    journey::{answer, logged_in, post_step, walk_fa_barn},
    login::{browser, csrf_token, location, page, synthetic, through_provider},
};
use app::domain::{DeliveryState, Instant};
use reqwest::Client;
use serde_json::Value;
use server::storage::Database;
use std::time::Duration;

/// The family step's answers, naming `other` as the other parent who is to confirm.
fn family(other: &str) -> Vec<(&'static str, String)> {
    vec![
        ("other_parent_takes_part", "yes".into()),
        ("other_parent_pid", other.into()),
        ("other_parent_confirms", "yes".into()),
        ("parents_relationship", "married".into()),
    ]
}

/// Kari's Få barn naming `other` to confirm, submitted: its reference.
pub(crate) async fn submitted_naming(app: &TestApp, kari: &Client, other: &str) -> String {
    let check = walk_fa_barn(app, kari).await;
    let answers = family(other);
    let answers: Vec<(&str, &str)> = answers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    answer(app, kari, &check.replace("/check", "/family"), &answers).await;
    submit(app, kari, &check).await
}

/// The party task's address on the person's My page.
pub(crate) async fn task_on_my_page(app: &TestApp, browser: &Client) -> String {
    let (_, html) = page(app, browser, "/my-page").await;
    assert!(html.contains("Venter på deg"), "{html}");
    let key = html
        .split(r#"href="/party/"#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("a party task: {html}"));
    format!("/party/{key}")
}

pub(crate) async fn post_task(
    app: &TestApp,
    browser: &Client,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let (_, html) = page(app, browser, path).await;
    let mut form = vec![("csrf_token".to_string(), csrf_token(&html))];
    form.extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    browser
        .post(app.url(path))
        .form(&form)
        .send()
        .await
        .expect("post")
}

/// A person from the simulated register by relation: `relation` of `pid`.
pub(crate) async fn related(app: &TestApp, pid: &str, relation: &str) -> Vec<String> {
    let person: Value = app
        .client
        .get(app.url(&format!("/sim/registers/folkeregisteret/persons/{pid}")))
        .bearer_auth("simulator-token")
        .send()
        .await
        .expect("register")
        .json()
        .await
        .expect("json");
    person["relations"]
        .as_array()
        .expect("relations")
        .iter()
        .filter(|r| r["relation"] == relation)
        .filter_map(|r| r["pid"].as_str().map(str::to_string))
        .collect()
}

/// Liv Hansen, Per's sister: in the register, not in the test login's list. Her number.
pub(crate) async fn liv(app: &TestApp) -> String {
    let per = synthetic("Per Hansen");
    let arne = related(app, &per, "parent").await.remove(0);
    related(app, &arne, "child")
        .await
        .into_iter()
        .find(|pid| *pid != per)
        .expect("Liv")
}

/// A browser logged in by typing `pid` on the test login page (someone not on its list).
pub(crate) async fn logged_in_by_number(app: &TestApp, pid: &str) -> Client {
    logged_in_by_number_at(app, pid, "substantial").await
}

/// The same, at `level` (`substantial` or `high`).
pub(crate) async fn logged_in_by_number_at(app: &TestApp, pid: &str, level: &str) -> Client {
    let browser = browser();
    let start = if level == "high" {
        "/login?level=high"
    } else {
        "/login"
    };
    let back = through_provider(
        app,
        &browser,
        start,
        &[("person", "other"), ("typed_pid", pid), ("level", level)],
    )
    .await;
    browser.get(location(&back)).send().await.expect("callback");
    browser
}

#[tokio::test]
async fn the_submission_waits_for_the_other_parent_who_sees_only_his_part_and_answers_once() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let kari = logged_in(&app, "Kari Nordmann").await;
    let ola_pid = synthetic("Ola Nordmann");
    let reference = submitted_naming(&app, &kari, &ola_pid).await;
    // The calls are written and held: none goes out while Ola has not answered.
    tokio::time::sleep(Duration::from_millis(400)).await;
    let calls = database
        .outbox()
        .of_submission(&reference)
        .await
        .expect("calls");
    assert!(!calls.is_empty());
    assert!(
        calls
            .iter()
            .all(|c| c.state == DeliveryState::Pending && c.attempts == 0),
        "{calls:#?}"
    );
    let (_, receipt) = page(&app, &kari, &format!("/receipt/{reference}")).await;
    assert!(
        receipt.contains("Ola Nordmann har ikke svart ennå"),
        "{receipt}"
    );
    assert!(
        receipt.contains("Søknaden sendes når alle har svart."),
        "{receipt}"
    );
    let notified = database
        .parties()
        .notifications_of(&ola_pid)
        .await
        .expect("notifications");
    assert_eq!(notified, [("party-task".to_string(), reference.clone())]);

    // Ola's task: the child's name and birth date, not Kari's account or employer.
    let ola = logged_in(&app, "Ola Nordmann").await;
    // Naming him was a look-up of his record: he sees it in his own access log, and why.
    let (_, his_page) = page(&app, &ola, "/my-page").await;
    let about = his_page
        .split_once(r#"id="reads-about""#)
        .map(|(_, rest)| rest)
        .unwrap_or_else(|| panic!("a log of reads about him: {his_page}"));
    assert!(
        about.contains("Kontroll av at du kan delta i søknaden"),
        "{about}"
    );
    let task = task_on_my_page(&app, &ola).await;
    let (status, html) = page(&app, &ola, &task).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Kari Nordmann har søkt om Få barn og ført deg opp som den andre forelderen"),
        "{html}"
    );
    assert!(html.contains("Emil") && html.contains("Nordmann"), "{html}");
    assert!(
        !html.contains("1234.56.78903") && !html.contains("974 760 673"),
        "{html}"
    );
    // Not Kari's to open, nor anyone else's.
    assert_eq!(page(&app, &kari, &task).await.0, 404);

    // Nothing answered: refused at the fields, nothing taken.
    let response = post_task(
        &app,
        &ola,
        &task,
        &[("decision", "answer"), ("a.other_parent_takes_leave", "no")],
    )
    .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.expect("body");
    assert!(
        html.contains("error-summary") && html.contains(r#"value="no" checked"#),
        "{html}"
    );
    // Answered: the calls go, with his answers beside each payload.
    let response = post_task(
        &app,
        &ola,
        &task,
        &[
            ("decision", "answer"),
            ("a.other_parent_agrees_name", "yes"),
            ("a.other_parent_takes_leave", "no"),
        ],
    )
    .await;
    assert_eq!(location(&response), "/my-page?party=answered");
    let calls = settle(&database, &reference, DeliveryState::Delivered).await;
    for call in &calls {
        let parties = &call.payload["parties"];
        assert_eq!(parties[0]["party"], "other-parent", "{}", call.payload);
        assert_eq!(parties[0]["pid"], ola_pid.as_str());
        assert_eq!(parties[0]["answers"]["other_parent_agrees_name"], true);
        assert_eq!(parties[0]["answers"]["other_parent_takes_leave"], false);
    }
    // A second answer changes nothing and leads to My page, which says the task was answered.
    let response = post_task(&app, &ola, &task, &[("decision", "refuse")]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/my-page?party=closed-answered");
    let (_, html) = page(&app, &ola, &location(&response)).await;
    assert!(
        html.contains("Denne oppgaven er allerede besvart. Svaret som ble sendt, står."),
        "{html}"
    );
    let (_, receipt) = page(&app, &kari, &format!("/receipt/{reference}")).await;
    assert!(receipt.contains("Ola Nordmann har svart."), "{receipt}");
    let kari_notified = database
        .parties()
        .notifications_of(&synthetic("Kari Nordmann"))
        .await;
    assert!(kari_notified
        .expect("notifications")
        .contains(&("parties-answered".into(), reference)));
}

#[tokio::test]
async fn a_party_not_in_the_login_list_logs_in_by_number_and_a_refusal_stops_the_submission_for_everyone(
) {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    // Liv Hansen, Per's sister, is in the register but not in the test login's list.
    let liv = liv(&app).await;
    let kari = logged_in(&app, "Kari Nordmann").await;
    let reference = submitted_naming(&app, &kari, &liv).await;
    let liv_browser = logged_in_by_number(&app, &liv).await;
    let task = task_on_my_page(&app, &liv_browser).await;
    let response = post_task(&app, &liv_browser, &task, &[("decision", "refuse")]).await;
    assert_eq!(location(&response), "/my-page?party=refused");
    // Stopped: no call will ever go, everyone is told, the receipt says so.
    let calls = database
        .outbox()
        .of_submission(&reference)
        .await
        .expect("calls");
    assert!(calls.is_empty(), "{calls:#?}");
    let (_, receipt) = page(&app, &kari, &format!("/receipt/{reference}")).await;
    assert!(
        receipt.contains("Søknaden er stanset og blir ikke sendt"),
        "{receipt}"
    );
    assert!(receipt.contains("har sagt nei."), "{receipt}");
    for person in [synthetic("Kari Nordmann"), liv.clone()] {
        let notified = database
            .parties()
            .notifications_of(&person)
            .await
            .expect("notifications");
        assert!(
            notified.contains(&("submission-stopped".into(), reference.clone())),
            "{notified:?}"
        );
    }
    // Answering after the refusal: nothing is taken.
    let response = post_task(
        &app,
        &liv_browser,
        &task,
        &[
            ("decision", "answer"),
            ("a.other_parent_agrees_name", "yes"),
            ("a.other_parent_takes_leave", "no"),
        ],
    )
    .await;
    assert_eq!(location(&response), "/my-page?party=closed-refused");
    let (_, html) = page(&app, &liv_browser, &location(&response)).await;
    assert!(
        html.contains("Det er allerede svart nei på denne oppgaven."),
        "{html}"
    );
}

#[tokio::test]
async fn a_deadline_that_passes_stops_the_submission_and_the_task_closes() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let kari = logged_in(&app, "Kari Nordmann").await;
    let reference = submitted_naming(&app, &kari, &synthetic("Ola Nordmann")).await;
    let ola = logged_in(&app, "Ola Nordmann").await;
    let task = task_on_my_page(&app, &ola).await;
    let stopped = database
        .parties()
        .expire_overdue(Instant::now().plus(Duration::from_secs(15 * 24 * 3600)))
        .await
        .expect("expire");
    assert_eq!(stopped, std::slice::from_ref(&reference));
    assert!(database
        .outbox()
        .of_submission(&reference)
        .await
        .expect("calls")
        .is_empty());
    let response = ola.get(app.url(&task)).send().await.expect("task");
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/my-page?party=closed-expired");
    let (_, receipt) = page(&app, &kari, &format!("/receipt/{reference}")).await;
    assert!(receipt.contains("svarte ikke innen fristen"), "{receipt}");
    // Ola is told on his My page, with no task left to open.
    let (_, html) = page(&app, &ola, "/my-page").await;
    assert!(
        html.contains("Fristen for å svare på søknaden fra Kari Nordmann om Få barn gikk ut."),
        "{html}"
    );
    assert!(!html.contains("href=\"/party/"), "{html}");
}

#[tokio::test]
async fn the_applicant_a_stranger_to_the_register_or_a_child_cannot_be_named_and_what_was_typed_stays(
) {
    let app = fast_app().await;
    let kari = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &kari).await;
    let family_step = check.replace("/check", "/family");
    let nora = related(&app, &synthetic("Kari Nordmann"), "child")
        .await
        .into_iter()
        .last()
        .expect("a child");
    // A valid number no one in the register has (born 1 January 1990).
    let stranger = (100..1000)
        .find_map(|i| app::journey::IdentityNumber::with_check_digits(&format!("018190{i}")))
        .expect("a valid number")
        .as_str()
        .to_string();
    let looked_up = |html: &str| html.matches("Kontroll av den du ba om å delta").count();
    let before = looked_up(&page(&app, &kari, "/my-page").await.1);
    for (other, says) in [
        (
            synthetic("Kari Nordmann"),
            "Dette er ditt eget fødselsnummer",
        ),
        (
            stranger,
            "Vi finner ikke dette fødselsnummeret i Folkeregisteret",
        ),
        (nora, "Personen må være 18 år eller eldre"),
    ] {
        let answers = family(&other);
        let answers: Vec<(&str, &str)> = answers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let response = post_step(&app, &kari, &family_step, &answers, "continue").await;
        assert_eq!(response.status(), 422, "{other}");
        let html = response.text().await.expect("body");
        assert!(html.contains(says), "{says}: {html}");
        assert!(
            html.contains(&format!(r#"value="{other}""#)),
            "the number typed is kept: {html}"
        );
    }
    // The stranger and the child were looked up, her own number was not: two more reads in
    // Kari's access log.
    let (_, my_page) = page(&app, &kari, "/my-page").await;
    assert_eq!(looked_up(&my_page), before + 2, "{my_page}");
}
