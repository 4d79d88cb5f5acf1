//! The operator (Tone Brekke, `PlatformRole::Operator`): platform staff of no agency, who sees
//! every agency's calls that did not arrive and sends dead ones again, recorded with their id as
//! an admin's retry is — and who is refused every case's contents: what was sent, the inbox, a
//! case.

use super::{file_in_inbox, kill, state, submit, user, world, World};
use crate::identity::population::OPERATOR;
use app::{
    domain::DeliveryState,
    error::AppError,
    journey::Agency,
    pages::{
        caseworker::model::InboxQuery,
        deliveries::model::{AgencyCount, CallFilter},
    },
    ports::{CaseworkerPort, DeliveriesPort},
};

/// Who put the call back in the queue, as the table holds them: one identity number a retry.
async fn retried_by(world: &World, id: &str) -> Vec<Option<String>> {
    const SQL: &str = "SELECT who_pid FROM delivery_retry WHERE delivery_id = $1 \
                       ORDER BY delivery_retry_id";
    crate::storage::on_pool!(&world.database, pool => sqlx::query_scalar(SQL)
        .bind(id).fetch_all(pool).await.expect("the retries"))
}

fn count(counts: &[AgencyCount], agency: Agency) -> (i64, i64) {
    let found = counts.iter().find(|c| c.agency == agency);
    let found = found.unwrap_or_else(|| panic!("{agency:?} is listed"));
    (found.pending, found.dead)
}

#[tokio::test]
async fn an_operator_sees_every_agencys_calls_not_delivered_with_the_last_error() {
    let world = world().await;
    let nav = submit(&world, &[("benefit", Agency::Nav)]).await;
    let tax = submit(&world, &[("tax", Agency::Skatteetaten)]).await;
    submit(&world, &[("kindergarten", Agency::Kommune)]).await;
    kill(&world, &nav[0]).await;
    kill(&world, &tax[0]).await;
    let operator = user(OPERATOR);

    let counts = world.deliveries.overview(&operator).await.expect("counts");

    assert_eq!(
        counts.len(),
        Agency::ALL.len(),
        "every agency, even with none"
    );
    assert_eq!(count(&counts, Agency::Nav), (0, 1));
    assert_eq!(count(&counts, Agency::Skatteetaten), (0, 1));
    assert_eq!(count(&counts, Agency::Kommune), (1, 0));
    assert_eq!(count(&counts, Agency::Brreg), (0, 0));
    for (agency, id) in [(Agency::Nav, &nav[0]), (Agency::Skatteetaten, &tax[0])] {
        let view = world
            .deliveries
            .calls(&operator, agency, CallFilter::Undelivered)
            .await
            .expect("the agency's calls");
        assert!(view.can_retry && !view.can_see_sent, "{agency:?}");
        let call = &view.calls[0];
        assert_eq!(&call.id, id);
        assert_eq!(call.state, DeliveryState::Dead);
        assert_eq!(call.last_error.as_deref(), Some("HTTP 503: <b>down</b>"));
        assert!(call.sent.is_empty(), "no payload for an operator");
    }
}

#[tokio::test]
async fn an_operator_retries_one_call_and_all_of_an_agency_recorded_with_their_id() {
    let world = world().await;
    let nav = submit(&world, &[("benefit", Agency::Nav)]).await;
    let first = submit(&world, &[("tax", Agency::Skatteetaten)]).await;
    let second = submit(&world, &[("tax", Agency::Skatteetaten)]).await;
    for id in [&nav[0], &first[0], &second[0]] {
        kill(&world, id).await;
    }
    let operator = user(OPERATOR);

    let one = world
        .deliveries
        .retry(&operator, Agency::Nav, &nav[0])
        .await;
    let all = world
        .deliveries
        .retry_all(&operator, Agency::Skatteetaten)
        .await;

    assert_eq!((one, all), (Ok(1), Ok(2)));
    for id in [&nav[0], &first[0], &second[0]] {
        assert_eq!(state(&world, id).await, (DeliveryState::Pending, 0));
        assert_eq!(
            retried_by(&world, id).await,
            [Some(operator.pid.clone())],
            "recorded with the operator's id"
        );
    }
    let view = world
        .deliveries
        .calls(&user("Lars Dahl"), Agency::Nav, CallFilter::Undelivered)
        .await
        .expect("NAV's calls");
    let who = view.calls[0].retries[0].who.as_deref();
    assert_eq!(who, Some(OPERATOR), "NAV's admin sees who sent it again");
}

#[tokio::test]
async fn an_operator_is_refused_what_was_sent_the_inbox_and_the_cases() {
    let world = world().await;
    submit(&world, &[("benefit", Agency::Nav)]).await;
    let kindergarten = submit(&world, &[("kindergarten", Agency::Kommune)]).await;
    let number = file_in_inbox(&world, &kindergarten[0]).await;
    let operator = user(OPERATOR);

    let sent = world
        .deliveries
        .calls(&operator, Agency::Nav, CallFilter::Sent)
        .await;
    let inbox = world
        .caseworker
        .inbox(&operator, InboxQuery::default())
        .await;
    let case = world.caseworker.case(&operator, &number).await;

    assert_eq!(sent.map(|v| v.calls.len()), Err(AppError::Forbidden));
    assert_eq!(inbox.map(|v| v.rows.len()), Err(AppError::Forbidden));
    assert_eq!(case.map(|c| c.history.len()), Err(AppError::Forbidden));
    let theirs = world
        .deliveries
        .retry(&operator, Agency::Nav, &kindergarten[0])
        .await;
    assert_eq!(
        theirs,
        Err(AppError::NotFound),
        "the municipality's call on NAV's page"
    );
}

#[tokio::test]
async fn only_an_operator_sees_every_agencys_counts() {
    let world = world().await;
    for who in ["Lars Dahl", "Ingrid Berg", "Kari Nordmann"] {
        let counts = world.deliveries.overview(&user(who)).await;
        assert_eq!(counts, Err(AppError::Forbidden), "{who}");
    }
}
