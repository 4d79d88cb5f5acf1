//! When storage (or anything else a page needs) fails: the person gets the localised page that
//! says nothing was lost and to try again in a moment, with an incident id to quote; the log
//! gets the cause under the same id. Never an empty 500 or 503.

use super::Pages;
use app::pages::auth::Incident;
use axum::{
    extract::Request,
    http::{header, StatusCode, Uri},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// A short id a person can read out on the phone (from the neutral `ids` module; here too for
/// the handlers that take it from `unavailable`).
pub use crate::ids::incident_id;

/// Logs `error` under a new incident id and answers 503; `pages` (below) turns the answer into
/// the localised page.
pub fn response(error: &dyn std::fmt::Display, what: &'static str) -> Response {
    let incident = incident_id();
    tracing::error!(%incident, %error, "{what}");
    let mut response = StatusCode::SERVICE_UNAVAILABLE.into_response();
    response.extensions_mut().insert(Incident(incident));
    response
}

/// Turns a server error without a page (from a handler above, or from a layer such as the
/// session store) into the localised "try again" page for the same request.
pub async fn pages(pages: Pages, request: Request, next: Next) -> Response {
    let uri = request.uri().clone();
    let headers = request.headers().clone();
    let response = next.run(request).await;
    if !response.status().is_server_error() || response.headers().contains_key(header::CONTENT_TYPE)
    {
        return response;
    }
    let incident = match response.extensions().get::<Incident>() {
        Some(incident) => incident.clone(),
        None => {
            let incident = Incident(incident_id());
            tracing::error!(
                incident = %incident.0,
                status = %response.status(),
                path = uri.path(),
                "a request failed without a page"
            );
            incident
        }
    };
    let mut page = Request::new(axum::body::Body::empty());
    *page.headers_mut() = headers;
    *page.uri_mut() = Uri::from_static("/notice/unavailable");
    let mut rendered = pages.render(page, incident).await;
    *rendered.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    rendered
        .headers_mut()
        .insert(header::RETRY_AFTER, header::HeaderValue::from_static("5"));
    rendered
}
