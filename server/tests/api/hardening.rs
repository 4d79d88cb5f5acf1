//! Defaults and edges an attacker or a proxy meets: the demo banner, `/metrics`, caching of
//! personal pages, steps posted without a login, and the callback rate limit.

use crate::{
    helpers::{spawn_app, spawn_app_with},
    journey::start,
    login::{browser, login},
};

fn sets_session_cookie(response: &reqwest::Response) -> bool {
    response
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .any(|value| {
            value
                .to_str()
                .is_ok_and(|v| v.starts_with("veiviser_session="))
        })
}

#[tokio::test]
async fn every_page_of_the_demo_says_it_is_a_demo() {
    let app = spawn_app().await;
    for path in ["/", "/life-event/fa-barn"] {
        let html = app.get(path).await.text().await.expect("html");
        assert!(html.contains(r#"class="demo-banner""#), "{path}: {html}");
        assert!(html.contains("Demoversjon"), "{path}");
    }
}

#[tokio::test]
async fn personal_pages_are_never_cached() {
    let app = spawn_app().await;
    let browser = browser();
    login(&app, &browser, "Kari Nordmann", "/login").await;
    let step = start(&app, &browser, "fa-barn").await;
    for path in ["/my-page", step.as_str()] {
        let response = browser.get(app.url(path)).send().await.expect("page");
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(
            response.headers()["cache-control"],
            "no-store",
            "{path} must not be kept by a cache"
        );
    }
}

#[tokio::test]
async fn metrics_behind_a_token_refuse_everyone_else() {
    let app = spawn_app_with(|config| config.metrics_token = Some("s3cret-metrics".into())).await;
    assert_eq!(app.get("/metrics").await.status(), 401);
    let wrong = app
        .get_with("/metrics", &[("Authorization", "Bearer guess")])
        .await;
    assert_eq!(wrong.status(), 401);
    let right = app
        .get_with("/metrics", &[("Authorization", "Bearer s3cret-metrics")])
        .await;
    assert_eq!(right.status(), 200);
}

#[tokio::test]
async fn metrics_on_their_own_address_are_not_on_the_citizens() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let addr: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().expect("addr");
    let app = spawn_app_with(|config| config.metrics_addr = Some(addr)).await;
    assert_eq!(app.get("/metrics").await.status(), 404);
    let own = reqwest::get(format!("http://{addr}/metrics"))
        .await
        .expect("metrics address");
    assert_eq!(own.status(), 200);
}

#[tokio::test]
async fn an_anonymous_post_to_a_journey_parks_nothing() {
    let app = spawn_app().await;
    let anonymous = browser();
    let response = anonymous
        .post(app.url("/journey/made-up-draft/child"))
        .form(&[("a.child_name", "x".repeat(200_000))])
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 303, "sent to log in");
    assert!(
        !sets_session_cookie(&response),
        "no session may be made for an anonymous post"
    );
}

#[tokio::test]
async fn a_step_posted_after_the_login_ended_is_kept_within_bounds() {
    let app = spawn_app().await;
    let citizen = browser();
    login(&app, &citizen, "Kari Nordmann", "/login").await;
    let step = start(&app, &citizen, "fa-barn").await;
    // The same draft, from a browser whose session has ended.
    let ended = browser();
    let small = ended
        .post(app.url(&step))
        .form(&[("a.child_name", "Ola")])
        .send()
        .await
        .expect("post");
    assert_eq!(small.status(), 303);
    assert!(sets_session_cookie(&small), "kept through the login");
    let large = browser()
        .post(app.url(&step))
        .form(&[("a.child_name", "x".repeat(40_000))])
        .send()
        .await
        .expect("post");
    assert_eq!(large.status(), 303);
    assert!(!sets_session_cookie(&large), "over the bound: not kept");
}

#[tokio::test]
async fn refused_callbacks_are_limited_per_client_address() {
    let app = spawn_app_with(|config| config.callback_rate_limit = 3).await;
    let mut statuses = Vec::new();
    for _ in 0..5 {
        let response = app
            .client
            .post(app.url("/v1/agency-callbacks"))
            .header("Content-Type", "application/json")
            .body("{}")
            .send()
            .await
            .expect("callback");
        statuses.push(response.status().as_u16());
    }
    assert!(statuses[..3].iter().all(|s| *s != 429), "{statuses:?}");
    assert_eq!(&statuses[3..], &[429, 429]);
}

fn production(database_url: &str, extra: &[(&str, String)]) -> server::config::Config {
    let mut vars: Vec<(String, String)> = [
        ("DATABASE_URL", database_url),
        ("VEIVISER_OIDC_ISSUER", "https://idporten.example"),
        ("VEIVISER_OIDC_CLIENT_SECRET", "a real secret"),
        ("VEIVISER_AGENCIES_URL", "https://agencies.example"),
        ("VEIVISER_AGENCY_TOKEN", "a real token"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for agency in app::journey::Agency::ALL {
        let name = server::agencies::callback_secret_variable(agency.id());
        vars.push((name, format!("{} key", agency.id())));
    }
    vars.extend(extra.iter().map(|(k, v)| (k.to_string(), v.clone())));
    let borrowed: Vec<(&str, String)> = vars.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    crate::helpers::test_config(&borrowed)
}

#[tokio::test]
async fn production_refuses_to_start_with_a_default_and_names_the_variable() {
    let app = spawn_app().await;
    let config = production(
        &app.database_url,
        &[(
            "VEIVISER_CALLBACK_SECRET_NAV",
            "simulator-callback-secret".into(),
        )],
    );
    let error = server::startup::Application::build(config)
        .await
        .err()
        .expect("refused");
    let line = format!("{error:#}");
    assert!(line.contains("VEIVISER_CALLBACK_SECRET_NAV"), "{line}");
    assert!(!line.contains('\n'), "one line: {line}");
}

#[tokio::test]
async fn production_refuses_a_database_where_synthetic_staff_hold_roles() {
    // The demo ran on this database first and seeded its caseworkers and admins.
    let app = spawn_app().await;
    let error = server::startup::Application::build(production(&app.database_url, &[]))
        .await
        .err()
        .expect("refused");
    assert!(
        format!("{error:#}").contains("synthetic staff"),
        "{error:#}"
    );
}
