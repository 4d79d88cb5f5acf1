//! "Preview as a citizen": the draft walked as a synthetic person, with prefill from the
//! registers about them, through the citizen's own pages; nothing is submitted
//! (`crate::citizen::preview`). Who can be chosen: the synthetic population's citizens, the
//! people the simulated registers know — never a real person's data.

use super::{read::checked, Authoring};
use crate::journeys::versions::version_name;
use app::{auth::CurrentUser, error::AppError};

/// The people a draft can be previewed as: `(identity number, name)`.
pub(super) fn preview_people() -> Vec<(String, String)> {
    crate::identity::population::population()
        .into_iter()
        .filter(|p| p.roles.is_empty() && p.platform_roles.is_empty())
        .map(|p| (p.pid.as_str().to_string(), p.name.to_string()))
        .collect()
}

impl Authoring {
    pub(super) async fn start_preview(
        &self,
        user: &CurrentUser,
        id: &str,
        person: &str,
    ) -> Result<String, AppError> {
        self.owned(user, id)?;
        if !preview_people().iter().any(|(pid, _)| pid == person) {
            tracing::warn!("a preview as someone not offered");
            return Err(AppError::NotFound);
        }
        let draft = self.stored_draft(id).await?;
        let (journey, problems) = checked(&version_name(id, draft.version), &draft.source);
        let Some(journey) = journey.filter(|_| problems.is_empty()) else {
            return Err(AppError::Conflict);
        };
        self.citizen
            .start_preview(&user.pid, &journey, person)
            .await
    }
}
