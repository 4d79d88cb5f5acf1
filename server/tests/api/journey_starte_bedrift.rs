//! Starte og drive en bedrift over HTTP, as a browser without JavaScript drives it: the founder
//! from Folkeregisteret and his roles from Enhetsregisteret, a name that is taken refused at its
//! field, the organisation form's branch (a limited company's board, two members, one of them
//! unknown to Folkeregisteret at first), and the VAT and employer registrations sent after the
//! registration with its case number.

use crate::{
    delivery::{fast_app, submit},
    journey::{answer, days_ago, logged_in, start},
    journey_checks::{delivered_in_order, received, refused_at},
    login::{page, synthetic},
};
use server::storage::Database;

/// A synthetic number (month + 80) nobody in the registers has: 1 January 1990.
const UNKNOWN: &str = "01819010001";

#[tokio::test]
async fn a_limited_company_is_registered_and_vat_and_employer_registration_follow_it() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let browser = logged_in(&app, "Per Hansen").await;
    let per = synthetic("Per Hansen");
    let kari = synthetic("Kari Nordmann");

    let first = start(&app, &browser, "starte-bedrift").await;
    assert!(first.ends_with("/founder"), "{first}");
    let (_, html) = page(&app, &browser, &first).await;
    assert!(
        html.contains(&format!(r#"value="{per}""#)) && html.contains(r#"value="Kirkegata 5""#),
        "the founder from Folkeregisteret: {html}"
    );
    let next = answer(
        &app,
        &browser,
        &first,
        &[
            ("founder_pid", &per),
            ("founder_name", "Per Hansen"),
            ("founder_address.street", "Kirkegata 5"),
            ("founder_address.postcode", "7011"),
            ("founder_address.city", "Trondheim"),
            ("founder_email", "per@example.no"),
        ],
    )
    .await;
    assert!(next.ends_with("/existing-roles"), "{next}");
    let (_, html) = page(&app, &browser, &next).await;
    assert!(
        html.contains(r#"value="Hansen Snekkeri AS""#),
        "his role from Enhetsregisteret: {html}"
    );
    let roles = [
        ("existing_roles.0._", ""),
        ("existing_roles.0.existing_orgnr", "900000014"),
        ("existing_roles.0.existing_name", "Hansen Snekkeri AS"),
    ];
    let business = answer(&app, &browser, &next, &roles).await;
    assert!(business.ends_with("/business"), "{business}");

    // A name Enhetsregisteret already has (letter case aside) is refused at the field, kept.
    let start_date = days_ago(-30);
    let mut about = vec![
        ("organisation_form", "as"),
        ("activity", "Design og produksjon av lamper."),
        ("start_date", start_date.as_str()),
        ("business_at_home", "no"),
        ("business_address.street", "Bryggen 3"),
        ("business_address.postcode", "5003"),
        ("business_address.city", "Bergen"),
    ];
    about.push(("business_name", "hansen snekkeri as"));
    refused_at(
        &app,
        &browser,
        &business,
        &about,
        "business_name",
        "Navnet er allerede registrert i Enhetsregisteret.",
        &["hansen snekkeri as", "Bryggen 3"],
    )
    .await;
    about.pop();
    about.push(("business_name", "Fjordlys Design AS"));
    let company = answer(&app, &browser, &business, &about).await;
    assert!(
        company.ends_with("/company"),
        "a limited company: {company}"
    );

    // The board, two members; the second first typed as a number Folkeregisteret does not know.
    let founded = days_ago(5);
    let mut board = vec![
        ("share_capital", "30 000"),
        ("founding_date", founded.as_str()),
        ("auditor_opt_out", "yes"),
        ("board.0._", ""),
        ("board.0.board_member_pid", per.as_str()),
        ("board.0.board_member_name", "Per Hansen"),
        ("board.0.board_role", "chair"),
        ("board.1._", ""),
        ("board.1.board_member_name", "Kari Nordmann"),
        ("board.1.board_role", "member"),
    ];
    board.push(("board.1.board_member_pid", UNKNOWN));
    refused_at(
        &app,
        &browser,
        &company,
        &board,
        "board.1.board_member_pid",
        "Vi finner ikke dette fødselsnummeret i Folkeregisteret.",
        &[UNKNOWN, "Kari Nordmann"],
    )
    .await;
    board.pop();
    board.push(("board.1.board_member_pid", kari.as_str()));
    let vat = answer(&app, &browser, &company, &board).await;
    assert!(vat.ends_with("/vat"), "past the partners: {vat}");

    let vat_start = days_ago(-30);
    let employees = answer(
        &app,
        &browser,
        &vat,
        &[
            ("expected_turnover", "1 200 000"),
            ("vat_exempt", "no"),
            ("vat_start", &vat_start),
            ("vat_term", "bimonthly"),
        ],
    )
    .await;
    let hired = days_ago(-60);
    let payment = answer(
        &app,
        &browser,
        &employees,
        &[
            ("will_employ", "yes"),
            ("employee_count", "3"),
            ("first_employment_date", &hired),
            ("occupational_pension", "yes"),
        ],
    )
    .await;
    let check = answer(
        &app,
        &browser,
        &payment,
        &[("business_bank_account", "1234 56 78903")],
    )
    .await;
    assert!(check.ends_with("/check"), "{check}");
    let (_, html) = page(&app, &browser, &check).await;
    assert!(
        html.contains("Fjordlys Design AS") && html.contains("Kari Nordmann"),
        "{html}"
    );

    let reference = submit(&app, &browser, &check).await;
    let calls = delivered_in_order(
        &database,
        &reference,
        &["registration", "vat", "employer-registration"],
        "registration",
        &["vat", "employer-registration"],
    )
    .await;
    let registration = calls.iter().find(|c| c.service == "registration").unwrap();
    let body = received(&database, registration).await;
    assert_eq!(body["payload"]["name"], "Fjordlys Design AS", "{body}");
    assert_eq!(body["payload"]["organisation_form"], "as");
    assert_eq!(
        body["payload"]["board"].as_array().map(Vec::len),
        Some(2),
        "{body}"
    );
    let vat = calls.iter().find(|c| c.agency == "skatteetaten").unwrap();
    assert_eq!(
        received(&database, vat).await["payload"]["vat_term"],
        "bimonthly"
    );
}

#[tokio::test]
async fn a_sole_proprietor_below_the_threshold_without_employees_is_only_registered() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let browser = logged_in(&app, "Kari Nordmann").await;
    let kari = synthetic("Kari Nordmann");
    let first = start(&app, &browser, "starte-bedrift").await;
    let roles = answer(
        &app,
        &browser,
        &first,
        &[
            ("founder_pid", &kari),
            ("founder_name", "Kari Nordmann"),
            ("founder_address.street", "Storgata 1"),
            ("founder_address.postcode", "0155"),
            ("founder_address.city", "Oslo"),
            ("founder_email", "kari@example.no"),
        ],
    )
    .await;
    let (_, html) = page(&app, &browser, &roles).await;
    assert!(!html.contains("existing_roles.0"), "no roles: {html}");
    let business = answer(&app, &browser, &roles, &[]).await;
    let started = days_ago(0);
    let vat = answer(
        &app,
        &browser,
        &business,
        &[
            ("business_name", "Kari Nordmann Keramikk"),
            ("organisation_form", "enk"),
            ("activity", "Keramikk til salgs på markeder."),
            ("start_date", &started),
            ("business_at_home", "yes"),
        ],
    )
    .await;
    assert!(
        vat.ends_with("/vat"),
        "a sole proprietorship skips the company: {vat}"
    );
    let employees = answer(
        &app,
        &browser,
        &vat,
        &[("expected_turnover", "40 000"), ("vat_exempt", "no")],
    )
    .await;
    let payment = answer(&app, &browser, &employees, &[("will_employ", "no")]).await;
    let check = answer(&app, &browser, &payment, &[]).await;
    let reference = submit(&app, &browser, &check).await;
    delivered_in_order(
        &database,
        &reference,
        &["registration"],
        "registration",
        &[],
    )
    .await;
}
