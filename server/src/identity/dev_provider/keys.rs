//! The provider's RSA signing keys, kept in the database so that restarts (and other
//! instances) keep verifying the tokens already issued. The newest key signs; all are published.

use crate::storage::{Database, StorageError};
use openidconnect::{
    core::{CoreJsonWebKey, CoreJsonWebKeySet, CoreRsaPrivateSigningKey},
    JsonWebKeyId, PrivateSigningKey,
};
use rsa::pkcs1::{EncodeRsaPrivateKey, LineEnding};
use std::sync::Arc;

/// The development provider's own keys.
pub const PROVIDER: &str = "provider";
/// The portal's key for machine-to-machine grants.
pub const PORTAL_CLIENT: &str = "portal-client";

#[derive(Clone)]
pub struct SigningKeys {
    /// Newest first; never empty.
    keys: Arc<Vec<CoreRsaPrivateSigningKey>>,
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("cannot generate or read the development provider's signing key: {0}")]
    Key(String),
}

impl SigningKeys {
    /// Loads `owner`'s stored keys (`PROVIDER` or `PORTAL_CLIENT`), generating and storing the
    /// first one on first start.
    pub async fn load_or_create(database: &Database, owner: &str) -> Result<Self, KeyError> {
        if database.keys().of(owner).await?.is_empty() {
            let (kid, pem) = tokio::task::spawn_blocking(generate)
                .await
                .map_err(|e| KeyError::Key(e.to_string()))??;
            database.keys().add(owner, &kid, &pem).await?;
        }
        let keys = database
            .keys()
            .of(owner)
            .await?
            .into_iter()
            .map(|key| {
                CoreRsaPrivateSigningKey::from_pem(&key.pem, Some(JsonWebKeyId::new(key.kid)))
            })
            .collect::<Result<Vec<_>, _>>()
            .map_err(KeyError::Key)?;
        Ok(Self {
            keys: Arc::new(keys),
        })
    }

    /// One key given by configuration (not stored).
    pub fn from_key(key: CoreRsaPrivateSigningKey) -> Self {
        Self {
            keys: Arc::new(vec![key]),
        }
    }

    pub fn signing_key(&self) -> &CoreRsaPrivateSigningKey {
        &self.keys[0]
    }

    /// The public halves, to check signatures with.
    pub fn verification_keys(&self) -> Vec<CoreJsonWebKey> {
        self.keys.iter().map(|k| k.as_verification_key()).collect()
    }

    pub fn jwks(&self) -> serde_json::Value {
        let set =
            CoreJsonWebKeySet::new(self.keys.iter().map(|k| k.as_verification_key()).collect());
        serde_json::to_value(set).unwrap_or_default()
    }
}

/// A fresh 2048-bit key as `(kid, PKCS#1 PEM)`.
fn generate() -> Result<(String, String), KeyError> {
    let key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048)
        .map_err(|e| KeyError::Key(e.to_string()))?;
    let pem = key
        .to_pkcs1_pem(LineEnding::LF)
        .map_err(|e| KeyError::Key(e.to_string()))?;
    let kid = format!("dev-{}", super::random_token(9));
    Ok((kid, pem.to_string()))
}
