//! The state every handler can reach. Cheap to clone: everything inside is shared.

use crate::{identity::Identity, storage::Database};
use app::journey::Catalog;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use metrics_exporter_prometheus::PrometheusHandle;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub database: Database,
    pub catalog: Arc<Catalog>,
    pub metrics: PrometheusHandle,
    pub served_over_https: bool,
    pub identity: Identity,
    /// The key agencies sign status callbacks with.
    pub callback_secret: String,
    /// The registers prefill reads; `None`: no prefill (real agencies without registers).
    pub registers: Option<crate::agencies::prefill::Registers>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
