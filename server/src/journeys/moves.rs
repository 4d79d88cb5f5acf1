//! Moving citizens' drafts to a newly published version, when the admin chose to — at once, or
//! by the journey worker when a scheduled draft goes live. The admin chooses per change: a
//! draft that a change they kept back touches (`compare::impact`, the same verdict the draft
//! page showed them, by `Touch::key`) stays on its version and is finished there; every other
//! draft gets exactly the answers that still fit (`compare::migrate`), and what changed for
//! that citizen is kept on the draft (`draft.notice`) to tell them on their next visit. A draft
//! submitted or changed while this runs is left where it is (one conditional update per draft).

use super::versions::Definitions;
use crate::{citizen::today, storage::Database};
use app::journey::{compare, Journey};

/// What a move did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Moved {
    pub moved: usize,
    /// Left on their version: a change the admin kept back touches them.
    pub kept: usize,
}

/// What was chosen for the drafts, as kept with a scheduled draft (`journey_version.moves`):
/// `None` leaves every draft where it is; otherwise the keys of the changes whose drafts stay.
pub fn policy_text(keep: &[String]) -> String {
    serde_json::to_string(keep).unwrap_or_else(|_| "[]".into())
}

/// Reads `policy_text` back; a policy that does not read moves nothing (logged).
pub fn policy(text: &str) -> Option<Vec<String>> {
    serde_json::from_str(text)
        .inspect_err(|error| tracing::error!(%error, "a stored choice of drafts to move does not read: none moved"))
        .ok()
}

/// Moves the open drafts below `new` to it, except those a change in `keep` touches.
pub async fn move_drafts(
    database: &Database,
    versions: &Definitions,
    new: &Journey,
    keep: &[String],
) -> Result<Moved, crate::storage::StorageError> {
    let id = new.meta.id.as_str();
    let version = i64::from(new.meta.version);
    let authoring = database.authoring();
    let drafts = authoring.drafts_below(id, version).await?;
    let today = today();
    let first_step = new.steps.first().map(|s| s.id.as_str()).unwrap_or_default();
    let mut done = Moved::default();
    for draft in drafts {
        let old = match versions.get(id, draft.version).await {
            Ok(Some(old)) => old,
            Ok(None) => continue,
            Err(error) => {
                // One unreadable old version leaves its drafts where they are.
                tracing::error!(%error, draft = draft.draft_id, "a draft's version cannot be read: not moved");
                continue;
            }
        };
        if !keep.is_empty() {
            let touches = compare::impact(&old, new, &draft.answers, today);
            if touches.iter().any(|t| keep.contains(&t.key())) {
                done.kept += 1;
                continue;
            }
        }
        let migration = compare::migrate(&old, new, &draft.answers, today);
        let Ok(notice) = serde_json::to_string(&migration.notices) else {
            tracing::error!(
                draft = draft.draft_id,
                "a draft's notice cannot be written: not moved"
            );
            continue;
        };
        if authoring
            .move_draft(&draft, version, &migration.answers, &notice, first_step)
            .await?
        {
            done.moved += 1;
            tracing::info!(
                draft = draft.draft_id,
                from = draft.version,
                to = version,
                dropped = migration.dropped.len(),
                "a citizen's draft moved to a new version"
            );
        }
    }
    Ok(done)
}
