//! Ny i Norge over HTTP, as a browser without JavaScript walks it: a newcomer logged in with a
//! D-number and prefilled from Folkeregisteret, a number with a wrong check digit refused at its
//! field, the branches for EU/EEA citizens and others (the introduction programme only for a
//! refugee, filed in the municipality's inbox), the move or the D-number, a family of two, and
//! the tax card and the GP sent only after the number-giving call, carrying its case number.

use crate::{
    delivery::{exactly_one_case_each, submit},
    helpers::TestApp,
    journey::{answer, days_ago, start},
    life_events::{
        api_app, delivered, in_the_inbox, inbox_app, input_value, received, refused_at_field,
    },
    login::{browser, location, page, through_provider},
};
use reqwest::Client;
use server::storage::Database;

/// Marta Kowalska's synthetic D-number (08.03.1994: the day + 40, the month + 80).
const MARTA: &str = "48839410002";

/// A browser logged in with a number typed on the test login page.
async fn logged_in_as_number(app: &TestApp, number: &str) -> Client {
    let browser = browser();
    let back = through_provider(
        app,
        &browser,
        "/login",
        &[
            ("person", "other"),
            ("typed_pid", number),
            ("level", "substantial"),
        ],
    )
    .await;
    assert_eq!(back.status(), 303, "the number {number} is taken");
    browser.get(location(&back)).send().await.expect("callback");
    browser
}

#[tokio::test]
async fn an_eu_citizen_with_a_d_number_moves_here_with_her_family_and_gets_a_tax_card_and_a_gp() {
    let app = api_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let marta = logged_in_as_number(&app, MARTA).await;
    let you = start(&app, &marta, "ny-i-norge").await;
    assert!(you.ends_with("/you"), "{you}");
    let (_, html) = page(&app, &marta, &you).await;
    assert!(html.contains("Fra Folkeregisteret"), "{html}");
    assert_eq!(input_value(&html, "full_name"), "Marta Kowalska");
    assert_eq!(input_value(&html, "pid"), MARTA, "her D-number");
    assert_eq!(input_value(&html, "birth_date"), "08.03.1994");

    let about = |number| {
        [
            ("full_name", "Marta Kowalska"),
            ("pid", number),
            ("birth_date", "08.03.1994"),
            ("citizenship", "eu-eea"),
            ("citizenship_country", "Polen"),
            ("passport_number", "EA1234567"),
        ]
    };
    refused_at_field(
        &app,
        &marta,
        &you,
        &about("48839410003"),
        "pid",
        "Fødselsnummeret er ikke gyldig.",
    )
    .await;
    let next = answer(&app, &marta, &you, &about(MARTA)).await;
    assert!(
        next.ends_with("/eu-registration"),
        "EU/EEA: no residence permit: {next}"
    );
    let next = answer(&app, &marta, &next, &[("eu_registered", "yes")]).await;
    assert!(next.ends_with("/stay"), "{next}");
    let next = answer(
        &app,
        &marta,
        &next,
        &[("arrival_date", &days_ago(10)), ("stay_length", "long")],
    )
    .await;
    assert!(
        next.ends_with("/move"),
        "six months or more is a move: {next}"
    );
    let next = answer(
        &app,
        &marta,
        &next,
        &[
            ("address_norway.street", "Storgata 10"),
            ("address_norway.postcode", "0155"),
            ("address_norway.city", "Oslo"),
            ("moved_from_country", "Polen"),
            ("family_moving", "yes"),
            ("family.0._", ""),
            ("family.0.member_name", "Piotr Kowalski"),
            ("family.0.member_birth_date", "01.05.1992"),
            ("family.0.member_relation", "spouse"),
            ("family.1._", ""),
            ("family.1.member_name", "Zofia Kowalska"),
            ("family.1.member_birth_date", &days_ago(1500)),
            ("family.1.member_relation", "child"),
        ],
    )
    .await;
    assert!(next.ends_with("/tax-card"), "past the D-number: {next}");
    let next = answer(
        &app,
        &marta,
        &next,
        &[
            ("needs_tax_card", "yes"),
            ("employer_orgnr", "974 760 673"),
            ("work_start", &days_ago(-5)),
            ("expected_income", "520 000"),
        ],
    )
    .await;
    let check = answer(
        &app,
        &marta,
        &next,
        &[("want_gp", "yes"), ("gp_gender", "any")],
    )
    .await;
    assert!(
        check.ends_with("/check"),
        "no introduction programme for her: {check}"
    );
    let (_, html) = page(&app, &marta, &check).await;
    assert!(
        html.contains("Zofia Kowalska") && html.contains("Storgata 10"),
        "{html}"
    );

    let reference = submit(&app, &marta, &check).await;
    let calls = delivered(&database, &reference).await;
    let mut services: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    services.sort_unstable();
    assert_eq!(services, ["gp", "move", "tax-card"]);
    exactly_one_case_each(&database, &reference).await;
    let moved = calls.iter().find(|c| c.service == "move").expect("move");
    let move_case = moved.case_number.as_deref().expect("case");
    for service in ["tax-card", "gp"] {
        let sent = received(&database, &calls, service).await;
        assert_eq!(sent["dependencies"]["move"], move_case, "{sent}");
        assert_eq!(sent["payload"]["number"], MARTA, "{sent}");
        let call = calls.iter().find(|c| c.service == service).expect("call");
        assert!(
            call.delivered_at >= moved.delivered_at,
            "{service} after the move"
        );
    }
    let registration = received(&database, &calls, "move").await;
    assert_eq!(
        registration["payload"]["family"].as_array().map(Vec::len),
        Some(2)
    );
    assert_eq!(registration["payload"]["address"]["city"], "Oslo");
}

#[tokio::test]
async fn a_refugee_is_offered_the_introduction_programme_and_the_municipality_gets_it_in_its_inbox()
{
    let app = inbox_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    // A number Folkeregisteret does not know yet: nothing is prefilled.
    let amal = logged_in_as_number(&app, "10839010023").await;
    let you = start(&app, &amal, "ny-i-norge").await;
    let (_, html) = page(&app, &amal, &you).await;
    assert_eq!(input_value(&html, "full_name"), "");
    let next = answer(
        &app,
        &amal,
        &you,
        &[
            ("full_name", "Amal Haddad"),
            ("pid", "10839010023"),
            ("birth_date", "10.03.1990"),
            ("citizenship", "other"),
            ("citizenship_country", "Syria"),
            ("passport_number", "N0123456"),
        ],
    )
    .await;
    assert!(
        next.ends_with("/residence-permit"),
        "others need a permit: {next}"
    );
    let next = answer(
        &app,
        &amal,
        &next,
        &[("permit_granted", "yes"), ("permit_basis", "protection")],
    )
    .await;
    assert!(next.ends_with("/stay"), "no EU registration: {next}");
    let next = answer(
        &app,
        &amal,
        &next,
        &[("arrival_date", &days_ago(30)), ("stay_length", "long")],
    )
    .await;
    let next = answer(
        &app,
        &amal,
        &next,
        &[
            ("address_norway.street", "Fjellveien 2"),
            ("address_norway.postcode", "5003"),
            ("address_norway.city", "Bergen"),
            ("moved_from_country", "Libanon"),
            ("family_moving", "no"),
        ],
    )
    .await;
    let next = answer(&app, &amal, &next, &[("needs_tax_card", "no")]).await;
    let next = answer(&app, &amal, &next, &[("want_gp", "no")]).await;
    assert!(next.ends_with("/introduction"), "{next}");
    let check = answer(
        &app,
        &amal,
        &next,
        &[
            ("want_introduction", "yes"),
            ("languages", "Arabisk, litt engelsk"),
            ("schooling", "secondary"),
            ("phone", "912 34 567"),
        ],
    )
    .await;
    assert!(check.ends_with("/check"), "{check}");
    let reference = submit(&app, &amal, &check).await;
    let calls = delivered(&database, &reference).await;
    let mut services: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    services.sort_unstable();
    assert_eq!(services, ["introduction", "move"]);
    let introduction = calls
        .iter()
        .find(|c| c.service == "introduction")
        .expect("call");
    assert_eq!(introduction.agency, "kommune");
    let case = introduction.case_number.as_deref().expect("case");
    in_the_inbox(&app, &reference, case).await;
}

#[tokio::test]
async fn a_seasonal_worker_gets_a_d_number_and_the_tax_card_waits_for_it() {
    let app = api_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let jonas = logged_in_as_number(&app, "42879910042").await;
    let you = start(&app, &jonas, "ny-i-norge").await;
    let next = answer(
        &app,
        &jonas,
        &you,
        &[
            ("full_name", "Jonas Petraitis"),
            ("birth_date", "02.07.1999"),
            ("citizenship", "eu-eea"),
            ("citizenship_country", "Litauen"),
            ("passport_number", "LT9876543"),
        ],
    )
    .await;
    let next = answer(&app, &jonas, &next, &[("eu_registered", "no")]).await;
    let next = answer(
        &app,
        &jonas,
        &next,
        &[("arrival_date", &days_ago(-20)), ("stay_length", "short")],
    )
    .await;
    assert!(
        next.ends_with("/d-number"),
        "a short stay needs a D-number: {next}"
    );
    let next = answer(
        &app,
        &jonas,
        &next,
        &[
            ("home_address", "Gedimino pr. 1, Vilnius, Litauen"),
            ("d_number_employer", "974760673"),
        ],
    )
    .await;
    assert!(next.ends_with("/tax-card"), "{next}");
    let next = answer(
        &app,
        &jonas,
        &next,
        &[
            ("needs_tax_card", "yes"),
            ("employer_orgnr", "974760673"),
            ("work_start", &days_ago(-20)),
            ("expected_income", "150 000"),
        ],
    )
    .await;
    let check = answer(&app, &jonas, &next, &[("want_gp", "no")]).await;
    let reference = submit(&app, &jonas, &check).await;
    let calls = delivered(&database, &reference).await;
    let mut services: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    services.sort_unstable();
    assert_eq!(services, ["d-number", "tax-card"]);
    let d_number = calls
        .iter()
        .find(|c| c.service == "d-number")
        .expect("call");
    let tax = received(&database, &calls, "tax-card").await;
    assert_eq!(
        tax["dependencies"]["d-number"],
        d_number.case_number.as_deref().expect("case"),
        "{tax}"
    );
    assert!(tax["dependencies"].get("move").is_none(), "{tax}");
}
