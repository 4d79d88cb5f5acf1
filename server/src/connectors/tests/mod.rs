//! The connectors port, without HTTP, on SQLite or, with `TEST_DATABASE_URL`, PostgreSQL. Lars
//! Dahl administers NAV, Magnus Strand Skatteetaten, Ingrid Berg is a NAV caseworker. The portal
//! is `http://portal.example:8080`, listening on port 8080.

mod addresses;
mod rollback;
mod tokens;

use super::{live::Defaults, live::LiveConnectors, subject, Connectors, Portal};
use crate::{
    agencies::{AgencyAuth, AgencyConfig, Connector},
    identity::population::logged_in,
};
use app::{
    error::AppError,
    journey::Agency,
    pages::admin::model::{ConnectorForm, FieldProblem},
    ports::ConnectorsPort,
};
use std::{sync::Arc, time::Duration};

struct World {
    port: Connectors,
    _dir: tempfile::TempDir,
}

async fn world() -> World {
    let dir = tempfile::tempdir().expect("temporary folder");
    let database = crate::storage::test_database(dir.path(), "connectors").await;
    let config = AgencyConfig::default();
    let live = LiveConnectors::new(
        database.clone(),
        Defaults {
            base: "http://127.0.0.1:9/sim/agencies".into(),
            auth: AgencyAuth::Static(Box::new(config.clone())),
            config,
            machine: None,
        },
    );
    let port = Connectors {
        database,
        live: Arc::new(live),
        client: reqwest::Client::new(),
        portal: Portal::new("http://portal.example:8080", ([0, 0, 0, 0], 8080).into()),
        conformance: None,
    };
    World { port, _dir: dir }
}

fn form(url: &str) -> ConnectorForm {
    ConnectorForm {
        kind: "api".into(),
        url: url.into(),
        auth: "static".into(),
        scopes: String::new(),
        token: "s3cret-token".into(),
        timeout_seconds: "5".into(),
        backoff_ms: "250".into(),
        give_up_hours: "24".into(),
        attempts: String::new(),
    }
}

fn at(field: &str, message: &str) -> FieldProblem {
    FieldProblem {
        field: field.into(),
        message: message.into(),
    }
}

#[tokio::test]
async fn an_admins_save_is_in_force_at_once_and_recorded_with_who_and_when() {
    let world = world().await;
    let (port, lars) = (&world.port, logged_in("Lars Dahl"));
    let saved = port
        .save(&lars, Agency::Nav, &form("https://nav.example/api/"))
        .await;
    assert_eq!(saved, Ok(Ok(())));
    let route = port.live.route("nav");
    assert_eq!(route.base, "https://nav.example/api", "no trailing slash");
    assert_eq!(route.timeout, Duration::from_secs(5));
    assert_eq!(route.backoff, Duration::from_millis(250));
    assert_eq!(route.give_up, Duration::from_secs(24 * 3600));
    assert_eq!(
        route.bearer("nav", "x").await.as_deref(),
        Ok("s3cret-token")
    );
    // Another agency keeps the environment's settings.
    assert_eq!(
        port.live.route("helfo").base,
        "http://127.0.0.1:9/sim/agencies"
    );
    let view = port.connector(&lars, Agency::Nav).await.expect("view");
    assert_eq!(view.version, Some(1));
    assert_eq!(view.versions.len(), 1);
    assert_eq!(view.versions[0].made_by, "Lars Dahl");
    let trail = port
        .database
        .authoring()
        .events(&subject(Agency::Nav), 10)
        .await;
    let trail = trail.expect("audit trail");
    assert_eq!(trail.len(), 1);
    assert_eq!(
        (trail[0].person_id.as_str(), trail[0].action),
        ("Lars Dahl", app::domain::AuthoringAction::Connector)
    );
    assert!(
        trail[0].detail.contains("url=https://nav.example/api"),
        "{}",
        trail[0].detail
    );
    assert!(
        trail[0].detail.contains("token=replaced"),
        "{}",
        trail[0].detail
    );
}

#[tokio::test]
async fn another_agencys_admin_and_a_caseworker_are_refused_and_nothing_changes() {
    let world = world().await;
    let port = &world.port;
    for who in ["Magnus Strand", "Ingrid Berg", "Kari Nordmann"] {
        let user = logged_in(who);
        let saved = port
            .save(&user, Agency::Nav, &form("https://evil.example"))
            .await;
        assert_eq!(saved, Err(AppError::Forbidden), "{who}");
        assert!(matches!(
            port.connector(&user, Agency::Nav).await,
            Err(AppError::Forbidden)
        ));
        assert_eq!(
            port.test(&user, Agency::Nav).await,
            Err(AppError::Forbidden),
            "{who}"
        );
    }
    let versions = port
        .database
        .connectors()
        .versions("nav")
        .await
        .expect("versions");
    assert!(versions.is_empty());
    assert_eq!(
        port.live.route("nav").base,
        "http://127.0.0.1:9/sim/agencies"
    );
}

#[tokio::test]
async fn an_address_that_is_not_http_is_refused_at_its_field_and_nothing_changes() {
    let world = world().await;
    let (port, lars) = (&world.port, logged_in("Lars Dahl"));
    for (url, why) in [
        ("ftp://nav.example/cases", "connector-url-scheme"),
        ("javascript:alert(1)", "connector-url-scheme"),
        ("file:///etc/passwd", "connector-url-scheme"),
        ("nav.example", "connector-url-invalid"),
        ("https://user:pw@nav.example", "connector-url-credentials"),
        (
            "http://169.254.169.254/latest/meta-data",
            "connector-url-link-local",
        ),
        ("http://[fe80::1]:80", "connector-url-link-local"),
    ] {
        let saved = port.save(&lars, Agency::Nav, &form(url)).await;
        assert_eq!(saved, Ok(Err(vec![at("url", why)])), "{url}");
    }
    let versions = port
        .database
        .connectors()
        .versions("nav")
        .await
        .expect("versions");
    assert!(versions.is_empty());
}

#[tokio::test]
async fn an_address_pointing_at_the_portal_itself_is_refused() {
    let world = world().await;
    let (port, lars) = (&world.port, logged_in("Lars Dahl"));
    for url in [
        "http://portal.example:8080/sim/agencies",
        "http://PORTAL.example:8080",
        "http://localhost:8080",
        "http://127.0.0.1:8080/anything",
        "http://[::1]:8080",
        "http://0.0.0.0:8080",
    ] {
        let saved = port.save(&lars, Agency::Nav, &form(url)).await;
        assert_eq!(
            saved,
            Ok(Err(vec![at("url", "connector-url-portal")])),
            "{url}"
        );
    }
    // Another port on this machine is not the portal (an agency's stub, a proxy).
    let saved = port
        .save(&lars, Agency::Nav, &form("http://127.0.0.1:9999"))
        .await;
    assert_eq!(saved, Ok(Ok(())));
}

#[tokio::test]
async fn the_static_token_is_never_returned_and_an_empty_field_keeps_it() {
    let world = world().await;
    let (port, lars) = (&world.port, logged_in("Lars Dahl"));
    port.save(&lars, Agency::Nav, &form(""))
        .await
        .expect("saved")
        .expect("valid");
    let view = port.connector(&lars, Agency::Nav).await.expect("view");
    assert!(view.in_force.token_set);
    assert_eq!(view.in_force.url, None, "empty: the environment's address");
    assert!(!format!("{view:?}").contains("s3cret"), "{view:?}");
    // An empty token field keeps it; a new one replaces it.
    let keep = ConnectorForm {
        token: String::new(),
        ..form("")
    };
    port.save(&lars, Agency::Nav, &keep)
        .await
        .expect("saved")
        .expect("valid");
    assert_eq!(
        port.live.route("nav").bearer("nav", "x").await.as_deref(),
        Ok("s3cret-token")
    );
    let new = ConnectorForm {
        token: "n3w".into(),
        ..form("")
    };
    port.save(&lars, Agency::Nav, &new)
        .await
        .expect("saved")
        .expect("valid");
    assert_eq!(
        port.live.route("nav").bearer("nav", "x").await.as_deref(),
        Ok("n3w")
    );
    let versions = port
        .connector(&lars, Agency::Nav)
        .await
        .expect("view")
        .versions;
    assert_eq!(versions.len(), 3);
    assert!(!format!("{versions:?}").contains("n3w"));
    let trail = port
        .database
        .authoring()
        .events(&subject(Agency::Nav), 10)
        .await;
    assert!(!format!("{trail:?}").contains("n3w") && !format!("{trail:?}").contains("s3cret"));
    // Static with no token stored and none typed is refused.
    let world = self::world().await;
    let none = ConnectorForm {
        token: String::new(),
        ..form("")
    };
    let saved = world.port.save(&lars, Agency::Nav, &none).await;
    assert_eq!(saved, Ok(Err(vec![at("token", "connector-token-missing")])));
}

#[tokio::test]
async fn maskinporten_needs_scopes_and_the_numbers_keep_to_their_ranges() {
    let world = world().await;
    let (port, lars) = (&world.port, logged_in("Lars Dahl"));
    let bad = ConnectorForm {
        kind: "fax".into(),
        auth: "maskinporten".into(),
        scopes: "  ".into(),
        timeout_seconds: "0".into(),
        backoff_ms: "ten".into(),
        give_up_hours: "721".into(),
        ..form("https://nav.example")
    };
    let saved = port.save(&lars, Agency::Nav, &bad).await;
    let expected = vec![
        at("kind", "connector-kind-unknown"),
        at("scopes", "connector-scopes-missing"),
        at("timeout_seconds", "connector-timeout-range"),
        at("backoff_ms", "connector-backoff-range"),
        at("give_up_hours", "connector-give-up-range"),
    ];
    assert_eq!(saved, Ok(Err(expected)));
    let good = ConnectorForm {
        kind: "inbox".into(),
        auth: "maskinporten".into(),
        scopes: "nav:cases  nav:parental-benefit".into(),
        timeout_seconds: "120".into(),
        ..form("https://nav.example")
    };
    assert_eq!(port.save(&lars, Agency::Nav, &good).await, Ok(Ok(())));
    let route = port.live.route("nav");
    assert_eq!(
        route.kind,
        Connector::Inbox,
        "the kind applies to the next call"
    );
    assert_eq!(route.timeout, Duration::from_secs(120));
    // No Maskinporten in this environment: the call says so rather than going without a token.
    assert!(route.bearer("nav", "cases").await.is_err());
}

/// An agency stub on port 0 that answers every case with 404 and echoes the bearer token.
async fn echoing_agency() -> String {
    use axum::{http::HeaderMap, routing::get, Router};
    let router = Router::new().route(
        "/v1/{agency}/cases/{case}",
        get(|headers: HeaderMap| async move {
            let auth = headers.get("authorization").and_then(|v| v.to_str().ok());
            let said = format!("no such case; you sent {}", auth.unwrap_or("nothing"));
            (axum::http::StatusCode::NOT_FOUND, said)
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router).await });
    format!("http://{address}")
}

#[tokio::test]
async fn the_test_connection_shows_status_time_and_answer_but_never_the_token() {
    let world = world().await;
    let (port, lars) = (&world.port, logged_in("Lars Dahl"));
    let agency = echoing_agency().await;
    port.save(&lars, Agency::Nav, &form(&agency))
        .await
        .expect("saved")
        .expect("valid");
    let report = port.test(&lars, Agency::Nav).await.expect("report");
    assert_eq!(report.status, Some(404));
    assert_eq!(
        report.url,
        format!("{agency}/v1/nav/cases/veiviser-connection-test")
    );
    assert_eq!(report.body, "no such case; you sent Bearer ***");
    assert_eq!(report.problem, None);
    // Nothing listens at the environment's address: the report says so.
    let report = port
        .test(&logged_in("Magnus Strand"), Agency::Skatteetaten)
        .await;
    let report = report.expect("report");
    assert_eq!(
        (report.status, report.problem.as_deref()),
        (None, Some("connector-test-unreachable"))
    );
}

#[tokio::test]
async fn without_a_saved_connector_the_environments_settings_are_in_force() {
    let world = world().await;
    let view = world
        .port
        .connector(&logged_in("Erik Holm"), Agency::Kommune)
        .await;
    let view = view.expect("view");
    assert_eq!(view.version, None);
    assert_eq!(
        view.in_force.kind, "inbox",
        "the municipality works in the inbox"
    );
    assert_eq!(view.in_force.auth, "default");
    assert_eq!(view.in_force.timeout_seconds, 10);
    assert!(view.versions.is_empty());
}
