//! The router: Leptos pages, plus the edges that are plain HTTP.

pub mod assets;
pub mod health;
pub mod language;
pub mod metrics;
pub mod security;

use crate::state::AppState;
use app::{shell, App};
use axum::{middleware, routing::get, Router};
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::{compression::CompressionLayer, trace::TraceLayer};

pub fn router(state: AppState, immutable_assets: bool) -> Router {
    let options = state.leptos_options.clone();
    let catalog = state.catalog.clone();
    // What every page render can reach through Leptos context.
    let context = move || provide_context(catalog.clone());
    let render = {
        let options = options.clone();
        move || shell(options.clone())
    };
    Router::new()
        .route("/health/live", get(health::live))
        .route("/health/ready", get(health::ready))
        .route("/metrics", get(metrics::render))
        .route("/language/{code}", get(language::choose))
        .nest_service("/pkg", assets::pkg(&options, immutable_assets))
        .route_service("/favicon.svg", assets::site_file(&options, "favicon.svg"))
        .leptos_routes_with_context(
            &state,
            generate_route_list(App),
            context.clone(),
            render.clone(),
        )
        .fallback(leptos_axum::render_app_to_stream_with_context(
            context, render,
        ))
        .layer(middleware::from_fn(security::headers))
        .layer(middleware::from_fn(metrics::track))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
