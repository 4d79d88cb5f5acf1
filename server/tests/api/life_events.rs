//! What the walks of the life events besides Få barn share: an app whose municipality is an
//! inbox agency, an answer refused at its field with the input kept, and what an agency received.

/// Quick delivery, every agency behind the simulator's API (`api_app`) or the municipality as the
/// inbox agency it is by default (`inbox_app`).
pub(crate) use crate::{caseworker::inbox_app, delivery::fast_app as api_app};
use crate::{
    helpers::TestApp,
    journey::post_step,
    login::{location, page},
};
use app::domain::DeliveryState;
use reqwest::Client;
use server::storage::Database;

/// Posts `answers` on the step at `path`, which must refuse them: back on the same step with
/// `message` at `field` (linked from the summary) and every typed value kept.
pub(crate) async fn refused_at_field(
    app: &TestApp,
    browser: &Client,
    path: &str,
    answers: &[(&str, &str)],
    field: &str,
    message: &str,
) {
    let refused = post_step(app, browser, path, answers, "continue").await;
    assert_eq!(refused.status(), 303);
    let back = location(&refused);
    let step = path.split(['?', '#']).next().expect("path");
    assert!(
        back.starts_with(step) && back.contains("invalid=1"),
        "{back}"
    );
    let (status, html) = page(app, browser, &back).await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains(&format!(r##"href="#a.{field}""##)), "{html}");
    assert!(html.contains(message), "{message}: {html}");
    for (_, typed) in answers.iter().filter(|(_, v)| !v.is_empty()) {
        let kept = typed.replace('"', "&quot;");
        assert!(html.contains(&kept), "the input {typed} is kept: {html}");
    }
}

/// The calls of a delivered submission, by service.
pub(crate) async fn delivered(
    database: &Database,
    reference: &str,
) -> Vec<server::storage::Delivery> {
    crate::delivery::settle(database, reference, DeliveryState::Delivered).await
}

/// What the simulated `agency` received for the call to `service`: `{reference, service,
/// payload, dependencies}`.
pub(crate) async fn received(
    database: &Database,
    calls: &[server::storage::Delivery],
    service: &str,
) -> serde_json::Value {
    let call = calls
        .iter()
        .find(|c| c.service == service)
        .unwrap_or_else(|| panic!("a call to {service}: {calls:#?}"));
    let body = database
        .sim_cases()
        .payload(&call.agency, &call.id)
        .await
        .expect("payload")
        .unwrap_or_else(|| panic!("{} has the call to {service}", call.agency));
    serde_json::from_str(&body).expect("json")
}

/// The municipality's caseworker finds the submission in the inbox, with the case the call made.
pub(crate) async fn in_the_inbox(app: &TestApp, reference: &str, case: &str) {
    let sara = crate::journey::logged_in(app, "Sara Eide").await;
    let (status, inbox) = page(app, &sara, &format!("/caseworker?q={reference}")).await;
    assert_eq!(status, 200);
    assert!(inbox.contains(case), "{case} in the inbox: {inbox}");
}

/// The value a step's page shows in the input `a.<field>`.
pub(crate) fn input_value(html: &str, field: &str) -> String {
    let tag = html
        .split(&format!(r#"name="a.{field}""#))
        .nth(1)
        .and_then(|rest| rest.split('>').next())
        .unwrap_or_else(|| panic!("no input a.{field}: {html}"));
    tag.split(r#"value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_string()
}
