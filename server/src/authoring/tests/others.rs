//! Another agency's admin, with a draft of Få barn open: every change is refused, and nothing of
//! the draft, its schedule or what is published changes. (Reading, previewing, reordering, the
//! parts' forms, importing, a new draft and rollback are refused in their own tests.)

use super::*;
use app::pages::admin::parts_model::{QuestionForm, StepForm};

#[tokio::test]
async fn another_agencys_admin_changes_nothing_of_a_draft() {
    let world = world().await;
    let revision = world.draft_with(shorter_names).await;
    let port = &world.authoring;
    // Lars scheduled it; Magnus (Skatteetaten) tries everything.
    let at = Instant::now().plus(Duration::from_secs(3600));
    let scheduled = PublishRequest {
        at: Some(at),
        ..publish_now(7, &revision)
    };
    port.publish(&lars(), "fa-barn", &scheduled)
        .await
        .expect("scheduled");
    let before = port.draft(&lars(), "fa-barn").await.expect("draft");
    let magnus = logged_in("Magnus Strand");
    let id = "fa-barn";
    let forbidden = Err::<(), AppError>(AppError::Forbidden);

    assert_eq!(
        port.save_draft(&magnus, id, &before.revision, "[journey]")
            .await,
        forbidden
    );
    let question = NewQuestion {
        revision: before.revision.clone(),
        ..NewQuestion::default()
    };
    assert_eq!(
        port.add_question(&magnus, id, &question).await.map(|_| ()),
        forbidden
    );
    assert_eq!(
        port.save_texts(&magnus, id, &before.revision, &[]).await,
        forbidden
    );
    assert_eq!(
        port.publish(&magnus, id, &publish_now(7, &before.revision))
            .await
            .map(|_| ()),
        forbidden
    );
    assert_eq!(port.unschedule(&magnus, id).await, forbidden);
    assert_eq!(port.discard(&magnus, id, 7).await, forbidden);
    let step = StepForm {
        revision: before.revision.clone(),
        ..StepForm::default()
    };
    assert_eq!(
        port.edit_step(&magnus, id, &step).await.map(|_| ()),
        forbidden
    );
    assert_eq!(
        port.remove_step(&magnus, id, "child", &before.revision)
            .await
            .map(|_| ()),
        forbidden
    );
    let question = QuestionForm {
        revision: before.revision.clone(),
        ..QuestionForm::default()
    };
    assert_eq!(
        port.edit_question(&magnus, id, &question).await.map(|_| ()),
        forbidden
    );
    assert_eq!(
        port.remove_question(&magnus, id, ("child", "child_pid"), &before.revision)
            .await
            .map(|_| ()),
        forbidden
    );

    // The draft, its schedule and what is published are as Lars left them; no entry is Magnus's.
    let after = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert_eq!(after.revision, before.revision);
    assert_eq!(after.source, before.source);
    assert_eq!(
        world.states().await,
        [(6, VersionState::Published), (7, VersionState::Draft)]
    );
    let page = port.journey(&lars(), "fa-barn").await.expect("page");
    assert!(
        page.audit.iter().all(|e| e.who == "Lars Dahl"),
        "{:?}",
        page.audit
    );
    assert_eq!(
        page.audit[0].action,
        AuthoringAction::Schedule,
        "still scheduled"
    );
}
