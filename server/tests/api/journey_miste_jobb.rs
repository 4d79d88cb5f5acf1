//! Miste og finne jobb over HTTP, as a browser without JavaScript walks it: the lost job and the
//! employment history prefilled from Aa-registeret, an invalid answer refused at its field, the
//! benefit's branch taken and skipped, a repeating group with two items, and delivery — the
//! unemployment benefit sent only after the job-seeker registration, carrying its case number.

use crate::{
    delivery::{exactly_one_case_each, submit},
    journey::{answer, days_ago, logged_in, start},
    life_events::{api_app, delivered, input_value, received, refused_at_field},
    login::page,
};
use server::storage::Database;

#[tokio::test]
async fn aisha_registers_as_a_job_seeker_applies_for_benefit_and_changes_her_tax_card() {
    let app = api_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let aisha = logged_in(&app, "Aisha Khan").await;

    // The job she lost two weeks ago, from Aa-registeret.
    let job = start(&app, &aisha, "miste-jobb").await;
    assert!(job.ends_with("/job"), "{job}");
    let (_, html) = page(&app, &aisha, &job).await;
    assert!(html.contains("Fra Aa-registeret"), "{html}");
    assert_eq!(input_value(&html, "last_employer"), "Fjord Sjømat AS");
    assert_eq!(input_value(&html, "last_day"), days_ago(14));
    assert_eq!(input_value(&html, "last_percent"), "100");
    let orgnr = input_value(&html, "last_employer_orgnr");
    assert_eq!(orgnr.chars().filter(char::is_ascii_digit).count(), 9);

    let last_day = days_ago(14);
    let job_answers = |percent| {
        [
            ("last_employer", "Fjord Sjømat AS"),
            ("last_employer_orgnr", orgnr.as_str()),
            ("last_percent", percent),
            ("last_day", last_day.as_str()),
            ("end_reason", "dismissed"),
        ]
    };
    refused_at_field(
        &app,
        &aisha,
        &job,
        &job_answers("150"),
        "last_percent",
        "Tallet kan være høyst 100.",
    )
    .await;
    let history = answer(&app, &aisha, &job, &job_answers("100")).await;
    assert!(history.ends_with("/history"), "{history}");

    // The history: both her employments, newest first, kept as two items.
    let (_, html) = page(&app, &aisha, &history).await;
    let (first, second) = (
        html.find("Fjord Sjømat AS").expect("the latest job"),
        html.find("Bryggen Hotell AS").expect("the earlier job"),
    );
    assert!(first < second, "newest first");
    let earlier_orgnr = input_value(&html, "jobs.1.job_orgnr");
    let next = answer(
        &app,
        &aisha,
        &history,
        &[
            ("jobs.0._", ""),
            ("jobs.0.job_employer", "Fjord Sjømat AS"),
            ("jobs.0.job_orgnr", &orgnr),
            ("jobs.0.job_start", "01.03.2018"),
            ("jobs.0.job_end", &days_ago(14)),
            ("jobs.0.job_percent", "100"),
            ("jobs.1._", ""),
            ("jobs.1.job_employer", "Bryggen Hotell AS"),
            ("jobs.1.job_orgnr", &earlier_orgnr),
            ("jobs.1.job_start", "15.06.2013"),
            ("jobs.1.job_end", "28.02.2018"),
            ("jobs.1.job_percent", "80"),
            ("worked_abroad", "no"),
        ],
    )
    .await;
    assert!(next.ends_with("/job-seeker"), "{next}");
    let next = answer(
        &app,
        &aisha,
        &next,
        &[
            ("wished_hours", "both"),
            (
                "job_wishes",
                "Produksjon og kvalitetskontroll i sjømatnæringen",
            ),
            ("work_area", "Bergen og omegn"),
            ("education", "upper-secondary"),
            ("available_now", "yes"),
            ("health_limits", "no"),
        ],
    )
    .await;
    assert!(next.ends_with("/benefit"), "{next}");
    let next = answer(&app, &aisha, &next, &[("apply_benefit", "yes")]).await;
    assert!(
        next.ends_with("/benefit-details"),
        "applying leads to the details: {next}"
    );
    let next = answer(
        &app,
        &aisha,
        &next,
        &[
            ("benefit_from", &days_ago(0)),
            ("weekly_hours_before", "37"),
            ("severance_pay", "no"),
            ("has_dependants", "yes"),
            ("dependants.0._", ""),
            ("dependants.0.dependant_name", "Yusuf Khan"),
            ("dependants.0.dependant_pid", "05862650087"),
            ("dependants.0.dependant_lives_with_you", "yes"),
            ("dependants.1._", ""),
            ("dependants.1.dependant_name", "Leila Khan"),
            ("dependants.1.dependant_pid", "15822250014"),
            ("dependants.1.dependant_lives_with_you", "yes"),
            ("bank_account", "1234 56 78903"),
        ],
    )
    .await;
    assert!(next.ends_with("/tax-card"), "{next}");
    let check = answer(
        &app,
        &aisha,
        &next,
        &[
            ("change_tax_card", "yes"),
            ("expected_income", "380 000"),
            ("expected_benefit", "60 000"),
        ],
    )
    .await;
    assert!(check.ends_with("/check"), "{check}");
    let (status, html) = page(&app, &aisha, &check).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Se over svarene dine")
            && html.contains("Bryggen Hotell AS")
            && html.contains("Leila Khan")
            && html.contains("1234.56.78903"),
        "{html}"
    );

    let reference = submit(&app, &aisha, &check).await;
    let calls = delivered(&database, &reference).await;
    let mut services: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    services.sort_unstable();
    assert_eq!(services, ["job-seeker", "tax-card", "unemployment-benefit"]);
    exactly_one_case_each(&database, &reference).await;

    // The benefit waited for the registration and carries its case number.
    let registration = calls
        .iter()
        .find(|c| c.service == "job-seeker")
        .expect("job seeker");
    let benefit = received(&database, &calls, "unemployment-benefit").await;
    assert_eq!(
        benefit["dependencies"]["job-seeker"],
        registration.case_number.as_deref().expect("case"),
        "{benefit}"
    );
    assert_eq!(
        benefit["payload"]["employments"].as_array().map(Vec::len),
        Some(2),
        "{benefit}"
    );
    assert_eq!(
        benefit["payload"]["dependants"].as_array().map(Vec::len),
        Some(2),
        "{benefit}"
    );
    let tax = received(&database, &calls, "tax-card").await;
    assert_eq!(
        tax["payload"]["expected_income"], 38_000_000,
        "money in øre: {tax}"
    );
    assert_eq!(tax["payload"]["reason"], "dismissed", "{tax}");
}

#[tokio::test]
async fn a_job_seeker_who_applies_for_nothing_more_skips_the_benefit_and_only_registers() {
    let app = api_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let kari = logged_in(&app, "Kari Nordmann").await;
    let job = start(&app, &kari, "miste-jobb").await;
    let (_, html) = page(&app, &kari, &job).await;
    // Two part-time jobs that go on: the one begun last, without an end date.
    assert_eq!(input_value(&html, "last_employer"), "Bokhjørnet AS");
    assert_eq!(input_value(&html, "last_day"), "");
    let orgnr = input_value(&html, "last_employer_orgnr");
    let resigned_without_a_reason = [
        ("last_employer", "Bokhjørnet AS"),
        ("last_employer_orgnr", orgnr.as_str()),
        ("last_percent", "40"),
        ("last_day", "31.12.2099"),
        ("end_reason", "resigned"),
    ];
    let refused =
        crate::journey::post_step(&app, &kari, &job, &resigned_without_a_reason, "continue").await;
    let (_, html) = page(&app, &kari, &crate::login::location(&refused)).await;
    assert!(
        html.contains(r##"href="#a.last_day""##)
            && html.contains(r##"href="#a.resignation_reason""##),
        "{html}"
    );
    let next = answer(
        &app,
        &kari,
        &job,
        &[
            ("last_employer", "Bokhjørnet AS"),
            ("last_employer_orgnr", &orgnr),
            ("last_percent", "40"),
            ("last_day", &days_ago(-30)),
            ("end_reason", "resigned"),
            (
                "resignation_reason",
                "Jeg vil jobbe mer i den andre jobben.",
            ),
        ],
    )
    .await;
    let next = answer(&app, &kari, &next, &[("worked_abroad", "no")]).await;
    let next = answer(
        &app,
        &kari,
        &next,
        &[
            ("wished_hours", "part-time"),
            ("job_wishes", "Tannhelsesekretær"),
            ("work_area", "Oslo"),
            ("education", "vocational"),
            ("available_now", "no"),
            ("health_limits", "no"),
        ],
    )
    .await;
    let next = answer(&app, &kari, &next, &[("apply_benefit", "no")]).await;
    assert!(
        next.ends_with("/tax-card"),
        "the benefit's details are skipped: {next}"
    );
    let check = answer(&app, &kari, &next, &[("change_tax_card", "no")]).await;
    assert!(check.ends_with("/check"), "{check}");
    let reference = submit(&app, &kari, &check).await;
    let calls = delivered(&database, &reference).await;
    let services: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    assert_eq!(services, ["job-seeker"]);
    let registration = received(&database, &calls, "job-seeker").await;
    assert_eq!(
        registration["payload"]["end_reason"], "resigned",
        "{registration}"
    );
    assert!(
        registration["payload"].get("resignation_reason").is_none(),
        "NAV's registration needs no reason: {registration}"
    );
}
