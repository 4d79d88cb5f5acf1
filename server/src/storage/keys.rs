//! Signing keys (table `idp_signing_key`): the development provider's, and the portal's own for
//! machine-to-machine grants, kept so that restarts and other instances sign and verify alike.

use super::{Database, StorageError};

/// The stored signing keys, by owner.
#[derive(Clone, Copy)]
pub struct Keys<'a>(pub(super) &'a Database);

/// A private key and its key id.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredKey {
    pub kid: String,
    #[sqlx(rename = "private_key_pem")]
    pub pem: String,
}

impl Keys<'_> {
    /// `owner`'s keys (`provider` or `portal-client`), newest first.
    pub async fn of(self, owner: &str) -> Result<Vec<StoredKey>, StorageError> {
        const SQL: &str = "SELECT kid, private_key_pem FROM idp_signing_key WHERE owner = $1 \
                           ORDER BY created_at DESC, kid";
        Ok(on_pool!(self.0, pool => sqlx::query_as(SQL).bind(owner).fetch_all(pool).await?))
    }

    pub async fn add(self, owner: &str, kid: &str, pem: &str) -> Result<(), StorageError> {
        const SQL: &str = "INSERT INTO idp_signing_key (kid, private_key_pem, owner) \
                           VALUES ($1, $2, $3) ON CONFLICT (kid) DO NOTHING";
        on_pool!(self.0, pool => {
            sqlx::query(SQL).bind(kid).bind(pem).bind(owner).execute(pool).await?;
        });
        Ok(())
    }
}
