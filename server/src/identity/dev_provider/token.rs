//! The token endpoint: redeems a code once, for the registered client, with the PKCE verifier.

use super::{random_token, DevProvider, AGENCY_AUDIENCE};
use crate::identity::claims::{IdPortenClaims, IdPortenIdToken};
use crate::identity::machine;
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
    /// The signed JWT of a machine grant.
    #[serde(default)]
    assertion: String,
    /// Ignored for a machine grant: the scope is in the signed JWT.
    #[allow(dead_code)]
    scope: Option<String>,
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
    if request.grant_type == machine::JWT_BEARER {
        return machine_grant(&provider, &request.assertion);
    }
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

/// Scopes a machine client may ask for: `<agency or register>:<service>`.
fn known_scope(scope: &str) -> bool {
    scope.split_once(':').is_some_and(|(owner, service)| {
        (app::journey::Agency::parse(owner).is_some()
            || crate::agencies::registers::REGISTERS.contains(&owner))
            && !service.is_empty()
            && service.len() <= 64
            && service.chars().all(|c| c.is_ascii_lowercase() || c == '-')
    })
}

/// The Maskinporten-style grant: a JWT signed by a registered machine client, good once, for
/// at most two minutes, naming this provider as audience and the scopes it wants; answered
/// with an access token for those scopes, signed by the provider.
fn machine_grant(provider: &DevProvider, assertion: &str) -> Response {
    let refused = |why: &str| oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", why);
    let Some(client_id) =
        machine::unverified_claims(assertion).and_then(|c| c["iss"].as_str().map(str::to_string))
    else {
        return refused("the grant is not a JWT with an issuer");
    };
    let Some(key) = provider.machine_clients.get(&client_id) else {
        return oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "unknown machine client",
        );
    };
    let claims = match machine::verify(
        std::slice::from_ref(key),
        assertion,
        &client_id,
        &provider.issuer,
    ) {
        Ok(claims) => claims,
        Err(why) => return refused(&why),
    };
    let (iat, exp) = (
        claims["iat"].as_i64().unwrap_or_default(),
        claims["exp"].as_i64().unwrap_or_default(),
    );
    if exp.checked_sub(iat).is_none_or(|lifetime| lifetime > 120) {
        return refused("a grant may live at most 120 seconds");
    }
    let Some(jti) = claims["jti"].as_str().filter(|j| !j.is_empty()) else {
        return refused("the grant has no jti");
    };
    let scope = claims["scope"].as_str().unwrap_or_default().to_string();
    if scope.is_empty() || !scope.split(' ').all(known_scope) {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_scope", "unknown scope");
    }
    let now = chrono::Utc::now().timestamp();
    {
        let Ok(mut used) = provider.used_grants.lock() else {
            return refused("grant store unavailable");
        };
        used.retain(|_, expires| *expires >= now);
        if used.insert(format!("{client_id}:{jti}"), exp).is_some() {
            return refused("the grant was used before");
        }
    }
    let token = machine::sign(
        provider.keys.signing_key(),
        &json!({
            "iss": provider.issuer,
            "aud": AGENCY_AUDIENCE,
            "client_id": client_id,
            "scope": scope,
            "iat": now,
            "exp": now + machine::ACCESS_TOKEN_LIFETIME_SECONDS,
            "jti": random_token(16),
        }),
    );
    let Ok(token) = token else {
        return oauth_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            "signing failed",
        );
    };
    for one in scope.split(' ') {
        metrics::counter!("machine_tokens_issued_total", "scope" => one.to_string()).increment(1);
    }
    tracing::info!(
        client_id,
        scope,
        "dev provider: machine access token issued"
    );
    (
        [(header::CACHE_CONTROL, "no-store")],
        Json(json!({
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": machine::ACCESS_TOKEN_LIFETIME_SECONDS,
            "scope": scope,
        })),
    )
        .into_response()
}
