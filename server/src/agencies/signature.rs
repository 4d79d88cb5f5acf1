//! Signed status callbacks: `X-Veiviser-Timestamp` (seconds since the epoch) and
//! `X-Veiviser-Signature` (hex HMAC-SHA256 of `<timestamp>.<body>` with the agency's own key). A
//! callback outside the time window is refused, so a captured one cannot be replayed later;
//! within it, storing each status once makes a replay change nothing.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::HashMap;

/// The keys status callbacks are signed with: each agency's own
/// (`VEIVISER_CALLBACK_SECRET_<AGENCY>`), and only in demo use the shared
/// `VEIVISER_CALLBACK_SECRET` for an agency without one. Knowing one agency's key does not let
/// anyone speak for another.
#[derive(Clone, Default)]
pub struct CallbackKeys {
    own: HashMap<String, String>,
    shared: Option<String>,
}

impl CallbackKeys {
    /// The keys of `config`; the shared one is taken only when `demo`.
    pub fn new(config: &super::AgencyConfig, demo: bool) -> Self {
        CallbackKeys {
            own: config.callback_secrets.clone(),
            shared: demo.then(|| config.callback_secret.clone()),
        }
    }

    /// The key `agency` signs with, if it has one.
    pub fn key_for(&self, agency: &str) -> Option<&str> {
        self.own
            .get(agency)
            .or(self.shared.as_ref())
            .map(String::as_str)
    }

    /// The agencies whose callbacks cannot be checked (no key of their own, no demo fallback).
    pub fn missing(&self) -> Vec<&'static str> {
        app::journey::Agency::ALL
            .iter()
            .map(|agency| agency.id())
            .filter(|agency| self.key_for(agency).is_none())
            .collect()
    }
}

/// One shared key for every agency (a test's or a demo's).
impl From<&str> for CallbackKeys {
    fn from(shared: &str) -> Self {
        CallbackKeys {
            own: HashMap::new(),
            shared: Some(shared.to_string()),
        }
    }
}

pub const TIMESTAMP: &str = "x-veiviser-timestamp";
pub const SIGNATURE: &str = "x-veiviser-signature";
/// How far a callback's timestamp may be from our clock.
pub const WINDOW_SECONDS: i64 = 300;

fn mac(secret: &str, timestamp: i64, body: &[u8]) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    mac(secret, timestamp, body)
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Why a callback's signature is refused.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("the timestamp or signature header is missing or malformed")]
    Malformed,
    #[error("the timestamp is outside the allowed window")]
    Stale,
    #[error("the signature does not match")]
    Signature,
}

pub fn verify(
    secret: &str,
    timestamp: Option<&str>,
    signature: Option<&str>,
    body: &[u8],
    now: i64,
) -> Result<(), Refused> {
    let timestamp: i64 = timestamp
        .and_then(|t| t.parse().ok())
        .ok_or(Refused::Malformed)?;
    let signature = signature.ok_or(Refused::Malformed)?;
    if signature.len() != 64 || !signature.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Refused::Malformed);
    }
    if now.abs_diff(timestamp) > WINDOW_SECONDS.unsigned_abs() {
        return Err(Refused::Stale);
    }
    let bytes: Vec<u8> = (0..32)
        .map(|i| u8::from_str_radix(&signature[i * 2..i * 2 + 2], 16).unwrap_or_default())
        .collect();
    mac(secret, timestamp, body)
        .verify_slice(&bytes)
        .map_err(|_| Refused::Signature)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agency_signs_with_its_own_key_and_the_shared_one_only_in_demo_use() {
        let mut config = crate::agencies::AgencyConfig {
            callback_secret: "shared".into(),
            ..Default::default()
        };
        config
            .callback_secrets
            .insert("nav".into(), "nav-key".into());
        let production = CallbackKeys::new(&config, false);
        assert_eq!(production.key_for("nav"), Some("nav-key"));
        assert_eq!(production.key_for("skatteetaten"), None);
        assert!(production.missing().contains(&"skatteetaten"));
        assert!(!production.missing().contains(&"nav"));
        let demo = CallbackKeys::new(&config, true);
        assert_eq!(demo.key_for("nav"), Some("nav-key"));
        assert_eq!(demo.key_for("skatteetaten"), Some("shared"));
        assert!(demo.missing().is_empty());
    }

    #[test]
    fn a_signature_verifies_only_for_its_secret_body_and_time() {
        let signature = sign("secret", 1_000, b"{\"a\":1}");
        assert_eq!(
            verify(
                "secret",
                Some("1000"),
                Some(&signature),
                b"{\"a\":1}",
                1_100
            ),
            Ok(())
        );
        assert_eq!(
            verify("other", Some("1000"), Some(&signature), b"{\"a\":1}", 1_100),
            Err(Refused::Signature)
        );
        assert_eq!(
            verify(
                "secret",
                Some("1000"),
                Some(&signature),
                b"{\"a\":2}",
                1_100
            ),
            Err(Refused::Signature)
        );
        assert_eq!(
            verify(
                "secret",
                Some("1001"),
                Some(&signature),
                b"{\"a\":1}",
                1_100
            ),
            Err(Refused::Signature)
        );
        assert_eq!(
            verify(
                "secret",
                Some("1000"),
                Some(&signature),
                b"{\"a\":1}",
                1_000 + 301
            ),
            Err(Refused::Stale)
        );
        assert_eq!(
            verify("secret", None, Some(&signature), b"", 0),
            Err(Refused::Malformed)
        );
        assert_eq!(
            verify("secret", Some("1000"), Some("zz"), b"", 1_000),
            Err(Refused::Malformed)
        );
    }
}
