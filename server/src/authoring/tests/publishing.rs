//! Publishing: now, two at once, at a time, rolled back; drafts moved to the new version.

use super::{editing::question, *};

#[tokio::test]
async fn a_published_draft_is_served_at_once_and_recorded() {
    let world = world().await;
    let revision = world.draft_with(shorter_names).await;
    assert_eq!(world.states().await, [(6, Published), (7, Draft)]);
    assert_eq!(world.served_version(), 6, "a draft is not served");

    let port = &world.authoring;
    let outcome = port
        .publish(&lars(), "fa-barn", &publish_now(7, &revision))
        .await;
    assert_eq!(
        outcome,
        Ok(PublishOutcome::Published {
            version: 7,
            moved: 0
        })
    );
    assert_eq!(world.served_version(), 7, "served without a restart");
    assert_eq!(world.states().await, [(6, Retired), (7, Published)]);
    let page = port.journey(&lars(), "fa-barn").await.expect("page");
    assert_eq!(page.versions[0].made_by.as_deref(), Some("Lars Dahl"));
    assert_eq!(page.versions[1].made_by, None, "v6 was shipped");
    let actions: Vec<_> = page.audit.iter().map(|e| e.action).collect();
    use app::domain::AuthoringAction::{Draft as Drafted, Edit, Publish};
    assert_eq!(actions, [Publish, Edit, Drafted], "newest first");
    assert!(page.audit.iter().all(|e| e.who == "Lars Dahl"));
}

#[tokio::test]
async fn a_draft_with_problems_is_kept_but_never_published() {
    let world = world().await;
    let revision = world
        .draft_with(|text| {
            text.replacen(
                "show_if = \"other_parent_takes_part == true\"",
                "show_if = \"other_parent_takes_part == \"",
                1,
            )
        })
        .await;
    let port = &world.authoring;
    let draft = port.draft(&lars(), "fa-barn").await.expect("kept");
    assert!(draft.journey.is_none());
    assert!(
        draft.problems.iter().any(|p| p.line > 0),
        "{:?}",
        draft.problems
    );
    let outcome = port
        .publish(&lars(), "fa-barn", &publish_now(7, &revision))
        .await;
    assert_eq!(outcome, Ok(PublishOutcome::Refused));
    assert_eq!(world.states().await, [(6, Published), (7, Draft)]);
    assert_eq!(world.served_version(), 6);
}

#[tokio::test]
async fn a_save_or_publish_from_an_older_look_changes_nothing() {
    let world = world().await;
    let first = world.draft_with(shorter_names).await;
    let port = &world.authoring;
    // Another tab saves: the first revision is old now.
    port.save_draft(
        &lars(),
        "fa-barn",
        &first,
        &shorter_names(FA_BARN).replacen("version = 6", "version = 7", 1),
    )
    .await
    .expect("saved");
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert_ne!(draft.revision, first);
    assert_eq!(
        port.save_draft(&lars(), "fa-barn", &first, "lost").await,
        Err(AppError::Conflict)
    );
    assert_eq!(
        port.publish(&lars(), "fa-barn", &publish_now(7, &first))
            .await,
        Ok(PublishOutcome::Stale)
    );
    let after = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert_eq!(after.source, draft.source, "the later save stands");
    assert_eq!(world.served_version(), 6);
}

#[tokio::test]
async fn two_admins_publishing_at_once_one_wins_and_the_other_sees_it() {
    let world = world().await;
    let revision = world.draft_with(shorter_names).await;
    let port = &world.authoring;
    let request = publish_now(7, &revision);
    let (one, other) = (lars(), lars());
    let (a, b) = tokio::join!(
        port.publish(&one, "fa-barn", &request),
        port.publish(&other, "fa-barn", &request)
    );
    let mut outcomes = [a.expect("a"), b.expect("b")];
    outcomes.sort_by_key(|o| matches!(o, PublishOutcome::Stale));
    assert_eq!(
        outcomes,
        [
            PublishOutcome::Published {
                version: 7,
                moved: 0
            },
            PublishOutcome::Stale
        ]
    );
    assert_eq!(world.states().await, [(6, Retired), (7, Published)]);
}

#[tokio::test]
async fn a_scheduled_draft_goes_live_when_its_time_comes_and_not_before() {
    let world = world().await;
    let revision = world.draft_with(shorter_names).await;
    let port = &world.authoring;
    let at = Instant::now().plus(Duration::from_secs(3600));
    let request = PublishRequest {
        at: Some(at),
        ..publish_now(7, &revision)
    };
    assert_eq!(
        port.publish(&lars(), "fa-barn", &request).await,
        Ok(PublishOutcome::Scheduled { version: 7, at })
    );
    world.journeys.tick(Instant::now()).await.expect("tick");
    assert_eq!(world.served_version(), 6, "not yet");
    world
        .journeys
        .tick(at.plus(Duration::from_secs(1)))
        .await
        .expect("tick");
    assert_eq!(world.served_version(), 7, "its time came");
    assert_eq!(world.states().await, [(6, Retired), (7, Published)]);
    // In the audit trail, under the admin who scheduled it.
    let page = port.journey(&lars(), "fa-barn").await.expect("page");
    let newest = &page.audit[0];
    assert_eq!(
        (newest.action, newest.who.as_str(), newest.detail.as_str()),
        (
            app::domain::AuthoringAction::Publish,
            "Lars Dahl",
            "published at its time"
        )
    );
    assert_eq!(page.audit[1].action, app::domain::AuthoringAction::Schedule);

    // Cancelled, a schedule does nothing.
    let world = self::world().await;
    let revision = world.draft_with(shorter_names).await;
    let port = &world.authoring;
    port.publish(
        &lars(),
        "fa-barn",
        &PublishRequest {
            at: Some(at),
            ..publish_now(7, &revision)
        },
    )
    .await
    .expect("scheduled");
    port.unschedule(&lars(), "fa-barn")
        .await
        .expect("unscheduled");
    world
        .journeys
        .tick(at.plus(Duration::from_secs(1)))
        .await
        .expect("tick");
    assert_eq!(world.states().await, [(6, Published), (7, Draft)]);
}

#[tokio::test]
async fn a_rollback_publishes_a_copy_of_the_earlier_version_above_the_rest() {
    let world = world().await;
    let revision = world.draft_with(shorter_names).await;
    let port = &world.authoring;
    port.publish(&lars(), "fa-barn", &publish_now(7, &revision))
        .await
        .expect("v7");
    // A draft in progress stays, above the copy.
    assert_eq!(port.new_draft(&lars(), "fa-barn").await, Ok(8));
    assert_eq!(
        port.roll_back(&lars(), "fa-barn", 6, 6).await,
        Err(AppError::Conflict),
        "v6 is not published now: the admin looked at an older page"
    );
    assert_eq!(port.roll_back(&lars(), "fa-barn", 6, 7).await, Ok(8));
    assert_eq!(
        world.states().await,
        [(6, Retired), (7, Retired), (8, Published), (9, Draft)]
    );
    assert_eq!(world.served_version(), 8);
    let copy = port.export(&lars(), "fa-barn", Some(8)).await.expect("v8");
    assert_eq!(copy, FA_BARN.replacen("version = 6", "version = 8", 1));
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(draft.source.contains("\nversion = 9\n") && draft.problems.is_empty());
}

#[tokio::test]
async fn moved_drafts_keep_the_answers_that_fit_and_say_what_changed() {
    let world = world().await;
    let kari = logged_in("Kari Nordmann");
    let mut answers = Answers::default();
    answers.set("child_first_name", Answer::Text("Emil".into()));
    answers.set("other_parent_takes_part", Answer::Text("yes".into()));
    world
        .database
        .drafts()
        .create(NewDraft {
            person_id: &kari.pid,
            draft_id: "kari-draft",
            journey_id: "fa-barn",
            journey_version: 6,
            first_step: "family",
            answers: &answers,
            sources: &Default::default(),
            preview_as: None,
        })
        .await
        .expect("Kari's draft");
    let port = &world.authoring;
    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    let revision = port
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft")
        .revision;
    port.add_question(&lars(), "fa-barn", &question(&revision))
        .await
        .expect("answered")
        .expect("added");
    // Four letters no longer fit the first name.
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    port.save_draft(
        &lars(),
        "fa-barn",
        &draft.revision,
        &shorter_names(&draft.source),
    )
    .await
    .expect("saved");
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    let page = port.journey(&lars(), "fa-barn").await.expect("page");
    assert_eq!(
        page.versions
            .iter()
            .find(|v| v.version == 6)
            .map(|v| v.open_drafts),
        Some(1)
    );
    let request = PublishRequest {
        move_drafts: true,
        ..publish_now(7, &draft.revision)
    };
    assert_eq!(
        port.publish(&lars(), "fa-barn", &request).await,
        Ok(PublishOutcome::Published {
            version: 7,
            moved: 1
        })
    );
    let moved = world
        .database
        .drafts()
        .get(&kari.pid, "kari-draft")
        .await
        .expect("read")
        .expect("Kari's draft");
    assert_eq!(moved.journey_version, 7);
    assert_eq!(
        moved.answers.get("child_first_name"),
        None,
        "four letters do not fit"
    );
    assert_eq!(
        moved.answers.get("other_parent_takes_part"),
        Some(&Answer::Text("yes".into()))
    );
    let authoring = world.database.authoring();
    let notice = authoring
        .take_notice(&kari.pid, "kari-draft")
        .await
        .expect("read")
        .expect("a notice");
    assert!(
        notice.contains("twins") && notice.contains("child_first_name"),
        "{notice}"
    );
    assert_eq!(
        authoring
            .take_notice(&kari.pid, "kari-draft")
            .await
            .expect("read"),
        None,
        "told once"
    );
}
