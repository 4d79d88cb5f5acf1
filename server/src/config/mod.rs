//! Configuration. Everything comes from environment variables (documented in the README), and
//! every variable has a default that runs the portal on one machine with nothing else installed.

use anyhow::{bail, Context};
use leptos::config::LeptosOptions;
use std::{net::SocketAddr, path::PathBuf};

#[derive(Clone, Debug)]
pub struct Config {
    /// Demo (the one-command start) or production; see `crate::mode`.
    pub mode: crate::mode::Mode,
    /// Why this mode: the variable that chose or implied it.
    pub mode_reason: String,
    /// `VEIVISER_METRICS_ADDR`: `/metrics` on an address of its own, and not on the citizens'.
    pub metrics_addr: Option<SocketAddr>,
    /// `VEIVISER_METRICS_TOKEN`: `/metrics` on the citizens' address only with this bearer token.
    pub metrics_token: Option<String>,
    /// `VEIVISER_TRUSTED_PROXIES`: peers whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// `VEIVISER_CALLBACK_RATE_LIMIT`: refused agency callbacks per client address per minute.
    pub callback_rate_limit: u32,
    /// Where to listen (`LEPTOS_SITE_ADDR`, default `127.0.0.1:3000`).
    pub site_addr: SocketAddr,
    /// The address citizens use (`VEIVISER_PUBLIC_URL`); `https://` makes cookies `Secure`.
    /// Unset: `http://` and the address the server is bound to.
    pub public_url: Option<String>,
    pub identity: IdentityConfig,
    pub agencies: crate::agencies::AgencyConfig,
    /// `DATABASE_URL`, the sqlx convention: `sqlite://…` (default) or `postgres://…`.
    pub database_url: String,
    /// `VEIVISER_JOURNEYS_DIR`, default `journeys`.
    pub journeys_dir: PathBuf,
    /// `VEIVISER_JOURNEY_POLL_MS` (default 2000): how often the journey worker publishes
    /// scheduled drafts and picks up versions another instance published.
    pub journey_poll: std::time::Duration,
    pub leptos: LeptosOptions,
    /// Serve `/pkg` with year-long immutable caching: true when file names carry content hashes.
    pub immutable_assets: bool,
}

/// Login. Without `VEIVISER_OIDC_ISSUER` the embedded development provider is used.
#[derive(Clone, Debug)]
pub struct IdentityConfig {
    pub issuer: Option<String>,
    pub client_id: String,
    pub client_secret: Option<String>,
    pub client_auth_post: bool,
    pub redirect_uri: Option<String>,
    pub post_logout_redirect_uri: Option<String>,
    pub idle_timeout: std::time::Duration,
    pub absolute_timeout: std::time::Duration,
    pub login_attempts_per_minute: u32,
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/veiviser.db";

impl Config {
    pub fn from_env() -> anyhow::Result<Self> {
        Self::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    }

    /// Builds the configuration from any variable lookup (tests pass a map).
    pub fn from_lookup(var: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        let site_addr: SocketAddr = var("LEPTOS_SITE_ADDR")
            .unwrap_or_else(|| "127.0.0.1:3000".into())
            .parse()
            .context("LEPTOS_SITE_ADDR must be an address like 127.0.0.1:3000")?;
        let public_url =
            var("VEIVISER_PUBLIC_URL").map(|url| url.trim_end_matches('/').to_string());
        if public_url
            .as_ref()
            .is_some_and(|url| !(url.starts_with("http://") || url.starts_with("https://")))
        {
            bail!("VEIVISER_PUBLIC_URL must start with http:// or https://");
        }
        let minutes = |name: &str, default: u64| -> anyhow::Result<std::time::Duration> {
            let value = match var(name) {
                Some(raw) => raw
                    .parse()
                    .with_context(|| format!("{name} must be a number of minutes"))?,
                None => default,
            };
            Ok(std::time::Duration::from_secs(value * 60))
        };
        let issuer = var("VEIVISER_OIDC_ISSUER");
        let client_secret = var("VEIVISER_OIDC_CLIENT_SECRET");
        if issuer.is_some() && client_secret.is_none() {
            bail!("VEIVISER_OIDC_CLIENT_SECRET is required with VEIVISER_OIDC_ISSUER");
        }
        let client_auth_post = match var("VEIVISER_OIDC_CLIENT_AUTH").as_deref() {
            None | Some("client_secret_basic") => false,
            Some("client_secret_post") => true,
            Some(_) => {
                bail!("VEIVISER_OIDC_CLIENT_AUTH must be client_secret_basic or client_secret_post")
            }
        };
        let identity = IdentityConfig {
            issuer,
            client_id: var("VEIVISER_OIDC_CLIENT_ID").unwrap_or_else(|| "veiviser".into()),
            client_secret,
            client_auth_post,
            redirect_uri: var("VEIVISER_OIDC_REDIRECT_URI"),
            post_logout_redirect_uri: var("VEIVISER_OIDC_POST_LOGOUT_REDIRECT_URI"),
            idle_timeout: minutes("VEIVISER_SESSION_IDLE_MINUTES", 30)?,
            absolute_timeout: minutes("VEIVISER_SESSION_ABSOLUTE_MINUTES", 120)?,
            login_attempts_per_minute: match var("VEIVISER_LOGIN_RATE_LIMIT") {
                Some(raw) => raw
                    .parse()
                    .context("VEIVISER_LOGIN_RATE_LIMIT must be a number")?,
                None => 30,
            },
        };
        let hash_file = var("LEPTOS_HASH_FILE_NAME").unwrap_or_else(|| "hash.txt".into());
        // cargo-leptos sets LEPTOS_HASH_FILES; a release binary started by hand finds its hash file.
        let hash_files = match var("LEPTOS_HASH_FILES") {
            Some(value) => value
                .parse()
                .context("LEPTOS_HASH_FILES must be true or false")?,
            None => std::env::current_exe()
                .ok()
                .and_then(|exe| exe.parent().map(|dir| dir.join(&hash_file)))
                .is_some_and(|path| path.exists()),
        };
        let leptos = LeptosOptions::builder()
            .output_name(var("LEPTOS_OUTPUT_NAME").unwrap_or_else(|| "veiviser".into()))
            .site_root(var("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".into()))
            .site_pkg_dir(var("LEPTOS_SITE_PKG_DIR").unwrap_or_else(|| "pkg".into()))
            .site_addr(site_addr)
            .hash_file(hash_file.as_str().into())
            .hash_files(hash_files)
            .build();
        let defaults = crate::agencies::AgencyConfig::default();
        let number = |name: &str, default: u64| -> anyhow::Result<u64> {
            match var(name) {
                Some(v) => v
                    .parse()
                    .with_context(|| format!("{name} must be a whole number")),
                None => Ok(default),
            }
        };
        let agencies = crate::agencies::AgencyConfig {
            url: var("VEIVISER_AGENCIES_URL").map(|u| u.trim_end_matches('/').to_string()),
            token: var("VEIVISER_AGENCY_TOKEN").unwrap_or(defaults.token),
            agency_tokens: app::journey::Agency::ALL
                .iter()
                .map(|agency| agency.id())
                .chain(crate::agencies::registers::REGISTERS)
                .filter_map(|agency| {
                    let name = crate::agencies::registers::token_variable(agency);
                    Some((agency.to_string(), var(&name)?))
                })
                .collect(),
            auth_mode: match var("VEIVISER_AGENCY_AUTH").as_deref() {
                None | Some("auto") => crate::agencies::AuthMode::Auto,
                Some("maskinporten") => crate::agencies::AuthMode::Maskinporten,
                Some("static") => crate::agencies::AuthMode::Static,
                Some(other) => anyhow::bail!(
                    "VEIVISER_AGENCY_AUTH must be `auto`, `maskinporten` or `static`, not `{other}`"
                ),
            },
            maskinporten: match var("VEIVISER_MASKINPORTEN_TOKEN_URL") {
                None => None,
                Some(token_url) => {
                    let required = |name: &str| {
                        var(name).with_context(|| {
                            format!("{name} is required with VEIVISER_MASKINPORTEN_TOKEN_URL")
                        })
                    };
                    Some(crate::agencies::ExternalMaskinporten {
                        token_url,
                        audience: required("VEIVISER_MASKINPORTEN_AUDIENCE")?,
                        client_id: required("VEIVISER_MASKINPORTEN_CLIENT_ID")?,
                        key_file: required("VEIVISER_MASKINPORTEN_KEY_FILE")?.into(),
                        kid: required("VEIVISER_MASKINPORTEN_KID")?,
                    })
                }
            },
            registers_url: var("VEIVISER_REGISTERS_URL")
                .map(|u| u.trim_end_matches('/').to_string()),
            register_timeout: std::time::Duration::from_millis(
                number("VEIVISER_REGISTER_TIMEOUT_MS", 3000)?.max(1),
            ),
            give_up: {
                if var("VEIVISER_DELIVERY_ATTEMPTS").is_some() {
                    bail!(
                        "VEIVISER_DELIVERY_ATTEMPTS is retired: calls are retried until \
                         VEIVISER_DELIVERY_GIVE_UP_HOURS (default 72) have passed"
                    );
                }
                let hours: f64 = match var("VEIVISER_DELIVERY_GIVE_UP_HOURS") {
                    Some(raw) => raw
                        .parse()
                        .ok()
                        .filter(|h: &f64| h.is_finite() && *h > 0.0)
                        .context("VEIVISER_DELIVERY_GIVE_UP_HOURS must be a positive number")?,
                    None => 72.0,
                };
                std::time::Duration::from_secs_f64(hours * 3600.0)
            },
            backoff_max: std::time::Duration::from_secs(
                number("VEIVISER_DELIVERY_BACKOFF_MAX_SECONDS", 600)?.max(1),
            ),
            circuit_failures: u32::try_from(number("VEIVISER_CIRCUIT_FAILURES", 5)?.max(1))
                .context("VEIVISER_CIRCUIT_FAILURES is too large")?,
            circuit_cool_down: std::time::Duration::from_secs(number(
                "VEIVISER_CIRCUIT_COOL_DOWN_SECONDS",
                30,
            )?),
            timeout: std::time::Duration::from_secs(number(
                "VEIVISER_DELIVERY_TIMEOUT_SECONDS",
                10,
            )?),
            backoff: std::time::Duration::from_millis(number("VEIVISER_DELIVERY_BACKOFF_MS", 500)?),
            poll: std::time::Duration::from_millis(
                number("VEIVISER_DELIVERY_POLL_MS", 200)?.max(10),
            ),
            status_poll: std::time::Duration::from_secs(
                number("VEIVISER_STATUS_POLL_SECONDS", 60)?.max(1),
            ),
            feed_poll: std::time::Duration::from_secs(
                number("VEIVISER_FEED_POLL_SECONDS", 30)?.max(1),
            ),
            callback_secret: var("VEIVISER_CALLBACK_SECRET").unwrap_or(defaults.callback_secret),
            callback_secrets: app::journey::Agency::ALL
                .iter()
                .filter_map(|agency| {
                    let name = crate::agencies::callback_secret_variable(agency.id());
                    Some((agency.id().to_string(), var(&name)?))
                })
                .collect(),
            simulator_step: std::time::Duration::from_millis(number(
                "VEIVISER_SIMULATOR_STEP_MS",
                2000,
            )?),
            connectors: per_agency(&var, "VEIVISER_CONNECTOR", |raw| {
                crate::agencies::Connector::parse(raw).context("must be `api` or `inbox`")
            })?,
            deadline_days: per_agency(&var, "VEIVISER_DEADLINE_DAYS", |raw| {
                raw.parse::<u32>()
                    .ok()
                    .filter(|days| (1..=365).contains(days))
                    .context("must be a number of working days from 1 to 365")
            })?,
        };
        let (mode, mode_reason) = crate::mode::Mode::choose(
            var("VEIVISER_MODE").as_deref(),
            identity.issuer.is_some(),
            agencies.url.is_some(),
            public_url
                .as_deref()
                .is_some_and(|url| url.starts_with("https://")),
        )?;
        let metrics_addr = match var("VEIVISER_METRICS_ADDR") {
            Some(raw) => Some(
                raw.parse()
                    .context("VEIVISER_METRICS_ADDR must be an address like 127.0.0.1:9100")?,
            ),
            None => None,
        };
        let trusted_proxies = var("VEIVISER_TRUSTED_PROXIES")
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| {
                p.parse().with_context(|| {
                    format!("VEIVISER_TRUSTED_PROXIES must list IP addresses, not `{p}`")
                })
            })
            .collect::<anyhow::Result<_>>()?;
        Ok(Config {
            mode,
            mode_reason,
            metrics_addr,
            metrics_token: var("VEIVISER_METRICS_TOKEN"),
            trusted_proxies,
            callback_rate_limit: match var("VEIVISER_CALLBACK_RATE_LIMIT") {
                Some(raw) => raw
                    .parse()
                    .context("VEIVISER_CALLBACK_RATE_LIMIT must be a number")?,
                None => 60,
            },
            site_addr,
            public_url,
            identity,
            agencies,
            database_url: var("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into()),
            journeys_dir: var("VEIVISER_JOURNEYS_DIR")
                .unwrap_or_else(|| "journeys".into())
                .into(),
            journey_poll: std::time::Duration::from_millis(
                number("VEIVISER_JOURNEY_POLL_MS", 2000)?.max(50),
            ),
            immutable_assets: hash_files,
            leptos,
        })
    }

    /// Whether citizens reach the portal over https: cookies are then `Secure` and HSTS is sent.
    pub fn served_over_https(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|url| url.starts_with("https://"))
    }
}

/// `<prefix>_<AGENCY>` for each agency that has it set, read by `parse`: by agency id.
fn per_agency<T>(
    var: &impl Fn(&str) -> Option<String>,
    prefix: &str,
    parse: impl Fn(&str) -> anyhow::Result<T>,
) -> anyhow::Result<std::collections::HashMap<String, T>> {
    app::journey::Agency::ALL
        .iter()
        .filter_map(|agency| {
            let name = format!("{prefix}_{}", agency.id().to_uppercase());
            let raw = var(&name)?;
            Some(
                parse(raw.trim())
                    .with_context(|| format!("{name} `{raw}`"))
                    .map(|value| (agency.id().to_string(), value)),
            )
        })
        .collect()
}

/// A configuration from these variables alone, for unit tests here and in `mode`.
#[cfg(test)]
pub(crate) fn config_from(vars: &[(&str, &str)]) -> anyhow::Result<Config> {
    let vars: std::collections::HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Config::from_lookup(|name| vars.get(name).cloned())
}

#[cfg(test)]
mod tests;
