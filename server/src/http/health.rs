//! Health endpoints for load balancers and orchestrators.

use crate::state::AppState;
use axum::{extract::State, http::StatusCode, response::IntoResponse, Json};
use serde::Serialize;
use std::time::Duration;

#[derive(Serialize)]
struct Health {
    status: &'static str,
    database: &'static str,
}

/// The process is up and serving HTTP.
pub async fn live() -> impl IntoResponse {
    Json(Health {
        status: "live",
        database: "unchecked",
    })
}

/// The process can do its work: the database takes a committed write within two seconds.
pub async fn ready(State(state): State<AppState>) -> impl IntoResponse {
    match tokio::time::timeout(Duration::from_secs(2), state.database.probe_write()).await {
        Ok(Ok(())) => (
            StatusCode::OK,
            Json(Health {
                status: "ready",
                database: "ok",
            }),
        ),
        outcome => {
            match outcome {
                Ok(Err(error)) => tracing::warn!(%error, "readiness: database error"),
                _ => tracing::warn!("readiness: database did not answer in time"),
            }
            let body = Health {
                status: "unavailable",
                database: "unavailable",
            };
            (StatusCode::SERVICE_UNAVAILABLE, Json(body))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::Database;
    use axum::body::to_bytes;

    async fn state_with(database: Database) -> AppState {
        let store = crate::identity::sessions::Store::for_database(
            &database,
            std::time::Duration::from_secs(1800),
        )
        .await
        .expect("store");
        let rp = crate::identity::relying_party::RelyingParty::new(
            crate::identity::relying_party::RpConfig {
                issuer: "http://127.0.0.1:9/idp".into(),
                client_id: "t".into(),
                client_secret: "t".into(),
                client_auth: crate::identity::relying_party::ClientAuth::Basic,
                redirect_uri: "http://127.0.0.1:9/auth/callback".into(),
                post_logout_redirect_uri: "http://127.0.0.1:9/logged-out".into(),
            },
        );
        let journeys = std::sync::Arc::new(crate::journeys::live::LiveCatalog::new(
            database.clone(),
            Default::default(),
        ));
        let citizen = std::sync::Arc::new(crate::citizen::Citizen::new(
            database.clone(),
            journeys.clone(),
            None,
        ));
        let authoring = std::sync::Arc::new(crate::authoring::Authoring {
            database: database.clone(),
            journeys: journeys.clone(),
            versions: citizen.versions.clone(),
            citizen: citizen.clone(),
        });
        let live = std::sync::Arc::new(crate::connectors::live::LiveConnectors::new(
            database.clone(),
            crate::connectors::live::Defaults {
                base: "http://127.0.0.1:9".into(),
                auth: crate::agencies::AgencyAuth::Static(Box::default()),
                config: Default::default(),
                machine: None,
            },
        ));
        AppState::new(crate::state::State {
            caseworker: std::sync::Arc::new(crate::caseworker::Caseworker::new(
                database.clone(),
                citizen.versions.clone(),
            )),
            authoring: authoring.clone(),
            authoring_parts: authoring,
            connectors: std::sync::Arc::new(crate::connectors::Connectors {
                database: database.clone(),
                live: live.clone(),
                client: reqwest::Client::new(),
                portal: crate::connectors::Portal::new(
                    "http://127.0.0.1:9",
                    ([127, 0, 0, 1], 9).into(),
                ),
                conformance: None,
            }),
            citizen,
            deliveries: std::sync::Arc::new(crate::deliveries::Deliveries {
                database: database.clone(),
                connectors: live,
            }),
            callback_secret: "t".into(),
            public_url: "http://127.0.0.1:9".into(),
            registers: None,
            identity: crate::identity::Identity {
                rp,
                store,
                limiter: std::sync::Arc::new(crate::identity::rate_limit::RateLimiter::new(
                    1,
                    std::time::Duration::from_secs(1),
                )),
                absolute_limit: std::time::Duration::from_secs(1),
            },
            leptos_options: leptos::config::LeptosOptions::builder()
                .output_name("t")
                .build(),
            database,
            journeys,
            metrics: crate::http::metrics::handle(),
            served_over_https: false,
            edge: std::sync::Arc::new(crate::http::edge::Edge::new(
                &crate::config::Config::from_lookup(|_| None).expect("defaults"),
            )),
        })
    }

    #[tokio::test]
    async fn readiness_reports_unavailable_when_the_database_cannot_be_reached() {
        let database = Database::connect("sqlite::memory:")
            .await
            .expect("memory database");
        let state = state_with(database.clone()).await;
        let Database::Sqlite(pool) = &database else {
            unreachable!()
        };
        pool.close().await;
        let response = ready(State(state)).await.into_response();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        let body = to_bytes(response.into_body(), 1024).await.expect("body");
        assert_eq!(
            &body[..],
            br#"{"status":"unavailable","database":"unavailable"}"#
        );
    }
}
