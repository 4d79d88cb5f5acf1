//! The connectors in force, kept in step with the database without a restart, and the route a
//! call to an agency takes (`route`): the delivery worker, the status poller and the test
//! connection all ask here, so what an admin saved is what the next call uses.
//!
//! A save on this instance refreshes at once (`refresh`); every instance also compares the
//! newest version numbers every few seconds (`spawn`), so a save on another instance applies
//! here within that time. An agency without a saved version takes the environment's settings
//! (`AgencyConfig`), exactly as before connectors could be edited.

use crate::{
    agencies::{AgencyAuth, AgencyConfig, Connector},
    identity::machine::MachineTokens,
    storage::{Database, StorageError, StoredConnector},
};
use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
    time::Duration,
};

/// What a call takes when an agency's connector does not say: the environment's settings.
#[derive(Clone)]
pub struct Defaults {
    /// Where calls go: `<base>/<agency>/<operation>`.
    pub base: String,
    pub auth: AgencyAuth,
    pub config: AgencyConfig,
    /// The access tokens of the configured (or embedded) Maskinporten, for a connector that
    /// asks for them; `None` when the environment has none.
    pub machine: Option<MachineTokens>,
}

/// The saved connectors in force, by agency id, swapped whole on a change.
pub struct LiveConnectors {
    database: Database,
    pub defaults: Defaults,
    current: RwLock<Arc<HashMap<String, StoredConnector>>>,
}

/// How a call to one agency goes now.
pub struct Route<'a> {
    pub kind: Connector,
    pub base: String,
    pub timeout: Duration,
    pub backoff: Duration,
    pub give_up: Duration,
    /// The most attempts per call; `None`: only the give-up time counts.
    pub attempts: Option<u32>,
    auth: RouteAuth<'a>,
}

enum RouteAuth<'a> {
    Environment(&'a AgencyAuth),
    /// The environment's authentication, to an address an admin saved: never the shared static
    /// token, which other agencies take too.
    EnvironmentElsewhere(&'a AgencyAuth),
    Static(String),
    Maskinporten(Option<&'a MachineTokens>, String),
}

impl Route<'_> {
    /// The bearer token for a call to `agency`'s `service`. An admin's connector gets tokens for
    /// its own agency only: its scopes must all be `<agency>:…`, and the environment's shared
    /// static token is not sent to an address it saved (whoever holds that address could call
    /// every other agency with it).
    pub async fn bearer(&self, agency: &str, service: &str) -> Result<String, String> {
        match &self.auth {
            RouteAuth::Environment(auth) => auth.bearer(agency, service).await,
            RouteAuth::EnvironmentElsewhere(AgencyAuth::Static(config))
                if !config.agency_tokens.contains_key(agency) =>
            {
                Err(format!(
                    "the shared agency token is not sent to an address a connector saved; give                      the connector a token of its own, Maskinporten, or {agency}'s own                      environment token"
                ))
            }
            RouteAuth::EnvironmentElsewhere(auth) => auth.bearer(agency, service).await,
            RouteAuth::Static(token) => Ok(token.clone()),
            RouteAuth::Maskinporten(_, scopes) if !own_scopes(agency, scopes) => Err(format!(
                "the connector asks for scopes that are not {agency}'s: {scopes}"
            )),
            RouteAuth::Maskinporten(Some(tokens), scopes) => tokens.token(scopes).await,
            RouteAuth::Maskinporten(None, _) => Err("no Maskinporten is configured".into()),
        }
    }
}

/// Whether every scope in `scopes` is `agency`'s own (`<agency>:<something>`), and there is one.
pub fn own_scopes(agency: &str, scopes: &str) -> bool {
    let prefix = format!("{agency}:");
    let mut scopes = scopes.split_whitespace().peekable();
    scopes.peek().is_some()
        && scopes.all(|scope| scope.len() > prefix.len() && scope.starts_with(&prefix))
}

impl LiveConnectors {
    /// Empty: call `refresh` (startup does) to read what is saved.
    pub fn new(database: Database, defaults: Defaults) -> Self {
        LiveConnectors {
            database,
            defaults,
            current: RwLock::default(),
        }
    }

    fn snapshot(&self) -> Arc<HashMap<String, StoredConnector>> {
        self.current
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// The saved version in force for `agency`, if any.
    pub fn saved(&self, agency: &str) -> Option<StoredConnector> {
        self.snapshot().get(agency).cloned()
    }

    /// How a call to `agency` goes now: its saved connector's settings, the environment's for
    /// what it leaves to them (no URL, `default` auth) and for an agency without one.
    pub fn route(&self, agency: &str) -> Route<'_> {
        let defaults = &self.defaults;
        let config = &defaults.config;
        let environment = Route {
            kind: config.connector(agency),
            base: defaults.base.clone(),
            timeout: config.timeout,
            backoff: config.backoff,
            give_up: config.give_up,
            attempts: None,
            auth: RouteAuth::Environment(&defaults.auth),
        };
        let Some(saved) = self.saved(agency) else {
            return environment;
        };
        let s = &saved.settings;
        let auth = match (s.auth.as_str(), &s.token) {
            ("static", Some(token)) => RouteAuth::Static(token.clone()),
            ("maskinporten", _) => {
                RouteAuth::Maskinporten(defaults.machine.as_ref(), s.scopes.clone())
            }
            _ if s.url.is_some() => RouteAuth::EnvironmentElsewhere(&defaults.auth),
            _ => environment.auth,
        };
        let millis = |ms: i64| Duration::from_millis(u64::try_from(ms).unwrap_or(0));
        Route {
            kind: Connector::parse(&s.kind).unwrap_or(environment.kind),
            base: s.url.clone().unwrap_or(environment.base),
            timeout: millis(s.timeout_ms),
            backoff: millis(s.backoff_ms),
            give_up: Duration::from_secs(u64::try_from(s.give_up_hours).unwrap_or(0) * 3600),
            attempts: u32::try_from(s.attempts).ok().filter(|n| *n > 0),
            auth,
        }
    }

    /// The longest any call may be retried: the environment's give-up time or a connector's
    /// longer one (calls held by an open circuit are dead-lettered in bulk after this).
    pub fn longest_give_up(&self) -> Duration {
        let hours = self
            .snapshot()
            .values()
            .map(|c| c.settings.give_up_hours)
            .max()
            .unwrap_or(0);
        let saved = Duration::from_secs(u64::try_from(hours).unwrap_or(0) * 3600);
        self.defaults.config.give_up.max(saved)
    }

    /// Reads the versions in force again when the newest version numbers differ from those
    /// held: true when something changed.
    pub async fn refresh(&self) -> Result<bool, StorageError> {
        let connectors = self.database.connectors();
        let newest = connectors.newest().await?;
        let held: Vec<(String, i64)> = {
            let snapshot = self.snapshot();
            let mut held: Vec<_> = snapshot
                .values()
                .map(|c| (c.agency.clone(), c.version))
                .collect();
            held.sort();
            held
        };
        if newest == held {
            return Ok(false);
        }
        let current = connectors
            .current()
            .await?
            .into_iter()
            .map(|c| (c.agency.clone(), c))
            .collect();
        *self
            .current
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(current);
        Ok(true)
    }

    /// Runs `refresh` every `every` for as long as the server runs; a failure is logged and the
    /// next round tries again.
    pub fn spawn(self: Arc<Self>, every: Duration) {
        tokio::spawn(async move {
            let mut interval = tokio::time::interval(every);
            interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                interval.tick().await;
                match self.refresh().await {
                    Ok(true) => tracing::info!("an agency connector changed: in force now"),
                    Ok(false) => {}
                    Err(error) => tracing::error!(%error, "cannot read the agency connectors"),
                }
            }
        });
    }
}
