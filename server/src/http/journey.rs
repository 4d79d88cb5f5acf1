//! The citizen's journey over HTTP: start, one step per page (post, check, redirect), "check
//! your answers", an idempotent submit, the receipt and "My page". Every post works without
//! JavaScript; what the person typed is saved as a draft at every step, valid or not.

use super::{security::REFUSED_PAGE, Pages};
use crate::{
    ids::random_token,
    state::AppState,
    storage::{CaseEvent, Delivery, Draft, NewDraft, Saved, StablePath, StorageError},
};
use app::{
    auth::CurrentUser,
    domain::Instant,
    i18n::{cookie_value, negotiate, LANG_COOKIE},
    journey::{
        flow::{self, FormError},
        Answer, Answers, Date, Journey, SecurityLevel,
    },
    pages::{
        drafts::{DeleteDraftView, DraftCard, LifeEventDraft},
        journey::{timeline_fragment, CallStatus, CheckView, MyPageView, ReceiptView, StepView},
    },
};
use axum::{
    extract::{ConnectInfo, Path, Query, Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode, Uri},
    response::{IntoResponse, Redirect, Response},
    Extension, Form,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use tower_sessions::Session;

/// A step posted after the session had ended: kept in the new session through the login, then
/// shown back on the step (not saved) so nothing typed is lost.
const PARKED: &str = "parked_post";

/// The most a parked step may hold (its answers' names and values).
const MAX_PARKED_BYTES: usize = 32 * 1024;

#[derive(Debug, Serialize, Deserialize)]
struct Parked {
    path: String,
    form: Vec<(String, String)>,
}

/// Today's date, as the citizen's calendar in Norway says, for conditions such as "the child is
/// under 18" and "not in the future".
fn today() -> Date {
    Instant::now()
        .oslo_date()
        .unwrap_or_else(|| unreachable!("a calendar date"))
}

fn login_redirect(path: &str, level: SecurityLevel) -> Response {
    let level = if level == SecurityLevel::High {
        "&level=high"
    } else {
        ""
    };
    Redirect::to(&format!("/login?return={path}{level}")).into_response()
}

/// A short localised page about a refused request, with its status (`/notice/<kind>`).
async fn notice(pages: &Pages, mut request: Request, kind: &str) -> Response {
    *request.method_mut() = axum::http::Method::GET;
    *request.uri_mut() = Uri::try_from(format!("/notice/{kind}")).unwrap_or_default();
    pages.render(request, ()).await
}

/// The fields of one step as stored, fingerprinted: tells a save from another tab that touched
/// only other steps (harmless) from one that changed this step.
fn fingerprint(journey: &Journey, step: usize, answers: &Answers) -> String {
    let mine: Vec<(&str, Option<&Answer>)> = journey.steps[step]
        .fields
        .iter()
        .map(|f| (f.id.as_str(), answers.get(&f.id)))
        .collect();
    let digest = Sha256::digest(serde_json::to_vec(&mine).unwrap_or_default());
    digest.iter().take(12).map(|b| format!("{b:02x}")).collect()
}

/// The open draft and its journey for this person, or the response that says why not (a
/// submitted draft leads to its receipt: a repeated submit, an old tab, a replayed post).
async fn load(
    state: &AppState,
    pages: &Pages,
    user: &CurrentUser,
    draft_id: &str,
    request: impl FnOnce() -> Request,
) -> Result<(Draft, Journey), Response> {
    let found = state.database.drafts().get(&user.pid, draft_id).await;
    let draft = match found {
        Ok(Some(draft)) => draft,
        Ok(None) => {
            tracing::warn!(
                draft = draft_id,
                "a draft that is not this person's, or none"
            );
            return Err(notice(pages, request(), "draft-missing").await);
        }
        Err(error) => {
            return Err(super::unavailable::response(&error, "cannot read a draft"));
        }
    };
    if let Some(reference) = &draft.reference {
        return Err(Redirect::to(&format!("/receipt/{reference}")).into_response());
    }
    let Some(journey) = state.catalog.definition(&draft.journey_id) else {
        return Err(notice(pages, request(), "draft-missing").await);
    };
    // A journey that needs the high level needs it for every look at its answers, not only
    // for starting and submitting.
    if journey.meta.security_level == SecurityLevel::High && !user.acr.ends_with("high") {
        let path = request().uri().path().to_string();
        return Err(login_redirect(&path, SecurityLevel::High));
    }
    Ok((draft, journey.clone()))
}

/// The form parked for `path` before a login, if any (taken: it is shown once).
async fn take_parked(session: &Session, path: &str) -> Option<Vec<(String, String)>> {
    let parked: Parked = session.get(PARKED).await.ok().flatten()?;
    if parked.path != path {
        return None;
    }
    let _ = session.remove::<Parked>(PARKED).await;
    tracing::info!("a step typed before the session ended was shown back after login");
    Some(parked.form)
}

/// A posted form's fields, and the request's head to render pages with; a body over the size
/// limit gets the localised 413 page.
async fn read_form(
    pages: &Pages,
    request: Request,
) -> Result<
    (
        Vec<(String, String)>,
        impl Fn() -> Request + Send + Sync + use<>,
    ),
    Response,
> {
    let (parts, body) = request.into_parts();
    let head = head_of(&Request::from_parts(parts, axum::body::Body::empty()));
    match axum::body::to_bytes(body, super::MAX_FORM_BYTES).await {
        Ok(bytes) => Ok((form_fields(&bytes), head)),
        Err(_) => {
            tracing::warn!("a journey form over the size limit was refused");
            let mut response = notice(pages, head(), "oversized").await;
            *response.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
            Err(response)
        }
    }
}

/// The fields of a form body, each value in Unicode's composed form (NFC): "ø" typed as "o" and
/// a combining stroke is the same answer as "ø" typed as one character, for every check and for
/// the agencies. Bytes that are not UTF-8 become U+FFFD, which the field's check refuses.
fn form_fields(body: &[u8]) -> Vec<(String, String)> {
    use unicode_normalization::UnicodeNormalization;
    form_urlencoded::parse(body)
        .map(|(name, value)| (name.into_owned(), value.nfc().collect()))
        .collect()
}

/// A copy of a request's head without its body, to render a page for it (as often as needed).
fn head_of(request: &Request) -> impl Fn() -> Request + Send + Sync + use<> {
    let uri = request.uri().clone();
    let headers = request.headers().clone();
    let user = request.extensions().get::<CurrentUser>().cloned();
    move || {
        let mut again = Request::new(axum::body::Body::empty());
        *again.uri_mut() = uri.clone();
        *again.headers_mut() = headers.clone();
        if let Some(user) = &user {
            again.extensions_mut().insert(user.clone());
        }
        again
    }
}

pub async fn start(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let Some(journey) = state.catalog.definition(&id).filter(|j| j.has_steps()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let level = journey.meta.security_level;
    let Some(Extension(user)) = user else {
        return login_redirect(&format!("/life-event/{id}"), level);
    };
    if level == SecurityLevel::High && !user.acr.ends_with("high") {
        return login_redirect(&format!("/life-event/{id}"), level);
    }
    if !csrf_ok(&form, &user) {
        return Redirect::to(REFUSED_PAGE).into_response();
    }
    let _ = pages;
    // One start at a time per person and journey: a double click waits for the first, then
    // continues the draft it made rather than reading the registers again.
    let key = (user.pid.clone(), journey.meta.id.to_string());
    let gate = starting_gate(&key);
    let started = {
        let _turn = gate.lock().await;
        start_or_continue(&state, journey, &user).await
    };
    release_starting_gate(&key, gate);
    started
}

/// Starts in progress, by person and journey (see `start`).
type StartingGates = std::collections::HashMap<(String, String), Arc<tokio::sync::Mutex<()>>>;
static STARTING: std::sync::LazyLock<std::sync::Mutex<StartingGates>> =
    std::sync::LazyLock::new(Default::default);

fn starting_gate(key: &(String, String)) -> Arc<tokio::sync::Mutex<()>> {
    let mut gates = STARTING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    gates.entry(key.clone()).or_default().clone()
}

/// Forgets the gate once no other start is waiting at it.
fn release_starting_gate(key: &(String, String), gate: Arc<tokio::sync::Mutex<()>>) {
    let mut gates = STARTING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // Here: the map's and this start's.
    if Arc::strong_count(&gate) <= 2 {
        gates.remove(key);
    }
}

/// Continues the person's open draft of `journey` (no new draft, no new register reads), or
/// starts one: reads the registers, logs the reads and creates the draft.
async fn start_or_continue(state: &AppState, journey: &Journey, user: &CurrentUser) -> Response {
    match state
        .database
        .drafts()
        .open_of(&user.pid, journey.meta.id.as_str())
        .await
    {
        Ok(Some(draft)) => {
            tracing::info!(journey = %journey.meta.id, "an open draft continued instead of a new start");
            return Redirect::to(&format!("/journey/{}/{}", draft.id, draft.current_step))
                .into_response();
        }
        Ok(None) => {}
        Err(error) => return super::unavailable::response(&error, "cannot read drafts"),
    }
    let today = today();
    let draft_id = random_token(18);
    let prefilled = match &state.registers {
        Some(registers) => registers.prefill(journey, &user.pid, today).await,
        None => Default::default(),
    };
    if let Err(error) = state
        .database
        .register_log()
        .record(
            &user.pid,
            journey.meta.id.as_str(),
            &draft_id,
            &prefilled.reads,
        )
        .await
    {
        return super::unavailable::response(&error, "cannot record register reads");
    }
    let first = flow::walk(journey, &prefilled.answers, today)
        .path
        .first()
        .copied()
        .unwrap_or(0);
    let created = state
        .database
        .drafts()
        .create(NewDraft {
            person_id: &user.pid,
            draft_id: &draft_id,
            journey_id: journey.meta.id.as_str(),
            journey_version: i64::from(journey.meta.version),
            first_step: &journey.steps[first].id,
            answers: &prefilled.answers,
            sources: &prefilled.sources,
        })
        .await;
    match created {
        Ok(()) => {
            tracing::info!(journey = %journey.meta.id, "journey started");
            Redirect::to(&format!("/journey/{draft_id}/{}", journey.steps[first].id))
                .into_response()
        }
        Err(error) => super::unavailable::response(&error, "cannot create a draft"),
    }
}

fn csrf_ok(form: &[(String, String)], user: &CurrentUser) -> bool {
    let ok = form
        .iter()
        .any(|(k, v)| k == "csrf_token" && *v == user.csrf_token);
    if !ok {
        tracing::warn!("a journey form without this session's token was refused");
    }
    ok
}

#[derive(Debug, Default, Deserialize)]
pub struct StepQuery {
    #[serde(rename = "return")]
    return_to: Option<String>,
    invalid: Option<String>,
    conflict: Option<String>,
}

pub async fn step_page(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    session: Session,
    user: Option<Extension<CurrentUser>>,
    Path((draft_id, step_id)): Path<(String, String)>,
    Query(query): Query<StepQuery>,
    request: Request,
) -> Response {
    let Some(Extension(user)) = user else {
        return login_redirect(request.uri().path(), SecurityLevel::Substantial);
    };
    let request = head_of(&request);
    let (draft, journey) = match load(&state, &pages, &user, &draft_id, &request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let today = today();
    let Some((step, _)) = journey.step(&step_id) else {
        return notice(&pages, request(), "draft-missing").await;
    };
    let walk = flow::walk(&journey, &draft.answers, today);
    if !walk.path.contains(&step) {
        // Not on the path the answers take (an old link, a tampered one, or answers that have
        // aged out of a branch): back on track, at a step that is on the path.
        let on_track = journey
            .step(&draft.current_step)
            .map(|(i, _)| i)
            .filter(|i| walk.path.contains(i))
            .or_else(|| flow::first_incomplete_step(&journey, &draft.answers, today))
            .or_else(|| walk.path.last().copied());
        let target = match on_track {
            Some(i) => format!("/journey/{draft_id}/{}", journey.steps[i].id),
            None => format!("/journey/{draft_id}/check"),
        };
        return Redirect::to(&target).into_response();
    };
    let parked = take_parked(&session, &format!("/journey/{draft_id}/{step_id}"))
        .await
        .and_then(|form| flow::read_step_form(&journey, step, &form).ok());
    let was_parked = parked.is_some();
    let pending = parked.or_else(|| {
        draft
            .pending
            .clone()
            .filter(|(pending_step, _)| *pending_step == step_id)
            .map(|(_, typed)| typed)
    });
    let conflict = !was_parked && (pending.is_some() || query.conflict.is_some());
    let mut answers = draft.answers.clone();
    if let Some(typed) = pending {
        for field in &journey.steps[step].fields {
            answers.0.remove(&field.id);
        }
        answers.0.extend(typed.0);
    }
    let mut view = step_view(&journey, &draft, step, &walk.path, answers, today);
    if query.invalid.is_some() {
        view.errors = flow::validate_step(&journey, step, &view.answers, today);
    }
    view.conflict = conflict;
    view.return_to_check = query.return_to.as_deref() == Some("check");
    view.parked = was_parked;
    let status = if view.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = pages.render(request(), view).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}

/// The page model of `step` showing `answers` (the saved ones, or what was typed over them).
///
/// `path` is the walk of the draft's saved answers, which the caller has already taken to check
/// that `step` is on it.
fn step_view(
    journey: &Journey,
    draft: &Draft,
    step: usize,
    path: &[usize],
    answers: Answers,
    today: Date,
) -> StepView {
    let position = path.iter().position(|&s| s == step).unwrap_or(0);
    let (counted, total, changed) = step_count(journey, draft, step, path);
    let shown: Vec<String> = flow::shown_fields(journey, step, &answers, today)
        .into_iter()
        .map(|f| f.id.clone())
        .collect();
    let hidden = journey.steps[step]
        .fields
        .iter()
        .filter(|f| !shown.contains(&f.id))
        .map(|f| f.id.clone())
        .collect();
    let back = match position.checked_sub(1).map(|i| path[i]) {
        Some(previous) => format!("/journey/{}/{}", draft.id, journey.steps[previous].id),
        None => format!("/life-event/{}", journey.meta.id),
    };
    StepView {
        journey_id: journey.meta.id.to_string(),
        draft_id: draft.id.clone(),
        step,
        base: fingerprint(journey, step, &draft.answers),
        answers,
        errors: Vec::new(),
        position: counted,
        total,
        changed,
        back,
        revision: draft.revision,
        conflict: false,
        return_to_check: false,
        hidden,
        today: today.to_string(),
        parked: false,
        unsaved: None,
        sources: draft.sources.clone(),
    }
}

/// "Step x of y" and whether the last save changed y: counted on the steps the answers took at
/// the draft's last save without errors (an error page counts as the page before it did), or,
/// when this step is not among them (a draft not saved since it started), on the path the saved
/// answers take.
fn step_count(
    journey: &Journey,
    draft: &Draft,
    step: usize,
    path: &[usize],
) -> (usize, usize, bool) {
    let id = &journey.steps[step].id;
    if let Some(stable) = &draft.path {
        if let Some(at) = stable.steps.iter().position(|s| s == id) {
            return (at + 1, stable.steps.len(), stable.changed);
        }
    }
    let at = path.iter().position(|&s| s == step).unwrap_or(0);
    (at + 1, path.len(), false)
}

/// The path to keep with a save: the steps these answers take when the posted step has no
/// errors; otherwise the path the page was counted on, so a typed-but-invalid answer does not
/// move the count.
fn stable_path(
    journey: &Journey,
    draft: &Draft,
    answers: &Answers,
    valid: bool,
    today: Date,
) -> StablePath {
    let ids = |answers: &Answers| -> Vec<String> {
        flow::walk(journey, answers, today)
            .path
            .into_iter()
            .map(|s| journey.steps[s].id.clone())
            .collect()
    };
    let before = draft.path.clone().unwrap_or_else(|| StablePath {
        steps: ids(&draft.answers),
        changed: false,
    });
    if !valid {
        return before;
    }
    let steps = ids(answers);
    StablePath {
        changed: steps.len() != before.steps.len(),
        steps,
    }
}

enum Action {
    Continue,
    Save,
    Add(String),
    Remove(String, usize),
}

fn action_of(form: &[(String, String)]) -> Option<Action> {
    let value = form
        .iter()
        .find(|(k, _)| k == "action")
        .map(|(_, v)| v.as_str())
        .unwrap_or("continue");
    let mut parts = value.split(':');
    match (parts.next()?, parts.next(), parts.next()) {
        ("continue", None, None) => Some(Action::Continue),
        ("save", None, None) => Some(Action::Save),
        ("add", Some(group), None) => Some(Action::Add(group.to_string())),
        ("remove", Some(group), Some(index)) => {
            Some(Action::Remove(group.to_string(), index.parse().ok()?))
        }
        _ => None,
    }
}

fn value<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

pub async fn save_step(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    ConnectInfo(peer): ConnectInfo<std::net::SocketAddr>,
    session: Session,
    user: Option<Extension<CurrentUser>>,
    Path((draft_id, step_id)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (form, request) = match read_form(&pages, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let path = format!("/journey/{draft_id}/{step_id}");
    let Some(Extension(user)) = user else {
        // The session ended while the page was open: keep what was typed through the login —
        // but only for a draft that exists and is open (its id is a secret its owner's page
        // carried), only within the login rate limit, and only up to a bound, so an anonymous
        // flood of posts cannot fill the session table.
        let form: Vec<(String, String)> = form
            .into_iter()
            .filter(|(k, _)| k.starts_with("a."))
            .collect();
        let size: usize = form.iter().map(|(k, v)| k.len() + v.len()).sum();
        let client = state.edge.client(peer.ip(), request().headers());
        let open = match state.database.drafts().is_open(&draft_id).await {
            Ok(open) => open,
            Err(error) => return super::unavailable::response(&error, "cannot read a draft"),
        };
        if !open || size > MAX_PARKED_BYTES || !state.identity.limiter.allow(client) {
            tracing::warn!(%client, open, size, "a step posted without a login was not kept");
            return login_redirect(&path, SecurityLevel::Substantial);
        }
        if let Err(error) = session
            .insert(
                PARKED,
                Parked {
                    path: path.clone(),
                    form,
                },
            )
            .await
        {
            tracing::error!(%error, "cannot keep a step posted without a session");
        }
        return login_redirect(&path, SecurityLevel::Substantial);
    };
    if !csrf_ok(&form, &user) {
        return Redirect::to(REFUSED_PAGE).into_response();
    }
    let (draft, journey) = match load(&state, &pages, &user, &draft_id, &request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let today = today();
    let Some((step, _)) = journey.step(&step_id) else {
        tracing::warn!(step = step_id, "a post to an unknown step");
        return notice(&pages, request(), "form-mismatch").await;
    };
    let saved_path = flow::walk(&journey, &draft.answers, today).path;
    if !saved_path.contains(&step) {
        tracing::warn!(
            step = step_id,
            "a post to a step the answers do not lead to"
        );
        return notice(&pages, request(), "step-not-applicable").await;
    }
    let Some(action) = action_of(&form) else {
        return notice(&pages, request(), "form-mismatch").await;
    };
    let mut typed = match flow::read_step_form(&journey, step, &form) {
        Ok(typed) => typed,
        Err(FormError::Oversized(name)) => {
            tracing::warn!(field = name, "an oversized answer was refused");
            return notice(&pages, request(), "oversized").await;
        }
        Err(error) => {
            tracing::warn!(?error, "a form that does not match its step was refused");
            return notice(&pages, request(), "form-mismatch").await;
        }
    };
    // Adding or removing a group item changes only that group.
    match &action {
        Action::Add(group) | Action::Remove(group, _) => {
            let Some(field) = journey.steps[step].fields.iter().find(|f| {
                f.id == *group && matches!(f.kind, app::journey::FieldKind::Group { .. })
            }) else {
                return notice(&pages, request(), "form-mismatch").await;
            };
            let items = match typed
                .0
                .entry(group.clone())
                .or_insert(Answer::Items(Vec::new()))
            {
                Answer::Items(items) => items,
                _ => return notice(&pages, request(), "form-mismatch").await,
            };
            match &action {
                Action::Add(_) => {
                    if let app::journey::FieldKind::Group { max, .. } = field.kind {
                        if items.len() < max {
                            items.push(Answers::default());
                        }
                    }
                }
                Action::Remove(_, index) if *index < items.len() => {
                    items.remove(*index);
                }
                _ => {}
            }
        }
        Action::Continue | Action::Save => {}
    }
    // Another tab saved since this page was shown: fine if it did not touch this step.
    let posted_revision: i64 = value(&form, "revision")
        .and_then(|r| r.parse().ok())
        .unwrap_or(-1);
    let base = value(&form, "base").unwrap_or_default();
    let mut answers = draft.answers.clone();
    for field in &journey.steps[step].fields {
        answers.0.remove(&field.id);
    }
    answers.0.append(&mut typed.0);
    // Another tab saved since this page was shown: fine if it did not touch this step, or if
    // this post says the same as what is saved (a double click).
    let stored = fingerprint(&journey, step, &draft.answers);
    let same = fingerprint(&journey, step, &answers) == stored;
    if posted_revision != draft.revision && base != stored && !same {
        tracing::info!("a save from a page older than the draft was kept aside");
        let typed = typed_from(&journey, step, &answers);
        if let Err(error) = state
            .database
            .drafts()
            .keep_pending(&user.pid, &draft_id, &step_id, &typed)
            .await
        {
            return super::unavailable::response(&error, "cannot keep a clashing save");
        }
        return Redirect::to(&format!("/journey/{draft_id}/{step_id}")).into_response();
    }
    let errors = flow::validate_step(&journey, step, &answers, today);
    let return_to_check = value(&form, "return") == Some("check");
    let next = match action {
        Action::Add(group) => {
            let count = match answers.get(&group) {
                Some(Answer::Items(items)) => items.len(),
                _ => 0,
            };
            let suffix = if return_to_check { "?return=check" } else { "" };
            format!(
                "/journey/{draft_id}/{step_id}{suffix}#a.{group}.{}",
                count.saturating_sub(1)
            )
        }
        Action::Remove(group, _) => {
            let suffix = if return_to_check { "?return=check" } else { "" };
            format!("/journey/{draft_id}/{step_id}{suffix}#a.{group}")
        }
        Action::Save => "/my-page?saved=1".to_string(),
        Action::Continue if !errors.is_empty() => {
            let suffix = if return_to_check { "&return=check" } else { "" };
            format!("/journey/{draft_id}/{step_id}?invalid=1{suffix}")
        }
        Action::Continue if return_to_check => format!("/journey/{draft_id}/check"),
        Action::Continue => match flow::next_step(&journey, step, &answers, today) {
            Some(next) => format!("/journey/{draft_id}/{}", journey.steps[next].id),
            None => format!("/journey/{draft_id}/check"),
        },
    };
    // Where "My page" resumes: the step the person is going to (or this one, if not valid).
    let current = next
        .strip_prefix(&format!("/journey/{draft_id}/"))
        .and_then(|rest| rest.split(['?', '#']).next())
        .filter(|s| journey.step(s).is_some())
        .unwrap_or(&step_id)
        .to_string();
    let path = stable_path(&journey, &draft, &answers, errors.is_empty(), today);
    match state
        .database
        .drafts()
        .save(
            &user.pid,
            &draft_id,
            draft.revision,
            &answers,
            &current,
            &path,
        )
        .await
    {
        Ok(Saved::Saved) => Redirect::to(&next).into_response(),
        Ok(Saved::Stale) => {
            let typed = typed_from(&journey, step, &answers);
            match state
                .database
                .drafts()
                .keep_pending(&user.pid, &draft_id, &step_id, &typed)
                .await
            {
                Ok(()) => Redirect::to(&format!("/journey/{draft_id}/{step_id}")).into_response(),
                Err(error) => super::unavailable::response(&error, "cannot keep a clashing save"),
            }
        }
        Ok(Saved::Missing) => notice(&pages, request(), "draft-missing").await,
        Err(error) => {
            // Nothing typed is lost: the step comes back with it, and says to try again.
            let incident = super::unavailable::incident_id();
            tracing::error!(%incident, %error, "cannot save a draft");
            let mut view = step_view(&journey, &draft, step, &saved_path, answers, today);
            view.return_to_check = return_to_check;
            view.unsaved = Some(incident);
            let mut response = pages.render(request(), view).await;
            *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
            response
        }
    }
}

fn typed_from(journey: &Journey, step: usize, answers: &Answers) -> Answers {
    let mut typed = Answers::default();
    for field in &journey.steps[step].fields {
        if let Some(a) = answers.get(&field.id) {
            typed.set(&field.id, a.clone());
        }
    }
    typed
}

pub async fn check_page(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(draft_id): Path<String>,
    request: Request,
) -> Response {
    let Some(Extension(user)) = user else {
        return login_redirect(request.uri().path(), SecurityLevel::Substantial);
    };
    let request = head_of(&request);
    let (draft, journey) = match load(&state, &pages, &user, &draft_id, &request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let today = today();
    let view = CheckView {
        journey_id: journey.meta.id.to_string(),
        draft_id: draft_id.clone(),
        summary: flow::summary(&journey, &draft.answers, today),
        incomplete: flow::first_incomplete_step(&journey, &draft.answers, today)
            .map(|s| journey.steps[s].id.clone()),
        sources: draft.sources.current(&draft.answers),
    };
    pages.render(request(), view).await
}

pub async fn submit(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(draft_id): Path<String>,
    request: Request,
) -> Response {
    let Some(Extension(user)) = user else {
        return login_redirect(
            &format!("/journey/{draft_id}/check"),
            SecurityLevel::Substantial,
        );
    };
    // Pages about this post (a login at a higher level, a refusal) lead back to the summary.
    let (mut parts, body) = request.into_parts();
    parts.uri = format!("/journey/{draft_id}/check")
        .parse()
        .unwrap_or_default();
    let (form, request) = match read_form(&pages, Request::from_parts(parts, body)).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    if !csrf_ok(&form, &user) {
        return Redirect::to(REFUSED_PAGE).into_response();
    }
    let (draft, journey) = match load(&state, &pages, &user, &draft_id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let today = today();
    if let Some(step) = flow::first_incomplete_step(&journey, &draft.answers, today) {
        return Redirect::to(&format!(
            "/journey/{draft_id}/{}?invalid=1",
            journey.steps[step].id
        ))
        .into_response();
    }
    let shown = flow::walk(&journey, &draft.answers, today).shown;
    let calls = flow::service_calls(&journey, &draft.answers, today);
    // The submission records the definition its answers were checked and mapped with.
    let mut draft = draft;
    draft.journey_version = i64::from(journey.meta.version);
    match state
        .database
        .submissions()
        .submit(&user.pid, &draft, &shown, &calls)
        .await
    {
        Ok(reference) => {
            tracing::info!(journey = %journey.meta.id, reference, "submitted");
            Redirect::to(&format!("/receipt/{reference}")).into_response()
        }
        Err(error) => super::unavailable::response(&error, "cannot store a submission"),
    }
}

pub async fn receipt_page(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(reference): Path<String>,
    request: Request,
) -> Response {
    let Some(Extension(user)) = user else {
        return login_redirect(request.uri().path(), SecurityLevel::Substantial);
    };
    let submission = match state
        .database
        .submissions()
        .get(&user.pid, &reference)
        .await
    {
        Ok(Some(submission)) => submission,
        Ok(None) => {
            tracing::warn!(reference, "a receipt that is not this person's, or none");
            return notice(&pages, request, "draft-missing").await;
        }
        Err(error) => {
            return super::unavailable::response(&error, "cannot read a submission");
        }
    };
    let Some(journey) = state.catalog.definition(&submission.journey_id) else {
        return notice(&pages, request, "draft-missing").await;
    };
    let view = ReceiptView {
        journey_id: submission.journey_id.clone(),
        reference: submission.reference.clone(),
        submitted_at: submission.submitted_at,
        // As of the day it was submitted: conditions such as "born less than six months ago"
        // must read the same on the receipt a year later.
        summary: flow::summary(
            journey,
            &submission.answers,
            submitted_on(submission.submitted_at),
        ),
        calls: match calls_of(&state, &submission.reference).await {
            Ok(calls) => calls,
            Err(error) => {
                return super::unavailable::response(&error, "cannot read a submission's timeline")
            }
        },
    };
    pages.render(request, view).await
}

/// The day a submission was made, as its summary's conditions read "today" (its UTC date, as
/// before times were typed).
fn submitted_on(at: Instant) -> Date {
    at.utc_date().unwrap_or_else(today)
}

/// Each agency's part of a submission, for the timeline on a page: the call and the agency's
/// latest reported status. A read that fails is an error, never an empty timeline.
async fn calls_of(state: &AppState, reference: &str) -> Result<Vec<CallStatus>, StorageError> {
    let (deliveries, events) = tokio::try_join!(
        state.database.outbox().of_submission(reference),
        state.database.case_events().of_submission(reference)
    )?;
    Ok(call_statuses(deliveries, &events))
}

/// Each call with the agency's latest status: the latest reported, and of two reported at the
/// same time the later in a case's course.
fn call_statuses(deliveries: Vec<Delivery>, events: &[CaseEvent]) -> Vec<CallStatus> {
    deliveries
        .into_iter()
        .filter_map(|d| {
            let status = events
                .iter()
                .filter(|event| event.delivery_id == d.id)
                .max_by_key(|event| (event.reported_at, event.status))
                .map(|event| (event.status, event.message.clone()));
            Some(CallStatus {
                agency: app::journey::Agency::parse(&d.agency)?,
                service: d.service,
                state: d.state,
                attempts: d.attempts,
                case_number: d.case_number,
                delivered_at: d.delivered_at,
                status,
            })
        })
        .collect()
}

/// `/receipt/<reference>/timeline`: the submission's timeline alone, as its receipt and *My page*
/// show it, for the `LiveTimeline` island to refresh itself from every few seconds. It reads that
/// one submission (is it this person's, and its journey) and its calls with their statuses, and
/// nothing else. Never cached; another citizen's reference, or none, is 404 (logged); without a
/// session, 401 (the island then stops).
pub async fn receipt_timeline(
    State(state): State<AppState>,
    user: Option<Extension<CurrentUser>>,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Response {
    let no_store = [(header::CACHE_CONTROL, "no-store")];
    let Some(Extension(user)) = user else {
        return (StatusCode::UNAUTHORIZED, no_store).into_response();
    };
    let submission = match state
        .database
        .submissions()
        .get(&user.pid, &reference)
        .await
    {
        Ok(Some(submission)) => submission,
        Ok(None) => {
            tracing::warn!(reference, "a timeline that is not this person's, or none");
            return (StatusCode::NOT_FOUND, no_store).into_response();
        }
        Err(error) => return super::unavailable::response(&error, "cannot read a submission"),
    };
    let calls = match calls_of(&state, &reference).await {
        Ok(calls) => calls,
        Err(error) => {
            return super::unavailable::response(&error, "cannot read a submission's timeline")
        }
    };
    let header = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    let lang = negotiate(
        header(header::COOKIE).and_then(|c| cookie_value(c, LANG_COOKIE)),
        header(header::ACCEPT_LANGUAGE),
    );
    let html = timeline_fragment(
        state.catalog.clone(),
        lang,
        &submission.journey_id,
        &submission.reference,
        &calls,
    );
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response()
}

#[derive(Debug, Default, Deserialize)]
pub struct MyPageQuery {
    saved: Option<String>,
    deleted: Option<String>,
}

pub async fn my_page(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Query(query): Query<MyPageQuery>,
    request: Request,
) -> Response {
    let Some(Extension(user)) = user else {
        return login_redirect("/my-page", SecurityLevel::Substantial);
    };
    let drafts = match state.database.drafts().of_person(&user.pid).await {
        Ok(drafts) => drafts,
        Err(error) => {
            return super::unavailable::response(&error, "cannot list drafts");
        }
    };
    let (submitted, open): (Vec<Draft>, Vec<Draft>) =
        drafts.into_iter().partition(|d| d.reference.is_some());
    let mut submissions = Vec::new();
    for draft in submitted {
        let reference = draft.reference.clone().unwrap_or_default();
        let at = match state
            .database
            .submissions()
            .get(&user.pid, &reference)
            .await
        {
            Ok(Some(s)) => s.submitted_at,
            Ok(None) => draft.updated_at,
            Err(error) => return super::unavailable::response(&error, "cannot read a submission"),
        };
        let calls = match calls_of(&state, &reference).await {
            Ok(calls) => calls,
            Err(error) => {
                return super::unavailable::response(&error, "cannot read a submission's timeline")
            }
        };
        submissions.push((reference, draft.journey_id, at, calls));
    }
    let logs = tokio::try_join!(
        state.database.register_log().of(&user.pid),
        state.database.register_log().about(&user.pid)
    );
    let (reads, reads_about) = match logs {
        Ok(logs) => logs,
        Err(error) => {
            return super::unavailable::response(&error, "cannot read the register access log");
        }
    };
    let view = MyPageView {
        reads,
        reads_about,
        drafts: open.iter().map(|d| draft_card(&state, d)).collect(),
        submissions,
        saved: query.saved.is_some(),
        deleted: query.deleted.is_some(),
    };
    pages.render(request, view).await
}

/// A draft as its card names it: the step it stands on and what it is about.
fn draft_card(state: &AppState, draft: &Draft) -> DraftCard {
    let journey = state.catalog.definition(&draft.journey_id);
    DraftCard {
        id: draft.id.clone(),
        journey_id: draft.journey_id.clone(),
        step: draft.current_step.clone(),
        step_title_id: journey.and_then(|j| {
            j.step(&draft.current_step)
                .map(|(_, step)| j.step_title_id(step))
        }),
        about: journey.and_then(|j| flow::about(j, &draft.answers, today())),
        saved_at: draft.updated_at,
    }
}

/// `/life-event/<id>`: the life event's page; for a citizen with an open draft of it, with
/// "continue where you left off" instead of Start.
pub async fn life_event_page(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let open = match (&user, state.catalog.definition(&id)) {
        (Some(Extension(user)), Some(journey)) if journey.has_steps() => state
            .database
            .drafts()
            .open_of(&user.pid, journey.meta.id.as_str())
            .await
            .unwrap_or_else(|error| {
                // The page informs without it; Start still continues the draft.
                tracing::error!(%error, "cannot read drafts for a life event's page");
                None
            }),
        _ => None,
    };
    match open {
        Some(draft) => {
            let card = draft_card(&state, &draft);
            pages.render(request, LifeEventDraft(card)).await
        }
        None => pages.render(request, ()).await,
    }
}

/// `GET /journey/<draft>/delete`: "Delete this draft?" with a form that posts the session's
/// token. Another citizen's draft, or none, is 404 (logged); a submitted one leads to its receipt.
pub async fn delete_page(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(draft_id): Path<String>,
    request: Request,
) -> Response {
    let Some(Extension(user)) = user else {
        return login_redirect(request.uri().path(), SecurityLevel::Substantial);
    };
    let request = head_of(&request);
    let (draft, _) = match load(&state, &pages, &user, &draft_id, &request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let view = DeleteDraftView(draft_card(&state, &draft));
    pages.render(request(), view).await
}

/// `POST /journey/<draft>/delete`: deletes the person's open draft and returns to My page with
/// a notice. The register access log of its start stays.
pub async fn delete(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    user: Option<Extension<CurrentUser>>,
    Path(draft_id): Path<String>,
    request: Request,
) -> Response {
    let path = format!("/journey/{draft_id}/delete");
    let Some(Extension(user)) = user else {
        return login_redirect(&path, SecurityLevel::Substantial);
    };
    let (form, request) = match read_form(&pages, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    if !csrf_ok(&form, &user) {
        return Redirect::to(REFUSED_PAGE).into_response();
    }
    if let Err(response) = load(&state, &pages, &user, &draft_id, &request).await {
        return response;
    }
    match state.database.drafts().delete(&user.pid, &draft_id).await {
        Ok(true) => {
            tracing::info!("a draft was deleted by its owner");
            Redirect::to("/my-page?deleted=1").into_response()
        }
        // Submitted or deleted in the meantime (another tab): My page shows how it stands.
        Ok(false) => Redirect::to("/my-page").into_response(),
        Err(error) => super::unavailable::response(&error, "cannot delete a draft"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn form_values_are_composed_and_bytes_that_are_not_utf8_are_marked() {
        let fields = super::form_fields(b"a.name=Zo%C3%AB&a.city=Tromso%CC%88&a.bad=%FF%FE");
        assert_eq!(fields[0].1, "Zo\u{eb}");
        assert_eq!(
            fields[1].1, "Troms\u{f6}",
            "o + combining diaeresis becomes one \u{f6}"
        );
        assert!(fields[2].1.contains('\u{FFFD}'));
    }
}
