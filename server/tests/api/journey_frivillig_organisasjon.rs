//! Starte og drive en frivillig organisasjon over HTTP, as a browser without JavaScript drives
//! it: the contact person from Folkeregisteret and her roles from Enhetsregisteret, a name that
//! is taken refused at its field, a board of two where a number Folkeregisteret does not know is
//! refused at that member's field, the accounts branch, and Frivillighetsregisteret and the VAT
//! compensation sent each after the call it needs, with its case number.

use crate::{
    delivery::{fast_app, submit},
    helpers::TestApp,
    journey::{answer, days_ago, logged_in, start},
    journey_checks::{delivered_in_order, received, refused_at},
    login::{page, synthetic},
};
use reqwest::Client;
use server::storage::Database;

/// A synthetic number (month + 80) nobody in the registers has: 1 January 1990.
const UNKNOWN: &str = "01819010001";

/// Walks the contact and organisation steps as Aisha Khan, who chairs Bergen Sjakklubb, trying
/// that name first; the board step's path.
async fn to_the_board(app: &TestApp, browser: &Client) -> String {
    let aisha = synthetic("Aisha Khan");
    let first = start(app, browser, "frivillig-organisasjon").await;
    assert!(first.ends_with("/contact"), "{first}");
    let (_, html) = page(app, browser, &first).await;
    assert!(
        html.contains(&format!(r#"value="{aisha}""#))
            && html.contains(r#"value="Bergen Sjakklubb""#),
        "Folkeregisteret and Enhetsregisteret: {html}"
    );
    let organisation = answer(
        app,
        browser,
        &first,
        &[
            ("contact_pid", &aisha),
            ("contact_name", "Aisha Khan"),
            ("contact_email", "aisha@example.no"),
            ("existing_roles.0._", ""),
            (
                "existing_roles.0.existing_orgnr",
                &orgnr_of_the_chess_club(&html),
            ),
            ("existing_roles.0.existing_name", "Bergen Sjakklubb"),
        ],
    )
    .await;
    assert!(organisation.ends_with("/organisation"), "{organisation}");
    let founded = days_ago(400);
    let mut about = vec![
        (
            "purpose",
            "Å gi barn og unge i Bergen et gratis sjakktilbud.",
        ),
        ("activity_area", "culture"),
        ("founding_date", founded.as_str()),
        ("statutes_date", founded.as_str()),
        ("member_count", "40"),
        ("organisation_address.street", "Fjordveien 12"),
        ("organisation_address.postcode", "5003"),
        ("organisation_address.city", "Bergen"),
    ];
    about.push(("organisation_name", "BERGEN SJAKKLUBB"));
    refused_at(
        app,
        browser,
        &organisation,
        &about,
        "organisation_name",
        "Navnet er allerede registrert i Enhetsregisteret.",
        &["BERGEN SJAKKLUBB", "Fjordveien 12"],
    )
    .await;
    about.pop();
    about.push(("organisation_name", "Bergen Ungdomssjakk"));
    let board = answer(app, browser, &organisation, &about).await;
    assert!(board.ends_with("/board"), "{board}");
    board
}

/// The organisation number of the chess club, as its input on the contact step shows it.
fn orgnr_of_the_chess_club(html: &str) -> String {
    let input = html
        .split("<input")
        .find(|tag| tag.contains(r#"name="a.existing_roles.0.existing_orgnr""#))
        .expect("the prefilled organisation number");
    input
        .split(r#"value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a value")
        .to_string()
}

/// The board: Aisha and Kari Nordmann, Kari first typed as a number nobody has.
async fn board_of_two(
    app: &crate::helpers::TestApp,
    browser: &reqwest::Client,
    board: &str,
) -> String {
    let aisha = synthetic("Aisha Khan");
    let kari = synthetic("Kari Nordmann");
    let mut members = vec![
        ("signature", "chair-and-member"),
        ("board.0._", ""),
        ("board.0.member_pid", aisha.as_str()),
        ("board.0.member_name", "Aisha Khan"),
        ("board.0.member_role", "chair"),
        ("board.1._", ""),
        ("board.1.member_name", "Kari Nordmann"),
        ("board.1.member_role", "member"),
    ];
    members.push(("board.1.member_pid", UNKNOWN));
    refused_at(
        app,
        browser,
        board,
        &members,
        "board.1.member_pid",
        "Vi finner ikke dette fødselsnummeret i Folkeregisteret.",
        &[UNKNOWN, "Kari Nordmann"],
    )
    .await;
    members.pop();
    members.push(("board.1.member_pid", kari.as_str()));
    let accounts = answer(app, browser, board, &members).await;
    assert!(accounts.ends_with("/accounts"), "{accounts}");
    accounts
}

/// Registers in Frivillighetsregisteret, with the grassroots share or not (`yes`, `no`).
async fn into_the_register(
    app: &TestApp,
    browser: &Client,
    path: &str,
    grassroots: &str,
) -> String {
    let answers = [
        ("register_voluntary", "yes"),
        ("grassroots_share", grassroots),
    ];
    answer(app, browser, path, &answers).await
}

/// The organisation's account, and on to "check your answers".
async fn to_the_check(app: &TestApp, browser: &Client, payment: &str) -> String {
    let check = answer(app, browser, payment, &[("bank_account", "1234 56 78903")]).await;
    assert!(check.ends_with("/check"), "{check}");
    check
}

#[tokio::test]
async fn a_club_with_accounts_is_registered_then_in_the_voluntary_register_then_compensated() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let browser = logged_in(&app, "Aisha Khan").await;
    let board = to_the_board(&app, &browser).await;
    let accounts = board_of_two(&app, &browser, &board).await;
    // Each check was a register read: the name searches and the numbers are in Aisha's access
    // log (the unknown number with nothing found), and Kari, found by hers, sees it in her own.
    let (_, my_page) = page(&app, &browser, "/my-page").await;
    for text in [
        "Om navnet du ønsket, er ledig",
        "Kontroll av et fødselsnummer du oppga",
        "Ingen opplysninger",
        "Enhetsregisteret",
    ] {
        assert!(my_page.contains(text), "{text}: {my_page}");
    }
    let kari = logged_in(&app, "Kari Nordmann").await;
    let (_, hers) = page(&app, &kari, "/my-page").await;
    let about = hers
        .split_once(r#"id="reads-about""#)
        .map(|(_, rest)| rest)
        .unwrap_or_else(|| panic!("a log of reads about her: {hers}"));
    assert!(
        about.contains("Kontroll av fødselsnummeret ditt, som søkeren oppga"),
        "{about}"
    );
    let voluntary = answer(
        &app,
        &browser,
        &accounts,
        &[
            ("has_accounts", "yes"),
            ("accounts_year", "2025"),
            ("operating_costs", "850 000"),
            ("revenue", "900 000"),
            ("accounts_audited", "yes"),
        ],
    )
    .await;
    let compensation = into_the_register(&app, &browser, &voluntary, "yes").await;
    assert!(
        compensation.ends_with("/vat-compensation"),
        "{compensation}"
    );
    let payment = answer(
        &app,
        &browser,
        &compensation,
        &[
            ("apply_vat_compensation", "yes"),
            ("compensation_model", "documented"),
            ("vat_paid", "62 000"),
        ],
    )
    .await;
    let check = to_the_check(&app, &browser, &payment).await;
    let (_, html) = page(&app, &browser, &check).await;
    assert!(
        html.contains("Bergen Ungdomssjakk") && html.contains("Kari Nordmann"),
        "{html}"
    );

    let reference = submit(&app, &browser, &check).await;
    let calls = delivered_in_order(
        &database,
        &reference,
        &["registration", "voluntary-register", "vat-compensation"],
        "registration",
        &["voluntary-register"],
    )
    .await;
    // The compensation waits for the voluntary register, and carries its case number.
    let call = |service: &str| calls.iter().find(|c| c.service == service).unwrap();
    let (register, compensation) = (call("voluntary-register"), call("vat-compensation"));
    assert_eq!(compensation.agency, "lottstift");
    assert!(compensation.delivered_at >= register.delivered_at);
    let body = received(&database, compensation).await;
    assert_eq!(
        body["dependencies"]["voluntary-register"],
        register.case_number.as_deref().unwrap(),
        "{body}"
    );
    assert_eq!(body["payload"]["model"], "documented");
    let registration = received(&database, call("registration")).await;
    assert_eq!(
        registration["payload"]["board"].as_array().map(Vec::len),
        Some(2),
        "{registration}"
    );
}

#[tokio::test]
async fn a_new_organisation_without_accounts_goes_around_the_compensation() {
    let app = fast_app().await;
    let database = Database::connect(&app.database_url).await.expect("db");
    let browser = logged_in(&app, "Aisha Khan").await;
    let board = to_the_board(&app, &browser).await;
    let accounts = board_of_two(&app, &browser, &board).await;
    // Each check was a register read: the name searches and the numbers are in Aisha's access
    // log (the unknown number with nothing found), and Kari, found by hers, sees it in her own.
    let (_, my_page) = page(&app, &browser, "/my-page").await;
    for text in [
        "Om navnet du ønsket, er ledig",
        "Kontroll av et fødselsnummer du oppga",
        "Ingen opplysninger",
        "Enhetsregisteret",
    ] {
        assert!(my_page.contains(text), "{text}: {my_page}");
    }
    let kari = logged_in(&app, "Kari Nordmann").await;
    let (_, hers) = page(&app, &kari, "/my-page").await;
    let about = hers
        .split_once(r#"id="reads-about""#)
        .map(|(_, rest)| rest)
        .unwrap_or_else(|| panic!("a log of reads about her: {hers}"));
    assert!(
        about.contains("Kontroll av fødselsnummeret ditt, som søkeren oppga"),
        "{about}"
    );
    let voluntary = answer(&app, &browser, &accounts, &[("has_accounts", "no")]).await;
    let payment = into_the_register(&app, &browser, &voluntary, "no").await;
    assert!(
        payment.ends_with("/payment"),
        "no compensation step: {payment}"
    );
    let check = to_the_check(&app, &browser, &payment).await;
    let reference = submit(&app, &browser, &check).await;
    delivered_in_order(
        &database,
        &reference,
        &["registration", "voluntary-register"],
        "registration",
        &["voluntary-register"],
    )
    .await;
}
