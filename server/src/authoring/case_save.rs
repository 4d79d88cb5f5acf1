//! A finished preview kept as a saved test case: the admin walked the draft as a synthetic
//! person, and the walk — the answers it shows, its path, the services it calls, its day — is
//! added to the draft's text as a `[[test]]` block (`app::journey::case_write`), re-run by the
//! checker on every change from then on.

use super::{read::checked, Authoring};
use crate::{citizen::internal, journeys::versions::version_name};
use app::{
    auth::CurrentUser,
    domain::AuthoringAction,
    error::AppError,
    journey::{case_write::case_block, flow},
    pages::admin::model::FieldProblem,
};

/// The longest name a case may have.
const NAME_MAX: usize = 120;

fn at_name(message: &str) -> Result<(), Vec<FieldProblem>> {
    Err(vec![FieldProblem {
        field: "name".into(),
        message: message.into(),
    }])
}

impl Authoring {
    pub(super) async fn save_preview_case(
        &self,
        user: &CurrentUser,
        id: &str,
        preview: &str,
        name: &str,
    ) -> Result<Result<(), Vec<FieldProblem>>, AppError> {
        let published = self.owned(user, id)?;
        let draft = self.stored_draft(id).await?;
        let walked = match self.database.drafts().get(&user.pid, preview).await {
            Ok(Some(walked)) => walked,
            Ok(None) => return Err(AppError::NotFound),
            Err(error) => return Err(internal(&error, "cannot read a preview")),
        };
        // This admin's preview of this very draft (a citizen's draft is never one).
        if walked.preview_as.is_none()
            || walked.journey_id != id
            || walked.journey_version != draft.version
        {
            tracing::warn!("a test case from a draft that is not a preview of this draft");
            return Err(AppError::NotFound);
        }
        let name = name.trim();
        if name.is_empty() {
            return Ok(at_name("authoring-case-name-missing"));
        }
        if name.chars().count() > NAME_MAX || name.chars().any(char::is_control) {
            return Ok(at_name("authoring-case-name-invalid"));
        }
        if super::cases::names(&draft.source).any(|case| case == name) {
            return Ok(at_name("authoring-case-name-taken"));
        }
        let (journey, problems) = checked(&version_name(id, draft.version), &draft.source);
        let Some(journey) = journey.filter(|_| problems.is_empty()) else {
            return Err(AppError::Conflict);
        };
        let today = crate::citizen::today();
        if flow::first_incomplete_step(&journey, &walked.answers, today).is_some() {
            // Only a walk to the end is a case: the check page offers it only then.
            return Err(AppError::Conflict);
        }
        let block = case_block(&journey, name, &walked.answers, today);
        let text = format!("{}\n\n{block}", draft.source.trim_end());
        if text.len() > app::journey::MAX_DEFINITION_BYTES {
            return Err(AppError::Invalid(app::error::Refusal::Oversized));
        }
        let detail = format!("test case \"{name}\" from a preview");
        self.replace(
            user,
            &published,
            &draft,
            &text,
            AuthoringAction::Edit,
            detail,
        )
        .await?;
        Ok(Ok(()))
    }
}
