//! Requests for information (to the citizen's task and back with the difference, and what is
//! refused), and messages both ways with when each side read them.

use super::{act, ask, case, citizen_sees, inbox, queue, reference_of, sara, status, user, world};
use app::{
    domain::CaseStatus,
    error::{AppError, Refusal},
    journey::Answer,
    pages::caseworker::model::{CaseAction, CaseRow, Queue},
    ports::{CaseworkerPort, CitizenPort},
};

#[tokio::test]
async fn a_request_for_information_goes_to_the_citizen_and_their_answer_comes_back_with_the_difference(
) {
    let world = world().await;
    let kari = user("Kari Nordmann");
    let id = case(&world).await;
    let reference = reference_of(&world, &id).await;
    let due_before = world
        .database
        .inbox()
        .get(&id)
        .await
        .expect("read")
        .expect("case")
        .due_on;
    act(
        &world,
        &sara(),
        &id,
        ask(&["name"], "Which kindergarten?", "The name is misspelt."),
    )
    .await
    .expect("asked");
    // The case waits; the citizen's timeline says so with the reason; My page has the task.
    assert_eq!(
        citizen_sees(&world, &reference).await,
        Some((
            CaseStatus::NeedsInformation,
            Some("The name is misspelt.".into())
        ))
    );
    let mine = world.citizen.my_page(&kari).await.expect("my page");
    assert_eq!(mine.tasks.len(), 1);
    let task_id = mine.tasks[0].id.clone();
    let task = match world.citizen.task(&kari, &task_id).await.expect("the task") {
        app::pages::citizen::model::Outcome::Page(task) => task,
        other => panic!("the task page, got {other:?}"),
    };
    assert_eq!(task.fields, ["name"]);
    assert_eq!(task.answers.get("name"), Some(&Answer::Text("Emma".into())));
    // Another person cannot see or answer it.
    let ola = user("Ola Nordmann");
    assert_eq!(
        world.citizen.task(&ola, &task_id).await.err(),
        Some(AppError::NotFound)
    );
    // A field that was not asked about is refused; an empty answer comes back with its problem.
    let form = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let sneaky = world
        .citizen
        .answer_task(&kari, &task_id, &form(&[("a.other", "x")]))
        .await;
    assert_eq!(sneaky.err(), Some(AppError::Invalid(Refusal::FormMismatch)));
    let empty = world
        .citizen
        .answer_task(
            &kari,
            &task_id,
            &form(&[("a.name", ""), ("reply", "Solsikken")]),
        )
        .await
        .expect("answered");
    let app::pages::citizen::model::TaskAnswered::Invalid(again) = empty else {
        panic!("an empty answer is refused");
    };
    assert_eq!(again.errors.len(), 1);
    assert_eq!(again.reply, "Solsikken", "what was typed is kept");
    let unanswered = world
        .citizen
        .answer_task(&kari, &task_id, &form(&[("a.name", "Emma Nordmann")]))
        .await
        .expect("answered");
    assert!(matches!(
        unanswered,
        app::pages::citizen::model::TaskAnswered::Invalid(view) if view.reply_refused
    ));
    let sent = world
        .citizen
        .answer_task(
            &kari,
            &task_id,
            &form(&[("a.name", "Emma Nordmann"), ("reply", "Solsikken")]),
        )
        .await
        .expect("answered");
    assert!(matches!(
        sent,
        app::pages::citizen::model::TaskAnswered::Go(_)
    ));
    // Back with the caseworker, in progress, the deadline not earlier than before; the diff.
    assert_eq!(
        citizen_sees(&world, &reference).await.map(|s| s.0),
        Some(CaseStatus::InProgress)
    );
    let opened = world.caseworker.case(&sara(), &id).await.expect("the case");
    assert_eq!(opened.status, CaseStatus::InProgress);
    assert!(opened.due >= due_before);
    let request = &opened.requests[0];
    assert_eq!(request.reply.as_deref(), Some("Solsikken"));
    assert_eq!(
        request.changes[0].before,
        app::journey::flow::Shown::Plain("Emma".into())
    );
    assert_eq!(
        request.changes[0].after,
        Some(app::journey::flow::Shown::Plain("Emma Nordmann".into()))
    );
    // Answered once: the task is gone from My page, and answering again changes nothing.
    assert!(world
        .citizen
        .my_page(&kari)
        .await
        .expect("my page")
        .tasks
        .is_empty());
    let twice = world
        .citizen
        .answer_task(
            &kari,
            &task_id,
            &form(&[("a.name", "Someone else"), ("reply", "x")]),
        )
        .await
        .expect("answered");
    assert!(matches!(twice, app::pages::citizen::model::TaskAnswered::Go(to) if to == "/my-page"));
    let opened = world.caseworker.case(&sara(), &id).await.expect("the case");
    assert_eq!(
        opened.requests[0].changes[0].after,
        Some(app::journey::flow::Shown::Plain("Emma Nordmann".into()))
    );
}

#[tokio::test]
async fn a_request_needs_a_reason_an_askable_field_and_a_case_that_can_wait() {
    let world = world().await;
    let id = case(&world).await;
    let refused = act(&world, &sara(), &id, ask(&["name"], "", "  ")).await;
    assert_eq!(refused.err(), Some(AppError::Invalid(Refusal::Text)));
    let unknown = act(&world, &sara(), &id, ask(&["nothing"], "", "Why")).await;
    assert_eq!(
        unknown.err(),
        Some(AppError::Invalid(Refusal::FormMismatch))
    );
    let nothing = act(&world, &sara(), &id, ask(&[], "", "Why")).await;
    assert_eq!(nothing.err(), Some(AppError::Invalid(Refusal::Text)));
    act(&world, &sara(), &id, ask(&["name"], "", "Why"))
        .await
        .expect("asked");
    // Waiting already: a second request is a conflict; so is one on a decided case.
    let again = act(&world, &sara(), &id, ask(&["name"], "", "Again")).await;
    assert_eq!(again.err(), Some(AppError::Conflict));
    let decided = case(&world).await;
    act(
        &world,
        &sara(),
        &decided,
        status(CaseStatus::InProgress, ""),
    )
    .await
    .expect("moved");
    act(
        &world,
        &sara(),
        &decided,
        status(CaseStatus::Rejected, "No."),
    )
    .await
    .expect("decided");
    let late = act(&world, &sara(), &decided, ask(&["name"], "", "Why")).await;
    assert_eq!(late.err(), Some(AppError::Conflict));
    // Another agency's caseworker cannot ask.
    let nora = user("Nora Haugen");
    let other = act(&world, &nora, &decided, ask(&["name"], "", "Why")).await;
    assert_eq!(other.err(), Some(AppError::NotFound));
}

#[tokio::test]
async fn messages_go_both_ways_and_each_side_sees_when_the_other_read_them() {
    let world = world().await;
    let kari = user("Kari Nordmann");
    let id = case(&world).await;
    let reference = reference_of(&world, &id).await;
    act(
        &world,
        &sara(),
        &id,
        CaseAction::Message {
            text: "Hei Kari.".into(),
        },
    )
    .await
    .expect("sent");
    // Unread until Kari opens her receipt; then read, as Sara sees.
    let before = world.caseworker.case(&sara(), &id).await.expect("case");
    assert_eq!(before.messages.len(), 1);
    assert!(before.messages[0].read_at.is_none());
    let receipt = world
        .citizen
        .receipt(&kari, &reference)
        .await
        .expect("receipt");
    assert_eq!(receipt.threads.len(), 1);
    assert_eq!(receipt.threads[0].messages[0].text, "Hei Kari.");
    let after = world.caseworker.case(&sara(), &id).await.expect("case");
    assert!(after.messages[0].read_at.is_some(), "Kari has read it");
    // Kari writes back; only to a case of her own submission, and within the limits.
    let unread_in_inbox = |rows: Vec<CaseRow>| rows.iter().find(|r| r.id == id).map(|r| r.unread);
    assert_eq!(
        unread_in_inbox(inbox(&world, &sara(), queue(Queue::All)).await),
        Some(0)
    );
    world
        .citizen
        .send_message(&kari, &reference, &id, "Takk!")
        .await
        .expect("sent");
    assert_eq!(
        unread_in_inbox(inbox(&world, &sara(), queue(Queue::All)).await),
        Some(1),
        "the inbox marks the case with the citizen's unread message"
    );
    let ola = user("Ola Nordmann");
    let other = world
        .citizen
        .send_message(&ola, &reference, &id, "Hei")
        .await;
    assert_eq!(other.err(), Some(AppError::NotFound));
    let wrong_case = world
        .citizen
        .send_message(&kari, &reference, "KOMMUNE-NOPE", "Hei")
        .await;
    assert_eq!(wrong_case.err(), Some(AppError::NotFound));
    let control = world
        .citizen
        .send_message(&kari, &reference, &id, "a\u{7}b")
        .await;
    assert_eq!(control.err(), Some(AppError::Invalid(Refusal::Text)));
    let seen = world.caseworker.case(&sara(), &id).await.expect("case");
    assert_eq!(
        unread_in_inbox(inbox(&world, &sara(), queue(Queue::All)).await),
        Some(0),
        "read once a caseworker opened the case"
    );
    assert_eq!(seen.messages.len(), 2);
    assert!(seen.messages[1].from_citizen && seen.messages[1].text == "Takk!");
    let receipt = world
        .citizen
        .receipt(&kari, &reference)
        .await
        .expect("receipt");
    assert!(
        receipt.threads[0].messages[1].read_at.is_some(),
        "Sara has read it"
    );
    // Another agency's caseworker cannot write on the case.
    let nora = user("Nora Haugen");
    let refused = act(&world, &nora, &id, CaseAction::Message { text: "x".into() }).await;
    assert_eq!(refused.err(), Some(AppError::NotFound));
}
