//! Tokens go only where they belong: an admin's connector asks Maskinporten for its own
//! agency's scopes only, and the environment's shared static token is never sent to an address
//! a connector saved (whoever holds that address could call every other agency with it).

use super::{at, form, world};
use crate::{
    agencies::{AgencyAuth, AgencyConfig},
    connectors::live::{Defaults, LiveConnectors},
    identity::population::logged_in,
    storage::ConnectorSettings,
};
use app::{journey::Agency, pages::admin::model::ConnectorForm, ports::ConnectorsPort};

fn settings(url: Option<&str>, auth: &str, scopes: &str) -> ConnectorSettings {
    ConnectorSettings {
        kind: "api".into(),
        url: url.map(str::to_string),
        auth: auth.into(),
        scopes: scopes.into(),
        token: None,
        timeout_ms: 5000,
        backoff_ms: 250,
        give_up_hours: 24,
        attempts: 0,
    }
}

#[tokio::test]
async fn scopes_of_another_agency_or_a_register_are_refused_at_their_field() {
    let world = world().await;
    let (port, lars) = (&world.port, logged_in("Lars Dahl"));
    for scopes in [
        "skatteetaten:tax-card",
        "folkeregisteret:persons",
        "nav:cases skatteetaten:vat",
        "nav:",
        "navx:cases",
    ] {
        let asked = ConnectorForm {
            auth: "maskinporten".into(),
            scopes: scopes.into(),
            ..form("https://nav.example")
        };
        let saved = port.save(&lars, Agency::Nav, &asked).await;
        assert_eq!(
            saved,
            Ok(Err(vec![at("scopes", "connector-scopes-other-agency")])),
            "{scopes}"
        );
    }
    assert!(port.live.saved("nav").is_none(), "nothing was saved");
}

#[tokio::test]
async fn a_stored_connector_with_another_agencys_scopes_gets_no_token() {
    // Stored by hand, or before scopes were checked: the call is refused, never made.
    let world = world().await;
    let port = &world.port;
    let foreign = settings(
        Some("https://nav.example"),
        "maskinporten",
        "folkeregisteret:persons",
    );
    port.database
        .connectors()
        .save("nav", &foreign, &logged_in("Lars Dahl").pid)
        .await
        .expect("stored");
    port.live.refresh().await.expect("refresh");
    let refused = port.live.route("nav").bearer("nav", "cases").await;
    let said = refused.expect_err("no token");
    assert!(said.contains("not nav's"), "{said}");
}

#[tokio::test]
async fn the_shared_token_goes_only_to_the_environments_address() {
    let world = world().await;
    let port = &world.port;
    // The environment's own address: the shared token, as before connectors could be edited.
    let shared = AgencyConfig::default().token;
    let route = port.live.route("nav");
    assert_eq!(route.bearer("nav", "cases").await, Ok(shared.clone()));
    // An address an admin saved, with the environment's authentication: not the shared token.
    let elsewhere = settings(Some("https://nav.example"), "default", "");
    port.database
        .connectors()
        .save("nav", &elsewhere, &logged_in("Lars Dahl").pid)
        .await
        .expect("stored");
    port.live.refresh().await.expect("refresh");
    let said = port.live.route("nav").bearer("nav", "cases").await;
    assert!(
        said.as_ref()
            .is_err_and(|why| why.contains("shared agency token")),
        "{said:?}"
    );

    // An agency with a token of its own in the environment: that one goes, it is NAV's anyway.
    let mut config = AgencyConfig::default();
    config
        .agency_tokens
        .insert("nav".into(), "navs-own-token".into());
    let live = LiveConnectors::new(
        port.database.clone(),
        Defaults {
            base: "http://127.0.0.1:9/sim/agencies".into(),
            auth: AgencyAuth::Static(Box::new(config.clone())),
            config,
            machine: None,
        },
    );
    live.refresh().await.expect("refresh");
    let own = live.route("nav").bearer("nav", "cases").await;
    assert_eq!(own, Ok("navs-own-token".to_string()));
}
