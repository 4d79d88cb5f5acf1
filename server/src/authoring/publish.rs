//! Publishing: a draft now or at a chosen time, and a rollback to an earlier version (a copy of
//! it published as a new version). Each checks the text again (a draft with problems is never
//! published), acts only on what the admin reviewed (the draft's revision, the published
//! version they saw: when two admins act at once one wins and the other is told), swaps the
//! served catalogue at once and records who did it.

use super::{failed, read::checked, source, Authoring};
use crate::{
    journeys::{
        moves::{move_drafts, policy_text, Moved},
        versions::version_name,
    },
    storage::{Published, RolledBack},
};
use app::{
    auth::CurrentUser,
    domain::AuthoringAction,
    domain::{Instant, VersionState},
    error::AppError,
    pages::admin::model::{PublishOutcome, PublishRequest},
};

impl Authoring {
    pub(super) async fn publish_draft(
        &self,
        user: &CurrentUser,
        id: &str,
        request: &PublishRequest,
    ) -> Result<PublishOutcome, AppError> {
        let published = self.owned(user, id)?;
        let draft = match self.stored_draft(id).await {
            Ok(draft) => draft,
            Err(AppError::NotFound) => return Ok(PublishOutcome::Stale),
            Err(error) => return Err(error),
        };
        if draft.version != request.version || source::revision(&draft) != request.revision {
            return Ok(PublishOutcome::Stale);
        }
        let (journey, problems) = checked(&version_name(id, draft.version), &draft.source);
        let Some(journey) = journey.filter(|_| problems.is_empty()) else {
            return Ok(PublishOutcome::Refused);
        };
        if journey.meta.id.as_str() != id || i64::from(journey.meta.version) != draft.version {
            // The text names another journey or version than the draft it is stored as.
            return Ok(PublishOutcome::Refused);
        }
        let moves = request.move_drafts.then(|| policy_text(&request.keep));
        if let Some(at) = request.at.filter(|at| *at > Instant::now()) {
            let scheduled = self
                .database
                .authoring()
                .schedule(id, draft.version, Some(at), moves.as_deref())
                .await
                .map_err(failed("cannot schedule a draft"))?;
            if !scheduled {
                return Ok(PublishOutcome::Stale);
            }
            self.record(
                user,
                &published,
                Some(draft.version),
                AuthoringAction::Schedule,
                match &moves {
                    Some(moves) => format!("{}; drafts move, kept back: {moves}", at.stored()),
                    None => at.stored(),
                },
            )
            .await?;
            return Ok(PublishOutcome::Scheduled {
                version: draft.version,
                at,
            });
        }
        let done = self
            .database
            .journey_versions()
            .publish(id, draft.version, Some(draft.made_at))
            .await
            .map_err(failed("cannot publish a draft"))?;
        if done == Published::NoDraft {
            return Ok(PublishOutcome::Stale);
        }
        self.serve_now().await;
        let done = if request.move_drafts {
            move_drafts(&self.database, &self.versions, &journey, &request.keep)
                .await
                .map_err(failed("cannot move citizens' drafts"))?
        } else {
            Moved::default()
        };
        let moved = done.moved;
        self.record(
            user,
            &published,
            Some(draft.version),
            AuthoringAction::Publish,
            format!(
                "v{} retired; {moved} drafts moved, {} kept on their version",
                published.meta.version, done.kept
            ),
        )
        .await?;
        Ok(PublishOutcome::Published {
            version: draft.version,
            moved,
        })
    }

    pub(super) async fn take_schedule(&self, user: &CurrentUser, id: &str) -> Result<(), AppError> {
        let published = self.owned(user, id)?;
        let draft = self.stored_draft(id).await?;
        self.database
            .authoring()
            .schedule(id, draft.version, None, None)
            .await
            .map_err(failed("cannot unschedule a draft"))?;
        self.record(
            user,
            &published,
            Some(draft.version),
            AuthoringAction::Unschedule,
            String::new(),
        )
        .await
    }

    pub(super) async fn roll_back_to(
        &self,
        user: &CurrentUser,
        id: &str,
        to: i64,
        expected: i64,
    ) -> Result<i64, AppError> {
        let published = self.owned(user, id)?;
        let versions = self.database.journey_versions();
        let history = versions
            .history(id)
            .await
            .map_err(failed("cannot read a journey's versions"))?;
        let Some(earlier) = history
            .iter()
            .find(|v| v.version == to && v.state == VersionState::Retired)
        else {
            return Err(AppError::NotFound);
        };
        let draft = history.iter().find(|v| v.state == VersionState::Draft);
        let top = history.iter().map(|v| v.version).max().unwrap_or(0);
        // The copy goes above every version; a draft, if any, above the copy.
        let copy = match draft {
            Some(_) => top,
            None => top + 1,
        };
        let renumber = |text: &str, version: i64| {
            source::renumbered(text, version).map_err(|reason| {
                tracing::error!(journey = id, %reason, "a stored version cannot be renumbered");
                AppError::Conflict
            })
        };
        let copy_text = renumber(&earlier.source, copy)?;
        let (journey, problems) = checked(&version_name(id, copy), &copy_text);
        if journey.is_none() || !problems.is_empty() {
            tracing::warn!(
                journey = id,
                to,
                ?problems,
                "a rollback to a version that no longer passes the checker"
            );
            return Err(AppError::Conflict);
        }
        let renumbered_draft = match draft {
            Some(d) => Some((d.version, top + 1, renumber(&d.source, top + 1)?)),
            None => None,
        };
        let rolled = self
            .database
            .authoring()
            .roll_back(
                id,
                expected,
                (copy, &copy_text),
                renumbered_draft
                    .as_ref()
                    .map(|(old, new, text)| (*old, *new, text.as_str())),
                &user.pid,
            )
            .await
            .map_err(failed("cannot roll a journey back"))?;
        match rolled {
            RolledBack::Done { version } => {
                self.serve_now().await;
                self.record(
                    user,
                    &published,
                    Some(version),
                    AuthoringAction::Rollback,
                    format!("a copy of v{to}; v{expected} retired"),
                )
                .await?;
                Ok(version)
            }
            RolledBack::Moved { .. } => Err(AppError::Conflict),
        }
    }

    /// Serves what is published now on this instance (others follow within their poll). A
    /// failure is logged: the journey worker tries again.
    async fn serve_now(&self) {
        if let Err(error) = self.journeys.refresh().await {
            tracing::error!(%error, "cannot serve the newly published journey version yet");
        }
    }
}
