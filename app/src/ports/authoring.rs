//! Agency admins' journeys: every admin reads every journey; an admin of the agency that owns a
//! journey changes it — starts a draft, edits its text or adds a question, publishes it now or at
//! a time (moving citizens' drafts when they choose), rolls back to an earlier version, discards
//! the draft. Every change is recorded with who made it. A person with no admin role gets
//! `Forbidden`; an admin of another agency changing a journey gets `Forbidden` too (logged).

use crate::{
    auth::CurrentUser,
    error::AppError,
    pages::admin::model::{
        DraftAdmin, FieldProblem, JourneyAdmin, JourneyRow, Move, NewQuestion, PublishOutcome,
        PublishRequest, QuestionProblem, VersionDiff,
    },
    pages::admin::parts_model::{QuestionForm, StepForm},
};

#[async_trait::async_trait]
pub trait AuthoringPort: Send + Sync {
    /// Every journey, in landing-page order.
    async fn journeys(&self, user: &CurrentUser) -> Result<Vec<JourneyRow>, AppError>;

    /// One journey's versions, audit trail and published definition.
    async fn journey(&self, user: &CurrentUser, id: &str) -> Result<JourneyAdmin, AppError>;

    /// The journey's draft (`NotFound` when it has none), checked.
    async fn draft(&self, user: &CurrentUser, id: &str) -> Result<DraftAdmin, AppError>;

    /// Two versions compared (`NotFound` when either is not stored or no longer checks).
    async fn compare(
        &self,
        user: &CurrentUser,
        id: &str,
        from: i64,
        to: i64,
    ) -> Result<VersionDiff, AppError>;

    /// A definition's text, any version (`None`: the published one).
    async fn export(
        &self,
        user: &CurrentUser,
        id: &str,
        version: Option<i64>,
    ) -> Result<String, AppError>;

    /// Imports a file as the journey's draft, numbered above every version: its problems at the
    /// form's `file` field when it is refused (not text, too large, not TOML, about another
    /// journey, failing the checker, or the journey has a draft already) — nothing is stored
    /// then. The new draft's number.
    async fn import(
        &self,
        user: &CurrentUser,
        id: &str,
        file: &[u8],
    ) -> Result<Result<i64, Vec<FieldProblem>>, AppError>;

    /// Starts a draft: a copy of the published version, numbered above every version so far.
    /// `Conflict` when the journey has a draft already.
    async fn new_draft(&self, user: &CurrentUser, id: &str) -> Result<i64, AppError>;

    /// Saves the draft's text, whatever the checker says (a draft may have problems; it cannot
    /// be published with them). `Conflict` when `revision` is not the draft's (another admin
    /// saved since): nothing is written.
    async fn save_draft(
        &self,
        user: &CurrentUser,
        id: &str,
        revision: &str,
        source: &str,
    ) -> Result<(), AppError>;

    /// Adds a question to a step of the draft, with its texts: its problems, at the form field
    /// each concerns, when it cannot be added (nothing is written then).
    async fn add_question(
        &self,
        user: &CurrentUser,
        id: &str,
        question: &NewQuestion,
    ) -> Result<Result<(), Vec<QuestionProblem>>, AppError>;

    /// Starts a preview of the draft (which must pass the checker: `Conflict` otherwise) as one
    /// of the synthetic people it offers (`NotFound` for anyone else): where it starts.
    async fn preview(&self, user: &CurrentUser, id: &str, person: &str)
        -> Result<String, AppError>;

    /// Keeps the admin's finished preview `preview` (a draft id) of the journey's draft as a saved
    /// test case named `name`: its shown answers, path and services, added to the draft's text.
    /// A name that is empty, too long or already a case's is a problem at `name`; a preview that
    /// is not this admin's, not of this draft or not finished is `NotFound` or `Conflict`.
    async fn save_case(
        &self,
        user: &CurrentUser,
        id: &str,
        preview: &str,
        name: &str,
    ) -> Result<Result<(), Vec<FieldProblem>>, AppError>;

    /// Moves a step, or a question within its step, one place up or down in the draft (`NotFound`
    /// when there is no such step or question, or nowhere to move it; `Conflict` when
    /// `revision` is not the draft's).
    async fn reorder(&self, user: &CurrentUser, id: &str, moved: &Move) -> Result<(), AppError>;

    /// Saves the draft's own texts from the side-by-side form: `(language code, id, text)`,
    /// where a text equal to the locale files' is not kept as the version's own and an empty one
    /// drops the version's own (`Conflict` when `revision` is not the draft's; an id the
    /// journey does not need, or a language it does not speak, is `Invalid`).
    async fn save_texts(
        &self,
        user: &CurrentUser,
        id: &str,
        revision: &str,
        texts: &[(String, String, String)],
    ) -> Result<(), AppError>;

    /// Publishes the draft now, or schedules it.
    async fn publish(
        &self,
        user: &CurrentUser,
        id: &str,
        request: &PublishRequest,
    ) -> Result<PublishOutcome, AppError>;

    /// Takes the draft's go-live time away.
    async fn unschedule(&self, user: &CurrentUser, id: &str) -> Result<(), AppError>;

    /// Publishes a copy of an earlier version as a new version, if `published` is still the
    /// published one (`Conflict` otherwise): the new version's number.
    async fn roll_back(
        &self,
        user: &CurrentUser,
        id: &str,
        to: i64,
        published: i64,
    ) -> Result<i64, AppError>;

    /// Drops the draft.
    async fn discard(&self, user: &CurrentUser, id: &str, version: i64) -> Result<(), AppError>;

    /// Adds a step to the draft after the one named (`after` empty: first), with its texts: its
    /// problems, at the form field each concerns, when it cannot be added (nothing is written
    /// then). `Conflict` when `revision` is not the draft's.
    async fn add_step(
        &self,
        user: &CurrentUser,
        id: &str,
        step: &StepForm,
    ) -> Result<Result<(), Vec<QuestionProblem>>, AppError>;

    /// Changes a step's intro, condition, branches and texts (`NotFound`: no such step), as
    /// `add_step`.
    async fn edit_step(
        &self,
        user: &CurrentUser,
        id: &str,
        step: &StepForm,
    ) -> Result<Result<(), Vec<QuestionProblem>>, AppError>;

    /// Removes a step and its questions, unless the checker then finds something new (what
    /// still refers to them): the reasons, nothing written.
    async fn remove_step(
        &self,
        user: &CurrentUser,
        id: &str,
        step: &str,
        revision: &str,
    ) -> Result<Result<(), Vec<QuestionProblem>>, AppError>;

    /// Changes a question (`<field>` or `<group>.<field>` on a step), as `add_step`.
    async fn edit_question(
        &self,
        user: &CurrentUser,
        id: &str,
        question: &QuestionForm,
    ) -> Result<Result<(), Vec<QuestionProblem>>, AppError>;

    /// Removes a question, as `remove_step`.
    async fn remove_question(
        &self,
        user: &CurrentUser,
        id: &str,
        place: (&str, &str),
        revision: &str,
    ) -> Result<Result<(), Vec<QuestionProblem>>, AppError>;
}
