//! Alvorlig sykt barn over HTTP, as a browser without JavaScript walks it: the child, both
//! parents and the employers prefilled from the registers, an invalid answer refused at its
//! field, the periods of care and the employers as groups of two, and delivery — NAV's calls to
//! the simulated agency, the municipality's relief and coordinator filed in its caseworkers'
//! inbox. The medical confirmation is a task for the health service that does not hold the
//! applications: its caseworker answers it from the inbox later, and only NAV's confirmation
//! call waits for that answer (a "cannot answer" or a lapsed deadline:
//! `journey_alvorlig_sykt_barn_declined`).

use crate::{
    journey::{answer, days_ago, logged_in, start},
    life_events::{in_the_inbox, inbox_app, input_value, received, refused_at_field},
    login::{location, page, synthetic},
    parties::post_task,
};
use app::domain::DeliveryState;
use server::storage::{Database, Delivery};
use std::time::Duration;

/// Waits until every call but the medical confirmation is delivered, and the confirmation is
/// still held for the health service (never tried); returns the calls.
pub(crate) async fn delivered_but_the_confirmation(
    database: &Database,
    reference: &str,
) -> Vec<Delivery> {
    for _ in 0..400 {
        let calls = database
            .outbox()
            .of_submission(reference)
            .await
            .expect("calls");
        let (held, others): (Vec<&Delivery>, Vec<&Delivery>) = calls
            .iter()
            .partition(|c| c.service == "medical-confirmation");
        if !others.is_empty() && others.iter().all(|c| c.state == DeliveryState::Delivered) {
            assert!(
                held.iter()
                    .all(|c| c.state == DeliveryState::Pending && c.attempts == 0),
                "the confirmation waits for the health service: {calls:#?}"
            );
            return calls;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!(
        "{reference} was not delivered: {:#?}",
        database.outbox().of_submission(reference).await
    );
}

/// The health service's task on its caseworker's inbox, as its address.
pub(crate) async fn task_in_the_inbox(
    app: &crate::helpers::TestApp,
    browser: &reqwest::Client,
) -> String {
    let (status, html) = page(app, browser, "/caseworker").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Oppgaver som venter på svar fra dere"),
        "{html}"
    );
    let key = html
        .split(r#"href="/party/"#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("a task in the inbox: {html}"));
    format!("/party/{key}")
}

#[tokio::test]
async fn kari_applies_for_care_benefit_care_days_relief_and_a_coordinator_for_her_newborn() {
    let app = inbox_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let kari = logged_in(&app, "Kari Nordmann").await;

    // The child: her youngest, Emil, three weeks old, from Folkeregisteret.
    let child = start(&app, &kari, "alvorlig-sykt-barn").await;
    assert!(child.ends_with("/child"), "{child}");
    let (_, html) = page(&app, &kari, &child).await;
    assert!(html.contains("Fra Folkeregisteret"), "{html}");
    assert_eq!(input_value(&html, "child_name"), "Emil Nordmann");
    assert_eq!(input_value(&html, "child_birth_date"), days_ago(21));
    let child_pid = input_value(&html, "child_pid");
    let illness = "Født for tidlig, ligger på nyfødtintensiven.";
    refused_at_field(
        &app,
        &kari,
        &child,
        &[
            ("child_pid", "1234"),
            ("child_name", "Emil Nordmann"),
            ("child_birth_date", &days_ago(21)),
            ("illness", illness),
        ],
        "child_pid",
        "Fødselsnummeret må ha 11 siffer.",
    )
    .await;
    let parents = answer(
        &app,
        &kari,
        &child,
        &[
            ("child_pid", &child_pid),
            ("child_name", "Emil Nordmann"),
            ("child_birth_date", &days_ago(21)),
            ("illness", illness),
        ],
    )
    .await;
    assert!(parents.ends_with("/parents"), "{parents}");

    // Both parents: Kari and her husband Ola, from Folkeregisteret.
    let (_, html) = page(&app, &kari, &parents).await;
    assert_eq!(input_value(&html, "applicant_name"), "Kari Nordmann");
    assert_eq!(input_value(&html, "other_parent_name"), "Ola Nordmann");
    let ola = synthetic("Ola Nordmann");
    assert_eq!(input_value(&html, "other_parent_pid"), ola);
    let health = answer(
        &app,
        &kari,
        &parents,
        &[
            ("applicant_name", "Kari Nordmann"),
            ("lives_with_child", "yes"),
            ("other_parent_name", "Ola Nordmann"),
            ("other_parent_pid", &ola),
            ("other_parent_shares", "yes"),
        ],
    )
    .await;
    assert!(health.ends_with("/health"), "{health}");
    let work = answer(
        &app,
        &kari,
        &health,
        &[
            ("treated_by", "hospital"),
            ("treating_name", "Oslo universitetssykehus, nyfødtintensiv"),
            ("treating_phone", "23 07 00 00"),
        ],
    )
    .await;

    // Her two part-time jobs, from Aa-registeret.
    let (_, html) = page(&app, &kari, &work).await;
    assert_eq!(
        input_value(&html, "employers.0.employer_name"),
        "Bokhjørnet AS"
    );
    assert_eq!(
        input_value(&html, "employers.1.employer_name"),
        "Storgata Tannklinikk AS"
    );
    let (first, second) = (
        input_value(&html, "employers.0.employer_orgnr"),
        input_value(&html, "employers.1.employer_orgnr"),
    );
    let next = answer(
        &app,
        &kari,
        &work,
        &[
            ("employers.0._", ""),
            ("employers.0.employer_name", "Bokhjørnet AS"),
            ("employers.0.employer_orgnr", &first),
            ("employers.0.employer_percent", "40"),
            ("employers.1._", ""),
            ("employers.1.employer_name", "Storgata Tannklinikk AS"),
            ("employers.1.employer_orgnr", &second),
            ("employers.1.employer_percent", "60"),
            ("self_employed", "no"),
        ],
    )
    .await;
    let periods = answer(&app, &kari, &next, &[("apply_care_benefit", "yes")]).await;
    assert!(
        periods.ends_with("/care-periods"),
        "applying leads to the periods: {periods}"
    );
    let next = answer(
        &app,
        &kari,
        &periods,
        &[
            ("care_periods.0._", ""),
            ("care_periods.0.period_from", &days_ago(21)),
            ("care_periods.0.period_to", &days_ago(-30)),
            ("care_periods.0.period_degree", "100"),
            ("care_periods.0.period_place", "hospital"),
            ("care_periods.1._", ""),
            ("care_periods.1.period_from", &days_ago(-31)),
            ("care_periods.1.period_to", &days_ago(-120)),
            ("care_periods.1.period_degree", "50"),
            ("care_periods.1.period_place", "home"),
            ("employer_pays", "no"),
            ("bank_account", "1234 56 78903"),
        ],
    )
    .await;
    assert!(next.ends_with("/care-days"), "{next}");
    let next = answer(
        &app,
        &kari,
        &next,
        &[
            ("apply_care_days", "yes"),
            ("long_lasting", "yes"),
            ("sole_carer", "no"),
        ],
    )
    .await;
    let check = answer(
        &app,
        &kari,
        &next,
        &[
            ("want_relief", "yes"),
            ("relief_kinds", "relief-care"),
            ("relief_kinds", "home-nursing"),
            ("relief_needs", "Hjemmesykepleie når Emil kommer hjem."),
            ("want_coordinator", "yes"),
            ("individual_plan", "yes"),
            ("phone", "912 34 567"),
        ],
    )
    .await;
    assert!(check.ends_with("/check"), "{check}");
    let (_, html) = page(&app, &kari, &check).await;
    assert!(
        html.contains("Storgata Tannklinikk AS")
            && html.contains("Oslo universitetssykehus, nyfødtintensiv")
            && html.contains("Hjemmesykepleie"),
        "{html}"
    );

    let reference = crate::delivery::submit(&app, &kari, &check).await;
    // The applications go at once; the medical confirmation waits for the health service.
    let calls = delivered_but_the_confirmation(&database, &reference).await;
    let mut services: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    services.sort_unstable();
    assert_eq!(
        services,
        [
            "care-benefit",
            "care-days",
            "coordinator",
            "medical-confirmation",
            "relief-services"
        ]
    );
    let (_, receipt) = page(&app, &kari, &format!("/receipt/{reference}")).await;
    assert!(
        receipt.contains("Helsetjenesten har ikke svart ennå")
            && !receipt.contains("Søknaden sendes når alle har svart."),
        "{receipt}"
    );
    // On the timeline, the confirmation waits (not "being sent"); the applications are in.
    assert_eq!(
        receipt
            .matches("Venter på svar fra andre som er med, og sendes til NAV")
            .count(),
        1,
        "{receipt}"
    );
    // NAV's admin sees the held call as waiting for someone who takes part, not as late.
    let lars = logged_in(&app, "Lars Dahl").await;
    let (_, html) = page(&app, &lars, "/admin/deliveries/nav").await;
    assert!(
        html.contains(&reference)
            && html.contains("Venter på svar fra en som er med i søknaden")
            && !html.contains("9000"),
        "{html}"
    );
    // NAV's calls reached the simulated agency once each; the municipality's are in its inbox.
    let cases = database
        .sim_cases()
        .for_submission(&reference)
        .await
        .expect("cases");
    assert_eq!(cases.len(), 2, "{cases:?}");
    for call in calls.iter().filter(|c| c.agency == "kommune") {
        in_the_inbox(&app, &reference, call.case_number.as_deref().expect("case")).await;
    }

    // The doctor at the health service finds the task in her inbox: the child and the illness,
    // not Kari's account or employers. It is not Kari's to open, nor NAV's caseworker's.
    let sigrid = logged_in(&app, "Sigrid Fjeld").await;
    let task = task_in_the_inbox(&app, &sigrid).await;
    let (status, html) = page(&app, &sigrid, &task).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("ber Helsetjenesten svare som behandler av barnet")
            && html.contains("Emil Nordmann")
            && html.contains("nyfødtintensiven"),
        "{html}"
    );
    assert!(
        !html.contains("1234.56.78903") && !html.contains("Storgata"),
        "{html}"
    );
    assert_eq!(page(&app, &kari, &task).await.0, 404);
    let ingrid = logged_in(&app, "Ingrid Berg").await;
    assert_eq!(page(&app, &ingrid, &task).await.0, 404);
    // Nothing answered: refused at the fields, with what was typed kept.
    let response = post_task(
        &app,
        &sigrid,
        &task,
        &[
            ("decision", "answer"),
            ("a.confirmed_by", "Anne Lege, overlege"),
        ],
    )
    .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.expect("body");
    assert!(
        html.contains("error-summary") && html.contains("Anne Lege, overlege"),
        "{html}"
    );
    let response = post_task(
        &app,
        &sigrid,
        &task,
        &[
            ("decision", "answer"),
            ("a.illness_confirmed", "yes"),
            (
                "a.diagnosis",
                "Prematur, respirasjonsstøtte. Trenger en forelder hos seg.",
            ),
            ("a.care_needed_until", &days_ago(-90)),
            ("a.confirmed_by", "Anne Lege, overlege"),
        ],
    )
    .await;
    assert_eq!(location(&response), "/caseworker?party=answered");
    let calls = crate::delivery::settle(&database, &reference, DeliveryState::Delivered).await;
    let confirmation = received(&database, &calls, "medical-confirmation").await;
    let party = &confirmation["payload"]["parties"][0];
    assert_eq!(party["party"], "health-service", "{confirmation}");
    assert_eq!(party["organisation"], "helse");
    assert_eq!(party["answers"]["illness_confirmed"], true);
    assert_eq!(party["answers"]["confirmed_by"], "Anne Lege, overlege");
    assert_eq!(confirmation["payload"]["child_pid"], child_pid.as_str());
    // The applications carried no party: they did not wait.
    let benefit = received(&database, &calls, "care-benefit").await;
    assert!(benefit["payload"].get("parties").is_none(), "{benefit}");
    let (_, receipt) = page(&app, &kari, &format!("/receipt/{reference}")).await;
    assert!(
        receipt.contains("Helsetjenesten har svart, og svaret er sendt videre."),
        "{receipt}"
    );
    // Answered once: the task is gone from the inbox, and opening it again leads there, told so.
    let (_, html) = page(&app, &sigrid, "/caseworker").await;
    assert!(!html.contains("href=\"/party/"), "{html}");
    let response = sigrid.get(app.url(&task)).send().await.expect("task");
    assert_eq!(location(&response), "/caseworker?party=closed-answered");
    let (_, html) = page(&app, &sigrid, &location(&response)).await;
    assert!(
        html.contains("Denne oppgaven er allerede besvart."),
        "{html}"
    );

    let benefit = received(&database, &calls, "care-benefit").await;
    let payload = &benefit["payload"];
    assert_eq!(
        payload["medical_confirmation_requested_from"], "Oslo universitetssykehus, nyfødtintensiv",
        "{benefit}"
    );
    assert_eq!(
        payload["medical_confirmation_requested_from_kind"],
        "hospital"
    );
    assert_eq!(
        payload["care_periods"].as_array().map(Vec::len),
        Some(2),
        "{benefit}"
    );
    assert_eq!(
        payload["employers"].as_array().map(Vec::len),
        Some(2),
        "{benefit}"
    );
    assert_eq!(payload["other_parent_pid"], ola.as_str(), "{benefit}");
}
