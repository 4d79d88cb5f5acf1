//! The configuration's unit tests: the defaults that run the portal on one machine, the values
//! read from the environment, and the refusals that name the variable at fault.

use super::{config_from as config, *};

#[test]
fn defaults_run_on_one_machine() {
    let config = config(&[]).expect("defaults");
    assert_eq!(config.site_addr.to_string(), "127.0.0.1:3000");
    assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
    assert_eq!(config.public_url, None);
    assert!(config.identity.issuer.is_none(), "the embedded provider");
    assert_eq!(config.identity.idle_timeout.as_secs(), 30 * 60);
    assert_eq!(config.identity.absolute_timeout.as_secs(), 120 * 60);
    assert!(!config.served_over_https());
}

#[test]
fn the_site_address_and_database_come_from_the_environment() {
    let config = config(&[
        ("LEPTOS_SITE_ADDR", "0.0.0.0:8080"),
        ("DATABASE_URL", "postgres://veiviser@db/veiviser"),
        ("VEIVISER_PUBLIC_URL", "https://veiviser.example"),
    ])
    .expect("valid");
    assert_eq!(config.site_addr.port(), 8080);
    assert!(config.database_url.starts_with("postgres://"));
    assert!(config.served_over_https());
}

#[test]
fn a_malformed_address_is_refused_with_the_variable_named() {
    let error = config(&[("LEPTOS_SITE_ADDR", "localhost")]).unwrap_err();
    assert!(format!("{error:#}").contains("LEPTOS_SITE_ADDR"));
}

#[test]
fn delivery_retries_for_days_with_a_capped_backoff_and_a_circuit_per_agency() {
    let defaults = config(&[]).expect("defaults").agencies;
    assert_eq!(defaults.give_up.as_secs(), 72 * 3600);
    assert_eq!(defaults.backoff_max.as_secs(), 600);
    assert_eq!(defaults.circuit_failures, 5);
    assert_eq!(defaults.circuit_cool_down.as_secs(), 30);
    let set = config(&[
        ("VEIVISER_DELIVERY_GIVE_UP_HOURS", "0.5"),
        ("VEIVISER_DELIVERY_BACKOFF_MAX_SECONDS", "120"),
        ("VEIVISER_CIRCUIT_FAILURES", "3"),
        ("VEIVISER_CIRCUIT_COOL_DOWN_SECONDS", "10"),
    ])
    .expect("valid")
    .agencies;
    assert_eq!(set.give_up.as_secs(), 1800);
    assert_eq!(set.backoff_max.as_secs(), 120);
    assert_eq!(set.circuit_failures, 3);
    assert_eq!(set.circuit_cool_down.as_secs(), 10);
    for (name, value) in [
        ("VEIVISER_DELIVERY_GIVE_UP_HOURS", "0"),
        ("VEIVISER_DELIVERY_GIVE_UP_HOURS", "soon"),
        ("VEIVISER_DELIVERY_ATTEMPTS", "8"),
    ] {
        let error = config(&[(name, value)]).unwrap_err();
        assert!(format!("{error:#}").contains(name), "{error:#}");
    }
}

#[test]
fn each_agency_has_its_own_callback_key() {
    let agencies = config(&[
        ("VEIVISER_CALLBACK_SECRET_NAV", "nav-key"),
        ("VEIVISER_CALLBACK_SECRET_SKATTEETATEN", "skatt-key"),
    ])
    .expect("valid")
    .agencies;
    assert_eq!(
        agencies.callback_secrets.get("nav").map(String::as_str),
        Some("nav-key")
    );
    assert_eq!(
        agencies
            .callback_secrets
            .get("skatteetaten")
            .map(String::as_str),
        Some("skatt-key")
    );
    assert_eq!(agencies.callback_secrets.get("domstol"), None);
}

#[test]
fn the_municipality_and_the_court_work_in_the_inbox_unless_configured_otherwise() {
    use crate::agencies::Connector;
    let defaults = config(&[]).expect("defaults").agencies;
    assert_eq!(defaults.connector("kommune"), Connector::Inbox);
    assert_eq!(defaults.connector("domstol"), Connector::Inbox);
    assert_eq!(defaults.connector("nav"), Connector::Api);
    assert_eq!(defaults.deadline_days("kommune"), 10);
    let set = config(&[
        ("VEIVISER_CONNECTOR_KOMMUNE", "api"),
        ("VEIVISER_CONNECTOR_NAV", "inbox"),
        ("VEIVISER_DEADLINE_DAYS_DOMSTOL", "20"),
    ])
    .expect("valid")
    .agencies;
    assert_eq!(set.connector("kommune"), Connector::Api);
    assert_eq!(set.connector("nav"), Connector::Inbox);
    assert_eq!(set.deadline_days("domstol"), 20);
    for (name, value) in [
        ("VEIVISER_CONNECTOR_KOMMUNE", "email"),
        ("VEIVISER_DEADLINE_DAYS_NAV", "0"),
        ("VEIVISER_DEADLINE_DAYS_NAV", "ten"),
    ] {
        let error = config(&[(name, value)]).unwrap_err();
        assert!(format!("{error:#}").contains(name), "{error:#}");
    }
}

#[test]
fn an_external_provider_needs_a_client_secret() {
    let error = config(&[("VEIVISER_OIDC_ISSUER", "https://idporten.example")]).unwrap_err();
    assert!(format!("{error:#}").contains("VEIVISER_OIDC_CLIENT_SECRET"));
    let error = config(&[("VEIVISER_OIDC_CLIENT_AUTH", "private_key_jwt")]).unwrap_err();
    assert!(format!("{error:#}").contains("client_secret_post"));
}
