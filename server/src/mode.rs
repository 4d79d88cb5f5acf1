//! Demo or production: one decision that every default hangs on.
//!
//! The one-command start is a **demo**: the embedded test login, the agency simulator, the
//! synthetic population and the default secrets, with a banner on every page saying so.
//! **Production** is chosen with `VEIVISER_MODE=production`, or implied by a real identity
//! provider, real agencies or an https public address; the server then refuses to start while
//! anything of the demo would be active, with one line naming the variable to set. An explicit
//! `VEIVISER_MODE=demo` keeps the demo even with a real provider (for interoperability tests),
//! and says so loudly.

use crate::{agencies::AgencyConfig, config::Config};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Demo,
    Production,
}

/// The static token and callback secret of the demo: known to anyone who reads the docs.
pub const DEMO_AGENCY_TOKEN: &str = "simulator-token";
pub const DEMO_CALLBACK_SECRET: &str = "simulator-callback-secret";

impl Mode {
    /// `VEIVISER_MODE`, else what the other settings imply. Returns the mode and why.
    pub fn choose(
        explicit: Option<&str>,
        issuer: bool,
        agencies: bool,
        https: bool,
    ) -> anyhow::Result<(Mode, String)> {
        match explicit {
            Some("production") => Ok((Mode::Production, "VEIVISER_MODE=production".into())),
            Some("demo") => Ok((Mode::Demo, "VEIVISER_MODE=demo".into())),
            Some(other) => {
                anyhow::bail!("VEIVISER_MODE must be `demo` or `production`, not `{other}`")
            }
            None if issuer => Ok((Mode::Production, "VEIVISER_OIDC_ISSUER is set".into())),
            None if agencies => Ok((Mode::Production, "VEIVISER_AGENCIES_URL is set".into())),
            None if https => Ok((Mode::Production, "VEIVISER_PUBLIC_URL is https".into())),
            None => Ok((Mode::Demo, "nothing configured".into())),
        }
    }
}

/// What production refuses, first problem first: `None` when nothing of the demo is active.
pub fn production_refusal(config: &Config) -> Option<String> {
    if config.mode != Mode::Production {
        return None;
    }
    let why = &config.mode_reason;
    let refuse = |what: String| Some(format!("production mode ({why}) {what}"));
    if config.identity.issuer.is_none() {
        return refuse(
            "does not run the test login: set VEIVISER_OIDC_ISSUER (and its client secret)".into(),
        );
    }
    let agencies = &config.agencies;
    if agencies.url.is_none() {
        return refuse(
            "does not run the agency simulator: set VEIVISER_AGENCIES_URL to the agencies' API"
                .into(),
        );
    }
    if let Some(name) = default_callback_secret(agencies) {
        return refuse(format!(
            "needs each agency's own callback key: set {name} to a secret shared with that agency"
        ));
    }
    if let Some(name) = default_static_token(agencies) {
        return refuse(format!(
            "refuses the demo agency token: set {name}, or VEIVISER_MASKINPORTEN_TOKEN_URL for access tokens"
        ));
    }
    None
}

/// Whether this build has the agency simulator (the `simulator` cargo feature, on by default).
pub const SIMULATOR_BUILT: bool = cfg!(feature = "simulator");

/// What a build without the simulator (`built` false) refuses: a configuration that needs it,
/// that is one without `VEIVISER_AGENCIES_URL`. The demo needs the simulator feature.
pub fn simulator_refusal(config: &Config, built: bool) -> Option<String> {
    (!built && config.agencies.url.is_none()).then(|| {
        "this server is built without the agency simulator (cargo feature `simulator`), and \
         VEIVISER_AGENCIES_URL is not set: set it to the agencies' API, or build with the default \
         features for the demo"
            .to_string()
    })
}

/// The first agency's callback key variable that is unset or still the demo's. Production takes
/// no shared key: each agency signs with its own, so one cannot report on another's calls.
fn default_callback_secret(agencies: &AgencyConfig) -> Option<String> {
    agencies
        .callback_secret_variables()
        .into_iter()
        .find(|(_, key)| key.as_deref().is_none_or(|key| key == DEMO_CALLBACK_SECRET))
        .map(|(name, _)| name)
}

/// The variable whose static token would be sent and is still the demo's, if any. Static
/// tokens are sent when no Maskinporten is configured (production has no embedded provider).
fn default_static_token(agencies: &AgencyConfig) -> Option<String> {
    let static_tokens =
        agencies.maskinporten.is_none() || agencies.auth_mode == crate::agencies::AuthMode::Static;
    if !static_tokens {
        return None;
    }
    let mut targets: Vec<&str> = app::journey::Agency::ALL.iter().map(|a| a.id()).collect();
    if agencies.registers_url.is_some() {
        targets.extend(crate::agencies::registers::REGISTERS);
    }
    targets.into_iter().find_map(|target| {
        let token = agencies
            .agency_tokens
            .get(target)
            .unwrap_or(&agencies.token);
        (token == DEMO_AGENCY_TOKEN).then(|| {
            if agencies.token == DEMO_AGENCY_TOKEN {
                "VEIVISER_AGENCY_TOKEN".to_string()
            } else {
                crate::agencies::registers::token_variable(target)
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::config_from as config;

    fn refusal(vars: &[(&str, &str)]) -> String {
        let config = config(vars).expect("config");
        assert_eq!(config.mode, Mode::Production, "{vars:?}");
        production_refusal(&config).unwrap_or_default()
    }

    const REAL_PROVIDER: [(&str, &str); 2] = [
        ("VEIVISER_OIDC_ISSUER", "https://idporten.example"),
        ("VEIVISER_OIDC_CLIENT_SECRET", "a real secret"),
    ];

    #[test]
    fn the_one_command_start_is_a_demo() {
        let config = config(&[]).expect("config");
        assert_eq!(config.mode, Mode::Demo);
        assert_eq!(production_refusal(&config), None);
    }

    #[test]
    fn a_real_provider_agencies_or_https_imply_production() {
        for vars in [
            &REAL_PROVIDER[..],
            &[("VEIVISER_AGENCIES_URL", "https://agencies.example")][..],
            &[("VEIVISER_PUBLIC_URL", "https://veiviser.example")][..],
            &[("VEIVISER_MODE", "production")][..],
        ] {
            assert_eq!(config(vars).expect("config").mode, Mode::Production);
        }
        let error = config(&[("VEIVISER_MODE", "staging")]).unwrap_err();
        assert!(format!("{error:#}").contains("VEIVISER_MODE"));
    }

    #[test]
    fn production_refuses_the_test_login() {
        let line = refusal(&[("VEIVISER_PUBLIC_URL", "https://veiviser.example")]);
        assert!(line.contains("VEIVISER_OIDC_ISSUER"), "{line}");
        assert!(line.contains("VEIVISER_PUBLIC_URL is https"), "{line}");
    }

    #[test]
    fn production_refuses_the_simulator() {
        let line = refusal(&REAL_PROVIDER);
        assert!(line.contains("VEIVISER_AGENCIES_URL"), "{line}");
    }

    #[test]
    fn a_build_without_the_simulator_refuses_to_start_without_real_agencies() {
        let demo = config(&[]).expect("config");
        let line = simulator_refusal(&demo, false).unwrap_or_default();
        assert!(line.contains("VEIVISER_AGENCIES_URL"), "{line}");
        assert!(line.contains("`simulator`"), "{line}");
        assert_eq!(simulator_refusal(&demo, true), None);
        let real =
            config(&[("VEIVISER_AGENCIES_URL", "https://agencies.example")]).expect("config");
        assert_eq!(simulator_refusal(&real, false), None);
    }

    #[test]
    fn production_refuses_a_missing_or_demo_callback_key_and_the_demo_token() {
        let mut vars = REAL_PROVIDER.to_vec();
        vars.push(("VEIVISER_AGENCIES_URL", "https://agencies.example"));
        let line = refusal(&vars);
        assert!(line.contains("VEIVISER_CALLBACK_SECRET_"), "{line}");
        // A shared key is not enough: each agency needs its own.
        vars.push(("VEIVISER_CALLBACK_SECRET", "shared by every agency"));
        assert!(refusal(&vars).contains("VEIVISER_CALLBACK_SECRET_"));
        let keys: Vec<(String, String)> = app::journey::Agency::ALL
            .iter()
            .map(|agency| {
                let name = crate::agencies::callback_secret_variable(agency.id());
                let key = if agency.id() == "nav" {
                    DEMO_CALLBACK_SECRET.to_string()
                } else {
                    format!("{} key", agency.id())
                };
                (name, key)
            })
            .collect();
        let mut with_keys = vars.clone();
        with_keys.extend(keys.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let line = refusal(&with_keys);
        assert!(
            line.contains("VEIVISER_CALLBACK_SECRET_NAV"),
            "the demo's key: {line}"
        );
        with_keys.retain(|(k, _)| *k != "VEIVISER_CALLBACK_SECRET_NAV");
        with_keys.push(("VEIVISER_CALLBACK_SECRET_NAV", "nav key"));
        let line = refusal(&with_keys);
        assert!(line.contains("VEIVISER_AGENCY_TOKEN"), "{line}");
        with_keys.push(("VEIVISER_AGENCY_TOKEN", "a real token"));
        assert_eq!(refusal(&with_keys), "");
    }
}
