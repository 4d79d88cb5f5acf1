//! The authoring port, without HTTP, on the shipped Få barn (owned by NAV: Lars Dahl administers
//! it; Magnus Strand administers Skatteetaten; Kari Nordmann is a citizen), on SQLite or, with
//! `TEST_DATABASE_URL`, PostgreSQL.

use super::Authoring;
use crate::{
    identity::population::logged_in,
    journeys::{live::LiveCatalog, versions},
    storage::{Database, NewDraft},
};
use app::{
    domain::{Instant, VersionState},
    error::AppError,
    journey::{Answer, Answers, Catalog},
    pages::admin::model::{NewQuestion, PublishOutcome, PublishRequest},
    ports::AuthoringPort,
};
use std::{sync::Arc, time::Duration};

const FA_BARN: &str = include_str!("../../../journeys/fa-barn.toml");

struct World {
    authoring: Authoring,
    journeys: Arc<LiveCatalog>,
    database: Database,
    _dir: tempfile::TempDir,
}

async fn world() -> World {
    let dir = tempfile::tempdir().expect("temporary folder");
    let database = crate::storage::test_database(dir.path(), "authoring").await;
    let shipped = Catalog::parse([("fa-barn.toml", FA_BARN)]).expect("Få barn");
    versions::seed(&database, &shipped).await.expect("seed");
    let catalog = versions::published_catalog(&database)
        .await
        .expect("catalogue");
    let journeys = Arc::new(LiveCatalog::new(database.clone(), catalog));
    let authoring = Authoring {
        versions: Arc::new(versions::Definitions::new(
            database.clone(),
            &journeys.current(),
        )),
        database: database.clone(),
        journeys: journeys.clone(),
    };
    World {
        authoring,
        journeys,
        database,
        _dir: dir,
    }
}

fn lars() -> app::auth::CurrentUser {
    logged_in("Lars Dahl")
}

impl World {
    /// Lars starts a draft and saves `change(text)` as its text: the draft's revision.
    async fn draft_with(&self, change: impl Fn(&str) -> String) -> String {
        let port = &self.authoring;
        assert_eq!(port.new_draft(&lars(), "fa-barn").await, Ok(6));
        let draft = port.draft(&lars(), "fa-barn").await.expect("the draft");
        port.save_draft(&lars(), "fa-barn", &draft.revision, &change(&draft.source))
            .await
            .expect("saved");
        port.draft(&lars(), "fa-barn")
            .await
            .expect("draft")
            .revision
    }

    fn served_version(&self) -> u32 {
        let catalog = self.journeys.current();
        catalog.definition("fa-barn").expect("served").meta.version
    }

    async fn states(&self) -> Vec<(i64, VersionState)> {
        let history = self.database.journey_versions().history("fa-barn").await;
        history
            .expect("history")
            .iter()
            .map(|v| (v.version, v.state))
            .collect()
    }
}

fn publish_now(version: i64, revision: &str) -> PublishRequest {
    PublishRequest {
        version,
        revision: revision.to_string(),
        at: None,
        move_drafts: false,
    }
}

/// The first name may be three letters at most: a change a test can see.
fn shorter_names(text: &str) -> String {
    text.replacen("max_length = 100", "max_length = 3", 1)
}

use VersionState::{Draft, Published, Retired};

#[tokio::test]
async fn every_admin_reads_every_journey_and_only_the_owners_admins_change_it() {
    let world = world().await;
    let port = &world.authoring;
    let rows = port.journeys(&lars()).await.expect("Lars reads");
    assert_eq!(rows.len(), 1);
    assert!(rows[0].editable && rows[0].published == 5 && rows[0].draft.is_none());

    let magnus = logged_in("Magnus Strand");
    let rows = port
        .journeys(&magnus)
        .await
        .expect("another agency's admin reads");
    assert!(!rows[0].editable, "Skatteetaten does not own Få barn");
    let page = port.journey(&magnus, "fa-barn").await.expect("reads");
    assert!(!page.editable);
    assert_eq!(
        port.new_draft(&magnus, "fa-barn").await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        port.roll_back(&magnus, "fa-barn", 4, 5).await,
        Err(AppError::Forbidden)
    );
    for citizen in ["Kari Nordmann", "Ingrid Berg"] {
        let person = logged_in(citizen);
        assert_eq!(
            port.journeys(&person).await.err(),
            Some(AppError::Forbidden),
            "{citizen} has no admin role"
        );
    }
    assert_eq!(world.states().await, [(5, Published)], "nothing changed");
    assert_eq!(
        port.journey(&lars(), "no-such").await.err(),
        Some(AppError::NotFound)
    );
}

#[tokio::test]
async fn a_published_draft_is_served_at_once_and_recorded() {
    let world = world().await;
    let revision = world.draft_with(shorter_names).await;
    assert_eq!(world.states().await, [(5, Published), (6, Draft)]);
    assert_eq!(world.served_version(), 5, "a draft is not served");

    let port = &world.authoring;
    let outcome = port
        .publish(&lars(), "fa-barn", &publish_now(6, &revision))
        .await;
    assert_eq!(
        outcome,
        Ok(PublishOutcome::Published {
            version: 6,
            moved: 0
        })
    );
    assert_eq!(world.served_version(), 6, "served without a restart");
    assert_eq!(world.states().await, [(5, Retired), (6, Published)]);
    let page = port.journey(&lars(), "fa-barn").await.expect("page");
    assert_eq!(page.versions[0].made_by.as_deref(), Some("Lars Dahl"));
    assert_eq!(page.versions[1].made_by, None, "v5 was shipped");
    let actions: Vec<_> = page.audit.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["publish", "edit", "draft"], "newest first");
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
        .publish(&lars(), "fa-barn", &publish_now(6, &revision))
        .await;
    assert_eq!(outcome, Ok(PublishOutcome::Refused));
    assert_eq!(world.states().await, [(5, Published), (6, Draft)]);
    assert_eq!(world.served_version(), 5);
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
        &shorter_names(FA_BARN).replacen("version = 5", "version = 6", 1),
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
        port.publish(&lars(), "fa-barn", &publish_now(6, &first))
            .await,
        Ok(PublishOutcome::Stale)
    );
    let after = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert_eq!(after.source, draft.source, "the later save stands");
    assert_eq!(world.served_version(), 5);
}

#[tokio::test]
async fn two_admins_publishing_at_once_one_wins_and_the_other_sees_it() {
    let world = world().await;
    let revision = world.draft_with(shorter_names).await;
    let port = &world.authoring;
    let request = publish_now(6, &revision);
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
                version: 6,
                moved: 0
            },
            PublishOutcome::Stale
        ]
    );
    assert_eq!(world.states().await, [(5, Retired), (6, Published)]);
}

#[tokio::test]
async fn a_scheduled_draft_goes_live_when_its_time_comes_and_not_before() {
    let world = world().await;
    let revision = world.draft_with(shorter_names).await;
    let port = &world.authoring;
    let at = Instant::now().plus(Duration::from_secs(3600));
    let request = PublishRequest {
        at: Some(at),
        ..publish_now(6, &revision)
    };
    assert_eq!(
        port.publish(&lars(), "fa-barn", &request).await,
        Ok(PublishOutcome::Scheduled { version: 6, at })
    );
    world.journeys.tick(Instant::now()).await.expect("tick");
    assert_eq!(world.served_version(), 5, "not yet");
    world
        .journeys
        .tick(at.plus(Duration::from_secs(1)))
        .await
        .expect("tick");
    assert_eq!(world.served_version(), 6, "its time came");
    assert_eq!(world.states().await, [(5, Retired), (6, Published)]);

    // Cancelled, a schedule does nothing.
    let world = self::world().await;
    let revision = world.draft_with(shorter_names).await;
    let port = &world.authoring;
    port.publish(
        &lars(),
        "fa-barn",
        &PublishRequest {
            at: Some(at),
            ..publish_now(6, &revision)
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
    assert_eq!(world.states().await, [(5, Published), (6, Draft)]);
}

#[tokio::test]
async fn a_rollback_publishes_a_copy_of_the_earlier_version_above_the_rest() {
    let world = world().await;
    let revision = world.draft_with(shorter_names).await;
    let port = &world.authoring;
    port.publish(&lars(), "fa-barn", &publish_now(6, &revision))
        .await
        .expect("v6");
    // A draft in progress stays, above the copy.
    assert_eq!(port.new_draft(&lars(), "fa-barn").await, Ok(7));
    assert_eq!(
        port.roll_back(&lars(), "fa-barn", 5, 5).await,
        Err(AppError::Conflict),
        "v5 is not published now: the admin looked at an older page"
    );
    assert_eq!(port.roll_back(&lars(), "fa-barn", 5, 6).await, Ok(7));
    assert_eq!(
        world.states().await,
        [(5, Retired), (6, Retired), (7, Published), (8, Draft)]
    );
    assert_eq!(world.served_version(), 7);
    let copy = port.export(&lars(), "fa-barn", Some(7)).await.expect("v7");
    assert_eq!(copy, FA_BARN.replacen("version = 5", "version = 7", 1));
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(draft.source.contains("\nversion = 8\n") && draft.problems.is_empty());
}

fn question(revision: &str) -> NewQuestion {
    NewQuestion {
        step: "family".into(),
        id: "twins".into(),
        kind: "yes_no".into(),
        required: true,
        condition: "other_parent_takes_part == true".into(),
        options: String::new(),
        label: [
            "Er det tvillinger?".into(),
            "Er det tvillingar?".into(),
            "Are they twins?".into(),
        ],
        revision: revision.into(),
    }
}

#[tokio::test]
async fn a_question_is_added_with_its_texts_and_served_once_published() {
    let world = world().await;
    let port = &world.authoring;
    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    let revision = port
        .draft(&lars(), "fa-barn")
        .await
        .expect("draft")
        .revision;
    assert_eq!(
        port.add_question(&lars(), "fa-barn", &question(&revision))
            .await,
        Ok(Ok(()))
    );
    let draft = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert!(draft.problems.is_empty(), "{:?}", draft.problems);
    let journey = draft.journey.expect("checked");
    let (step, field) = journey.field("twins").expect("the question");
    assert_eq!(journey.steps[step].id, "family");
    assert!(field.required && field.show_if.is_some());
    let texts = &journey.texts;
    assert_eq!(texts["en"]["fa-barn-twins"], "Are they twins?");
    assert_eq!(texts["nn"]["fa-barn-twins"], "Er det tvillingar?");
    assert!(
        draft.source.contains("# Få barn"),
        "the file's comments are kept"
    );

    port.publish(&lars(), "fa-barn", &publish_now(6, &draft.revision))
        .await
        .expect("published");
    let served = world.journeys.current();
    let english = served.texts();
    assert_eq!(
        english.get(app::i18n::Lang::En, "fa-barn-twins"),
        Some("Are they twins?")
    );
}

#[tokio::test]
async fn a_refused_question_says_why_at_its_field_and_writes_nothing() {
    let world = world().await;
    let port = &world.authoring;
    port.new_draft(&lars(), "fa-barn").await.expect("draft");
    let before = port.draft(&lars(), "fa-barn").await.expect("draft");
    /// A change to a good question, the field it breaks, and the message there.
    type Case = (fn(&mut NewQuestion), &'static str, &'static str);
    let cases: [Case; 6] = [
        (
            |q| q.id = "Twins!".into(),
            "id",
            "admin-question-id-invalid",
        ),
        (
            |q| q.label[1] = " ".into(),
            "label-nn",
            "admin-question-label-missing",
        ),
        (
            |q| q.step = "nowhere".into(),
            "step",
            "admin-question-step-unknown",
        ),
        (
            |q| q.kind = "one_of".into(),
            "options",
            "admin-question-options-missing",
        ),
        (
            |q| q.condition = "no_such_field == true".into(),
            "condition",
            "no_such_field",
        ),
        (|q| q.id = "child_pid".into(), "", "child_pid"),
    ];
    for (change, field, words) in cases {
        let mut asked = question(&before.revision);
        change(&mut asked);
        let problems = port
            .add_question(&lars(), "fa-barn", &asked)
            .await
            .expect("answered")
            .expect_err("refused");
        assert!(
            problems
                .iter()
                .any(|p| p.field == field && p.message.contains(words)),
            "{field}: {problems:?}"
        );
    }
    let after = port.draft(&lars(), "fa-barn").await.expect("draft");
    assert_eq!(after.revision, before.revision, "nothing was written");
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
            journey_version: 5,
            first_step: "family",
            answers: &answers,
            sources: &Default::default(),
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
            .find(|v| v.version == 5)
            .map(|v| v.open_drafts),
        Some(1)
    );
    let request = PublishRequest {
        move_drafts: true,
        ..publish_now(6, &draft.revision)
    };
    assert_eq!(
        port.publish(&lars(), "fa-barn", &request).await,
        Ok(PublishOutcome::Published {
            version: 6,
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
    assert_eq!(moved.journey_version, 6);
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
