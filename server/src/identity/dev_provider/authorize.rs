//! The authorization endpoint: the test-login page, and the code it hands back.

use super::{page, random_token, DevProvider, PendingCode, ACR_HIGH, ACR_SUBSTANTIAL};
use app::{i18n::Lang, journey::IdentityNumber};
use axum::{
    extract::{Query, State},
    response::{Html, IntoResponse, Redirect, Response},
    Form,
};
use http::StatusCode;
use serde::Deserialize;
use std::time::Instant;

/// The authorization request, as a query (GET) or carried in hidden fields (POST).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct AuthorizeRequest {
    #[serde(default)]
    pub response_type: String,
    #[serde(default)]
    pub client_id: String,
    #[serde(default)]
    pub redirect_uri: String,
    #[serde(default)]
    pub scope: String,
    #[serde(default)]
    pub state: String,
    pub nonce: Option<String>,
    #[serde(default)]
    pub code_challenge: String,
    #[serde(default)]
    pub code_challenge_method: String,
    pub acr_values: Option<String>,
    pub ui_locales: Option<String>,
    pub prompt: Option<String>,
}

/// The tester's choice on the login page.
#[derive(Debug, Default, Deserialize)]
pub struct LoginForm {
    #[serde(flatten)]
    pub request: AuthorizeRequest,
    /// A synthetic person's number, or `other` to use `typed_pid`.
    #[serde(default)]
    pub person: String,
    #[serde(default)]
    pub typed_pid: String,
    #[serde(default)]
    pub level: String,
}

impl AuthorizeRequest {
    pub fn lang(&self) -> Lang {
        self.ui_locales
            .as_deref()
            .and_then(|locales| locales.split_whitespace().find_map(Lang::from_tag))
            .unwrap_or_default()
    }

    pub fn wants_high(&self) -> bool {
        self.acr_values
            .as_deref()
            .is_some_and(|v| v.split_whitespace().any(|a| a == ACR_HIGH))
    }
}

/// Checks the request. A bad client or redirect URI gets an error page (never a redirect to an
/// unregistered address); anything else goes back to the client as an OAuth error.
fn check(provider: &DevProvider, request: &AuthorizeRequest) -> Result<(), Box<Response>> {
    if request.client_id != provider.client.client_id
        || request.redirect_uri != provider.client.redirect_uri
    {
        tracing::warn!(client_id = %request.client_id, "dev provider: unknown client or redirect URI");
        let body = page::error(request.lang(), "idp-error-client");
        return Err(Box::new(
            (StatusCode::BAD_REQUEST, Html(body)).into_response(),
        ));
    }
    let problem = if request.response_type != "code" {
        Some("unsupported_response_type")
    } else if !request.scope.split_whitespace().any(|s| s == "openid") {
        Some("invalid_scope")
    } else if request.code_challenge.is_empty() || request.code_challenge_method != "S256" {
        Some("invalid_request")
    } else {
        None
    };
    match problem {
        None => Ok(()),
        Some(error) => {
            let mut url = format!("{}?error={error}", request.redirect_uri);
            if !request.state.is_empty() {
                url.push_str(&format!("&state={}", encode(&request.state)));
            }
            Err(Box::new(Redirect::to(&url).into_response()))
        }
    }
}

pub async fn show(
    State(provider): State<DevProvider>,
    Query(request): Query<AuthorizeRequest>,
) -> Response {
    if let Err(response) = check(&provider, &request) {
        return *response;
    }
    Html(page::login(&request, &LoginForm::default(), None)).into_response()
}

pub async fn submit(State(provider): State<DevProvider>, Form(form): Form<LoginForm>) -> Response {
    if let Err(response) = check(&provider, &form.request) {
        return *response;
    }
    let typed = form.person == "other" || form.person.is_empty();
    let raw = if typed {
        form.typed_pid.as_str()
    } else {
        form.person.as_str()
    };
    let pid = match IdentityNumber::parse(raw) {
        Ok(pid) => pid,
        Err(error) => {
            let body = page::login(&form.request, &form, Some(error.message_id()));
            return (StatusCode::UNPROCESSABLE_ENTITY, Html(body)).into_response();
        }
    };
    let acr = if form.level == "high" {
        ACR_HIGH
    } else {
        ACR_SUBSTANTIAL
    };
    let code = random_token(32);
    let pending = PendingCode {
        client_id: form.request.client_id.clone(),
        redirect_uri: form.request.redirect_uri.clone(),
        code_challenge: form.request.code_challenge.clone(),
        nonce: form.request.nonce.clone(),
        pid: pid.to_string(),
        acr: acr.to_string(),
        locale: form.request.lang().code().to_string(),
        issued: Instant::now(),
    };
    if let Ok(mut codes) = provider.codes.lock() {
        codes.retain(|_, code| code.issued.elapsed() < super::token::CODE_LIFETIME);
        codes.insert(code.clone(), pending);
    }
    let url = format!(
        "{}?code={}&state={}",
        form.request.redirect_uri,
        encode(&code),
        encode(&form.request.state)
    );
    Redirect::to(&url).into_response()
}

#[derive(Debug, Deserialize)]
pub struct EndSessionRequest {
    pub post_logout_redirect_uri: Option<String>,
    pub state: Option<String>,
}

/// RP-initiated logout: back to the registered address only.
pub async fn end_session(
    State(provider): State<DevProvider>,
    Query(request): Query<EndSessionRequest>,
) -> Response {
    match request.post_logout_redirect_uri {
        Some(uri) if uri == provider.client.post_logout_redirect_uri => {
            let url = match request.state {
                Some(state) => format!("{uri}?state={}", encode(&state)),
                None => uri,
            };
            Redirect::to(&url).into_response()
        }
        _ => Html(page::error(Lang::default(), "idp-logged-out")).into_response(),
    }
}

pub(super) fn encode(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}
