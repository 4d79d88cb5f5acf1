//! The draft's steps and questions in forms of their own, over HTTP. Thin, as `authoring`:
//! read the form, check the session's token, call the authoring port, answer `303` to the
//! draft page with what was done (`?done=<what>`), or the form again with what was typed and
//! each problem at its field (`422`; `409` when the draft changed since the form was made).
//!
//! - `POST /admin/journeys/<id>/draft/step`: `action=add`, the new step
//! - `POST /admin/journeys/<id>/draft/step/<step>`: `action=save | remove`
//! - `POST /admin/journeys/<id>/draft/step/<step>/question/<path>`: `action=save | remove`, where
//!   `<path>` is `<field>` or `<group>.<field>`

use super::{
    forms::{refused, signed_post, value},
    Pages,
};
use crate::state::AppState;
use app::{
    auth::CurrentUser,
    error::{AppError, Refusal},
    journey::SecurityLevel,
    pages::admin::{
        journeys::{QuestionEditTyped, StepTyped, JOURNEYS},
        model::QuestionProblem,
        parts_model::{QuestionForm, StepForm},
    },
};
use axum::{
    extract::{Path, Request, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    Extension,
};

type Form = Vec<(String, String)>;

fn text(form: &Form, name: &str) -> String {
    value(form, name).unwrap_or_default().replace("\r\n", "\n")
}

fn per_language(form: &Form, prefix: &str) -> [String; 3] {
    ["nb", "nn", "en"].map(|lang| text(form, &format!("{prefix}-{lang}")))
}

fn step_form(form: &Form, id: String) -> StepForm {
    StepForm {
        id,
        after: text(form, "after"),
        intro: value(form, "intro") == Some("yes"),
        condition: text(form, "condition"),
        heading: per_language(form, "heading"),
        intro_text: per_language(form, "intro"),
        branches: text(form, "branches").replace("\r\n", "\n"),
        revision: text(form, "revision"),
    }
}

fn question_form(form: &Form, step: String, path: String) -> QuestionForm {
    QuestionForm {
        step,
        path,
        kind: String::new(),
        required: value(form, "required") == Some("yes"),
        help: value(form, "help") == Some("yes"),
        condition: text(form, "condition"),
        max_length: text(form, "max_length"),
        min: text(form, "min"),
        max: text(form, "max"),
        not_before: text(form, "not_before"),
        not_after: text(form, "not_after"),
        options: text(form, "options"),
        label: per_language(form, "label"),
        help_text: per_language(form, "help"),
        about: value(form, "about") == Some("yes"),
        show_if_text: value(form, "show_if_text") == Some("yes"),
        show_if_words: per_language(form, "show-if"),
        revision: text(form, "revision"),
    }
}

/// The draft changed since the form was made: the form's one problem.
fn stale() -> Vec<QuestionProblem> {
    vec![QuestionProblem {
        field: String::new(),
        message: "authoring-parts-stale".into(),
    }]
}

/// What the port said, as the answer: the draft page, or the form again with its problems.
async fn answer<T: Clone + Send + Sync + 'static>(
    pages: &Pages,
    head: impl FnOnce() -> Request,
    outcome: Result<Result<(), Vec<QuestionProblem>>, AppError>,
    (done, path): (String, &str),
    typed: impl FnOnce(Vec<QuestionProblem>) -> T,
) -> Response {
    let (status, problems) = match outcome {
        Ok(Ok(())) => return Redirect::to(&done).into_response(),
        Ok(Err(problems)) => (StatusCode::UNPROCESSABLE_ENTITY, problems),
        Err(AppError::Conflict) => (StatusCode::CONFLICT, stale()),
        Err(error) => return refused(pages, head(), error, path).await,
    };
    let mut response = pages.render(head(), typed(problems)).await;
    *response.status_mut() = status;
    response
}

/// `POST /admin/journeys/<id>/draft/step`.
pub async fn add_step(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let path = format!("{JOURNEYS}/{id}/draft/step");
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    if value(&form, "action") != Some("add") {
        let mismatch = AppError::Invalid(Refusal::FormMismatch);
        return refused(&pages, head(), mismatch, &path).await;
    }
    let step = step_form(&form, text(&form, "id").trim().to_string());
    let outcome = state.authoring.add_step(&user, &id, &step).await;
    let done = format!("{JOURNEYS}/{id}/draft?done=step-added#step-{}", step.id);
    answer(&pages, head, outcome, (done, &path), |problems| StepTyped {
        form: Some(step),
        problems,
    })
    .await
}

/// `POST /admin/journeys/<id>/draft/step/<step>`.
pub async fn step(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path((id, step)): Path<(String, String)>,
    request: Request,
) -> Response {
    let path = format!("{JOURNEYS}/{id}/draft/step/{step}");
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    let draft = format!("{JOURNEYS}/{id}/draft");
    let port = &state.authoring;
    match value(&form, "action") {
        Some("save") => {
            let typed = step_form(&form, step.clone());
            let outcome = port.edit_step(&user, &id, &typed).await;
            let done = format!("{draft}?done=step-saved#step-{step}");
            answer(&pages, head, outcome, (done, &path), |problems| StepTyped {
                form: Some(typed),
                problems,
            })
            .await
        }
        Some("remove") => {
            let revision = text(&form, "revision");
            let outcome = port.remove_step(&user, &id, &step, &revision).await;
            let done = format!("{draft}?done=step-removed");
            answer(&pages, head, outcome, (done, &path), |problems| StepTyped {
                form: None,
                problems,
            })
            .await
        }
        _ => {
            let mismatch = AppError::Invalid(Refusal::FormMismatch);
            refused(&pages, head(), mismatch, &path).await
        }
    }
}

/// `POST /admin/journeys/<id>/draft/step/<step>/question/<path>`.
pub async fn question(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path((id, step, field)): Path<(String, String, String)>,
    request: Request,
) -> Response {
    let path = format!("{JOURNEYS}/{id}/draft/step/{step}/question/{field}");
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    let draft = format!("{JOURNEYS}/{id}/draft");
    let port = &state.authoring;
    match value(&form, "action") {
        Some("save") => {
            let typed = question_form(&form, step.clone(), field.clone());
            let outcome = port.edit_question(&user, &id, &typed).await;
            let done = format!("{draft}?done=question-saved#step-{step}");
            answer(&pages, head, outcome, (done, &path), |problems| {
                QuestionEditTyped {
                    form: Some(typed),
                    problems,
                }
            })
            .await
        }
        Some("remove") => {
            let revision = text(&form, "revision");
            let place = (step.as_str(), field.as_str());
            let outcome = port.remove_question(&user, &id, place, &revision).await;
            let done = format!("{draft}?done=question-removed#step-{step}");
            answer(&pages, head, outcome, (done, &path), |problems| {
                QuestionEditTyped {
                    form: None,
                    problems,
                }
            })
            .await
        }
        _ => {
            let mismatch = AppError::Invalid(Refusal::FormMismatch);
            refused(&pages, head(), mismatch, &path).await
        }
    }
}
