//! Setting a connector back to an earlier version: a new version with the earlier one's
//! settings, token and all, in force at once; refused when someone saved in between, for a
//! version that does not exist, and for anyone but the agency's admins.

use super::{form, world};
use crate::connectors::subject;
use crate::identity::population::logged_in;
use app::{
    domain::AuthoringAction, error::AppError, journey::Agency, pages::admin::model::ConnectorForm,
    ports::ConnectorsPort,
};
use std::time::Duration;

#[tokio::test]
async fn rolling_back_puts_the_earlier_settings_and_token_in_force_as_a_new_version() {
    let world = world().await;
    let (port, lars) = (&world.port, logged_in("Lars Dahl"));
    port.save(&lars, Agency::Nav, &form("https://old.example/api"))
        .await
        .expect("saved")
        .expect("valid");
    let newer = ConnectorForm {
        token: "n3w".into(),
        timeout_seconds: "30".into(),
        ..form("https://new.example/api")
    };
    port.save(&lars, Agency::Nav, &newer)
        .await
        .expect("saved")
        .expect("valid");
    assert_eq!(port.live.route("nav").base, "https://new.example/api");

    let version = port.roll_back(&lars, Agency::Nav, 1, 2).await;

    assert_eq!(version, Ok(3), "a new version, not a rewrite of history");
    let route = port.live.route("nav");
    assert_eq!(route.base, "https://old.example/api", "in force at once");
    assert_eq!(route.timeout, Duration::from_secs(5));
    assert_eq!(
        route.bearer("nav", "x").await.as_deref(),
        Ok("s3cret-token"),
        "the earlier version's token comes back with it"
    );
    let view = port.connector(&lars, Agency::Nav).await.expect("view");
    let numbers: Vec<i64> = view.versions.iter().map(|v| v.version).collect();
    assert_eq!(numbers, [3, 2, 1]);
    assert_eq!(view.versions[0].made_by, "Lars Dahl");
    let trail = port
        .database
        .authoring()
        .events(&subject(Agency::Nav), 10)
        .await
        .expect("audit trail");
    assert_eq!(trail[0].action, AuthoringAction::ConnectorRollback);
    assert_eq!(trail[0].detail, "to version 1");
}

#[tokio::test]
async fn a_stale_rollback_a_missing_version_and_another_agencys_admin_change_nothing() {
    let world = world().await;
    let (port, lars) = (&world.port, logged_in("Lars Dahl"));
    for url in ["https://one.example", "https://two.example"] {
        port.save(&lars, Agency::Nav, &form(url))
            .await
            .expect("saved")
            .expect("valid");
    }
    // The page saw a newest version that is not the newest now.
    assert_eq!(
        port.roll_back(&lars, Agency::Nav, 1, 5).await,
        Err(AppError::Conflict),
        "the newest is not what the page saw"
    );
    assert_eq!(
        port.roll_back(&lars, Agency::Nav, 7, 2).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        port.roll_back(&lars, Agency::Nav, 2, 2).await,
        Err(AppError::NotFound),
        "the version in force is not rolled back to"
    );
    let erik = logged_in("Erik Holm");
    assert_eq!(
        port.roll_back(&erik, Agency::Nav, 1, 2).await,
        Err(AppError::Forbidden)
    );
    let ingrid = logged_in("Ingrid Berg");
    assert_eq!(
        port.roll_back(&ingrid, Agency::Nav, 1, 2).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(port.live.route("nav").base, "https://two.example");
    let view = port.connector(&lars, Agency::Nav).await.expect("view");
    assert_eq!(view.version, Some(2), "nothing was written");
}
