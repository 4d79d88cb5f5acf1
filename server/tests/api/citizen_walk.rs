//! Defects a citizen found walking the journeys in a browser, checked over HTTP.

use crate::{
    helpers::spawn_app,
    journey::start,
    login::{browser, login, page},
};

/// The address of the "stay logged in" link of the idle warning on a page.
fn stay_link(html: &str) -> String {
    let warning = html
        .split(r#"class="session-timeout""#)
        .nth(1)
        .expect("the idle warning");
    warning
        .split(r#"href=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("its link")
        .replace("&amp;", "&")
}

#[tokio::test]
async fn staying_logged_in_returns_to_the_same_address_query_string_and_all() {
    let app = spawn_app().await;
    let citizen = browser();
    login(&app, &citizen, "Kari Nordmann", "/login").await;
    let step = start(&app, &citizen, "fa-barn").await;
    for path in [
        format!("{step}?invalid=1"),
        "/my-page?saved=1".to_string(),
        step.clone(),
    ] {
        let (_, html) = page(&app, &citizen, &path).await;
        assert_eq!(stay_link(&html), path, "on {path}");
    }
}
