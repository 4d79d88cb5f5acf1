//! The test connection with several instances behind one address: the kit runs on one, the
//! agency's status report lands on another, and the kit still hears it (through the database).

use crate::helpers::{spawn_app, spawn_app_with};
use app::pages::admin::model::Verdict;
use server::{
    contract::{
        conformance::{reports::Stored, run, StaticToken, Target, RULES},
        CALLBACK_PATH,
    },
    storage::Database,
};
use std::time::Duration;

#[tokio::test]
async fn a_status_report_that_reaches_another_instance_still_reaches_the_kit() {
    let first = spawn_app().await;
    let database_url = first.database_url.clone();
    let second = spawn_app_with(move |config| config.database_url = database_url).await;
    let database = Database::connect(&first.database_url)
        .await
        .expect("database");
    // The kit runs here, on the first instance's database; the agency (the first instance's
    // simulator) is told to report to the second instance.
    let reports = Stored {
        url: second.url(CALLBACK_PATH),
        database,
    };
    let target = Target {
        base: first.url("/sim/agencies"),
        agency: "nav".into(),
        operation: "child-benefit".into(),
        timeout: Duration::from_secs(5),
        callback_wait: Duration::from_secs(10),
        callback_key: Some("simulator-callback-secret".into()),
    };
    let tokens = StaticToken("simulator-token".into());
    let outcomes = run(&reqwest::Client::new(), &target, &tokens, &reports).await;
    let passed: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.verdict == Verdict::Passed)
        .map(|o| o.rule.as_str())
        .collect();
    assert_eq!(passed, RULES, "{outcomes:#?}");
}
