//! What an admin reads: every journey, one journey's versions and audit trail, its draft
//! checked, and any version's text.

use super::{failed, source::revision, Authoring};
use crate::journeys::versions::version_name;
use app::{
    auth::CurrentUser,
    error::AppError,
    journey::{
        place::{place_of, Place},
        Catalog, Journey,
    },
    pages::admin::model::{
        AuditRow, DraftAdmin, DraftProblem, JourneyAdmin, JourneyRow, VersionRow,
    },
};
use std::{collections::HashMap, sync::Arc};

/// The newest changes a journey's page shows.
const AUDIT_ROWS: i64 = 50;

impl Authoring {
    pub(super) async fn list(&self, user: &CurrentUser) -> Result<Vec<JourneyRow>, AppError> {
        Self::reader(user)?;
        let catalog = self.journeys.current();
        let versions = self.database.journey_versions();
        let mut rows = Vec::new();
        for journey in catalog.definitions() {
            let meta = &journey.meta;
            let draft = versions
                .in_state(meta.id.as_str(), app::domain::VersionState::Draft)
                .await
                .map_err(failed("cannot read a journey's draft"))?;
            rows.push(JourneyRow {
                id: meta.id.to_string(),
                title_id: meta.title_id(),
                owner: meta.owner,
                published: i64::from(meta.version),
                draft: draft.as_ref().map(|d| d.version),
                scheduled: draft.and_then(|d| d.publish_at),
                editable: Self::may_change(user, meta.owner),
            });
        }
        Ok(rows)
    }

    pub(super) async fn journey_page(
        &self,
        user: &CurrentUser,
        id: &str,
    ) -> Result<JourneyAdmin, AppError> {
        Self::reader(user)?;
        let published = self.published(id)?;
        let authoring = self.database.authoring();
        let history = self
            .database
            .journey_versions()
            .history(id)
            .await
            .map_err(failed("cannot read a journey's versions"))?;
        let makers: HashMap<i64, String> = authoring
            .makers(id)
            .await
            .map_err(failed("cannot read who made a journey's versions"))?
            .into_iter()
            .collect();
        let open: HashMap<i64, i64> = authoring
            .open_drafts(id)
            .await
            .map_err(failed("cannot count a journey's open drafts"))?
            .into_iter()
            .collect();
        let versions = history
            .into_iter()
            .rev()
            .map(|v| VersionRow {
                version: v.version,
                state: v.state,
                made_by: makers.get(&v.version).cloned(),
                made_at: v.made_at,
                published_at: v.published_at,
                publish_at: v.publish_at,
                open_drafts: open.get(&v.version).copied().unwrap_or(0) as usize,
            })
            .collect();
        let audit = authoring
            .events(id, AUDIT_ROWS)
            .await
            .map_err(failed("cannot read a journey's audit trail"))?
            .into_iter()
            .map(|e| AuditRow {
                at: e.at,
                who: e.person_id,
                action: e.action,
                version: e.version,
                detail: e.detail,
            })
            .collect();
        Ok(JourneyAdmin {
            id: id.to_string(),
            title_id: published.meta.title_id(),
            owner: published.meta.owner,
            editable: Self::may_change(user, published.meta.owner),
            versions,
            audit,
            published,
        })
    }

    pub(super) async fn draft_page(
        &self,
        user: &CurrentUser,
        id: &str,
    ) -> Result<DraftAdmin, AppError> {
        let published = self.owned(user, id)?;
        let draft = self.stored_draft(id).await?;
        let name = version_name(id, draft.version);
        let (journey, problems) = checked(&name, &draft.source);
        let cases = super::cases::verdicts(&draft.source, &problems);
        // Side by side whenever the checker passes: missing texts are what the page is for.
        let texts = journey
            .as_deref()
            .map(super::texts::rows)
            .unwrap_or_default();
        let missing_texts = super::texts::missing(&texts);
        let (changes, text_changes, impact) = match &journey {
            Some(new) => (
                app::journey::compare::diff(&published, new),
                super::impact::text_changes(&published.texts, &new.texts),
                self.impact_of(new).await?,
            ),
            None => Default::default(),
        };
        let made_by = self
            .database
            .authoring()
            .makers(id)
            .await
            .map_err(failed("cannot read who made a draft"))?
            .into_iter()
            .find(|(v, _)| *v == draft.version)
            .map(|(_, name)| name);
        Ok(DraftAdmin {
            id: id.to_string(),
            title_id: published.meta.title_id(),
            owner: published.meta.owner,
            version: draft.version,
            published: i64::from(published.meta.version),
            revision: revision(&draft),
            made_by,
            made_at: draft.made_at,
            publish_at: draft.publish_at,
            journey: journey.filter(|_| problems.is_empty()),
            problems,
            missing_texts,
            changes,
            text_changes,
            impact,
            published_journey: published,
            preview_people: super::preview::preview_people(),
            texts,
            cases,
            source: draft.source,
        })
    }

    /// The journey's draft: `NotFound` when it has none.
    pub(super) async fn stored_draft(
        &self,
        id: &str,
    ) -> Result<crate::storage::StoredVersion, AppError> {
        self.database
            .journey_versions()
            .in_state(id, app::domain::VersionState::Draft)
            .await
            .map_err(failed("cannot read a journey's draft"))?
            .ok_or(AppError::NotFound)
    }

    pub(super) async fn export_text(
        &self,
        user: &CurrentUser,
        id: &str,
        version: Option<i64>,
    ) -> Result<String, AppError> {
        Self::reader(user)?;
        let published = self.published(id)?;
        let version = version.unwrap_or(i64::from(published.meta.version));
        let stored = self
            .database
            .journey_versions()
            .get(id, version)
            .await
            .map_err(failed("cannot read a journey version"))?
            .ok_or(AppError::NotFound)?;
        // A draft is its owner's admins' until published.
        if stored.state == app::domain::VersionState::Draft {
            self.owned(user, id)?;
        }
        Ok(stored.source)
    }
}

/// The checker's verdict on a draft's text: the journey when it passes, and every problem (with
/// the texts each language lacks, which also stop a publish).
pub(super) fn checked(name: &str, source: &str) -> (Option<Arc<Journey>>, Vec<DraftProblem>) {
    match Catalog::parse([(name, source)]) {
        Ok(catalog) => {
            let journey = catalog.definitions().first().cloned();
            let problems = app::i18n::missing_journey_messages(&catalog)
                .into_iter()
                .map(|message| DraftProblem {
                    line: 0,
                    column: 0,
                    message,
                    place: Place::default(),
                })
                .collect();
            (journey, problems)
        }
        Err(errors) => (
            None,
            errors
                .into_iter()
                .map(|e| DraftProblem {
                    place: place_of(source, e.line),
                    line: e.line,
                    column: e.column,
                    message: e.message,
                })
                .collect(),
        ),
    }
}
