//! ID-porten's claims beyond the OpenID Connect core set, shared by the relying party and the
//! development provider.

use openidconnect::{
    core::{CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm},
    AdditionalClaims, IdToken,
};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
pub struct IdPortenClaims {
    /// The national identity number (personidentifikator).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pid: Option<String>,
    /// The provider's session id, for front-channel logout.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
}

impl AdditionalClaims for IdPortenClaims {}

pub type IdPortenIdToken = IdToken<
    IdPortenClaims,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
