//! The catalogue the portal serves, kept in step with the published versions in the database
//! without a restart. Publishing on this instance swaps it at once (`refresh`); the journey
//! worker (`spawn`) publishes scheduled drafts whose time has come and, every few seconds, reads
//! which versions are published, so a version another instance published is served here too.
//! A page or a use case takes the catalogue once (`current`) and works on that snapshot: a
//! publish in the middle of a request never mixes two versions in one answer.

use super::versions::{published_catalog, version_name, CatalogueError, Definitions};
use crate::storage::{AuthoringEvent, Database, Published, StoredVersion};
use app::{
    domain::{AuthoringAction, Instant},
    journey::Catalog,
};
use std::{
    sync::{Arc, RwLock},
    time::Duration,
};

/// The served catalogue, swapped whole when what is published changes.
pub struct LiveCatalog {
    database: Database,
    current: RwLock<Arc<Catalog>>,
}

/// What a refresh found.
#[derive(Debug, PartialEq, Eq)]
pub enum Refreshed {
    Unchanged,
    /// The catalogue was rebuilt: these `(journey, version)` are now served that were not.
    Swapped(Vec<(String, i64)>),
}

impl LiveCatalog {
    pub fn new(database: Database, catalog: Catalog) -> Self {
        LiveCatalog {
            database,
            current: RwLock::new(Arc::new(catalog)),
        }
    }

    /// The catalogue as it is now.
    pub fn current(&self) -> Arc<Catalog> {
        self.current
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// The `(journey, version)` pairs the current catalogue serves.
    fn served(&self) -> Vec<(String, i64)> {
        let mut served: Vec<_> = self
            .current()
            .journeys()
            .iter()
            .map(|meta| (meta.id.to_string(), i64::from(meta.version)))
            .collect();
        served.sort();
        served
    }

    /// Rebuilds the catalogue when the published versions differ from those served. A published
    /// version that fails the checker (it passed it when published; a newer server may be
    /// stricter) leaves the catalogue as it was, and is an error for the caller to log.
    pub async fn refresh(&self) -> Result<Refreshed, CatalogueError> {
        let published = self.database.authoring().published_versions().await?;
        let served = self.served();
        if published == served {
            return Ok(Refreshed::Unchanged);
        }
        let catalog = published_catalog(&self.database).await?;
        let new = published
            .into_iter()
            .filter(|pair| !served.contains(pair))
            .collect();
        *self
            .current
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(catalog);
        Ok(Refreshed::Swapped(new))
    }

    /// Publishes every scheduled draft whose time has come (checked again first; one that fails
    /// is unscheduled and logged, so it does not fail again every round), then refreshes.
    pub async fn tick(&self, now: Instant) -> Result<Refreshed, CatalogueError> {
        let authoring = self.database.authoring();
        for draft in authoring.due(now).await? {
            let name = version_name(&draft.id, draft.version);
            if let Err(errors) = super::check(&[(name.clone(), draft.source.clone())]) {
                tracing::error!(journey = %name, %errors, "a scheduled draft fails the checker: not published");
                authoring
                    .schedule(&draft.id, draft.version, None, None)
                    .await?;
                self.record_scheduled(
                    &draft,
                    AuthoringAction::Unschedule,
                    "not published at its time: it fails the checker",
                )
                .await;
                continue;
            }
            match self
                .database
                .journey_versions()
                .publish(&draft.id, draft.version, Some(draft.made_at))
                .await?
            {
                Published::Done { retired } => {
                    tracing::info!(journey = %name, ?retired, "a scheduled draft is published");
                    self.record_scheduled(
                        &draft,
                        AuthoringAction::Publish,
                        "published at its time",
                    )
                    .await;
                    self.move_scheduled(&draft.id, draft.version).await;
                }
                // Another instance got there first.
                Published::NoDraft => {}
            }
        }
        self.refresh().await
    }

    /// Records what the scheduler did to `draft` in the audit trail, under whoever scheduled it
    /// (else whoever made it). Logged, never failing the round: it happened either way.
    async fn record_scheduled(&self, draft: &StoredVersion, action: AuthoringAction, detail: &str) {
        let authoring = self.database.authoring();
        let scheduler = match authoring.scheduled_by(&draft.id, draft.version).await {
            Ok(found) => found.or_else(|| draft.made_by.clone()),
            Err(error) => {
                tracing::error!(%error, journey = %draft.id, "cannot read who scheduled a draft");
                None
            }
        };
        let Some(person_id) = scheduler else {
            tracing::warn!(journey = %draft.id, action = action.as_str(), "a scheduled change with no one to record it under");
            return;
        };
        let agency = self
            .current()
            .definition(&draft.id)
            .map(|journey| journey.meta.owner.id().to_string())
            .unwrap_or_default();
        let event = AuthoringEvent {
            at: Instant::now(),
            person_id,
            agency,
            journey_id: draft.id.clone(),
            version: Some(draft.version),
            action,
            detail: detail.to_string(),
        };
        if let Err(error) = authoring.record(&event).await {
            tracing::error!(%error, journey = %draft.id, "cannot record a scheduled change");
        }
    }

    /// Moves citizens' drafts to a scheduled version just published, as its admin chose when
    /// scheduling it. Logged, never failing the round: the version is published either way.
    async fn move_scheduled(&self, id: &str, version: i64) {
        let authoring = self.database.authoring();
        let keep = match authoring.scheduled_moves(id, version).await {
            Ok(Some(text)) => match super::moves::policy(&text) {
                Some(keep) => keep,
                None => return,
            },
            Ok(None) => return,
            Err(error) => {
                tracing::error!(%error, journey = id, version, "cannot read what to do with drafts: none moved");
                return;
            }
        };
        let versions = Definitions::new(self.database.clone(), &self.current());
        let new = match versions.get(id, version).await {
            Ok(Some(new)) => new,
            other => {
                tracing::error!(
                    ?other,
                    journey = id,
                    version,
                    "a published version does not read: no drafts moved"
                );
                return;
            }
        };
        match super::moves::move_drafts(&self.database, &versions, &new, &keep).await {
            Ok(done) => tracing::info!(
                journey = id,
                version,
                moved = done.moved,
                kept = done.kept,
                "citizens' drafts moved at the go-live"
            ),
            Err(error) => {
                tracing::error!(%error, journey = id, version, "cannot move citizens' drafts at the go-live")
            }
        }
    }

    /// Runs `tick` every `every`, for as long as the server runs; a failure is logged and the
    /// next round tries again.
    pub fn spawn(self: Arc<Self>, every: Duration) {
        tokio::spawn(async move {
            let mut interval = tokio::time::interval(every);
            interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                interval.tick().await;
                match self.tick(Instant::now()).await {
                    Ok(Refreshed::Swapped(new)) => {
                        tracing::info!(?new, "serving newly published journey versions");
                    }
                    Ok(Refreshed::Unchanged) => {}
                    Err(error) => {
                        tracing::error!(%error, "cannot bring the journey catalogue up to date");
                    }
                }
            }
        });
    }
}
