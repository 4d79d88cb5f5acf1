//! Where the kit hears status reports from a terminal: `listen` serves `POST
//! /v1/agency-callbacks` itself (the agency must reach it: `--listen` and `--callback-url`), and
//! `Waiters` keeps the reports of the calls the kit waits for. (In the portal, reports come to
//! the portal's own endpoint and are kept in the database: `reports`.)

use super::{Callbacks, Heard};
use crate::{
    agencies::signature::{SIGNATURE, TIMESTAMP},
    contract::CALLBACK_PATH,
};
use axum::{body::Bytes, extract::State, http::HeaderMap, http::StatusCode, routing::post};
use std::{
    collections::{HashMap, HashSet},
    net::SocketAddr,
    sync::{Arc, Mutex},
    time::Duration,
};

/// The reports of the calls being waited for (the kit's own calls only).
#[derive(Default)]
pub struct Waiters {
    waiting: Mutex<HashSet<String>>,
    heard: Mutex<HashMap<String, Heard>>,
}

impl Waiters {
    /// Waits for reports about `call` from now on.
    pub fn expect(&self, call: &str) {
        if let Ok(mut waiting) = self.waiting.lock() {
            waiting.insert(call.to_string());
        }
    }

    /// Takes a report about `call` if the kit waits for it; `false` when no one does.
    pub fn hand(&self, call: &str, headers: &HeaderMap, body: &[u8]) -> bool {
        let expected = self.waiting.lock().is_ok_and(|w| w.contains(call));
        if !expected {
            return false;
        }
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        if let Ok(mut heard) = self.heard.lock() {
            heard.entry(call.to_string()).or_insert(Heard {
                timestamp: header(TIMESTAMP),
                signature: header(SIGNATURE),
                body: body.to_vec(),
            });
        }
        true
    }

    /// The first report about `call`, within `wait`; stops waiting for it either way.
    pub async fn take(&self, call: &str, wait: Duration) -> Option<Heard> {
        let deadline = tokio::time::Instant::now() + wait;
        let found = loop {
            if let Some(heard) = self.heard.lock().ok().and_then(|mut h| h.remove(call)) {
                break Some(heard);
            }
            if tokio::time::Instant::now() >= deadline {
                break None;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        if let Ok(mut waiting) = self.waiting.lock() {
            waiting.remove(call);
        }
        found
    }
}

/// `listen`'s callback address and the reports taken there, as the kit's `Callbacks`.
pub struct Reports {
    pub url: String,
    pub waiters: Arc<Waiters>,
}

#[async_trait::async_trait]
impl Callbacks for Reports {
    fn url(&self) -> String {
        self.url.clone()
    }

    async fn expect(&self, call: &str) {
        self.waiters.expect(call);
    }

    async fn heard(&self, call: &str, wait: Duration) -> Option<Heard> {
        self.waiters.take(call, wait).await
    }
}

/// A callback endpoint of the kit's own, for `server conformance`: listens on `addr`; the agency
/// is told `url`, or this listener's own address.
pub async fn listen(addr: SocketAddr, url: Option<String>) -> std::io::Result<Reports> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    let waiters = Arc::new(Waiters::default());
    let router = axum::Router::new()
        .route(CALLBACK_PATH, post(receive))
        .with_state(waiters.clone());
    tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, router).await {
            eprintln!("the callback listener stopped: {error}");
        }
    });
    Ok(Reports {
        url: url.unwrap_or_else(|| format!("http://{bound}{CALLBACK_PATH}")),
        waiters,
    })
}

async fn receive(
    State(waiters): State<Arc<Waiters>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let call = serde_json::from_slice::<serde_json::Value>(&body)
        .ok()
        .and_then(|v| v["call"].as_str().map(str::to_string));
    match call {
        Some(call) if waiters.hand(&call, &headers, &body) => StatusCode::NO_CONTENT,
        _ => StatusCode::NOT_FOUND,
    }
}
