//! Agency admins' journey forms over HTTP. Thin: read the form, check the session's token, call
//! the authoring port, answer `303` back to the page with what was done (`?done=<what>`), or the
//! page again with what was typed and why it was not taken (a draft's text, a question).
//!
//! - `POST /admin/journeys/<id>`: `action=new-draft | move | preview | publish | unschedule |
//!   roll-back | discard`, or a file to import (`multipart/form-data`, `http::authoring_import`)
//! - `POST /admin/journeys/<id>/draft/text`: `action=save`, `revision`, `source`
//! - `POST /admin/journeys/<id>/draft/question`: `action=add`, the question's fields
//! - `POST /admin/journeys/<id>/draft/texts`: `revision`, `t:<language>:<message id>` per text
//! - `GET /admin/journeys/<id>/versions/<version>`: the version's text, to download

use super::{
    forms::{login_redirect, refused, signed_post, value},
    Pages,
};
use crate::state::AppState;
use app::{
    auth::CurrentUser,
    domain::Instant,
    error::{AppError, Refusal},
    journey::SecurityLevel,
    pages::admin::{
        journeys::{QuestionTyped, TypedText, JOURNEYS},
        model::{GroupItem, Move, NewQuestion, PublishOutcome, PublishRequest},
    },
};
use axum::{
    extract::{Path, Request, State},
    http::{header, HeaderValue},
    response::{IntoResponse, Redirect, Response},
    Extension,
};

fn done(path: &str, what: &str) -> Response {
    Redirect::to(&format!("{path}?done={what}")).into_response()
}

/// The changes whose drafts stay on their version: each listed on the publish form
/// (`touch=<key>`) and not ticked (`move_touch=<key>`).
fn kept_back(form: &[(String, String)]) -> Vec<String> {
    let all = |name: &'static str| {
        form.iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let ticked: Vec<String> = all("move_touch").collect();
    let mut keep: Vec<String> = all("touch").filter(|key| !ticked.contains(key)).collect();
    keep.dedup();
    keep
}

/// `POST /admin/journeys/<id>`.
pub async fn act(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    // The upload form posts here too (so a refusal is this page, at this address), as a file.
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if multipart {
        let user = user.map(|Extension(user)| user);
        return super::authoring_import::import(&state, &pages, user, &id, request).await;
    }
    let path = format!("{JOURNEYS}/{id}");
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    let port = &state.authoring;
    let number = |name| value(&form, name).and_then(|v| v.parse::<i64>().ok());
    let draft = format!("{path}/draft");
    let mismatch = AppError::Invalid(Refusal::FormMismatch);
    let outcome = match value(&form, "action") {
        Some("new-draft") => port
            .new_draft(&user, &id)
            .await
            .map(|_| done(&draft, "draft")),
        Some("publish") => {
            let at = match value(&form, "when") {
                Some("at") => match value(&form, "at").and_then(Instant::from_oslo_local) {
                    Some(at) => Some(at),
                    None => return done(&draft, "bad-time"),
                },
                _ => None,
            };
            let (Some(version), Some(revision)) = (number("version"), value(&form, "revision"))
            else {
                return refused(&pages, head(), mismatch, &path).await;
            };
            let request = PublishRequest {
                version,
                revision: revision.to_string(),
                at,
                move_drafts: value(&form, "move_drafts") == Some("yes"),
                keep: kept_back(&form),
            };
            port.publish(&user, &id, &request)
                .await
                .map(|outcome| match outcome {
                    PublishOutcome::Published { .. } => done(&path, "published"),
                    PublishOutcome::Scheduled { .. } => done(&draft, "scheduled"),
                    PublishOutcome::Refused => done(&draft, "refused"),
                    // Published by someone else meanwhile (the draft is gone), or changed: the
                    // journey's page shows what is in force, and links the draft if there is one.
                    PublishOutcome::Stale => done(&path, "stale"),
                })
        }
        Some("save-case") => {
            let preview = value(&form, "preview").unwrap_or_default().to_string();
            let name = value(&form, "name").unwrap_or_default().to_string();
            port.save_case(&user, &id, &preview, &name)
                .await
                .map(|saved| match saved {
                    Ok(()) => done(&draft, "case-saved"),
                    // Back to the preview's check page, the problem at the name, what was typed kept.
                    Err(problems) => {
                        let back: String = form_urlencoded::Serializer::new(String::new())
                            .append_pair(
                                "case_error",
                                problems.first().map_or("", |p| p.message.as_str()),
                            )
                            .append_pair("case_name", &name)
                            .finish();
                        Redirect::to(&format!("/journey/{preview}/check?{back}")).into_response()
                    }
                })
        }
        Some("preview") => port
            .preview(&user, &id, value(&form, "person").unwrap_or_default())
            .await
            .map(|to| Redirect::to(&to).into_response()),
        Some("move") => {
            let step = value(&form, "step").unwrap_or_default().to_string();
            let moved = Move {
                field: value(&form, "field")
                    .filter(|f| !f.is_empty())
                    .map(str::to_string),
                up: value(&form, "dir") == Some("up"),
                // Dragged with JavaScript: several places at once (never past the end).
                places: value(&form, "places")
                    .and_then(|p| p.parse::<usize>().ok())
                    .map_or(1, |p| p.clamp(1, 200)),
                revision: value(&form, "revision").unwrap_or_default().to_string(),
                step: step.clone(),
            };
            port.reorder(&user, &id, &moved)
                .await
                .map(|()| Redirect::to(&format!("{draft}?done=moved#step-{step}")).into_response())
        }
        Some("unschedule") => port
            .unschedule(&user, &id)
            .await
            .map(|()| done(&draft, "unscheduled")),
        Some("roll-back") => match (number("to"), number("published")) {
            (Some(to), Some(published)) => port
                .roll_back(&user, &id, to, published)
                .await
                .map(|_| done(&path, "rolled-back")),
            _ => Err(mismatch),
        },
        Some("discard") => match number("version") {
            Some(version) => port
                .discard(&user, &id, version)
                .await
                .map(|()| done(&path, "discarded")),
            None => Err(mismatch),
        },
        _ => Err(mismatch),
    };
    match outcome {
        Ok(response) => response,
        Err(AppError::Conflict) => done(&path, "conflict"),
        Err(error) => refused(&pages, head(), error, &path).await,
    }
}

/// `POST /admin/journeys/<id>/draft/text`.
pub async fn save_text(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let path = format!("{JOURNEYS}/{id}/draft/text");
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    let (Some("save"), Some(revision), Some(source)) = (
        value(&form, "action"),
        value(&form, "revision"),
        value(&form, "source"),
    ) else {
        let mismatch = AppError::Invalid(Refusal::FormMismatch);
        return refused(&pages, head(), mismatch, &path).await;
    };
    // A browser sends line breaks as CRLF; the stored text keeps the file's own.
    let source = source.replace("\r\n", "\n");
    let why = match state
        .authoring
        .save_draft(&user, &id, revision, &source)
        .await
    {
        Ok(()) => return done(&path, "saved"),
        Err(AppError::Conflict) => "authoring-text-conflict",
        Err(AppError::Invalid(Refusal::Oversized)) => "authoring-text-oversized",
        Err(error) => return refused(&pages, head(), error, &path).await,
    };
    let mut response = pages.render(head(), TypedText { text: source, why }).await;
    *response.status_mut() = axum::http::StatusCode::CONFLICT;
    response
}

/// `POST /admin/journeys/<id>/draft/texts`: `t:<language>:<message id>` for each text.
pub async fn save_texts(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let path = format!("{JOURNEYS}/{id}/draft/texts");
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    let texts: Vec<(String, String, String)> = form
        .iter()
        .filter_map(|(name, text)| {
            let (lang, message) = name.strip_prefix("t:")?.split_once(':')?;
            Some((lang.to_string(), message.to_string(), text.clone()))
        })
        .collect();
    let revision = value(&form, "revision").unwrap_or_default();
    match state
        .authoring
        .save_texts(&user, &id, revision, &texts)
        .await
    {
        Ok(()) => done(&path, "saved"),
        Err(AppError::Conflict) => done(&path, "stale"),
        Err(error) => refused(&pages, head(), error, &path).await,
    }
}

/// `POST /admin/journeys/<id>/draft/question`.
pub async fn add_question(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let path = format!("{JOURNEYS}/{id}/draft/question");
    let (user, form, head) =
        match signed_post(&pages, user, SecurityLevel::Substantial, request, &path).await {
            Ok(signed) => signed,
            Err(response) => return response,
        };
    let text = |name: &str| value(&form, name).unwrap_or_default().to_string();
    if value(&form, "action") != Some("add") {
        let mismatch = AppError::Invalid(Refusal::FormMismatch);
        return refused(&pages, head(), mismatch, &path).await;
    }
    let question = NewQuestion {
        step: text("step"),
        id: text("id").trim().to_string(),
        kind: text("kind"),
        required: value(&form, "required") == Some("yes"),
        condition: text("condition"),
        options: text("options").replace("\r\n", "\n"),
        label: [text("label-nb"), text("label-nn"), text("label-en")],
        item: GroupItem {
            heading: ["nb", "nn", "en"].map(|l| text(&format!("item-heading-{l}"))),
            id: text("item_id").trim().to_string(),
            kind: text("item_kind"),
            label: ["nb", "nn", "en"].map(|l| text(&format!("item-label-{l}"))),
        },
        revision: text("revision"),
    };
    let draft = format!("{JOURNEYS}/{id}/draft");
    match state.authoring.add_question(&user, &id, &question).await {
        Ok(Ok(())) => done(&draft, "question"),
        Ok(Err(problems)) => {
            let typed = QuestionTyped { question, problems };
            let mut response = pages.render(head(), typed).await;
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            response
        }
        Err(AppError::Conflict) => done(&draft, "stale"),
        Err(error) => refused(&pages, head(), error, &path).await,
    }
}

/// `GET /admin/journeys/<id>/versions/<version>`: the text, as a file to save.
pub async fn export(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path((id, version)): Path<(String, String)>,
    request: Request,
) -> Response {
    let path = format!("{JOURNEYS}/{id}/versions/{version}");
    let Some(Extension(user)) = user else {
        return login_redirect(&path, SecurityLevel::Substantial);
    };
    let Ok(version) = version.parse::<i64>() else {
        return refused(&pages, request, AppError::NotFound, &path).await;
    };
    match state.authoring.export(&user, &id, Some(version)).await {
        Ok(text) => {
            let mut response = text.into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/toml; charset=utf-8"),
            );
            // The id is a checked journey id (lowercase letters, digits, hyphens).
            if let Ok(disposition) =
                HeaderValue::from_str(&format!("attachment; filename=\"{id}-v{version}.toml\""))
            {
                headers.insert(header::CONTENT_DISPOSITION, disposition);
            }
            response
        }
        Err(error) => refused(&pages, request, error, &path).await,
    }
}
