//! The agencies: the outbox worker that delivers each submission's calls to them, their signed
//! status callbacks, and prefill from the registers. Production code: the simulated agencies and
//! registers used when no real ones are configured are `crate::simulator`, which this module
//! never imports.

pub mod callbacks;
pub mod delivery;
pub mod prefill;
pub mod registers;
pub mod resolver;
pub mod signature;

use std::time::Duration;

/// How calls reach the agencies (see the README's configuration table).
#[derive(Clone, Debug)]
pub struct AgencyConfig {
    /// `VEIVISER_AGENCIES_URL`: calls go to `<url>/v1/<agency>/<operation>` (`contract::submit_url`). Unset: the embedded
    /// simulator at `/sim/agencies` on this server.
    pub url: Option<String>,
    /// `VEIVISER_AGENCY_TOKEN`: the bearer token sent with every call (and the simulator's
    /// admin token).
    pub token: String,
    /// `VEIVISER_AGENCY_TOKEN_<AGENCY>` (e.g. `…_NAV`): a static token of that agency's own.
    pub agency_tokens: std::collections::HashMap<String, String>,
    /// `VEIVISER_AGENCY_AUTH`: `auto` (default), `maskinporten` or `static`.
    pub auth_mode: AuthMode,
    pub maskinporten: Option<ExternalMaskinporten>,
    /// `VEIVISER_REGISTERS_URL`: the registers prefill reads (`<url>/folkeregisteret/…`). Unset:
    /// the simulator's at `/sim/registers` when it runs, else no prefill.
    pub registers_url: Option<String>,
    /// `VEIVISER_REGISTER_TIMEOUT_MS`: how long a journey's start may wait for the registers
    /// in all (token, reads); what is not read by then, the citizen fills in by hand.
    pub register_timeout: Duration,
    /// `VEIVISER_DELIVERY_GIVE_UP_HOURS`: how long a call is retried (from when it was queued)
    /// before it is dead-lettered, while its failures are transient.
    pub give_up: Duration,
    /// `VEIVISER_DELIVERY_TIMEOUT_SECONDS`: how long one call may take.
    pub timeout: Duration,
    /// `VEIVISER_DELIVERY_BACKOFF_MS`: the first retry's delay; it doubles per attempt.
    pub backoff: Duration,
    /// `VEIVISER_DELIVERY_BACKOFF_MAX_SECONDS`: the longest delay between two attempts.
    pub backoff_max: Duration,
    /// `VEIVISER_CIRCUIT_FAILURES`: consecutive transient failures that open an agency's circuit.
    pub circuit_failures: u32,
    /// `VEIVISER_CIRCUIT_COOL_DOWN_SECONDS`: how long an open circuit sends nothing before a
    /// probe call.
    pub circuit_cool_down: Duration,
    /// How often the worker looks for due calls.
    pub poll: Duration,
    /// `VEIVISER_STATUS_POLL_SECONDS`: how long a case may be quiet (no callback) before the
    /// portal asks the agency how it stands; also how often it asks.
    pub status_poll: Duration,
    /// `VEIVISER_FEED_POLL_SECONDS`: how often Folkeregisteret's event feed is read for
    /// proactive offers (`crate::proactive`).
    pub feed_poll: Duration,
    /// `VEIVISER_CALLBACK_SECRET`: the shared key status callbacks are signed with, taken only
    /// in demo use (see `signature::CallbackKeys`).
    pub callback_secret: String,
    /// `VEIVISER_CALLBACK_SECRET_<AGENCY>` (e.g. `…_NAV`): the key that agency signs its status
    /// callbacks with.
    pub callback_secrets: std::collections::HashMap<String, String>,
    /// `VEIVISER_SIMULATOR_STEP_MS`: how long a simulated case takes per status.
    pub simulator_step: Duration,
    /// `VEIVISER_CONNECTOR_<AGENCY>` (`api` or `inbox`), by agency id; an agency not named is
    /// `Connector::default_for` it.
    pub connectors: std::collections::HashMap<String, Connector>,
    /// `VEIVISER_DEADLINE_DAYS_<AGENCY>`: the working days an inbox agency has to decide a case
    /// (default `DEFAULT_DEADLINE_DAYS`).
    pub deadline_days: std::collections::HashMap<String, u32>,
}

/// How an agency receives its calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connector {
    /// Over HTTP, to the agency's own case system (the simulator in the demo).
    Api,
    /// Into the portal's own case table, where the agency's caseworkers handle them.
    Inbox,
}

impl Connector {
    /// The municipality and the court have no case system of their own: they work in the inbox.
    pub fn default_for(agency: &str) -> Connector {
        match agency {
            "kommune" | "domstol" => Connector::Inbox,
            _ => Connector::Api,
        }
    }

    pub fn parse(word: &str) -> Option<Connector> {
        match word {
            "api" => Some(Connector::Api),
            "inbox" => Some(Connector::Inbox),
            _ => None,
        }
    }
}

/// The working days an agency has to decide a case, unless configured.
pub const DEFAULT_DEADLINE_DAYS: u32 = 10;

impl Default for AgencyConfig {
    fn default() -> Self {
        AgencyConfig {
            url: None,
            token: "simulator-token".into(),
            agency_tokens: Default::default(),
            registers_url: None,
            auth_mode: AuthMode::Auto,
            maskinporten: None,
            register_timeout: Duration::from_secs(3),
            give_up: Duration::from_secs(72 * 3600),
            timeout: Duration::from_secs(10),
            backoff: Duration::from_millis(500),
            backoff_max: Duration::from_secs(600),
            circuit_failures: 5,
            circuit_cool_down: Duration::from_secs(30),
            poll: Duration::from_millis(200),
            status_poll: Duration::from_secs(60),
            feed_poll: Duration::from_secs(30),
            callback_secret: "simulator-callback-secret".into(),
            callback_secrets: Default::default(),
            simulator_step: Duration::from_secs(2),
            connectors: Default::default(),
            deadline_days: Default::default(),
        }
    }
}

/// The most an agency's or a register's answer may weigh.
pub const MAX_ANSWER_BYTES: usize = 64 * 1024;

/// Why an answer's body was not read.
#[derive(Debug)]
pub enum BodyError {
    /// Over `MAX_ANSWER_BYTES` (said up front or found while reading): a hostile answer.
    TooLarge,
    /// The connection failed while reading.
    Broken(reqwest::Error),
}

/// An answer's body, read no further than `MAX_ANSWER_BYTES`.
pub async fn answer_body(mut response: reqwest::Response) -> Result<Vec<u8>, BodyError> {
    if response
        .content_length()
        .is_some_and(|n| n as usize > MAX_ANSWER_BYTES)
    {
        return Err(BodyError::TooLarge);
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Broken)? {
        body.extend_from_slice(&chunk);
        if body.len() > MAX_ANSWER_BYTES {
            return Err(BodyError::TooLarge);
        }
    }
    Ok(body)
}

/// How the portal proves itself to the agencies and registers.
#[derive(Clone)]
pub enum AgencyAuth {
    /// A static bearer token per agency (or the shared one).
    Static(Box<AgencyConfig>),
    /// An access token per scope, from a Maskinporten-style provider.
    Maskinporten(crate::identity::machine::MachineTokens),
}

/// The scope of one service: `<agency or register>:<service>`, e.g. `nav:parental-benefit`.
pub fn scope(target: &str, service: &str) -> String {
    format!("{target}:{service}")
}

impl AgencyAuth {
    /// The bearer token for a call to `target`'s `service`.
    pub async fn bearer(&self, target: &str, service: &str) -> Result<String, String> {
        match self {
            AgencyAuth::Static(config) => Ok(config.token_for(target).to_string()),
            AgencyAuth::Maskinporten(tokens) => tokens.token(&scope(target, service)).await,
        }
    }
}

/// How to authenticate to agencies and registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthMode {
    /// A configured Maskinporten; else the embedded provider for the simulator; else static.
    Auto,
    /// Access tokens always: a configured Maskinporten, else the embedded provider.
    Maskinporten,
    /// The static tokens.
    Static,
}

/// A Maskinporten-style provider other than the embedded one (`VEIVISER_MASKINPORTEN_*`).
#[derive(Clone, Debug)]
pub struct ExternalMaskinporten {
    pub token_url: String,
    pub audience: String,
    pub client_id: String,
    /// A PKCS#1 PEM file with the client's RSA key.
    pub key_file: std::path::PathBuf,
    pub kid: String,
}

impl AgencyConfig {
    /// How `agency`'s calls are delivered.
    pub fn connector(&self, agency: &str) -> Connector {
        self.connectors
            .get(agency)
            .copied()
            .unwrap_or_else(|| Connector::default_for(agency))
    }

    /// The working days `agency` has to decide a case.
    pub fn deadline_days(&self, agency: &str) -> u32 {
        self.deadline_days
            .get(agency)
            .copied()
            .unwrap_or(DEFAULT_DEADLINE_DAYS)
    }

    /// The bearer token for calls to `agency`: its own, or the shared one.
    pub fn token_for(&self, agency: &str) -> &str {
        self.agency_tokens
            .get(agency)
            .map_or(&self.token, String::as_str)
    }

    /// What production needs for callbacks: for each agency, the variable its own key comes
    /// from (`VEIVISER_CALLBACK_SECRET_<AGENCY>`) and the key, if set. The shared
    /// `VEIVISER_CALLBACK_SECRET` is not among them: it is taken only in demo use.
    pub fn callback_secret_variables(&self) -> Vec<(String, Option<String>)> {
        app::journey::Agency::ALL
            .iter()
            .map(|agency| {
                (
                    callback_secret_variable(agency.id()),
                    self.callback_secrets.get(agency.id()).cloned(),
                )
            })
            .collect()
    }
}

/// The variable of one agency's callback key, e.g. `VEIVISER_CALLBACK_SECRET_NAV`.
pub fn callback_secret_variable(agency: &str) -> String {
    format!("VEIVISER_CALLBACK_SECRET_{}", agency.to_uppercase())
}
