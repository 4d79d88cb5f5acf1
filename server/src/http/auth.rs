//! Login, the provider's return, logout and front-channel logout, plus the middleware that tells
//! every page who is logged in. Plain links and form posts: all of it works without JavaScript.

use crate::{
    identity::relying_party::{Level, LoginError, PendingLogin, VerifiedLogin},
    state::AppState,
};
use app::{
    auth::CurrentUser,
    i18n::{cookie_value, negotiate, LANG_COOKIE},
};
use axum::{
    extract::{ConnectInfo, Query, Request, State},
    http::{header, HeaderMap, StatusCode},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
    Form,
};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use tower_sessions::Session;

const PENDING: &str = "pending_login";
const USER: &str = "user";

/// What the session holds about a logged-in person.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SessionUser {
    pub login: VerifiedLogin,
    /// Seconds since the epoch, for the absolute session limit.
    pub logged_in_at: i64,
    pub csrf_token: String,
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// The return address if it is a path on this site, else the front page.
fn local_path(path: Option<&str>) -> String {
    path.filter(|p| super::language::is_local_path(p))
        .unwrap_or("/")
        .to_string()
}

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    #[serde(rename = "return")]
    return_to: Option<String>,
    level: Option<String>,
    prompt: Option<String>,
}

fn refuse(reason: &str) -> Response {
    Redirect::to(&format!("/login/error?reason={reason}")).into_response()
}

pub async fn login(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    session: Session,
    headers: HeaderMap,
    Query(query): Query<LoginQuery>,
) -> Response {
    let client = state.edge.client(peer.ip(), &headers);
    if !state.identity.limiter.allow(client) {
        tracing::warn!(%client, "login rate limit reached");
        return refuse("rate");
    }
    let level = if query.level.as_deref() == Some("high") {
        Level::High
    } else {
        Level::Substantial
    };
    let header = |name| {
        headers
            .get(name)
            .and_then(|v: &header::HeaderValue| v.to_str().ok())
    };
    let lang = negotiate(
        header(header::COOKIE).and_then(|c| cookie_value(c, LANG_COOKIE)),
        header(header::ACCEPT_LANGUAGE),
    );
    let return_to = local_path(query.return_to.as_deref());
    let prompt_login = query.prompt.as_deref() == Some("login");
    match state
        .identity
        .rp
        .start(level, lang.code(), prompt_login, return_to)
        .await
    {
        Ok((url, pending)) => {
            if let Err(error) = session.insert(PENDING, pending).await {
                tracing::error!(%error, "cannot store the pending login");
                return refuse("provider");
            }
            Redirect::to(&url).into_response()
        }
        Err(error) => {
            tracing::error!(%error, "cannot start login");
            refuse(error.reason())
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

pub async fn callback(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    session: Session,
    headers: HeaderMap,
    Query(query): Query<CallbackQuery>,
) -> Response {
    let client = state.edge.client(peer.ip(), &headers);
    if !state.identity.limiter.allow(client) {
        tracing::warn!(%client, "login rate limit reached");
        return refuse("rate");
    }
    // Taken out at once: a pending login is good for one return, successful or not.
    let pending: Option<PendingLogin> = session.remove(PENDING).await.ok().flatten();
    let result = match (pending, query) {
        (None, _) => Err(LoginError::State),
        (
            Some(_),
            CallbackQuery {
                error: Some(error), ..
            },
        ) => Err(LoginError::from_provider(&error)),
        (
            Some(pending),
            CallbackQuery {
                code: Some(code),
                state: Some(returned),
                ..
            },
        ) => state
            .identity
            .rp
            .finish(&pending, &code, &returned)
            .await
            .map(|login| (login, pending.return_to)),
        (Some(_), _) => Err(LoginError::State),
    };
    let (login, return_to) = match result {
        Ok(done) => done,
        Err(error) => {
            tracing::warn!(%error, reason = error.reason(), "login refused");
            return refuse(error.reason());
        }
    };
    match establish(&state, &session, login).await {
        Ok(()) => Redirect::to(&return_to).into_response(),
        Err(error) => {
            tracing::error!(%error, "cannot establish the session");
            refuse("provider")
        }
    }
}

/// A new session id for the logged-in person (no fixation), bound to the provider's `sid`.
async fn establish(
    state: &AppState,
    session: &Session,
    login: VerifiedLogin,
) -> anyhow::Result<()> {
    session.cycle_id().await?;
    state.database.people().remember(&login.pid).await?;
    let sid = login.sid.clone();
    let user = SessionUser {
        login,
        logged_in_at: now(),
        csrf_token: crate::ids::random_token(24),
    };
    session.insert(USER, user).await?;
    session.save().await?;
    if let (Some(sid), Some(id)) = (sid, session.id()) {
        state
            .database
            .people()
            .add_login_session(state.identity.rp.issuer(), &sid, &id.to_string())
            .await?;
    }
    tracing::info!("login established");
    Ok(())
}

#[derive(Debug, Deserialize)]
pub struct LogoutForm {
    #[serde(default)]
    csrf_token: String,
}

pub async fn logout(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<LogoutForm>,
) -> Response {
    let user: Option<SessionUser> = session.get(USER).await.ok().flatten();
    let Some(user) = user else {
        return Redirect::to("/").into_response();
    };
    if form.csrf_token != user.csrf_token {
        tracing::warn!("logout refused: CSRF token does not match");
        return Redirect::to(super::security::REFUSED_PAGE).into_response();
    }
    if let Err(error) = session.flush().await {
        tracing::error!(%error, "cannot end the session");
    }
    let state_token = crate::ids::random_token(16);
    match state
        .identity
        .rp
        .logout_url(&user.login.id_token, &state_token)
        .await
    {
        Some(url) => Redirect::to(&url).into_response(),
        None => Redirect::to("/logged-out").into_response(),
    }
}

#[derive(Debug, Deserialize)]
pub struct FrontChannelQuery {
    iss: Option<String>,
    sid: Option<String>,
}

/// The provider tells us its session ended: end ours too.
pub async fn front_channel_logout(
    State(state): State<AppState>,
    Query(query): Query<FrontChannelQuery>,
) -> Response {
    let (Some(iss), Some(sid)) = (query.iss, query.sid) else {
        return (StatusCode::BAD_REQUEST, "iss and sid are required").into_response();
    };
    if iss != state.identity.rp.issuer() {
        tracing::warn!("front-channel logout from an unknown issuer");
        return (StatusCode::BAD_REQUEST, "unknown issuer").into_response();
    }
    match state.database.people().take_login_session(&iss, &sid).await {
        Ok(Some(session_id)) => {
            if let Ok(id) = session_id.parse() {
                use tower_sessions::SessionStore;
                if let Err(error) = state.identity.store.delete(&id).await {
                    tracing::error!(%error, "front-channel logout: cannot delete the session");
                }
            }
            tracing::info!("front-channel logout ended a session");
        }
        Ok(None) => {}
        Err(error) => tracing::error!(%error, "front-channel logout failed"),
    }
    ([(header::CACHE_CONTROL, "no-store")], StatusCode::OK).into_response()
}

/// Puts the logged-in person (if any) into the request for the pages, and ends sessions that
/// have passed the absolute limit.
pub async fn current_user(
    State(state): State<AppState>,
    session: Session,
    mut request: Request,
    next: Next,
) -> Response {
    let user: Option<SessionUser> = session.get(USER).await.ok().flatten();
    if let Some(user) = user {
        if now() - user.logged_in_at > state.identity.absolute_limit.as_secs() as i64 {
            tracing::info!("session passed its absolute limit");
            let _ = session.flush().await;
        } else {
            let who = match state.database.people().who(&user.login.pid).await {
                Ok(who) => who,
                Err(error) => {
                    return super::unavailable::response(&error, "cannot read the person's roles")
                }
            };
            let (roles, platform_roles, name) = (who.roles, who.platform_roles, who.name);
            let roles = roles.into_iter().map(|r| (r.agency, r.role)).collect();
            request.extensions_mut().insert(CurrentUser {
                pid: user.login.pid,
                name,
                acr: user.login.acr,
                amr: user.login.amr,
                roles,
                platform_roles,
                csrf_token: user.csrf_token,
            });
        }
    }
    next.run(request).await
}
