//! Changing a draft: starting one from the published version, saving its text, dropping it.

use super::{failed, source, Authoring};
use crate::storage::{Drafted, JourneyVersion};
use app::{
    auth::CurrentUser,
    domain::AuthoringAction,
    error::{AppError, Refusal},
};

impl Authoring {
    pub(super) async fn start_draft(&self, user: &CurrentUser, id: &str) -> Result<i64, AppError> {
        let published = self.owned(user, id)?;
        let versions = self.database.journey_versions();
        let history = versions
            .history(id)
            .await
            .map_err(failed("cannot read a journey's versions"))?;
        if history
            .iter()
            .any(|v| v.state == app::domain::VersionState::Draft)
        {
            return Err(AppError::Conflict);
        }
        let next = history.iter().map(|v| v.version).max().unwrap_or(0) + 1;
        let current = versions
            .get(id, i64::from(published.meta.version))
            .await
            .map_err(failed("cannot read the published version"))?
            .ok_or(AppError::NotFound)?;
        let text = source::renumbered(&current.source, next).map_err(|reason| {
            tracing::error!(journey = id, %reason, "the published version cannot be renumbered");
            AppError::Conflict
        })?;
        if !self.store_new_draft(user, id, next, text).await? {
            // Another admin started one at the same moment.
            return Err(AppError::Conflict);
        }
        self.record(
            user,
            &published,
            Some(next),
            AuthoringAction::Draft,
            format!("from v{}", published.meta.version),
        )
        .await?;
        Ok(next)
    }

    /// Stores `source` as the journey's new draft `version`, made by `user`: false when a draft
    /// came first (nothing is stored then).
    pub(super) async fn store_new_draft(
        &self,
        user: &CurrentUser,
        id: &str,
        version: i64,
        source: String,
    ) -> Result<bool, AppError> {
        let draft = JourneyVersion {
            id: id.to_string(),
            version,
            source,
        };
        let stored = self
            .database
            .journey_versions()
            .store_draft(&draft, Some(&user.pid))
            .await
            .map_err(failed("cannot store a draft"))?;
        Ok(matches!(stored, Drafted::Stored { .. }))
    }

    pub(super) async fn save_text(
        &self,
        user: &CurrentUser,
        id: &str,
        revision: &str,
        text: &str,
    ) -> Result<(), AppError> {
        let published = self.owned(user, id)?;
        if text.len() > app::journey::MAX_DEFINITION_BYTES {
            return Err(AppError::Invalid(Refusal::Oversized));
        }
        let draft = self.stored_draft(id).await?;
        if source::revision(&draft) != revision {
            return Err(AppError::Conflict);
        }
        let detail = format!("{} bytes", text.len());
        self.replace(
            user,
            &published,
            &draft,
            text,
            AuthoringAction::Edit,
            detail,
        )
        .await
    }

    /// Stores `text` as the draft's, if the draft is still the one read (`Conflict`: another
    /// admin saved since), and records it as `action`.
    pub(super) async fn replace(
        &self,
        user: &CurrentUser,
        published: &app::journey::Journey,
        draft: &crate::storage::StoredVersion,
        text: &str,
        action: AuthoringAction,
        detail: String,
    ) -> Result<(), AppError> {
        let saved = self
            .database
            .authoring()
            .replace_draft(draft, text, &user.pid)
            .await
            .map_err(failed("cannot save a draft"))?;
        if !saved {
            return Err(AppError::Conflict);
        }
        self.record(user, published, Some(draft.version), action, detail)
            .await
    }

    pub(super) async fn move_part(
        &self,
        user: &CurrentUser,
        id: &str,
        moved: &app::pages::admin::model::Move,
    ) -> Result<(), AppError> {
        let published = self.owned(user, id)?;
        let draft = self.stored_draft(id).await?;
        if source::revision(&draft) != moved.revision {
            return Err(AppError::Conflict);
        }
        let field = moved.field.as_deref();
        // One place at a time, as far as asked; nowhere to move at all is `NotFound`.
        let mut text =
            source::moved(&draft.source, &moved.step, field, moved.up).ok_or(AppError::NotFound)?;
        let mut places = 1;
        while places < moved.places {
            match source::moved(&text, &moved.step, field, moved.up) {
                Some(further) => text = further,
                None => break,
            }
            places += 1;
        }
        let what = field.unwrap_or(&moved.step);
        let dir = if moved.up { "up" } else { "down" };
        let detail = match places {
            1 => format!("{what} {dir}"),
            n => format!("{what} {dir} {n} places"),
        };
        self.replace(
            user,
            &published,
            &draft,
            &text,
            AuthoringAction::Move,
            detail,
        )
        .await
    }

    pub(super) async fn discard_draft(
        &self,
        user: &CurrentUser,
        id: &str,
        version: i64,
    ) -> Result<(), AppError> {
        let published = self.owned(user, id)?;
        let dropped = self
            .database
            .authoring()
            .discard(id, version)
            .await
            .map_err(failed("cannot discard a draft"))?;
        if !dropped {
            return Err(AppError::NotFound);
        }
        self.record(
            user,
            &published,
            Some(version),
            AuthoringAction::Discard,
            String::new(),
        )
        .await
    }
}
