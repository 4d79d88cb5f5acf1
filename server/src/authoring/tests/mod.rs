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
    domain::{AuthoringAction, Instant, VersionState},
    error::AppError,
    journey::{Answer, Answers, Catalog},
    pages::admin::model::{Move, NewQuestion, PublishOutcome, PublishRequest},
    ports::AuthoringPort,
};
use std::{sync::Arc, time::Duration};

const FA_BARN: &str = include_str!("../../../../journeys/fa-barn.toml");

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
    let citizen = Arc::new(crate::citizen::Citizen::new(
        database.clone(),
        journeys.clone(),
        None,
    ));
    let authoring = Authoring {
        versions: citizen.versions.clone(),
        database: database.clone(),
        journeys: journeys.clone(),
        citizen,
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
        assert_eq!(port.new_draft(&lars(), "fa-barn").await, Ok(7));
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
        keep: Vec::new(),
    }
}

/// The first name may be three letters at most: a change a test can see.
fn shorter_names(text: &str) -> String {
    text.replacen("max_length = 100", "max_length = 3", 1)
}

use VersionState::{Draft, Published, Retired};

mod branches;
mod conditions;
mod dragging;
mod editing;
mod groups;
mod importing;
mod moving;
mod others;
mod parts;
mod publishing;
mod question_flags;
mod questions;
mod steps;

#[tokio::test]
async fn every_admin_reads_every_journey_and_only_the_owners_admins_change_it() {
    let world = world().await;
    let port = &world.authoring;
    let rows = port.journeys(&lars()).await.expect("Lars reads");
    assert_eq!(rows.len(), 1);
    assert!(rows[0].editable && rows[0].published == 6 && rows[0].draft.is_none());

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
        port.roll_back(&magnus, "fa-barn", 5, 6).await,
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
    assert_eq!(world.states().await, [(6, Published)], "nothing changed");
    assert_eq!(
        port.journey(&lars(), "no-such").await.err(),
        Some(AppError::NotFound)
    );
}
