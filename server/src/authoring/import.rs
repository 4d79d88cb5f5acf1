//! Importing a file as a journey's draft, from the admin's journey page (the browser's side of
//! `server import-journey`): the file must be text, no larger than any definition may be, TOML,
//! about this journey, and pass the checker; it becomes the draft numbered above every version
//! (whatever number the file says: a version downloaded, edited and uploaded again is a new
//! version). A journey with a draft takes no import until it is discarded. Each refusal is given
//! at the file field, in the admin's language or — for the checker's problems — in the checker's
//! words with their line, and nothing is stored.

use super::{failed, read::checked, source, Authoring};
use crate::{
    journeys::versions::version_name,
    storage::{Drafted, JourneyVersion},
};
use app::{
    auth::CurrentUser, domain::AuthoringAction, domain::VersionState, error::AppError,
    pages::admin::model::FieldProblem,
};

/// A refusal of the form's own, by its message id (`authoring-import-<what>`).
fn refusal(what: &str) -> Vec<FieldProblem> {
    vec![FieldProblem {
        field: "file".into(),
        message: format!("authoring-import-{what}"),
    }]
}

impl Authoring {
    pub(super) async fn import_file(
        &self,
        user: &CurrentUser,
        id: &str,
        file: &[u8],
    ) -> Result<Result<i64, Vec<FieldProblem>>, AppError> {
        let published = self.owned(user, id)?;
        if file.is_empty() {
            return Ok(Err(refusal("empty")));
        }
        if file.len() > app::journey::MAX_DEFINITION_BYTES {
            return Ok(Err(refusal("too-large")));
        }
        let Ok(text) = std::str::from_utf8(file) else {
            return Ok(Err(refusal("not-text")));
        };
        let Ok(document) = text.parse::<toml_edit::DocumentMut>() else {
            return Ok(Err(refusal("not-toml")));
        };
        let named = document
            .get("journey")
            .and_then(|j| j.get("id"))
            .and_then(|i| i.as_str());
        if named != Some(id) {
            return Ok(Err(refusal("other-journey")));
        }
        let versions = self.database.journey_versions();
        let history = versions
            .history(id)
            .await
            .map_err(failed("cannot read a journey's versions"))?;
        if history.iter().any(|v| v.state == VersionState::Draft) {
            return Ok(Err(refusal("has-draft")));
        }
        let next = history.iter().map(|v| v.version).max().unwrap_or(0) + 1;
        let Ok(text) = source::renumbered(text, next) else {
            return Ok(Err(refusal("not-toml")));
        };
        let (journey, problems) = checked(&version_name(id, next), &text);
        if journey.is_none() || !problems.is_empty() {
            let problems = problems
                .into_iter()
                .map(|p| FieldProblem {
                    field: "file".into(),
                    message: if p.line > 0 {
                        format!("{}:{}: {}", p.line, p.column, p.message)
                    } else {
                        p.message
                    },
                })
                .collect();
            return Ok(Err(problems));
        }
        let draft = JourneyVersion {
            id: id.to_string(),
            version: next,
            source: text,
        };
        match versions
            .store_draft(&draft, Some(&user.pid))
            .await
            .map_err(failed("cannot store a draft"))?
        {
            Drafted::Stored { .. } => {}
            // Another admin started a draft at the same moment.
            Drafted::NotNewer { .. } => return Ok(Err(refusal("has-draft"))),
        }
        self.record(
            user,
            &published,
            Some(next),
            AuthoringAction::Import,
            format!("{} bytes", file.len()),
        )
        .await?;
        Ok(Ok(next))
    }
}
