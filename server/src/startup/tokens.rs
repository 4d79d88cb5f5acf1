//! How the portal proves who it is to the agencies and the registers: Maskinporten-style access
//! tokens from a configured provider or the embedded one, or static tokens.

use crate::{
    agencies::{AgencyAuth, AuthMode},
    config::Config,
    identity::{
        dev_provider::{DevProvider, SigningKeys},
        machine::MachineTokens,
    },
};
use anyhow::Context;
use std::net::SocketAddr;

/// The portal's client id as a machine client of the embedded provider.
pub(super) const MACHINE_CLIENT_ID: &str = "veiviser-portal";

/// Where the portal's access tokens come from: a configured Maskinporten, else the embedded
/// provider; `None` when static tokens are asked for, or when no provider can issue tokens
/// (refused at start-up when tokens are demanded).
pub(super) fn machine_tokens(
    config: &Config,
    client: &reqwest::Client,
    embedded: Option<(&DevProvider, &SigningKeys)>,
    address: SocketAddr,
) -> anyhow::Result<Option<MachineTokens>> {
    let agencies = &config.agencies;
    if agencies.auth_mode == AuthMode::Static {
        return Ok(None);
    }
    if let Some(external) = &agencies.maskinporten {
        let pem = std::fs::read_to_string(&external.key_file).with_context(|| {
            format!(
                "cannot read VEIVISER_MASKINPORTEN_KEY_FILE {}",
                external.key_file.display()
            )
        })?;
        let key = openidconnect::core::CoreRsaPrivateSigningKey::from_pem(
            &pem,
            Some(openidconnect::JsonWebKeyId::new(external.kid.clone())),
        )
        .map_err(|e| anyhow::anyhow!("VEIVISER_MASKINPORTEN_KEY_FILE is not an RSA key: {e}"))?;
        return Ok(Some(MachineTokens::new(
            client.clone(),
            external.token_url.clone(),
            external.audience.clone(),
            external.client_id.clone(),
            SigningKeys::from_key(key),
        )));
    }
    let Some((provider, key)) = embedded else {
        if agencies.auth_mode == AuthMode::Maskinporten {
            anyhow::bail!(
                "VEIVISER_AGENCY_AUTH=maskinporten needs VEIVISER_MASKINPORTEN_TOKEN_URL \
                 or the embedded provider (no VEIVISER_OIDC_ISSUER)"
            );
        }
        tracing::warn!(
            "no Maskinporten configured (VEIVISER_MASKINPORTEN_TOKEN_URL) and no embedded provider: \
             static tokens"
        );
        return Ok(None);
    };
    Ok(Some(MachineTokens::new(
        client.clone(),
        format!("http://{address}/idp/token"),
        provider.issuer().to_string(),
        MACHINE_CLIENT_ID.to_string(),
        key.clone(),
    )))
}

/// How the portal authenticates to one kind of target (the agencies, or the registers): access
/// tokens when there are any and the target can check them — a configured Maskinporten, the
/// simulator, or `VEIVISER_AGENCY_AUTH=maskinporten` (a real agency that trusts the embedded
/// provider); the static tokens otherwise.
pub(super) fn agency_auth(
    config: &Config,
    tokens: Option<&MachineTokens>,
    simulated: bool,
) -> AgencyAuth {
    let agencies = &config.agencies;
    let checkable = simulated
        || agencies.maskinporten.is_some()
        || agencies.auth_mode == AuthMode::Maskinporten;
    match tokens {
        Some(tokens) if checkable => AgencyAuth::Maskinporten(tokens.clone()),
        _ => {
            if tokens.is_some() {
                tracing::info!(
                    "real agencies or registers and no Maskinporten configured: static tokens"
                );
            }
            AgencyAuth::Static(Box::new(agencies.clone()))
        }
    }
}
