//! Moving citizens' drafts to a newly published version, when the admin chose to: each draft on
//! an older version gets exactly the answers that still fit (`compare::migrate`), and what
//! changed for that citizen is kept on the draft (`draft.notice`) to tell them on their next
//! visit. A draft submitted or changed while this runs is left where it is (the move is one
//! conditional update per draft).

use super::{failed, Authoring};
use crate::citizen::today;
use app::{
    error::AppError,
    journey::{compare, Journey},
};

impl Authoring {
    /// Moves every open draft below `new` to it: how many moved.
    pub(super) async fn move_drafts(&self, new: &Journey) -> Result<usize, AppError> {
        let id = new.meta.id.as_str();
        let version = i64::from(new.meta.version);
        let authoring = self.database.authoring();
        let drafts = authoring
            .drafts_below(id, version)
            .await
            .map_err(failed("cannot read the drafts to move"))?;
        let today = today();
        let mut moved = 0;
        for draft in drafts {
            let old = match self.versions.get(id, draft.version).await {
                Ok(Some(old)) => old,
                Ok(None) => continue,
                Err(error) => {
                    // One unreadable old version leaves its drafts where they are.
                    tracing::error!(%error, draft = draft.draft_id, "a draft's version cannot be read: not moved");
                    continue;
                }
            };
            let migration = compare::migrate(&old, new, &draft.answers, today);
            let notice = serde_json::to_string(&migration.notices).map_err(|error| {
                crate::citizen::internal(&error, "cannot write a draft's notice")
            })?;
            let first_step = new.steps.first().map(|s| s.id.as_str()).unwrap_or_default();
            if authoring
                .move_draft(&draft, version, &migration.answers, &notice, first_step)
                .await
                .map_err(failed("cannot move a draft"))?
            {
                moved += 1;
                tracing::info!(
                    draft = draft.draft_id,
                    from = draft.version,
                    to = version,
                    dropped = migration.dropped.len(),
                    "a citizen's draft moved to a new version"
                );
            }
        }
        Ok(moved)
    }
}
