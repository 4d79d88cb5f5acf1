//! The token endpoint: redeems a code once, for the registered client, with the PKCE verifier.

use super::{random_token, DevProvider};
use crate::identity::claims::{IdPortenClaims, IdPortenIdToken};
use axum::{
    extract::State,
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Form, Json,
};
use base64::Engine;
use openidconnect::{
    core::CoreJwsSigningAlgorithm, AccessToken, Audience, AuthenticationContextClass,
    AuthenticationMethodReference, IdTokenClaims, IssuerUrl, LanguageTag, Nonce, StandardClaims,
    SubjectIdentifier,
};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::time::Duration;

pub const CODE_LIFETIME: Duration = Duration::from_secs(60);
const ID_TOKEN_LIFETIME_SECONDS: i64 = 120;

#[derive(Debug, Default, Deserialize)]
pub struct TokenRequest {
    #[serde(default)]
    grant_type: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    redirect_uri: String,
    #[serde(default)]
    code_verifier: String,
    client_id: Option<String>,
    client_secret: Option<String>,
}

fn oauth_error(status: StatusCode, error: &str, why: &str) -> Response {
    tracing::warn!(error, why, "dev provider: token request refused");
    (
        status,
        [(header::CACHE_CONTROL, "no-store")],
        Json(json!({ "error": error })),
    )
        .into_response()
}

/// `client_secret_basic` or `client_secret_post`, as the client chose.
fn client_credentials(headers: &HeaderMap, request: &TokenRequest) -> Option<(String, String)> {
    if let Some(basic) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
    {
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(basic.trim())
            .ok()?;
        let decoded = String::from_utf8(decoded).ok()?;
        let (id, secret) = decoded.split_once(':')?;
        let decode = |s: &str| {
            form_urlencoded::parse(format!("x={s}").as_bytes())
                .next()
                .map(|(_, v)| v.into_owned())
        };
        return Some((decode(id)?, decode(secret)?));
    }
    Some((request.client_id.clone()?, request.client_secret.clone()?))
}

pub async fn exchange(
    State(provider): State<DevProvider>,
    headers: HeaderMap,
    Form(request): Form<TokenRequest>,
) -> Response {
    let registered = &provider.client;
    match client_credentials(&headers, &request) {
        Some((id, secret)) if id == registered.client_id && secret == registered.client_secret => {}
        _ => {
            return oauth_error(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                "client authentication failed",
            )
        }
    }
    if request.grant_type != "authorization_code" {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "grant type",
        );
    }
    // Taken out at once: a code is good for one attempt, successful or not.
    let pending = provider
        .codes
        .lock()
        .ok()
        .and_then(|mut codes| codes.remove(&request.code));
    let Some(pending) = pending else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "unknown or already used code",
        );
    };
    if pending.issued.elapsed() > CODE_LIFETIME {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", "code expired");
    }
    if pending.client_id != registered.client_id || pending.redirect_uri != request.redirect_uri {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "redirect URI differs",
        );
    }
    let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(Sha256::digest(request.code_verifier.as_bytes()));
    if request.code_verifier.len() < 43 || challenge != pending.code_challenge {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "PKCE verifier does not match",
        );
    }

    let now = chrono::Utc::now();
    let access_token = AccessToken::new(random_token(32));
    let Ok(issuer) = IssuerUrl::new(provider.issuer.clone()) else {
        return oauth_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            "issuer URL",
        );
    };
    let subject = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(format!(
        "{}:{}",
        pending.pid, registered.client_id
    )));
    let mut standard = StandardClaims::new(SubjectIdentifier::new(subject));
    standard = standard.set_locale(Some(LanguageTag::new(pending.locale.clone())));
    let claims = IdTokenClaims::new(
        issuer,
        vec![Audience::new(registered.client_id.clone())],
        now + chrono::Duration::seconds(ID_TOKEN_LIFETIME_SECONDS),
        now,
        standard,
        IdPortenClaims {
            pid: Some(pending.pid.clone()),
            sid: Some(random_token(16)),
        },
    )
    .set_nonce(pending.nonce.clone().map(Nonce::new))
    .set_auth_time(Some(now))
    .set_auth_context_ref(Some(AuthenticationContextClass::new(pending.acr.clone())))
    .set_auth_method_refs(Some(vec![AuthenticationMethodReference::new(
        "TestID".into(),
    )]));
    let id_token = match IdPortenIdToken::new(
        claims,
        provider.keys.signing_key(),
        CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        Some(&access_token),
        None,
    ) {
        Ok(token) => token,
        Err(error) => {
            tracing::error!(%error, "dev provider: cannot sign ID token");
            return oauth_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "server_error",
                "signing failed",
            );
        }
    };
    (
        [(header::CACHE_CONTROL, "no-store")],
        Json(json!({
            "access_token": access_token.secret(),
            "token_type": "Bearer",
            "expires_in": ID_TOKEN_LIFETIME_SECONDS,
            "id_token": id_token.to_string(),
            "scope": "openid",
        })),
    )
        .into_response()
}
