//! Dødsfall og arv with more than one person: a private settlement waits for every heir of full
//! age but the applicant (a minor acts through a guardian), who consents in a task of their own.

use crate::{
    delivery::{fast_app, settle, submit},
    journey::answer,
    login::{location, page, synthetic},
    parties::{
        liv, logged_in_by_number, logged_in_by_number_at, post_task, related, task_on_my_page,
    },
};
use app::domain::DeliveryState;
use server::storage::Database;

/// Per applies for a private settlement of Arne's estate naming `heirs` (`(pid, name)`, Per's
/// own first): the submission's reference.
pub(crate) async fn private_settlement(
    app: &crate::helpers::TestApp,
    heirs_named: &[(&str, &str)],
) -> String {
    let per_pid = synthetic("Per Hansen");
    let arne = related(app, &per_pid, "parent").await.remove(0);
    let per = crate::journey::logged_in_high(app, "Per Hansen").await;
    let first = crate::journey::start(app, &per, "dodsfall-og-arv").await;
    let died = crate::journey::days_ago(45);
    let next = answer(
        app,
        &per,
        &first,
        &[
            ("deceased_pid", &arne),
            ("deceased_name", "Arne Hansen"),
            ("death_date", &died),
            ("has_will", "no"),
        ],
    )
    .await;
    let heirs = answer(app, &per, &next, &[("relation", "child")]).await;
    let heir = |i: usize, pid: &str, name: &str| {
        vec![
            (format!("heirs.{i}._"), String::new()),
            (format!("heirs.{i}.heir_pid"), pid.to_string()),
            (format!("heirs.{i}.heir_name"), name.to_string()),
            (format!("heirs.{i}.heir_relation"), "child".to_string()),
        ]
    };
    let mut answers = Vec::new();
    for (i, (pid, name)) in heirs_named.iter().enumerate() {
        answers.extend(heir(i, pid, name));
    }
    answers.push(("heirs_informed".into(), "yes".into()));
    answers.push(("heirs_under_guardianship".into(), "yes".into()));
    let answers: Vec<(&str, &str)> = answers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let settlement = answer(app, &per, &heirs, &answers).await;
    let private = answer(app, &per, &settlement, &[("settlement", "private")]).await;
    let assets = answer(app, &per, &private, &[("debt_liability", "yes")]).await;
    let check = answer(app, &per, &assets, &[("bank_deposits", "125 000")]).await;
    assert!(check.ends_with("/check"), "{check}");
    submit(app, &per, &check).await
}

#[tokio::test]
async fn every_heir_of_full_age_but_the_applicant_consents_to_a_private_settlement() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let per_pid = synthetic("Per Hansen");
    let liv = liv(&app).await;
    let yusuf = related(&app, &synthetic("Aisha Khan"), "child")
        .await
        .remove(0);
    // A minor heir (any child's number serves) acts through a guardian: no task for them.
    let reference = private_settlement(
        &app,
        &[
            (&per_pid, "Per Hansen"),
            (&liv, "Liv Hansen"),
            (&yusuf, "Yusuf Khan"),
        ],
    )
    .await;
    let parties = database
        .parties()
        .of_submission(&reference)
        .await
        .expect("parties");
    let who: Vec<&str> = parties.iter().map(|p| p.person_id.as_str()).collect();
    assert_eq!(
        who,
        [liv.as_str()],
        "Liv alone: Per applied, Yusuf is a minor"
    );

    // Liv's task is part of a journey at the high level: logged in lower, she is sent to log in
    // at that level first, as for every look at its answers.
    let liv_browser = logged_in_by_number(&app, &liv).await;
    let task = task_on_my_page(&app, &liv_browser).await;
    let response = liv_browser.get(app.url(&task)).send().await.expect("task");
    assert_eq!(response.status(), 303);
    let to = location(&response);
    assert_eq!(to, format!("/login?return={task}&level=high"));

    // Liv consents: she sees the deceased and the settlement, and the court gets the case.
    let liv_browser = logged_in_by_number_at(&app, &liv, "high").await;
    let (_, html) = page(&app, &liv_browser, &task).await;
    assert!(
        html.contains("Arne Hansen") && html.contains("Jeg samtykker"),
        "{html}"
    );
    assert!(!html.contains("125"), "not the estate's figures: {html}");
    let response = post_task(&app, &liv_browser, &task, &[("decision", "answer")]).await;
    assert_eq!(location(&response), "/my-page?party=answered");
    settle(&database, &reference, DeliveryState::Delivered).await;
}

#[tokio::test]
async fn one_heir_saying_no_stops_the_settlement_and_the_other_heir_is_told() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let (per, liv, ola) = (
        synthetic("Per Hansen"),
        liv(&app).await,
        synthetic("Ola Nordmann"),
    );
    let reference = private_settlement(
        &app,
        &[
            (&per, "Per Hansen"),
            (&liv, "Liv Hansen"),
            (&ola, "Ola Nordmann"),
        ],
    )
    .await;
    // Both heirs have a task; Liv opens hers but has not answered when Ola says no.
    let liv_browser = logged_in_by_number_at(&app, &liv, "high").await;
    let livs_task = task_on_my_page(&app, &liv_browser).await;
    let ola_browser = crate::journey::logged_in_high(&app, "Ola Nordmann").await;
    let olas_task = task_on_my_page(&app, &ola_browser).await;
    let response = post_task(&app, &ola_browser, &olas_task, &[("decision", "refuse")]).await;
    assert_eq!(location(&response), "/my-page?party=refused");

    // Stopped for everyone: nothing goes to the court, and each of the three is notified.
    assert!(database
        .outbox()
        .of_submission(&reference)
        .await
        .expect("calls")
        .is_empty());
    for person in [&per, &liv, &ola] {
        let notified = database
            .parties()
            .notifications_of(person)
            .await
            .expect("notifications");
        assert!(
            notified.contains(&("submission-stopped".into(), reference.clone())),
            "{person}: {notified:?}"
        );
    }
    // Liv is told on My page, with nothing left to answer; her open task says why.
    let (_, html) = page(&app, &liv_browser, "/my-page").await;
    assert!(
        html.contains(
            "Søknaden fra Per Hansen om Dødsfall og arv er stanset fordi noen har sagt nei. Du \
             trenger ikke svare."
        ),
        "{html}"
    );
    assert!(!html.contains(&format!("href=\"{livs_task}\"")), "{html}");
    let response = post_task(&app, &liv_browser, &livs_task, &[("decision", "answer")]).await;
    assert_eq!(location(&response), "/my-page?party=closed-stopped");
    let (_, receipt) = page(
        &app,
        &crate::journey::logged_in_high(&app, "Per Hansen").await,
        &format!("/receipt/{reference}"),
    )
    .await;
    assert!(receipt.contains("Ola Nordmann har sagt nei."), "{receipt}");
    // Named, not numbered: Liv had never used the portal, and her name came from the register.
    assert!(
        receipt.contains("Liv Hansen trenger ikke svare: søknaden er stanset."),
        "{receipt}"
    );
    assert!(!receipt.contains(&liv), "{receipt}");
}
