//! Security headers on every response. Pages set their own Content-Security-Policy with a
//! per-response nonce (see `app::shell`); everything else gets the strictest policy. HSTS is
//! sent only when the portal is served over https (it would lock a plain-http test site out).

use crate::state::AppState;
use axum::{
    extract::{Request, State},
    http::{header, HeaderValue},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};

const DEFAULT_CSP: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

pub async fn headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    // Hashed assets say how long they keep; everything else may carry someone's answers, name
    // or receipt, and no browser or proxy cache may keep it.
    let static_file =
        request.uri().path().starts_with("/pkg/") || request.uri().path().starts_with("/favicon");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if !static_file {
        headers
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("no-store"));
    }
    if state.served_over_https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(DEFAULT_CSP));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    response
}

/// Where refused forms are sent: a page that says nothing was changed.
pub const REFUSED_PAGE: &str = "/request-refused";

/// Cross-site request forgery, for every state-changing request (form posts and server
/// functions alike, with or without JavaScript): browsers say where a request comes from in
/// `Sec-Fetch-Site`, and older ones in `Origin`; a write from another site is refused before it
/// reaches a handler. Requests without either header are not from a browser page and carry no
/// ambient authority worth forging. Forms also carry the session's token (see `auth::logout`).
pub async fn same_origin_writes(request: Request, next: Next) -> Response {
    if !request.method().is_safe() && is_cross_origin(request.headers()) {
        tracing::warn!(
            method = %request.method(),
            path = request.uri().path(),
            origin = ?request.headers().get(header::ORIGIN),
            fetch_site = ?request.headers().get("sec-fetch-site"),
            "cross-origin write refused"
        );
        return Redirect::to(REFUSED_PAGE).into_response();
    }
    next.run(request).await
}

fn is_cross_origin(headers: &axum::http::HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        // `none`: typed by the person (address bar, bookmark); `same-origin`: our own page.
        return !matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin_host = origin
        .to_str()
        .ok()
        .and_then(|o| reqwest::Url::parse(o).ok())
        .and_then(|url| {
            let host = url.host_str()?.to_string();
            Some(match url.port() {
                Some(port) => format!("{host}:{port}"),
                None => host,
            })
        });
    match (origin_host, host) {
        (Some(origin), Some(host)) => !origin.eq_ignore_ascii_case(host),
        // `Origin: null` (a sandboxed frame, a data: URL) or no Host: refuse.
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::is_cross_origin;
    use axum::http::{HeaderMap, HeaderValue};

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn a_browser_write_from_this_site_passes() {
        assert!(!is_cross_origin(&headers(&[(
            "sec-fetch-site",
            "same-origin"
        )])));
        assert!(!is_cross_origin(&headers(&[
            ("origin", "http://127.0.0.1:3000"),
            ("host", "127.0.0.1:3000"),
        ])));
        assert!(!is_cross_origin(&headers(&[
            ("origin", "https://veiviser.example"),
            ("host", "veiviser.example"),
        ])));
    }

    #[test]
    fn a_write_from_another_site_is_cross_origin() {
        assert!(is_cross_origin(&headers(&[(
            "sec-fetch-site",
            "cross-site"
        )])));
        assert!(is_cross_origin(&headers(&[(
            "sec-fetch-site",
            "same-site"
        )])));
        assert!(is_cross_origin(&headers(&[
            ("origin", "https://evil.example"),
            ("host", "veiviser.example"),
        ])));
        assert!(is_cross_origin(&headers(&[
            ("origin", "http://127.0.0.1:4000"),
            ("host", "127.0.0.1:3000"),
        ])));
        assert!(is_cross_origin(&headers(&[
            ("origin", "null"),
            ("host", "veiviser.example")
        ])));
    }

    #[test]
    fn a_request_without_browser_headers_is_not_judged() {
        assert!(!is_cross_origin(&headers(&[("host", "veiviser.example")])));
    }
}
