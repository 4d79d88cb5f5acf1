//! Alvorlig sykt barn over HTTP, as a browser without JavaScript walks it: the child, both
//! parents and the employers prefilled from the registers, an invalid answer refused at its
//! field, the periods of care and the employers as groups of two, the medical confirmation asked
//! of who treats the child, and delivery — NAV's calls to the simulated agency, the
//! municipality's relief and coordinator filed in its caseworkers' inbox.

use crate::{
    journey::{answer, days_ago, logged_in, start},
    life_events::{delivered, in_the_inbox, inbox_app, input_value, received, refused_at_field},
    login::{page, synthetic},
};
use server::storage::Database;

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
    let calls = delivered(&database, &reference).await;
    let mut services: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    services.sort_unstable();
    assert_eq!(
        services,
        [
            "care-benefit",
            "care-days",
            "coordinator",
            "relief-services"
        ]
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

#[tokio::test]
async fn a_parent_who_does_not_apply_for_care_benefit_skips_the_periods_and_nav_gets_only_care_days(
) {
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
    let calls = delivered(&database, &reference).await;
    let services: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    assert_eq!(services, ["care-days"]);
    let days = received(&database, &calls, "care-days").await;
    assert_eq!(days["payload"]["sole_carer"], true, "{days}");
    let employers = days["payload"].get("employers");
    assert!(
        employers.is_none_or(|e| e.as_array().is_some_and(Vec::is_empty)),
        "the ended jobs were removed: {days}"
    );
}
