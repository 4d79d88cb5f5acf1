//! What the journey walks of the life events share: an answer refused at its field with the
//! input kept, and a submission delivered once to each agency with its `after` dependencies
//! respected (the dependent call sent after, carrying the case number it waited for).

use crate::{
    delivery::{exactly_one_case_each, settle},
    helpers::TestApp,
    journey::post_step,
    login::{location, page},
};
use app::domain::DeliveryState;
use reqwest::Client;
use server::storage::{Database, Delivery};

/// Posts `answers` to the step at `path` and checks the post is refused at the form field
/// `name` with `message`, the error summary linking to it and each of `kept` shown back; the
/// refused page's HTML.
pub(crate) async fn refused_at(
    app: &TestApp,
    browser: &Client,
    path: &str,
    answers: &[(&str, &str)],
    name: &str,
    message: &str,
    kept: &[&str],
) -> String {
    let refused = post_step(app, browser, path, answers, "continue").await;
    assert_eq!(refused.status(), 303, "{path}");
    let back = location(&refused);
    assert!(back.contains("invalid=1"), "{path} was taken: {back}");
    let (status, html) = page(app, browser, &back).await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains(r#"id="error-summary""#), "{html}");
    assert!(
        html.contains(&format!(r##"href="#a.{name}""##)),
        "the summary links to {name}: {html}"
    );
    assert!(html.contains(message), "{message}: {html}");
    for value in kept {
        assert!(
            html.contains(&format!(r#"value="{value}""#)),
            "{value} is kept"
        );
    }
    html
}

/// The payload a simulated agency got for `call`, as JSON.
pub(crate) async fn received(database: &Database, call: &Delivery) -> serde_json::Value {
    let body = database
        .sim_cases()
        .payload(&call.agency, &call.id)
        .await
        .expect("payload")
        .unwrap_or_else(|| panic!("{} has the call {}", call.agency, call.id));
    serde_json::from_str(&body).expect("json")
}

/// Waits for every call of `reference` to be delivered, checks one case each and that the
/// services are exactly `services`, and that each of `dependents` was sent after `first` with
/// its case number; the calls.
pub(crate) async fn delivered_in_order(
    database: &Database,
    reference: &str,
    services: &[&str],
    first: &str,
    dependents: &[&str],
) -> Vec<Delivery> {
    let calls = settle(database, reference, DeliveryState::Delivered).await;
    exactly_one_case_each(database, reference).await;
    let mut called: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    called.sort_unstable();
    let mut expected = services.to_vec();
    expected.sort_unstable();
    assert_eq!(called, expected);
    let call = |service: &str| {
        calls
            .iter()
            .find(|c| c.service == service)
            .unwrap_or_else(|| panic!("a {service} call"))
            .clone()
    };
    let needed = call(first);
    let case = needed.case_number.clone().expect("a case number");
    for dependent in dependents {
        let dependent = call(dependent);
        assert!(
            dependent.delivered_at >= needed.delivered_at,
            "{dependent:?}"
        );
        let body = received(database, &dependent).await;
        assert_eq!(body["dependencies"][first], case.as_str(), "{body}");
    }
    calls
}
