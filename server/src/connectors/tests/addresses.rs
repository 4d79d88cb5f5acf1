//! Where a connector's address leads: an IPv4 address written as IPv6 is judged as itself, and a
//! host name by the addresses it resolves to — on save, and again before each test connection.

use super::{at, form, world};
use crate::{
    connectors::{validate::resolved_problem, Portal},
    identity::population::logged_in,
    storage::ConnectorSettings,
};
use app::{journey::Agency, ports::ConnectorsPort};

#[tokio::test]
async fn an_ipv4_address_written_as_ipv6_is_judged_as_itself() {
    let world = world().await;
    let (port, lars) = (&world.port, logged_in("Lars Dahl"));
    for (url, message) in [
        ("http://[::ffff:127.0.0.1]:8080", "connector-url-portal"),
        (
            "http://[::ffff:169.254.169.254]/latest",
            "connector-url-link-local",
        ),
    ] {
        let saved = port.save(&lars, Agency::Nav, &form(url)).await;
        assert_eq!(saved, Ok(Err(vec![at("url", message)])), "{url}");
    }
}

#[tokio::test]
async fn a_host_name_is_judged_by_where_it_resolves() {
    let portal = Portal::new("http://portal.example:8080", ([0, 0, 0, 0], 8080).into());
    // `localhost` resolves to a loopback address: on the portal's port it is the portal.
    assert_eq!(
        resolved_problem("http://localhost:8080/sim", &portal).await,
        Some("connector-url-portal")
    );
    // Another port on this machine is not the portal; a name that resolves nowhere is the
    // call's problem, not the form's.
    assert_eq!(
        resolved_problem("http://localhost:9999", &portal).await,
        None
    );
    assert_eq!(
        resolved_problem("http://no-such-agency.invalid", &portal).await,
        None
    );
}

#[tokio::test]
async fn the_test_connection_does_not_call_an_address_that_resolves_where_it_must_not() {
    let world = world().await;
    let port = &world.port;
    // Saved by hand (or a name pointed elsewhere after its save): the portal's own port.
    let settings = ConnectorSettings {
        kind: "api".into(),
        url: Some("http://localhost:8080".into()),
        auth: "static".into(),
        scopes: String::new(),
        token: Some("s3cret-token".into()),
        timeout_ms: 5000,
        backoff_ms: 250,
        give_up_hours: 24,
        attempts: 0,
    };
    let lars = logged_in("Lars Dahl");
    port.database
        .connectors()
        .save("nav", &settings, &lars.pid)
        .await
        .expect("stored");
    port.live.refresh().await.expect("refresh");
    let report = port.test(&lars, Agency::Nav).await.expect("report");
    assert_eq!(report.problem.as_deref(), Some("connector-url-portal"));
    assert_eq!(report.status, None, "no call was made");
}
