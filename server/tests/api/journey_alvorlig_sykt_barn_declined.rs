//! Alvorlig sykt barn when the health service does not confirm: Aisha applies for care days
//! only, and the health service says it cannot answer, or lets the deadline pass. Only NAV's
//! medical-confirmation call is dropped; the application stands and Aisha is told.

use crate::{
    journey::{answer, logged_in, start},
    journey_alvorlig_sykt_barn::{delivered_but_the_confirmation, task_in_the_inbox},
    life_events::{inbox_app, input_value, received},
    login::{location, page, synthetic},
    parties::post_task,
};
use app::domain::{DeliveryState, Instant};
use server::storage::Database;
use std::time::Duration;

#[tokio::test]
async fn a_parent_who_does_not_apply_for_care_benefit_skips_the_periods_and_nav_gets_only_care_days(
) {
    let (app, database, reference) = aisha_applies_for_care_days().await;
    let calls = delivered_but_the_confirmation(&database, &reference).await;
    let services: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    assert_eq!(services, ["care-days", "medical-confirmation"]);
    let days = received(&database, &calls, "care-days").await;
    assert_eq!(days["payload"]["sole_carer"], true, "{days}");
    let employers = days["payload"].get("employers");
    assert!(
        employers.is_none_or(|e| e.as_array().is_some_and(Vec::is_empty)),
        "the ended jobs were removed: {days}"
    );

    // The health service cannot answer: only the confirmation is dropped; the application
    // stands, and Aisha is told.
    let sigrid = logged_in(&app, "Sigrid Fjeld").await;
    let task = task_in_the_inbox(&app, &sigrid).await;
    let response = post_task(&app, &sigrid, &task, &[("decision", "refuse")]).await;
    assert_eq!(location(&response), "/caseworker?party=refused");
    let calls = database
        .outbox()
        .of_submission(&reference)
        .await
        .expect("calls");
    let services: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    assert_eq!(services, ["care-days"], "{calls:#?}");
    assert_eq!(calls[0].state, DeliveryState::Delivered);
    let aisha = logged_in(&app, "Aisha Khan").await;
    let (_, receipt) = page(&app, &aisha, &format!("/receipt/{reference}")).await;
    assert!(
        receipt.contains("Helsetjenesten kunne ikke svare.")
            && !receipt.contains("Søknaden er stanset"),
        "{receipt}"
    );
    let notified = database
        .parties()
        .notifications_of(&synthetic("Aisha Khan"))
        .await
        .expect("notifications");
    assert!(
        notified.contains(&("party-refused".into(), reference.clone())),
        "{notified:?}"
    );
    assert!(
        !notified
            .iter()
            .any(|(kind, _)| kind == "submission-stopped"),
        "{notified:?}"
    );
}

#[tokio::test]
async fn a_confirmation_the_health_service_does_not_give_in_time_drops_only_its_call() {
    let (app, database, reference) = aisha_applies_for_care_days().await;
    delivered_but_the_confirmation(&database, &reference).await;
    let stopped = database
        .parties()
        .expire_overdue(Instant::now().plus(Duration::from_secs(31 * 24 * 3600)))
        .await
        .expect("expire");
    assert!(stopped.is_empty(), "nothing is stopped: {stopped:?}");
    let calls = database
        .outbox()
        .of_submission(&reference)
        .await
        .expect("calls");
    let services: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    assert_eq!(services, ["care-days"], "{calls:#?}");
    let aisha = logged_in(&app, "Aisha Khan").await;
    let (_, receipt) = page(&app, &aisha, &format!("/receipt/{reference}")).await;
    assert!(
        receipt.contains("Helsetjenesten svarte ikke innen fristen."),
        "{receipt}"
    );
    let sigrid = logged_in(&app, "Sigrid Fjeld").await;
    let (_, html) = page(&app, &sigrid, "/caseworker").await;
    assert!(
        !html.contains("href=\"/party/"),
        "the lapsed task is gone: {html}"
    );
}

/// Aisha applies for care days only (not care benefit, no municipal services): the submission's
/// reference, once submitted.
async fn aisha_applies_for_care_days() -> (crate::helpers::TestApp, Database, String) {
    let app = inbox_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let aisha = logged_in(&app, "Aisha Khan").await;
    let child = start(&app, &aisha, "alvorlig-sykt-barn").await;
    let (_, html) = page(&app, &aisha, &child).await;
    // Her youngest is Leila; her husband has died, so no other parent is prefilled.
    assert_eq!(input_value(&html, "child_name"), "Leila Khan");
    let leila = input_value(&html, "child_pid");
    let born = input_value(&html, "child_birth_date");
    let parents = answer(
        &app,
        &aisha,
        &child,
        &[
            ("child_pid", &leila),
            ("child_name", "Leila Khan"),
            ("child_birth_date", &born),
            ("illness", "Type 1-diabetes, trenger tilsyn om natten."),
        ],
    )
    .await;
    let (_, html) = page(&app, &aisha, &parents).await;
    assert_eq!(input_value(&html, "other_parent_pid"), "");
    let next = answer(
        &app,
        &aisha,
        &parents,
        &[
            ("applicant_name", "Aisha Khan"),
            ("lives_with_child", "yes"),
        ],
    )
    .await;
    let next = answer(
        &app,
        &aisha,
        &next,
        &[
            ("treated_by", "specialist"),
            ("treating_name", "Haukeland, barneklinikken"),
        ],
    )
    .await;
    // Her jobs have ended: she removes them.
    let next = answer(&app, &aisha, &next, &[("self_employed", "no")]).await;
    let next = answer(&app, &aisha, &next, &[("apply_care_benefit", "no")]).await;
    assert!(
        next.ends_with("/care-days"),
        "the periods are skipped: {next}"
    );
    let next = answer(
        &app,
        &aisha,
        &next,
        &[
            ("apply_care_days", "yes"),
            ("long_lasting", "yes"),
            ("sole_carer", "yes"),
        ],
    )
    .await;
    let check = answer(
        &app,
        &aisha,
        &next,
        &[("want_relief", "no"), ("want_coordinator", "no")],
    )
    .await;
    assert!(check.ends_with("/check"), "{check}");
    let reference = crate::delivery::submit(&app, &aisha, &check).await;
    (app, database, reference)
}
