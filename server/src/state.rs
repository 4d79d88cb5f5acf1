//! The state every handler can reach. Cheap to clone: everything inside is shared.

use crate::{identity::Identity, storage::Database};
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use metrics_exporter_prometheus::PrometheusHandle;
use std::sync::Arc;

/// Shared by every handler and middleware, each of which takes its own handle (several per
/// request): a clone is one reference count, not a copy of what is inside.
#[derive(Clone)]
pub struct AppState(Arc<State>);

impl AppState {
    pub fn new(state: State) -> Self {
        Self(Arc::new(state))
    }
}

impl std::ops::Deref for AppState {
    type Target = State;

    fn deref(&self) -> &State {
        &self.0
    }
}

/// What `AppState` holds.
pub struct State {
    pub leptos_options: LeptosOptions,
    pub database: Database,
    /// The journeys served now (a publish swaps them without a restart).
    pub journeys: Arc<crate::journeys::live::LiveCatalog>,
    pub metrics: PrometheusHandle,
    pub served_over_https: bool,
    /// The portal's public address (the OpenAPI document's server).
    pub public_url: String,
    pub identity: Identity,
    /// The keys agencies sign status callbacks with: each agency's own (the shared one only in
    /// demo use).
    pub callback_secret: crate::agencies::signature::CallbackKeys,
    /// The registers prefill reads; `None`: no prefill (real agencies without registers).
    pub registers: Option<crate::agencies::prefill::Registers>,
    /// The citizen's use cases (`crate::citizen`), which pages and forms call.
    pub citizen: Arc<dyn app::ports::CitizenPort>,
    /// The caseworker's use cases (`crate::caseworker`), which their pages and forms call.
    pub caseworker: Arc<dyn app::ports::CaseworkerPort>,
    /// The deliveries that did not arrive (`crate::deliveries`), for agency admins' pages.
    pub deliveries: Arc<dyn app::ports::DeliveriesPort>,
    /// Agency admins' journeys (`crate::authoring`): drafts, questions, publishing.
    pub authoring: Arc<dyn app::ports::AuthoringPort>,
    /// The same, for the forms of a draft's prefill look-ups and services.
    pub authoring_parts: Arc<dyn app::ports::AuthoringPartsPort>,
    /// Each agency's connector (`crate::connectors`), for its admins' page.
    pub connectors: Arc<dyn app::ports::ConnectorsPort>,
    /// Deployment policy at the edge: demo banner, `/metrics` access, proxies, limits.
    pub edge: Arc<crate::http::edge::Edge>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
