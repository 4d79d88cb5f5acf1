//! What the citizen reads after answering, without JavaScript: *check your answers* (groups as
//! lists of their own, numbers formatted for reading), the receipt (the agencies that get
//! something), the timeline (each call named by agency and service) and *My page*'s register
//! access log (grouped by journey start).

use crate::{
    delivery::{fault, submit},
    helpers::spawn_app,
    journey::{answer, logged_in, start, walk_fa_barn},
    login::{page, synthetic},
};
use serde_json::json;

/// An identity number as the summary shows it: `DDMMYY NNNNN`.
fn spaced(pid: &str) -> String {
    format!("{} {}", &pid[..6], &pid[6..])
}

#[tokio::test]
async fn the_timeline_names_each_call_by_its_agency_and_service_on_the_receipt_and_my_page() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;
    let reference = submit(&app, &browser, &check).await;
    let (_, receipt) = page(&app, &browser, &format!("/receipt/{reference}")).await;
    let (_, mine) = page(&app, &browser, "/my-page").await;
    for html in [&receipt, &mine] {
        for row in [
            "Skatteetaten — navn på barnet",
            "NAV — foreldrepenger",
            "NAV — barnetrygd",
        ] {
            assert!(html.contains(row), "{row}: {html}");
        }
    }
    // In English too.
    let english = browser
        .get(app.url(&format!("/receipt/{reference}")))
        .header("Accept-Language", "en")
        .send()
        .await
        .expect("receipt")
        .text()
        .await
        .expect("body");
    for row in ["NAV — parental benefit", "NAV — child benefit"] {
        assert!(english.contains(row), "{row}: {english}");
    }
}

#[tokio::test]
async fn the_receipt_names_only_the_agencies_the_submissions_calls_go_to() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    // No kindergarten place: nothing goes to the municipality.
    let check = walk_fa_barn(&app, &browser).await;
    let reference = submit(&app, &browser, &check).await;
    let (_, receipt) = page(&app, &browser, &format!("/receipt/{reference}")).await;
    assert!(
        receipt.contains("Etatene som får opplysningene: Skatteetaten, NAV."),
        "{receipt}"
    );
    let lower = receipt.to_lowercase();
    assert!(!lower.contains("kommunen"), "{receipt}");
}

#[tokio::test]
async fn check_your_answers_shows_each_group_item_as_its_own_list_with_a_heading_and_numbers_formatted(
) {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let check = walk_fa_barn(&app, &browser).await;
    // Back to the family step through "Change", with two other children.
    let family = check.replace("/check", "/family?return=check");
    // Any valid identity numbers will do for the children.
    let (nora, ola, child) = (
        synthetic("Per Hansen"),
        synthetic("Ola Nordmann"),
        synthetic("Aisha Khan"),
    );
    let back = answer(
        &app,
        &browser,
        &family,
        &[
            ("other_parent_takes_part", "yes"),
            ("other_parent_pid", &ola),
            ("parents_relationship", "married"),
            ("other_children.0._", ""),
            ("other_children.0.other_child_name", "Nora Nordmann"),
            ("other_children.0.other_child_pid", &nora),
            ("other_children.0.other_child_birth_date", "01.02.2020"),
            ("other_children.1._", ""),
            ("other_children.1.other_child_name", "Lina Nordmann"),
            ("other_children.1.other_child_pid", "15858510055"),
            ("other_children.1.other_child_birth_date", "2022-05-17"),
        ],
    )
    .await;
    assert_eq!(back, check);
    let (status, html) = page(&app, &browser, &check).await;
    assert_eq!(status, 200);
    let group = html
        .split_once("Andre barn under 18 år som bor fast hos deg</h3>")
        .map(|(_, rest)| rest)
        .unwrap_or_else(|| panic!("the group's label heads its items: {html}"));
    let first = group.find(">Barn 1</h4>").expect("Barn 1");
    let second = group.find(">Barn 2</h4>").expect("Barn 2");
    assert!(first < second);
    // Each item is a summary list of its own, right under its heading.
    for heading in [">Barn 1</h4>", ">Barn 2</h4>"] {
        let after = &group[group.find(heading).expect("heading") + heading.len()..];
        assert!(
            after
                .trim_start()
                .starts_with(r#"<dl class="summary__list">"#),
            "{heading}: {after}"
        );
    }
    assert!(group.contains("Lina Nordmann") && group.contains("17.05.2022"));
    assert!(
        html.contains("/family?return=check#a.other_children.1.other_child_name"),
        "each answer of an item keeps its change link: {html}"
    );
    // Numbers as people read them.
    for formatted in [
        "974 760 673".to_string(),
        "1234.56.78903".to_string(),
        spaced(&child),
        spaced(&ola),
        spaced(&nora),
        "158585 10055".to_string(),
    ] {
        assert!(html.contains(&formatted), "{formatted}: {html}");
    }
    assert!(
        !html.contains("12345678903") && !html.contains("974760673"),
        "{html}"
    );

    // The receipt shows the same.
    let reference = submit(&app, &browser, &check).await;
    let (_, receipt) = page(&app, &browser, &format!("/receipt/{reference}")).await;
    for formatted in ["974 760 673", "1234.56.78903", ">Barn 2</h4>"] {
        assert!(receipt.contains(formatted), "{formatted}: {receipt}");
    }
    assert!(
        !receipt.contains("?return=check"),
        "no change links on the receipt"
    );
}

#[tokio::test]
async fn my_page_groups_the_register_log_by_journey_start_newest_first_with_older_starts_folded() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    start(&app, &browser, "fa-barn").await;
    start(&app, &browser, "fa-barn").await;
    // The newest start finds the register down: its reads are told apart by how they went.
    fault(&app, "folkeregisteret", json!({"down": true})).await;
    start(&app, &browser, "fa-barn").await;

    let (_, html) = page(&app, &browser, "/my-page").await;
    let log = html
        .split_once(r#"id="register-reads""#)
        .and_then(|(_, rest)| rest.split_once(r#"id="reads-about""#))
        .map(|(log, _)| log)
        .unwrap_or_else(|| panic!("the register access log: {html}"));
    // Three starts: three captioned tables of three look-ups each.
    assert_eq!(log.matches("<caption").count(), 3, "{log}");
    assert_eq!(
        log.matches("<tr>").count(),
        3 * 4,
        "a header and three rows each: {log}"
    );
    assert_eq!(
        log.matches(r#"<caption class="visually-hidden">Få barn, startet "#)
            .count(),
        3,
        "each table is captioned with its start: {log}"
    );
    // The newest is shown, the two older ones are folded (and open without JavaScript).
    let (newest, older) = log.split_once("<details").expect("older starts folded");
    assert_eq!(newest.matches("Ikke tilgjengelig").count(), 3, "{newest}");
    assert!(!newest.contains("<td>Hentet</td>"), "{newest}");
    assert!(newest.contains("Tidligere oppslag"), "{newest}");
    assert_eq!(older.matches("<details").count(), 1, "{older}");
    assert!(older.contains("<summary>Få barn, startet "), "{older}");
    assert!(!older.contains("Ikke tilgjengelig"), "{older}");
    assert_eq!(older.matches("<td>Hentet</td>").count(), 6, "{older}");
}

#[tokio::test]
async fn the_family_step_of_fa_barn_says_only_what_happens_with_the_other_parent() {
    let app = spawn_app().await;
    let browser = logged_in(&app, "Kari Nordmann").await;
    let (_, life_event) = page(&app, &browser, "/life-event/fa-barn").await;
    assert!(!life_event.contains("godkjenne navnet"), "{life_event}");
    assert!(life_event.contains("Slik starter du"), "{life_event}");
    let first = start(&app, &browser, "fa-barn").await;
    let family = first.replace("/child", "/family");
    let (status, html) = page(&app, &browser, &family).await;
    assert_eq!(status, 200, "{html}");
    assert!(
        html.contains("Veiviser sender ingen melding til den andre forelderen"),
        "{html}"
    );
    for promise in [
        "får den andre forelderen en melding",
        "logger inn selv",
        "godkjenner navnet",
    ] {
        assert!(!html.contains(promise), "{promise}: {html}");
    }
}
