//! Machine-to-machine access, Maskinporten style: the portal signs a short JWT grant with its
//! own RSA key (`iss` = its client id, `aud` = the provider, `scope`, `iat`, `exp`, `jti`) and
//! sends it to the provider's token endpoint (`grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`);
//! the provider checks the grant against the client's registered public key and answers with an
//! access token — a JWT it signs itself, carrying the scope — which the agency checks against the
//! provider's published keys. Tokens are cached per scope until shortly before they expire.
//!
//! The `oauth2` crate offers no JWT-bearer grant, so the token request is a plain form post.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use openidconnect::{
    core::{CoreJsonWebKey, CoreJwsSigningAlgorithm, CoreRsaPrivateSigningKey},
    JsonWebKey, PrivateSigningKey,
};
use serde::Deserialize;
use serde_json::{json, Value};
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

pub const JWT_BEARER: &str = "urn:ietf:params:oauth:grant-type:jwt-bearer";
/// How long a grant the portal signs is good for (Maskinporten allows at most 120 s).
const GRANT_LIFETIME_SECONDS: i64 = 60;
/// How long an access token the provider issues is good for.
pub const ACCESS_TOKEN_LIFETIME_SECONDS: i64 = 120;

/// A compact RS256 JWS of `claims`, with the key's id in the header.
pub fn sign(key: &CoreRsaPrivateSigningKey, claims: &Value) -> Result<String, String> {
    let kid = key
        .as_verification_key()
        .key_id()
        .map(|k| k.to_string())
        .unwrap_or_default();
    let header = json!({ "alg": "RS256", "typ": "JWT", "kid": kid });
    let input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    let signature = key
        .sign(
            &CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
            input.as_bytes(),
        )
        .map_err(|e| e.to_string())?;
    Ok(format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature)))
}

/// The claims of an RS256 JWS signed by one of `keys` (matched by `kid`), checked for `iss`,
/// `aud` and time: not expired, not issued in the future (a minute's leeway for clocks).
pub fn verify(
    keys: &[CoreJsonWebKey],
    token: &str,
    issuer: &str,
    audience: &str,
) -> Result<Value, String> {
    let mut parts = token.split('.');
    let (Some(header), Some(body), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err("not a compact JWS".into());
    };
    let decode = |part: &str| {
        URL_SAFE_NO_PAD
            .decode(part)
            .map_err(|_| "not base64url".to_string())
    };
    let header: Value =
        serde_json::from_slice(&decode(header)?).map_err(|_| "header is not JSON")?;
    if header["alg"] != "RS256" {
        return Err(format!("algorithm {} is not accepted", header["alg"]));
    }
    let kid = header["kid"].as_str().unwrap_or_default();
    let key = keys
        .iter()
        .find(|k| k.key_id().is_some_and(|id| id.as_str() == kid))
        .ok_or_else(|| format!("unknown key `{kid}`"))?;
    let input = &token[..token.len() - signature.len() - 1];
    key.verify_signature(
        &CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        input.as_bytes(),
        &decode(signature)?,
    )
    .map_err(|e| format!("bad signature: {e}"))?;
    let claims: Value =
        serde_json::from_slice(&decode(body)?).map_err(|_| "claims are not JSON")?;
    let now = chrono::Utc::now().timestamp();
    let (Some(iat), Some(exp)) = (claims["iat"].as_i64(), claims["exp"].as_i64()) else {
        return Err("no iat or exp".into());
    };
    if exp < now || iat > now + 60 || exp <= iat {
        return Err("expired or not yet valid".into());
    }
    if claims["iss"] != issuer {
        return Err(format!("issuer {} is not {issuer}", claims["iss"]));
    }
    let audience_ok = match &claims["aud"] {
        Value::String(aud) => aud == audience,
        Value::Array(auds) => auds.iter().any(|a| a == audience),
        _ => false,
    };
    if !audience_ok {
        return Err(format!("audience {} is not {audience}", claims["aud"]));
    }
    Ok(claims)
}

/// A JWT's claims, unchecked: only to learn who claims to have signed it.
pub fn unverified_claims(token: &str) -> Option<Value> {
    let body = token.split('.').nth(1)?;
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(body).ok()?).ok()
}

/// Whether an access token's space-separated `scope` holds `wanted`.
pub fn has_scope(claims: &Value, wanted: &str) -> bool {
    claims["scope"]
        .as_str()
        .is_some_and(|s| s.split(' ').any(|scope| scope == wanted))
}

/// The portal's side: gets (and caches) an access token per scope.
#[derive(Clone)]
pub struct MachineTokens {
    pub client: reqwest::Client,
    /// The provider's token endpoint.
    pub token_url: String,
    /// The provider's identifier, the grant's `aud`.
    pub audience: String,
    pub client_id: String,
    /// The client's own key: the newest signs.
    pub keys: crate::identity::dev_provider::SigningKeys,
    cache: Arc<Mutex<HashMap<String, (String, Instant)>>>,
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    expires_in: Option<u64>,
}

impl MachineTokens {
    pub fn new(
        client: reqwest::Client,
        token_url: String,
        audience: String,
        client_id: String,
        keys: crate::identity::dev_provider::SigningKeys,
    ) -> Self {
        MachineTokens {
            client,
            token_url,
            audience,
            client_id,
            keys,
            cache: Arc::default(),
        }
    }

    /// A token for `scope`: the cached one while it has half a minute left, else a new one.
    #[tracing::instrument(skip(self))]
    pub async fn token(&self, scope: &str) -> Result<String, String> {
        if let Some(token) = self.cached(scope) {
            return Ok(token);
        }
        let now = chrono::Utc::now().timestamp();
        let grant = sign(
            self.keys.signing_key(),
            &json!({
                "iss": self.client_id,
                "aud": self.audience,
                "scope": scope,
                "iat": now,
                "exp": now + GRANT_LIFETIME_SECONDS,
                "jti": crate::ids::random_token(16),
            }),
        )?;
        let response = self
            .client
            .post(&self.token_url)
            .form(&[("grant_type", JWT_BEARER), ("assertion", grant.as_str())])
            .timeout(Duration::from_secs(10))
            .send()
            .await
            .map_err(|e| format!("the token endpoint did not answer: {e}"))?;
        if !response.status().is_success() {
            return Err(format!("the token endpoint refused: {}", response.status()));
        }
        let answer: TokenAnswer = response
            .json()
            .await
            .map_err(|e| format!("the token endpoint's answer is not a token: {e}"))?;
        let lifetime = Duration::from_secs(answer.expires_in.unwrap_or(60).min(3600));
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(
                scope.to_string(),
                (answer.access_token.clone(), Instant::now() + lifetime),
            );
        }
        Ok(answer.access_token)
    }

    fn cached(&self, scope: &str) -> Option<String> {
        let cache = self.cache.lock().ok()?;
        let (token, expires) = cache.get(scope)?;
        (*expires > Instant::now() + Duration::from_secs(30)).then(|| token.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use openidconnect::JsonWebKeyId;
    use rsa::pkcs1::EncodeRsaPrivateKey;

    fn key(kid: &str) -> CoreRsaPrivateSigningKey {
        let private = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 1024).expect("key");
        let pem = private
            .to_pkcs1_pem(rsa::pkcs1::LineEnding::LF)
            .expect("pem");
        CoreRsaPrivateSigningKey::from_pem(&pem, Some(JsonWebKeyId::new(kid.into()))).expect("key")
    }

    fn claims(exp_in: i64) -> Value {
        let now = chrono::Utc::now().timestamp();
        json!({ "iss": "me", "aud": "you", "scope": "nav:parental-benefit nav:cases", "iat": now, "exp": now + exp_in })
    }

    #[test]
    fn a_signed_token_verifies_and_its_scopes_are_read() {
        let k = key("k1");
        let token = sign(&k, &claims(60)).expect("sign");
        let verified = verify(&[k.as_verification_key()], &token, "me", "you").expect("valid");
        assert!(has_scope(&verified, "nav:cases"));
        assert!(!has_scope(&verified, "nav:child"));
    }

    #[test]
    fn forged_expired_misdirected_and_unknown_key_tokens_are_refused() {
        let (k, other) = (key("k1"), key("k2"));
        let keys = [k.as_verification_key()];
        let token = sign(&k, &claims(60)).expect("sign");
        // Another key under the same id: the signature does not match.
        let forged = sign(
            &CoreRsaPrivateSigningKey::from_pem(
                &rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 1024)
                    .expect("key")
                    .to_pkcs1_pem(rsa::pkcs1::LineEnding::LF)
                    .expect("pem"),
                Some(JsonWebKeyId::new("k1".into())),
            )
            .expect("key"),
            &claims(60),
        )
        .expect("sign");
        assert!(verify(&keys, &forged, "me", "you").is_err());
        assert!(verify(
            &keys,
            &sign(&other, &claims(60)).expect("sign"),
            "me",
            "you"
        )
        .is_err());
        assert!(verify(&keys, &sign(&k, &claims(-5)).expect("sign"), "me", "you").is_err());
        assert!(verify(&keys, &token, "me", "someone else").is_err());
        assert!(verify(&keys, &token, "not me", "you").is_err());
        // The claims changed after signing.
        let mut parts: Vec<&str> = token.split('.').collect();
        let changed = URL_SAFE_NO_PAD.encode(claims(3600).to_string());
        parts[1] = &changed;
        assert!(verify(&keys, &parts.join("."), "me", "you").is_err());
        assert!(verify(&keys, "a.b", "me", "you").is_err());
        // `alg: none` is never accepted.
        let none = format!(
            "{}.{}.",
            URL_SAFE_NO_PAD.encode(r#"{"alg":"none","kid":"k1"}"#),
            URL_SAFE_NO_PAD.encode(claims(60).to_string())
        );
        assert!(verify(&keys, &none, "me", "you").is_err());
    }
}
