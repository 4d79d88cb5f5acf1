//! Policy at the edge that depends on how the portal is deployed: who the client is behind a
//! proxy, who may read `/metrics`, how often an address may log in or call back, and whether
//! pages carry the demo banner.

use crate::{identity::rate_limit::RateLimiter, state::AppState};
use axum::{
    extract::{ConnectInfo, Request, State},
    http::{header, HeaderMap, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::net::{IpAddr, SocketAddr};

/// Who may read `/metrics` on the citizens' address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetricsAccess {
    /// Anyone (the demo, with no other choice made).
    Public,
    /// Only with `Authorization: Bearer <token>` (`VEIVISER_METRICS_TOKEN`).
    Token(String),
    /// Nobody: served on `VEIVISER_METRICS_ADDR`, or (production without either) not at all.
    Elsewhere,
}

pub struct Edge {
    pub demo: bool,
    pub metrics: MetricsAccess,
    /// Peers whose `X-Forwarded-For` is believed (`VEIVISER_TRUSTED_PROXIES`).
    pub trusted_proxies: Vec<IpAddr>,
    /// Refused callbacks per client address per minute.
    pub callback_limiter: RateLimiter,
}

impl Edge {
    pub fn new(config: &crate::config::Config) -> Self {
        let demo = config.mode == crate::mode::Mode::Demo;
        let metrics = match (&config.metrics_addr, &config.metrics_token) {
            (Some(_), _) => MetricsAccess::Elsewhere,
            (None, Some(token)) => MetricsAccess::Token(token.clone()),
            (None, None) if demo => MetricsAccess::Public,
            (None, None) => {
                tracing::warn!(
                    "/metrics is not served: set VEIVISER_METRICS_ADDR or VEIVISER_METRICS_TOKEN"
                );
                MetricsAccess::Elsewhere
            }
        };
        Edge {
            demo,
            metrics,
            trusted_proxies: config.trusted_proxies.clone(),
            callback_limiter: RateLimiter::new(
                config.callback_rate_limit,
                std::time::Duration::from_secs(60),
            ),
        }
    }

    /// The client's address: the peer's, unless the peer is a trusted proxy; then the last
    /// address in `X-Forwarded-For` that is not itself a trusted proxy. Entries a client wrote
    /// itself (further left) are never believed.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.trusted_proxies.contains(&peer) {
            return peer;
        }
        let forwarded: Vec<IpAddr> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(|entry| entry.trim().parse::<IpAddr>().ok())
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default();
        forwarded
            .into_iter()
            .rev()
            .find(|address| !self.trusted_proxies.contains(address))
            .unwrap_or(peer)
    }
}

/// `/metrics` on the citizens' address, as `MetricsAccess` allows.
pub async fn metrics(State(state): State<AppState>, headers: HeaderMap) -> Response {
    match &state.edge.metrics {
        MetricsAccess::Public => {}
        MetricsAccess::Elsewhere => return (StatusCode::NOT_FOUND, "not found").into_response(),
        MetricsAccess::Token(token) => {
            let given = headers
                .get(header::AUTHORIZATION)
                .and_then(|value| value.to_str().ok())
                .and_then(|value| value.strip_prefix("Bearer "));
            if !given.is_some_and(|given| constant_time_eq(given.as_bytes(), token.as_bytes())) {
                return (
                    StatusCode::UNAUTHORIZED,
                    [(header::WWW_AUTHENTICATE, "Bearer")],
                )
                    .into_response();
            }
        }
    }
    super::metrics::render(State(state)).await.into_response()
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Limits *refused* status callbacks per client address: an agency's own callbacks, however
/// many, are never held up, while a client guessing signatures or flooding the endpoint with
/// garbage is answered 429 before any signature work once it has used up its window.
pub async fn limit_callbacks(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
    next: Next,
) -> Response {
    let client = state.edge.client(peer.ip(), request.headers());
    if state.edge.callback_limiter.exhausted(client) {
        tracing::warn!(%client, "callback rate limit reached");
        return crate::contract::Problem::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate-limited",
            "Too many refused reports from this address",
        )
        .retry_after(60)
        .into_response();
    }
    let response = next.run(request).await;
    if response.status().is_client_error() {
        state.edge.callback_limiter.allow(client);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(proxies: &[&str]) -> Edge {
        Edge {
            demo: false,
            metrics: MetricsAccess::Elsewhere,
            trusted_proxies: proxies.iter().map(|p| p.parse().expect("ip")).collect(),
            callback_limiter: RateLimiter::new(1, std::time::Duration::from_secs(60)),
        }
    }

    fn forwarded(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", value.parse().expect("header"));
        headers
    }

    #[test]
    fn a_client_behind_a_trusted_proxy_is_the_forwarded_address() {
        let edge = edge(&["10.0.0.1"]);
        let peer = "10.0.0.1".parse().expect("ip");
        assert_eq!(
            edge.client(peer, &forwarded("203.0.113.9")).to_string(),
            "203.0.113.9"
        );
        // What the client wrote itself (left of what the proxy added) is not believed.
        assert_eq!(
            edge.client(peer, &forwarded("192.0.2.1, 203.0.113.9"))
                .to_string(),
            "203.0.113.9"
        );
    }

    #[test]
    fn forwarded_headers_from_anyone_else_are_ignored() {
        let edge = edge(&["10.0.0.1"]);
        let peer = "198.51.100.7".parse().expect("ip");
        assert_eq!(
            edge.client(peer, &forwarded("203.0.113.9")).to_string(),
            "198.51.100.7"
        );
        let edge = self::edge(&[]);
        assert_eq!(
            edge.client(peer, &forwarded("203.0.113.9")).to_string(),
            "198.51.100.7"
        );
    }

    #[test]
    fn a_malformed_forwarded_header_falls_back_to_the_peer() {
        let edge = edge(&["10.0.0.1"]);
        let peer = "10.0.0.1".parse().expect("ip");
        assert_eq!(
            edge.client(peer, &forwarded("203.0.113.9, not-an-ip"))
                .to_string(),
            "10.0.0.1"
        );
    }
}
