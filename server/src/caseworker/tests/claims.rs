//! Claims (two at once, release, assignment), status changes and what the citizen sees of them,
//! notes, and texts over the limit or with control characters.

use super::{act, case, citizen_sees, colleague, reference_of, sara, status, user, world};
use app::{
    domain::CaseStatus,
    error::{AppError, Refusal},
    pages::caseworker::model::{CaseAction, HistoryKind, MAX_TEXT_CHARS},
    ports::{CaseworkerPort, CitizenPort},
};

#[tokio::test]
async fn of_two_claims_at_once_one_wins_and_the_other_is_told() {
    let world = world().await;
    let (sara, ola) = (sara(), colleague());
    for _ in 0..5 {
        let id = case(&world).await;
        let (a, b) = tokio::join!(
            act(&world, &sara, &id, CaseAction::Claim),
            act(&world, &ola, &id, CaseAction::Claim)
        );
        let won = [&a, &b].iter().filter(|r| r.is_ok()).count();
        assert_eq!(won, 1, "{a:?} {b:?}");
        assert!([a, b].contains(&Err(AppError::Conflict)));
        let history = world.database.inbox().history(&id).await.expect("history");
        assert_eq!(history.iter().filter(|h| h.kind == "claimed").count(), 1);
    }
    let id = case(&world).await;
    act(&world, &sara, &id, CaseAction::Claim)
        .await
        .expect("claimed");
    assert_eq!(
        act(&world, &sara, &id, CaseAction::Claim).await,
        Ok(()),
        "one's own again"
    );
}

#[tokio::test]
async fn only_the_holder_releases_and_a_case_goes_only_to_a_caseworker_of_its_agency() {
    let world = world().await;
    let (sara, ola) = (sara(), colleague());
    let id = case(&world).await;
    act(&world, &sara, &id, CaseAction::Claim)
        .await
        .expect("claimed");
    assert_eq!(
        act(&world, &ola, &id, CaseAction::Release).await,
        Err(AppError::Conflict)
    );
    let nora = user("Nora Haugen").pid;
    let kari = user("Kari Nordmann").pid;
    for to in [nora, kari, "nobody".into()] {
        assert_eq!(
            act(&world, &sara, &id, CaseAction::Assign { to }).await,
            Err(AppError::Invalid(Refusal::FormMismatch))
        );
    }
    act(
        &world,
        &sara,
        &id,
        CaseAction::Assign {
            to: ola.pid.clone(),
        },
    )
    .await
    .expect("assigned");
    assert_eq!(
        act(&world, &sara, &id, CaseAction::Release).await,
        Err(AppError::Conflict)
    );
    act(&world, &ola, &id, CaseAction::Release)
        .await
        .expect("released");
    let view = world.caseworker.case(&sara, &id).await.expect("the case");
    assert_eq!(view.assignee, None);
    let kinds: Vec<HistoryKind> = view.history.into_iter().map(|h| h.what).collect();
    assert_eq!(
        kinds,
        [
            HistoryKind::Received,
            HistoryKind::Claimed,
            HistoryKind::Assigned {
                to: "Ola Kollega".into()
            },
            HistoryKind::Released,
        ]
    );
}

#[tokio::test]
async fn each_status_change_reaches_the_citizens_timeline_with_its_message() {
    let world = world().await;
    let sara = sara();
    let id = case(&world).await;
    let reference = reference_of(&world, &id).await;
    for (to, message) in [
        (CaseStatus::InProgress, "Vi ser på saken."),
        (
            CaseStatus::NeedsInformation,
            "Send oss\r\nbarnets fødselsattest.",
        ),
        (CaseStatus::InProgress, ""),
        (CaseStatus::Approved, "  Barnet har fått plass.  "),
    ] {
        act(&world, &sara, &id, status(to, message))
            .await
            .expect("moved");
        let message = message.replace("\r\n", "\n").trim().to_string();
        let expected = (!message.is_empty()).then_some(message);
        assert_eq!(citizen_sees(&world, &reference).await, Some((to, expected)));
    }
    let page = world
        .citizen
        .my_page(&user("Kari Nordmann"))
        .await
        .expect("my page");
    assert_eq!(
        page.submissions[0].calls[0].status,
        Some((CaseStatus::Approved, Some("Barnet har fått plass.".into())))
    );
    let view = world.caseworker.case(&sara, &id).await.expect("the case");
    assert!(view.next_statuses.is_empty(), "a decision is final");
    let who: Vec<Option<String>> = view.history.iter().map(|h| h.who.clone()).collect();
    assert_eq!(who[0], None, "the portal filed it");
    assert!(who[1..].iter().all(|w| w.as_deref() == Some("Sara Eide")));
}

#[tokio::test]
async fn a_status_the_case_cannot_move_to_is_refused_and_changes_nothing() {
    let world = world().await;
    let sara = sara();
    let id = case(&world).await;
    let reference = reference_of(&world, &id).await;
    for to in [
        CaseStatus::Approved,
        CaseStatus::Received,
        CaseStatus::NeedsInformation,
    ] {
        assert_eq!(
            act(&world, &sara, &id, status(to, "Innvilget")).await,
            Err(AppError::Conflict),
            "{to}"
        );
    }
    let view = world.caseworker.case(&sara, &id).await.expect("the case");
    assert_eq!(view.status, CaseStatus::Received);
    assert_eq!(view.next_statuses, [CaseStatus::InProgress]);
    assert_eq!(view.history.len(), 1);
    assert_eq!(
        citizen_sees(&world, &reference).await,
        Some((CaseStatus::Received, None))
    );
}

#[tokio::test]
async fn a_note_stays_inside_the_agency() {
    let world = world().await;
    let sara = sara();
    let id = case(&world).await;
    let reference = reference_of(&world, &id).await;
    let note = CaseAction::Note {
        text: "Ring barnehagen først.".into(),
    };
    act(&world, &sara, &id, note).await.expect("noted");
    let view = world.caseworker.case(&sara, &id).await.expect("the case");
    assert_eq!(
        view.history.last().map(|h| h.what.clone()),
        Some(HistoryKind::Note {
            text: "Ring barnehagen først.".into()
        })
    );
    let events = world.database.case_events().of_submission(&reference).await;
    let events = events.expect("events");
    assert_eq!(events.len(), 1, "only the arrival");
    assert!(events.iter().all(|e| e.message.is_none()));
}

#[tokio::test]
async fn a_text_over_the_limit_or_with_control_characters_is_refused_and_changes_nothing() {
    let world = world().await;
    let sara = sara();
    let id = case(&world).await;
    let long = "a".repeat(MAX_TEXT_CHARS + 1);
    let refused = [
        status(CaseStatus::InProgress, &long),
        status(CaseStatus::InProgress, "bell\u{7}"),
        status(CaseStatus::InProgress, "tab\there"),
        CaseAction::Note { text: long.clone() },
        CaseAction::Note {
            text: "escape \u{1b}[31m".into(),
        },
        CaseAction::Note { text: "   ".into() },
    ];
    for action in refused {
        assert_eq!(
            act(&world, &sara, &id, action.clone()).await,
            Err(AppError::Invalid(Refusal::Text)),
            "{action:?}"
        );
    }
    let view = world.caseworker.case(&sara, &id).await.expect("the case");
    assert_eq!((view.status, view.history.len()), (CaseStatus::Received, 1));
    let just = "ø".repeat(MAX_TEXT_CHARS);
    act(&world, &sara, &id, CaseAction::Note { text: just })
        .await
        .expect("at the limit");
}
