//! Moving citizens' drafts, chosen per change: a draft that a change the admin kept back
//! touches stays on its version; the others move. A scheduled go-live moves them as chosen
//! when it was scheduled.

use super::*;

/// A draft of `name`'s on Få barn v6 with `answers`, as `draft_id`.
async fn draft_on_v6(world: &World, name: &str, draft_id: &str, answers: &[(&str, &str)]) {
    let mut saved = Answers::default();
    for (field, value) in answers {
        saved.set(field, Answer::Text((*value).into()));
    }
    world
        .database
        .drafts()
        .create(NewDraft {
            person_id: &logged_in(name).pid,
            draft_id,
            journey_id: "fa-barn",
            journey_version: 6,
            first_step: "family",
            answers: &saved,
            sources: &Default::default(),
            preview_as: None,
        })
        .await
        .expect("a draft");
}

async fn version_of(world: &World, name: &str, draft_id: &str) -> i64 {
    world
        .database
        .drafts()
        .get(&logged_in(name).pid, draft_id)
        .await
        .expect("read")
        .expect("the draft")
        .journey_version
}

/// Kari named her child "Emil", which the new three-letter limit no longer takes; Ola has not
/// named his yet, so the change does not touch him.
async fn two_drafts_and_a_shorter_name(world: &World) -> String {
    draft_on_v6(
        world,
        "Kari Nordmann",
        "kari-draft",
        &[("child_first_name", "Emil")],
    )
    .await;
    draft_on_v6(
        world,
        "Ola Nordmann",
        "ola-draft",
        &[("other_parent_takes_part", "yes")],
    )
    .await;
    world.draft_with(shorter_names).await
}

#[tokio::test]
async fn a_change_kept_back_leaves_the_drafts_it_touches_and_the_others_move() {
    let world = world().await;
    let revision = two_drafts_and_a_shorter_name(&world).await;
    let draft = world
        .authoring
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft");
    let touches: Vec<String> = draft
        .impact
        .iter()
        .flat_map(|row| row.touches.iter().map(|(t, _)| t.key()))
        .collect();
    assert_eq!(
        touches,
        ["fits:child_first_name"],
        "what the publish form lists"
    );
    // The counts before publishing: two drafts on v6, one of them touched, by that change.
    let counts: Vec<(i64, usize, usize, Vec<usize>)> = draft
        .impact
        .iter()
        .map(|row| {
            let each = row.touches.iter().map(|(_, n)| *n).collect();
            (row.version, row.drafts, row.touched, each)
        })
        .collect();
    assert_eq!(counts, [(6, 2, 1, vec![1])]);

    let request = PublishRequest {
        move_drafts: true,
        keep: touches,
        ..publish_now(7, &revision)
    };
    let outcome = world.authoring.publish(&lars(), "fa-barn", &request).await;

    assert_eq!(
        outcome,
        Ok(PublishOutcome::Published {
            version: 7,
            moved: 1
        })
    );
    assert_eq!(
        version_of(&world, "Kari Nordmann", "kari-draft").await,
        6,
        "kept back: finished on v6"
    );
    assert_eq!(
        version_of(&world, "Ola Nordmann", "ola-draft").await,
        7,
        "untouched: moved"
    );
    let trail = world
        .database
        .authoring()
        .events("fa-barn", 1)
        .await
        .expect("trail");
    assert!(
        trail[0]
            .detail
            .ends_with("1 drafts moved, 1 kept on their version"),
        "{}",
        trail[0].detail
    );
}

#[tokio::test]
async fn with_no_change_kept_back_every_draft_moves_and_unticked_none_does() {
    let world = world().await;
    let revision = two_drafts_and_a_shorter_name(&world).await;
    let request = PublishRequest {
        move_drafts: true,
        ..publish_now(7, &revision)
    };
    let outcome = world.authoring.publish(&lars(), "fa-barn", &request).await;
    assert_eq!(
        outcome,
        Ok(PublishOutcome::Published {
            version: 7,
            moved: 2
        })
    );
    assert_eq!(version_of(&world, "Kari Nordmann", "kari-draft").await, 7);

    let world = self::world().await;
    let revision = two_drafts_and_a_shorter_name(&world).await;
    let outcome = world
        .authoring
        .publish(&lars(), "fa-barn", &publish_now(7, &revision))
        .await;
    assert_eq!(
        outcome,
        Ok(PublishOutcome::Published {
            version: 7,
            moved: 0
        })
    );
    assert_eq!(version_of(&world, "Ola Nordmann", "ola-draft").await, 6);
}

#[tokio::test]
async fn a_scheduled_go_live_moves_the_drafts_as_chosen_when_it_was_scheduled() {
    let world = world().await;
    let revision = two_drafts_and_a_shorter_name(&world).await;
    let at = Instant::now().plus(Duration::from_secs(3600));
    let request = PublishRequest {
        at: Some(at),
        move_drafts: true,
        keep: vec!["fits:child_first_name".into()],
        ..publish_now(7, &revision)
    };
    let outcome = world.authoring.publish(&lars(), "fa-barn", &request).await;
    assert_eq!(outcome, Ok(PublishOutcome::Scheduled { version: 7, at }));
    world.journeys.tick(Instant::now()).await.expect("tick");
    assert_eq!(
        version_of(&world, "Ola Nordmann", "ola-draft").await,
        6,
        "not yet"
    );

    world
        .journeys
        .tick(at.plus(Duration::from_secs(1)))
        .await
        .expect("tick");

    assert_eq!(world.served_version(), 7);
    assert_eq!(
        version_of(&world, "Ola Nordmann", "ola-draft").await,
        7,
        "moved at the go-live"
    );
    assert_eq!(
        version_of(&world, "Kari Nordmann", "kari-draft").await,
        6,
        "kept back"
    );

    // Scheduled without moving, nothing moves; unscheduled, the choice goes with the time.
    let world = self::world().await;
    let revision = two_drafts_and_a_shorter_name(&world).await;
    let port = &world.authoring;
    let request = PublishRequest {
        at: Some(at),
        ..publish_now(7, &revision)
    };
    port.publish(&lars(), "fa-barn", &request)
        .await
        .expect("scheduled");
    world
        .journeys
        .tick(at.plus(Duration::from_secs(1)))
        .await
        .expect("tick");
    assert_eq!(world.served_version(), 7);
    assert_eq!(version_of(&world, "Ola Nordmann", "ola-draft").await, 6);
}
