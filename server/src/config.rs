//! Configuration. Everything comes from environment variables (documented in the README), and
//! every variable has a default that runs the portal on one machine with nothing else installed.

use anyhow::{bail, Context};
use leptos::config::LeptosOptions;
use std::{net::SocketAddr, path::PathBuf};

#[derive(Clone, Debug)]
pub struct Config {
    /// Where to listen (`LEPTOS_SITE_ADDR`, default `127.0.0.1:3000`).
    pub site_addr: SocketAddr,
    /// The address citizens use (`VEIVISER_PUBLIC_URL`); `https://` makes cookies `Secure`.
    pub public_url: String,
    /// `DATABASE_URL`, the sqlx convention: `sqlite://…` (default) or `postgres://…`.
    pub database_url: String,
    /// `VEIVISER_JOURNEYS_DIR`, default `journeys`.
    pub journeys_dir: PathBuf,
    pub leptos: LeptosOptions,
    /// Serve `/pkg` with year-long immutable caching: true when file names carry content hashes.
    pub immutable_assets: bool,
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
            var("VEIVISER_PUBLIC_URL").unwrap_or_else(|| format!("http://{site_addr}"));
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            bail!("VEIVISER_PUBLIC_URL must start with http:// or https://");
        }
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
        Ok(Config {
            site_addr,
            public_url,
            database_url: var("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into()),
            journeys_dir: var("VEIVISER_JOURNEYS_DIR")
                .unwrap_or_else(|| "journeys".into())
                .into(),
            immutable_assets: hash_files,
            leptos,
        })
    }

    /// Cookies carry `Secure` unless the portal is served over plain http.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> anyhow::Result<Config> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_run_on_one_machine() {
        let config = config(&[]).expect("defaults");
        assert_eq!(config.site_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(config.public_url, "http://127.0.0.1:3000");
        assert!(!config.secure_cookies());
    }

    #[test]
    fn the_site_address_and_database_come_from_the_environment() {
        let config = config(&[
            ("LEPTOS_SITE_ADDR", "0.0.0.0:8080"),
            ("DATABASE_URL", "postgres://veiviser@db/veiviser"),
            ("VEIVISER_PUBLIC_URL", "https://veiviser.example"),
        ])
        .expect("valid");
        assert_eq!(config.site_addr.port(), 8080);
        assert!(config.database_url.starts_with("postgres://"));
        assert!(config.secure_cookies());
    }

    #[test]
    fn a_malformed_address_is_refused_with_the_variable_named() {
        let error = config(&[("LEPTOS_SITE_ADDR", "localhost")]).unwrap_err();
        assert!(format!("{error:#}").contains("LEPTOS_SITE_ADDR"));
    }
}
