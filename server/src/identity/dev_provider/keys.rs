//! The provider's RSA signing keys, kept in the database so that restarts (and other
//! instances) keep verifying the tokens already issued. The newest key signs; all are published.

use crate::storage::{Database, StorageError};
use openidconnect::{
    core::{CoreJsonWebKeySet, CoreRsaPrivateSigningKey},
    JsonWebKeyId, PrivateSigningKey,
};
use rsa::pkcs1::{EncodeRsaPrivateKey, LineEnding};
use std::sync::Arc;

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
    /// Loads the stored keys, generating and storing the first one on first start.
    pub async fn load_or_create(database: &Database) -> Result<Self, KeyError> {
        if database.signing_keys().await?.is_empty() {
            let (kid, pem) = tokio::task::spawn_blocking(generate)
                .await
                .map_err(|e| KeyError::Key(e.to_string()))??;
            database.add_signing_key(&kid, &pem).await?;
        }
        let keys = database
            .signing_keys()
            .await?
            .into_iter()
            .map(|(kid, pem)| {
                CoreRsaPrivateSigningKey::from_pem(&pem, Some(JsonWebKeyId::new(kid)))
            })
            .collect::<Result<Vec<_>, _>>()
            .map_err(KeyError::Key)?;
        Ok(Self {
            keys: Arc::new(keys),
        })
    }

    pub fn signing_key(&self) -> &CoreRsaPrivateSigningKey {
        &self.keys[0]
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
