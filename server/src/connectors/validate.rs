//! The connector form, checked: every field's problem at once (each a message id at its field),
//! or the settings to store. Pure, so each rule has a plain test.
//!
//! The address must be http(s) and must not be the portal itself: a connector that calls the
//! portal would deliver citizens' submissions back into it (or, through its open endpoints, let
//! an admin make the portal call itself with the agency's token). "The portal" is its public
//! address, and any loopback or unspecified host on the port it listens on. A link-local address
//! (`169.254.0.0/16`, `fe80::/10`: where clouds serve their instance metadata and credentials) is
//! refused too, since the test connection shows what an address answers. An address is judged
//! by what it is (`validate`) and, for a host name, by where it resolves to (`resolved_problem`,
//! when it is saved and before each test connection): a name that leads to a link-local address
//! or to the portal's own port on a loopback address is refused the same way.

use crate::storage::ConnectorSettings;
use app::pages::admin::model::{ConnectorForm, FieldProblem};
use reqwest::Url;
use std::net::{IpAddr, SocketAddr};

/// The timeout's range, in seconds.
pub const TIMEOUT_SECONDS: std::ops::RangeInclusive<i64> = 1..=120;
/// The first retry's delay, in milliseconds (50 ms to 10 minutes).
pub const BACKOFF_MS: std::ops::RangeInclusive<i64> = 50..=600_000;
/// How long a call is retried before it is given up, in hours (up to 30 days).
pub const GIVE_UP_HOURS: std::ops::RangeInclusive<i64> = 1..=720;
/// The most attempts per call (0: only the give-up time counts).
pub const ATTEMPTS: std::ops::RangeInclusive<i64> = 0..=100;
/// The longest static token taken (a bearer token is a header).
const TOKEN_MAX: usize = 4096;

/// Where the portal itself is reached: what a connector must not point at.
#[derive(Clone, Debug)]
pub struct Portal {
    /// The public address's host (lowercase) and port.
    public: Option<(String, u16)>,
    /// The port the portal listens on.
    port: u16,
}

impl Portal {
    pub fn new(public_url: &str, address: SocketAddr) -> Self {
        let public = Url::parse(public_url).ok().and_then(|url| {
            Some((
                url.host_str()?.to_ascii_lowercase(),
                url.port_or_known_default()?,
            ))
        });
        Portal {
            public,
            port: address.port(),
        }
    }

    /// Whether `url` reaches this portal.
    fn is_me(&self, url: &Url) -> bool {
        let (Some(host), Some(port)) = (url.host_str(), url.port_or_known_default()) else {
            return false;
        };
        let host = host.to_ascii_lowercase();
        if self.public.as_ref() == Some(&(host.clone(), port)) {
            return true;
        }
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        let local = bare == "localhost"
            || bare.ends_with(".localhost")
            || bare.parse::<IpAddr>().is_ok_and(|ip| {
                let ip = ip.to_canonical();
                ip.is_loopback() || ip.is_unspecified()
            });
        local && port == self.port
    }

    /// What is wrong with reaching `ip` on `port`: a link-local address, or the portal's own
    /// port on a loopback or unspecified one (an IPv4 address written as IPv6 counts as itself).
    fn forbidden(&self, ip: IpAddr, port: u16) -> Option<&'static str> {
        let ip = ip.to_canonical();
        if crate::agencies::resolver::link_local(ip) {
            Some("connector-url-link-local")
        } else if (ip.is_loopback() || ip.is_unspecified()) && port == self.port {
            Some("connector-url-portal")
        } else {
            None
        }
    }
}

/// Whether `url`'s host is a link-local address.
fn link_local(url: &Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    host.trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<IpAddr>()
        .is_ok_and(crate::agencies::resolver::link_local)
}

/// Where a saved address's host name leads, judged like an address typed as a number: the
/// message id of the first resolved address a connector must not reach. A name that does not
/// resolve (within two seconds) is no problem here: calls to it fail on their own.
pub async fn resolved_problem(url: &str, portal: &Portal) -> Option<&'static str> {
    let url = Url::parse(url).ok()?;
    let port = url.port_or_known_default()?;
    // `host:port`, an IPv6 address in its brackets as the URL has it.
    let lookup = tokio::net::lookup_host(format!("{}:{port}", url.host_str()?));
    let addresses = tokio::time::timeout(std::time::Duration::from_secs(2), lookup)
        .await
        .ok()?
        .ok()?;
    addresses
        .into_iter()
        .find_map(|address| portal.forbidden(address.ip(), port))
}

fn problem(field: &str, message: &str) -> FieldProblem {
    FieldProblem {
        field: field.into(),
        message: message.into(),
    }
}

/// A whole number in `range`, or the problem `message` at `field`.
fn number(
    typed: &str,
    range: std::ops::RangeInclusive<i64>,
    field: &str,
    message: &str,
    problems: &mut Vec<FieldProblem>,
) -> i64 {
    match typed.trim().parse::<i64>() {
        Ok(n) if range.contains(&n) => n,
        _ => {
            problems.push(problem(field, message));
            0
        }
    }
}

/// The address as stored: `None` for the environment's default, else an http(s) URL with no
/// credentials and no trailing slash, not the portal.
fn address(typed: &str, portal: &Portal, problems: &mut Vec<FieldProblem>) -> Option<String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let refuse = |problems: &mut Vec<FieldProblem>, message| {
        problems.push(problem("url", message));
        None
    };
    let Ok(url) = Url::parse(typed) else {
        return refuse(problems, "connector-url-invalid");
    };
    if !matches!(url.scheme(), "http" | "https") {
        return refuse(problems, "connector-url-scheme");
    }
    if url.host_str().is_none_or(str::is_empty) {
        return refuse(problems, "connector-url-invalid");
    }
    if !url.username().is_empty() || url.password().is_some() {
        return refuse(problems, "connector-url-credentials");
    }
    if url.query().is_some() || url.fragment().is_some() {
        return refuse(problems, "connector-url-invalid");
    }
    if portal.is_me(&url) {
        return refuse(problems, "connector-url-portal");
    }
    if link_local(&url) {
        return refuse(problems, "connector-url-link-local");
    }
    Some(url.as_str().trim_end_matches('/').to_string())
}

/// The form as settings to store, with `kept` (the token in force) unless a new one was typed;
/// or every problem.
pub fn validate(
    agency: &str,
    form: &ConnectorForm,
    portal: &Portal,
    kept: Option<String>,
) -> Result<ConnectorSettings, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    if !matches!(form.kind.as_str(), "api" | "inbox") {
        problems.push(problem("kind", "connector-kind-unknown"));
    }
    let url = address(&form.url, portal, &mut problems);
    let scopes = form.scopes.split_whitespace().collect::<Vec<_>>().join(" ");
    let typed = form.token.trim();
    let token = if typed.is_empty() {
        kept
    } else if typed.len() > TOKEN_MAX || !typed.chars().all(|c| c.is_ascii_graphic()) {
        problems.push(problem("token", "connector-token-invalid"));
        None
    } else {
        Some(typed.to_string())
    };
    match form.auth.as_str() {
        "default" => {}
        "maskinporten" if scopes.is_empty() => {
            problems.push(problem("scopes", "connector-scopes-missing"));
        }
        "maskinporten" => {
            let sound = |c: char| c.is_ascii_alphanumeric() || ":._/-".contains(c);
            if !scopes.chars().all(|c| c == ' ' || sound(c)) {
                problems.push(problem("scopes", "connector-scopes-invalid"));
            } else if !super::live::own_scopes(agency, &scopes) {
                // A token for another agency or a register would go to this connector's address.
                problems.push(problem("scopes", "connector-scopes-other-agency"));
            }
        }
        "static" if token.is_none() && typed.is_empty() => {
            problems.push(problem("token", "connector-token-missing"));
        }
        "static" => {}
        _ => problems.push(problem("auth", "connector-auth-unknown")),
    }
    let timeout = number(
        &form.timeout_seconds,
        TIMEOUT_SECONDS,
        "timeout_seconds",
        "connector-timeout-range",
        &mut problems,
    );
    let backoff_ms = number(
        &form.backoff_ms,
        BACKOFF_MS,
        "backoff_ms",
        "connector-backoff-range",
        &mut problems,
    );
    let give_up_hours = number(
        &form.give_up_hours,
        GIVE_UP_HOURS,
        "give_up_hours",
        "connector-give-up-range",
        &mut problems,
    );
    // Left empty, as on a form from before the field: no count.
    let attempts = if form.attempts.trim().is_empty() {
        0
    } else {
        number(
            &form.attempts,
            ATTEMPTS,
            "attempts",
            "connector-attempts-range",
            &mut problems,
        )
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(ConnectorSettings {
        kind: form.kind.clone(),
        url,
        auth: form.auth.clone(),
        scopes,
        token,
        timeout_ms: timeout * 1000,
        backoff_ms,
        give_up_hours,
        attempts,
    })
}
