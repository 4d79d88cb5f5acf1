//! The portal as an OpenID Connect relying party: authorization code flow with PKCE (S256),
//! `state` and `nonce`, the provider found by discovery, and the ID token verified by the
//! `openidconnect` crate (signature against the JWKS, `iss`, `aud`, `exp`/`iat`, `nonce`).
//! On top of that, ID-porten's profile: `pid` is required and `acr` must meet the level asked.

use super::{
    claims::IdPortenClaims,
    dev_provider::{ACR_HIGH, ACR_SUBSTANTIAL},
};
use openidconnect::{
    core::{
        CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreClaimName, CoreClaimType,
        CoreClientAuthMethod, CoreErrorResponseType, CoreGenderClaim, CoreGrantType,
        CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJweKeyManagementAlgorithm,
        CoreJwsSigningAlgorithm, CoreResponseMode, CoreResponseType, CoreRevocableToken,
        CoreRevocationErrorResponse, CoreSubjectIdentifierType, CoreTokenIntrospectionResponse,
        CoreTokenType,
    },
    AuthType, AuthenticationContextClass, AuthorizationCode, Client, ClientId, ClientSecret,
    CsrfToken, EmptyAdditionalProviderMetadata, EmptyExtraTokenFields, EndpointMaybeSet,
    EndpointNotSet, EndpointSet, IdTokenFields, IssuerUrl, LogoutProviderMetadata, Nonce,
    PkceCodeChallenge, PkceCodeVerifier, ProviderMetadata, RedirectUrl, StandardErrorResponse,
    StandardTokenResponse, TokenResponse,
};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use tokio::sync::RwLock;

type Metadata = ProviderMetadata<
    LogoutProviderMetadata<EmptyAdditionalProviderMetadata>,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

type TokenResponseWithClaims = StandardTokenResponse<
    IdTokenFields<
        IdPortenClaims,
        EmptyExtraTokenFields,
        CoreGenderClaim,
        CoreJweContentEncryptionAlgorithm,
        CoreJwsSigningAlgorithm,
    >,
    CoreTokenType,
>;

type IdPortenClient = Client<
    IdPortenClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    TokenResponseWithClaims,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// How the portal authenticates to the provider's token endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClientAuth {
    Basic,
    Post,
}

#[derive(Clone, Debug)]
pub struct RpConfig {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    pub client_auth: ClientAuth,
    pub redirect_uri: String,
    pub post_logout_redirect_uri: String,
}

/// The security level a page or journey demands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Level {
    Substantial,
    High,
}

impl Level {
    pub fn acr(self) -> &'static str {
        match self {
            Level::Substantial => ACR_SUBSTANTIAL,
            Level::High => ACR_HIGH,
        }
    }

    /// Whether a token's `acr` meets this level.
    pub fn is_met_by(self, acr: &str) -> bool {
        match self {
            Level::Substantial => acr == ACR_SUBSTANTIAL || acr == ACR_HIGH,
            Level::High => acr == ACR_HIGH,
        }
    }
}

/// What the portal remembers between sending the citizen to the provider and their return.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PendingLogin {
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub level: Level,
    pub return_to: String,
}

/// A verified login.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct VerifiedLogin {
    pub pid: String,
    pub acr: String,
    pub amr: Vec<String>,
    pub sid: Option<String>,
    pub id_token: String,
}

/// Why a login was refused. Each is logged; the citizen sees a localised page.
#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    #[error("the provider could not be reached or described itself wrongly: {0}")]
    Discovery(String),
    #[error("the returned state does not match the login that was started")]
    State,
    #[error("the provider returned an error: {0}")]
    Provider(String),
    #[error("the code could not be exchanged: {0}")]
    Exchange(String),
    #[error("the ID token was refused: {0}")]
    IdToken(String),
    #[error("the security level `{got}` does not meet `{wanted}`")]
    LevelTooLow { got: String, wanted: &'static str },
    #[error("the ID token has no `pid` claim")]
    MissingPid,
}

impl LoginError {
    /// The error a provider sent back in the query string, as words fit for the log: no control
    /// characters (a line break would forge a log line), at most 200 of them.
    pub fn from_provider(said: &str) -> LoginError {
        LoginError::Provider(said.chars().filter(|c| !c.is_control()).take(200).collect())
    }

    /// The reason code shown in the error page's address (never details).
    pub fn reason(&self) -> &'static str {
        match self {
            LoginError::Discovery(_) | LoginError::Provider(_) | LoginError::Exchange(_) => {
                "provider"
            }
            LoginError::State => "state",
            LoginError::IdToken(_) | LoginError::MissingPid => "token",
            LoginError::LevelTooLow { .. } => "level",
        }
    }
}

#[derive(Clone)]
struct Discovered {
    client: IdPortenClient,
    end_session: Option<String>,
}

/// The relying party. Discovery happens on first use (the embedded provider is served by this
/// very server, which is not listening yet at start) and again when a token names a key the
/// cached JWKS does not have (key rotation).
#[derive(Clone)]
pub struct RelyingParty {
    config: RpConfig,
    http: reqwest::Client,
    discovered: Arc<RwLock<Option<Discovered>>>,
}

impl RelyingParty {
    pub fn new(config: RpConfig) -> Self {
        let http = reqwest::Client::builder()
            // Following redirects from a token endpoint would open the door to SSRF.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .unwrap_or_default();
        Self {
            config,
            http,
            discovered: Arc::default(),
        }
    }

    pub fn issuer(&self) -> &str {
        &self.config.issuer
    }

    async fn discover(&self) -> Result<Discovered, LoginError> {
        let issuer = IssuerUrl::new(self.config.issuer.clone())
            .map_err(|e| LoginError::Discovery(e.to_string()))?;
        let metadata = Metadata::discover_async(issuer, &self.http)
            .await
            .map_err(|e| LoginError::Discovery(e.to_string()))?;
        let end_session = metadata
            .additional_metadata()
            .end_session_endpoint
            .as_ref()
            .map(|u| u.to_string());
        let redirect = RedirectUrl::new(self.config.redirect_uri.clone())
            .map_err(|e| LoginError::Discovery(e.to_string()))?;
        let client = IdPortenClient::from_provider_metadata(
            metadata,
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(self.config.client_secret.clone())),
        )
        .set_redirect_uri(redirect)
        .set_auth_type(match self.config.client_auth {
            ClientAuth::Basic => AuthType::BasicAuth,
            ClientAuth::Post => AuthType::RequestBody,
        });
        let discovered = Discovered {
            client,
            end_session,
        };
        *self.discovered.write().await = Some(discovered.clone());
        Ok(discovered)
    }

    async fn current(&self) -> Result<Discovered, LoginError> {
        // The read guard must be gone before `discover` takes the write lock.
        let cached = self.discovered.read().await.clone();
        match cached {
            Some(discovered) => Ok(discovered),
            None => self.discover().await,
        }
    }

    /// The provider's address to send the browser to, and what to remember until it returns.
    pub async fn start(
        &self,
        level: Level,
        ui_locale: &str,
        prompt_login: bool,
        return_to: String,
    ) -> Result<(String, PendingLogin), LoginError> {
        let discovered = self.current().await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = discovered
            .client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            // `openid` is always asked for by the crate; adding it again sent `openid openid`.
            .set_pkce_challenge(challenge)
            .add_auth_context_value(AuthenticationContextClass::new(level.acr().into()))
            .add_extra_param("ui_locales", ui_locale.to_string());
        if prompt_login {
            request = request.add_prompt(CoreAuthPrompt::Login);
        }
        let (url, state, nonce) = request.url();
        let pending = PendingLogin {
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
            level,
            return_to,
        };
        Ok((url.to_string(), pending))
    }

    /// Completes a login: checks `state`, redeems the code, verifies the ID token and applies
    /// ID-porten's rules. Nothing here trusts the browser beyond the code and the state.
    pub async fn finish(
        &self,
        pending: &PendingLogin,
        code: &str,
        returned_state: &str,
    ) -> Result<VerifiedLogin, LoginError> {
        if !constant_time_eq(returned_state.as_bytes(), pending.state.as_bytes()) {
            return Err(LoginError::State);
        }
        let discovered = self.current().await?;
        let response = discovered
            .client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| LoginError::Exchange(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier.clone()))
            .request_async(&self.http)
            .await
            .map_err(|e| LoginError::Exchange(e.to_string()))?;
        let id_token = response
            .id_token()
            .ok_or_else(|| LoginError::IdToken("the token response has no ID token".into()))?;
        let nonce = Nonce::new(pending.nonce.clone());
        let claims = match id_token.claims(&discovered.client.id_token_verifier(), &nonce) {
            Ok(claims) => claims.clone(),
            Err(first) => {
                // Perhaps the provider rotated its keys: fetch them once more, then give up.
                let rediscovered = self.discover().await?;
                let verifier = rediscovered.client.id_token_verifier();
                let claims = id_token
                    .claims(&verifier, &nonce)
                    .map_err(|_| LoginError::IdToken(first.to_string()))?
                    .clone();
                claims
            }
        };
        let acr = claims
            .auth_context_ref()
            .map(|a| a.to_string())
            .unwrap_or_default();
        if !pending.level.is_met_by(&acr) {
            return Err(LoginError::LevelTooLow {
                got: acr,
                wanted: pending.level.acr(),
            });
        }
        let pid = claims
            .additional_claims()
            .pid
            .clone()
            .ok_or(LoginError::MissingPid)?;
        if app::journey::IdentityNumber::parse(&pid).is_err() {
            return Err(LoginError::MissingPid);
        }
        Ok(VerifiedLogin {
            pid,
            acr,
            amr: claims
                .auth_method_refs()
                .map(|refs| refs.iter().map(|r| r.to_string()).collect())
                .unwrap_or_default(),
            sid: claims.additional_claims().sid.clone(),
            id_token: id_token.to_string(),
        })
    }

    /// The provider's end-session address for RP-initiated logout, if it has one.
    pub async fn logout_url(&self, id_token: &str, state: &str) -> Option<String> {
        let discovered = self.current().await.ok()?;
        let mut url = reqwest::Url::parse(discovered.end_session.as_deref()?).ok()?;
        url.query_pairs_mut()
            .append_pair("id_token_hint", id_token)
            .append_pair(
                "post_logout_redirect_uri",
                &self.config.post_logout_redirect_uri,
            )
            .append_pair("client_id", &self.config.client_id)
            .append_pair("state", state);
        Some(url.to_string())
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::{Level, LoginError};

    #[test]
    fn a_providers_error_cannot_forge_a_log_line_or_flood_it() {
        let forged = "access_denied\r\n2026-11-30T08:00:00Z  INFO login established";
        let LoginError::Provider(said) = LoginError::from_provider(forged) else {
            panic!("a provider's error");
        };
        assert_eq!(
            said,
            "access_denied2026-11-30T08:00:00Z  INFO login established"
        );
        let LoginError::Provider(long) = LoginError::from_provider(&"x".repeat(10_000)) else {
            panic!("a provider's error");
        };
        assert_eq!(long.len(), 200);
    }

    #[test]
    fn high_meets_substantial_but_not_the_other_way_round() {
        assert!(Level::Substantial.is_met_by("idporten-loa-high"));
        assert!(Level::Substantial.is_met_by("idporten-loa-substantial"));
        assert!(Level::High.is_met_by("idporten-loa-high"));
        assert!(!Level::High.is_met_by("idporten-loa-substantial"));
        assert!(!Level::Substantial.is_met_by("Level3"));
        assert!(!Level::Substantial.is_met_by(""));
    }
}
