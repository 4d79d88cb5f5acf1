//! An agency admin's preview of a draft version of a journey: a draft of the admin's own, pinned
//! to the draft version and walked as a chosen synthetic person (the registers read about them,
//! as a start would), with every citizen page as it will be — but never submitted
//! (`submit_draft` refuses it) and never on anyone's *My page* (`Drafts::open_of` and `list`
//! leave previews out).

use super::{internal, Citizen};
use crate::storage::Draft;
use app::{error::AppError, journey::Journey};

impl Citizen {
    /// Starts a preview of `journey` for the admin `owner`, as the person `as_person`: the path
    /// of its first step.
    pub async fn start_preview(
        &self,
        owner: &str,
        journey: &Journey,
        as_person: &str,
    ) -> Result<String, AppError> {
        tracing::info!(journey = %journey.meta.id, version = journey.meta.version, "a preview started");
        self.create_draft(journey, owner, Some(as_person)).await
    }

    /// The name of the person a preview is walked as (`None`: not a preview).
    pub(super) async fn preview_name(&self, draft: &Draft) -> Option<String> {
        let person = draft.preview_as.as_deref()?;
        match self.database.people().who(person).await {
            Ok(who) => Some(who.name.unwrap_or_else(|| person.to_string())),
            Err(error) => {
                // The banner still says it is a preview; the name is a courtesy.
                let _ = internal(&error, "cannot read the name of a preview's person");
                Some(person.to_string())
            }
        }
    }
}
