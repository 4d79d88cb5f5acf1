//! The embedded development identity provider, in the spirit of ID-porten's test login.
//!
//! It speaks just enough OpenID Connect for a relying party that knows nothing about it:
//! discovery, JWKS, an authorization endpoint whose page lets a tester pick a synthetic person
//! (or type a synthetic identity number) and a security level, a token endpoint that checks the
//! client, the redirect URI, PKCE (S256 only) and that each code is used once, and end-session.
//! ID tokens carry ID-porten's claims: `pid`, `acr`, `amr = ["TestID"]`, `locale`, `sid`.
//!
//! It is never on by accident: it runs only when no external provider is configured, and the
//! server warns loudly when it runs on an address other than localhost.

mod authorize;
mod keys;
mod page;
mod token;

pub use keys::{SigningKeys, PORTAL_CLIENT, PROVIDER};

use axum::{routing::get, Json, Router};
use serde_json::json;
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Instant,
};

/// The one client the development provider knows: the portal itself.
#[derive(Clone, Debug)]
pub struct RegisteredClient {
    pub client_id: String,
    pub client_secret: String,
    pub redirect_uri: String,
    pub post_logout_redirect_uri: String,
}

/// What an authorization code stands for until the client redeems it (once).
#[derive(Clone, Debug)]
struct PendingCode {
    client_id: String,
    redirect_uri: String,
    code_challenge: String,
    nonce: Option<String>,
    pid: String,
    acr: String,
    locale: String,
    issued: Instant,
}

#[derive(Clone)]
pub struct DevProvider {
    issuer: String,
    client: RegisteredClient,
    keys: SigningKeys,
    codes: Arc<Mutex<HashMap<String, PendingCode>>>,
    /// Machine clients (client id → public key) that may use the JWT grant.
    machine_clients: Arc<HashMap<String, openidconnect::core::CoreJsonWebKey>>,
    /// Grant ids (`jti`) already used, with when they expire: a grant is good once.
    used_grants: Arc<Mutex<HashMap<String, i64>>>,
}

/// The audience of the access tokens the provider issues for agency APIs.
pub const AGENCY_AUDIENCE: &str = "veiviser-agencies";

pub const ACR_SUBSTANTIAL: &str = "idporten-loa-substantial";
pub const ACR_HIGH: &str = "idporten-loa-high";

impl DevProvider {
    pub fn new(
        issuer: String,
        client: RegisteredClient,
        keys: SigningKeys,
        machine_clients: HashMap<String, openidconnect::core::CoreJsonWebKey>,
    ) -> Self {
        Self {
            issuer,
            client,
            keys,
            codes: Arc::default(),
            machine_clients: Arc::new(machine_clients),
            used_grants: Arc::default(),
        }
    }

    /// The keys its access tokens are signed with, for agencies to check them.
    pub fn verification_keys(&self) -> Vec<openidconnect::core::CoreJsonWebKey> {
        self.keys.verification_keys()
    }

    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    /// The provider's routes, to be nested under the issuer's path (`/idp`).
    pub fn router<S: Clone + Send + Sync + 'static>(self) -> Router<S> {
        Router::new()
            .route("/.well-known/openid-configuration", get(discovery))
            .route("/jwks", get(jwks))
            .route("/authorize", get(authorize::show).post(authorize::submit))
            .route("/token", axum::routing::post(token::exchange))
            .route("/endsession", get(authorize::end_session))
            .with_state(self)
    }
}

async fn discovery(
    axum::extract::State(provider): axum::extract::State<DevProvider>,
) -> Json<serde_json::Value> {
    let issuer = &provider.issuer;
    Json(json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/authorize"),
        "token_endpoint": format!("{issuer}/token"),
        "jwks_uri": format!("{issuer}/jwks"),
        "end_session_endpoint": format!("{issuer}/endsession"),
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", crate::identity::machine::JWT_BEARER],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "code_challenge_methods_supported": ["S256"],
        "acr_values_supported": [ACR_SUBSTANTIAL, ACR_HIGH],
        "ui_locales_supported": ["nb", "nn", "en"],
        "scopes_supported": ["openid", "profile"],
        "claims_supported": ["iss", "sub", "aud", "exp", "iat", "nonce", "acr", "amr", "pid", "locale", "sid"],
        "frontchannel_logout_supported": true,
        "frontchannel_logout_session_supported": true,
    }))
}

async fn jwks(
    axum::extract::State(provider): axum::extract::State<DevProvider>,
) -> Json<serde_json::Value> {
    Json(provider.keys.jwks())
}

/// The provider's codes, tokens and key ids come from the neutral `ids` module, like every
/// other random value; re-exported here for the provider's own modules (`super::random_token`).
pub(crate) use crate::ids::random_token;
