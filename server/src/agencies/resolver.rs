//! The agencies' HTTP client resolves host names as usual, but never to a link-local address
//! (`169.254.0.0/16`, `fe80::/10`, also written as IPv4 in IPv6): where clouds serve instance
//! metadata and credentials. A connector's address is checked when it is saved and before each
//! test connection (`connectors::validate`); this holds at every call, so a name pointed there
//! afterwards (DNS rebinding) reaches nothing. Addresses written as numbers are not resolved, and
//! are refused when saved.

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use std::net::{IpAddr, SocketAddr};

/// Whether `ip` is link-local (an IPv4 address written as IPv6 counts as itself).
pub fn link_local(ip: IpAddr) -> bool {
    match ip.to_canonical() {
        IpAddr::V4(ip) => ip.is_link_local(),
        IpAddr::V6(ip) => (ip.segments()[0] & 0xffc0) == 0xfe80,
    }
}

/// The resolved addresses a call may use: none that is link-local. An error when none is left.
pub fn usable(name: &str, found: Vec<SocketAddr>) -> Result<Vec<SocketAddr>, String> {
    let kept: Vec<SocketAddr> = found.into_iter().filter(|a| !link_local(a.ip())).collect();
    if kept.is_empty() {
        return Err(format!("{name} resolves to no address an agency may have"));
    }
    Ok(kept)
}

/// The system's resolver, without link-local answers.
pub struct NoLinkLocal;

impl Resolve for NoLinkLocal {
    fn resolve(&self, name: Name) -> Resolving {
        Box::pin(async move {
            let host = name.as_str().to_string();
            let found: Vec<SocketAddr> = tokio::net::lookup_host(format!("{host}:0"))
                .await?
                .collect();
            if found.iter().any(|a| link_local(a.ip())) {
                tracing::warn!(%host, "a host name resolved to a link-local address: left out");
            }
            let kept = usable(&host, found)?;
            Ok(Box::new(kept.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{link_local, usable, NoLinkLocal};
    use std::{net::SocketAddr, sync::Arc};

    fn at(text: &str) -> SocketAddr {
        text.parse().expect("an address")
    }

    #[test]
    fn link_local_addresses_are_left_out_and_none_left_is_an_error() {
        assert!(link_local("169.254.169.254".parse().expect("ip")));
        assert!(link_local("::ffff:169.254.169.254".parse().expect("ip")));
        assert!(link_local("fe80::1".parse().expect("ip")));
        assert!(!link_local("10.0.0.8".parse().expect("ip")));
        let mixed = vec![at("169.254.169.254:0"), at("10.0.0.8:0")];
        assert_eq!(usable("agency.example", mixed), Ok(vec![at("10.0.0.8:0")]));
        let only = vec![at("169.254.169.254:0"), at("[fe80::1]:0")];
        assert!(usable("metadata.example", only).is_err());
    }

    #[tokio::test]
    async fn a_client_with_it_still_reaches_an_agency_by_name() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let port = listener.local_addr().expect("address").port();
        let router = axum::Router::new().route("/ping", axum::routing::get(|| async { "pong" }));
        tokio::spawn(async move { axum::serve(listener, router).await });
        let client = reqwest::Client::builder()
            .dns_resolver(Arc::new(NoLinkLocal))
            .build()
            .expect("client");
        let answer = client
            .get(format!("http://localhost:{port}/ping"))
            .send()
            .await
            .expect("an answer");
        assert_eq!(answer.text().await.expect("body"), "pong");
    }
}
