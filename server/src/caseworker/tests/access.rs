//! Who may see a case: another agency's caseworker, someone who is not a caseworker, the chained
//! read records and their verifier, the reads the citizen sees, who has it open, saved views.

use super::{act, case, colleague, queue, reference_of, sara, sql, status, user, world};
use crate::storage::Verdict;
use app::{
    auth::Role,
    domain::CaseStatus,
    error::{AppError, Refusal},
    journey::Agency,
    pages::caseworker::model::{CaseAction, Count, InboxQuery, Queue, SortKey},
    ports::{CaseworkerPort, CitizenPort},
};

#[tokio::test]
async fn a_caseworker_of_another_agency_gets_not_found_everywhere() {
    let world = world().await;
    let nora = user("Nora Haugen");
    let id = case(&world).await;
    assert_eq!(
        world.caseworker.case(&nora, &id).await.err(),
        Some(AppError::NotFound)
    );
    for action in [
        CaseAction::Claim,
        CaseAction::Release,
        status(CaseStatus::InProgress, ""),
        CaseAction::Note { text: "x".into() },
        CaseAction::Assign {
            to: nora.pid.clone(),
        },
    ] {
        assert_eq!(
            act(&world, &nora, &id, action).await,
            Err(AppError::NotFound)
        );
    }
    let view = world
        .caseworker
        .inbox(&nora, queue(Queue::All))
        .await
        .expect("her inbox");
    assert!(view.rows.is_empty());
    assert!(
        view.counts.iter().all(|(_, n)| *n == Count::Exact(0)),
        "{:?}",
        view.counts
    );
    assert_eq!(view.agencies, [Agency::Domstol]);
    assert_eq!(
        world.caseworker.case(&sara(), "KOMMUNE-NOSUCH").await.err(),
        Some(AppError::NotFound)
    );
    let untouched = world.caseworker.case(&sara(), &id).await.expect("the case");
    assert_eq!(untouched.history.len(), 1);
}

#[tokio::test]
async fn someone_who_is_not_a_caseworker_is_forbidden_everything() {
    let world = world().await;
    let id = case(&world).await;
    for who in [user("Kari Nordmann"), user("Erik Holm")] {
        let port = &world.caseworker;
        assert_eq!(
            port.inbox(&who, InboxQuery::default()).await.err(),
            Some(AppError::Forbidden)
        );
        assert_eq!(port.case(&who, &id).await.err(), Some(AppError::Forbidden));
        assert_eq!(
            act(&world, &who, &id, CaseAction::Claim).await,
            Err(AppError::Forbidden)
        );
        assert_eq!(
            port.save_view(&who, "mine", &InboxQuery::default(), true)
                .await,
            Err(AppError::Forbidden)
        );
    }
}

#[tokio::test]
async fn every_read_is_chained_and_a_tampered_record_is_named_by_the_verifier() {
    let world = world().await;
    let id = case(&world).await;
    for who in [sara(), colleague(), sara()] {
        world.caseworker.case(&who, &id).await.expect("opened");
    }
    assert_eq!(
        world
            .database
            .case_access()
            .verify()
            .await
            .expect("verified"),
        Verdict::Intact(3)
    );
    sql(
        &world.database,
        "UPDATE case_access SET who_pid = '01010100000' WHERE case_access_id = 2",
    )
    .await;
    assert!(matches!(
        world
            .database
            .case_access()
            .verify()
            .await
            .expect("verified"),
        Verdict::Broken { record: 2, .. }
    ));
    sql(
        &world.database,
        "UPDATE case_access SET who_pid = '99999999999' WHERE case_access_id = 2",
    )
    .await;
    assert_eq!(
        world
            .database
            .case_access()
            .verify()
            .await
            .expect("verified"),
        Verdict::Intact(3)
    );
    sql(
        &world.database,
        "DELETE FROM case_access WHERE case_access_id = 3",
    )
    .await;
    assert!(matches!(
        world
            .database
            .case_access()
            .verify()
            .await
            .expect("verified"),
        Verdict::Broken { record: 3, .. }
    ));
}

#[tokio::test]
async fn the_citizen_sees_on_my_page_that_a_caseworker_read_the_case() {
    let world = world().await;
    let id = case(&world).await;
    let reference = reference_of(&world, &id).await;
    let kari = user("Kari Nordmann");
    assert!(world
        .citizen
        .my_page(&kari)
        .await
        .expect("my page")
        .case_reads
        .is_empty());
    world.caseworker.case(&sara(), &id).await.expect("opened");
    let reads = world
        .citizen
        .my_page(&kari)
        .await
        .expect("my page")
        .case_reads;
    assert_eq!(reads.len(), 1);
    let read = &reads[0];
    assert_eq!(
        (
            read.agency,
            read.role,
            read.journey_id.as_str(),
            read.service.as_str(),
            read.reference.as_str()
        ),
        (
            Agency::Kommune,
            Role::Caseworker,
            "test",
            "kindergarten",
            reference.as_str()
        )
    );
    let other = world
        .citizen
        .my_page(&user("Ola Nordmann"))
        .await
        .expect("his page");
    assert!(other.case_reads.is_empty(), "only the citizen's own cases");
}

#[tokio::test]
async fn a_case_shows_the_answers_and_who_else_has_it_open() {
    let world = world().await;
    let id = case(&world).await;
    let first = world
        .caseworker
        .case(&colleague(), &id)
        .await
        .expect("opened");
    assert!(first.others_looking.is_empty());
    let view = world.caseworker.case(&sara(), &id).await.expect("opened");
    assert_eq!(view.others_looking, ["Ola Kollega"]);
    assert_eq!(view.citizen_name, "Kari Nordmann");
    assert_eq!(view.summary.len(), 1, "the one step");
    assert_eq!(view.summary[0].rows.len(), 1);
    assert_eq!(view.days_left, 10);
    let names: Vec<&str> = view.colleagues.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["Ola Kollega", "Sara Eide"]);
}

#[tokio::test]
async fn a_view_saved_for_the_team_is_seen_by_colleagues_and_a_private_one_only_by_its_owner() {
    let world = world().await;
    let (sara, ola) = (sara(), colleague());
    let due = InboxQuery {
        queue: Queue::Due,
        sort: SortKey::Deadline,
        after: Some("page-two".into()),
        ..InboxQuery::default()
    };
    world
        .caseworker
        .save_view(&sara, "Snart frist", &due, true)
        .await
        .expect("saved");
    world
        .caseworker
        .save_view(&sara, "Mine", &queue(Queue::Mine), false)
        .await
        .expect("saved");
    world
        .caseworker
        .save_view(&sara, "Mine", &queue(Queue::Waiting), false)
        .await
        .expect("replaced");
    let names = |views: Vec<app::pages::caseworker::model::SavedView>| {
        views
            .into_iter()
            .map(|v| (v.name, v.query, v.owner_name))
            .collect::<Vec<_>>()
    };
    let hers = world
        .caseworker
        .inbox(&sara, InboxQuery::default())
        .await
        .expect("inbox")
        .views;
    assert_eq!(
        names(hers),
        [
            ("Mine".into(), "queue=waiting".into(), "Sara Eide".into()),
            (
                "Snart frist".into(),
                "queue=due&sort=deadline".into(),
                "Sara Eide".into()
            ),
        ]
    );
    let his = world
        .caseworker
        .inbox(&ola, InboxQuery::default())
        .await
        .expect("inbox")
        .views;
    assert_eq!(names(his).len(), 1, "only the shared one");
    let nora = world
        .caseworker
        .inbox(&user("Nora Haugen"), InboxQuery::default())
        .await;
    assert!(
        nora.expect("inbox").views.is_empty(),
        "another agency's team"
    );
    for bad in ["", "   ", "a\u{0}b", &"x".repeat(101)] {
        assert_eq!(
            world.caseworker.save_view(&sara, bad, &due, true).await,
            Err(AppError::Invalid(Refusal::Text))
        );
    }
}
