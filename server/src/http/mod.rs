//! The router: Leptos pages, plus the edges that are plain HTTP.

pub mod assets;
pub mod auth;
pub mod authoring;
pub mod authoring_import;
pub mod authoring_parts;
pub mod authoring_services;
pub mod caseworker;
pub mod citizen;
pub mod connectors;
pub mod deliveries;
pub mod edge;
pub mod forms;
pub mod health;
pub mod language;
pub mod metrics;
pub mod security;
pub mod unavailable;

use crate::{identity::dev_provider::DevProvider, state::AppState};
use app::{shell, App};
use axum::{
    extract::Request,
    middleware,
    response::{IntoResponse, Response},
    routing::{get, post},
    Extension, Router,
};
use leptos::{config::LeptosOptions, prelude::provide_context};
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::sync::Arc;
use tower_http::{compression::CompressionLayer, trace::TraceLayer};

/// The largest form body a journey step may post (every answer is also limited on its own).
pub const MAX_FORM_BYTES: usize = 256 * 1024;

/// Renders a page of the app for a request, with what every page gets plus `data`: a notice
/// for a refused post, or a step whose save failed (`UnsavedStep`).
#[derive(Clone)]
pub struct Pages {
    context: Arc<dyn Fn() + Send + Sync>,
    options: LeptosOptions,
}

impl Pages {
    pub async fn render<T: Clone + Send + Sync + 'static>(
        &self,
        request: Request,
        data: T,
    ) -> Response {
        let base = self.context.clone();
        let options = self.options.clone();
        let handler = leptos_axum::render_app_async_with_context(
            move || {
                base();
                provide_context(data.clone());
            },
            move || shell(options.clone()),
        );
        handler(request).await.into_response()
    }
}

pub fn router(
    state: AppState,
    immutable_assets: bool,
    idle_timeout: std::time::Duration,
    dev_provider: Option<DevProvider>,
    simulator: Option<Router>,
) -> Router {
    let options = state.leptos_options.clone();
    let journeys = state.journeys.clone();
    // What every page render can reach through Leptos context.
    let policy = app::auth::SessionPolicy {
        idle_seconds: idle_timeout.as_secs(),
    };
    let form_targets = app::FormTargets(origin(state.identity.rp.issuer()).into_iter().collect());
    let demo = state.edge.demo;
    let citizen = state.citizen.clone();
    let caseworker = state.caseworker.clone();
    let deliveries = state.deliveries.clone();
    let authoring = state.authoring.clone();
    let connectors = state.connectors.clone();
    let context = move || {
        // The catalogue as published now: a publish takes effect from the next request.
        let catalog = journeys.current();
        provide_context(catalog.texts());
        provide_context(catalog);
        provide_context(citizen.clone());
        provide_context(caseworker.clone());
        provide_context(deliveries.clone());
        provide_context(authoring.clone());
        provide_context(connectors.clone());
        provide_context(policy);
        provide_context(form_targets.clone());
        if demo {
            provide_context(app::DemoMode);
        }
    };
    let render = {
        let options = options.clone();
        move || shell(options.clone())
    };
    let pages = Pages {
        context: Arc::new(context.clone()),
        options: options.clone(),
    };
    let error_pages = pages.clone();
    // Every page's route comes from the app's router, declared there once; the routes below
    // are the forms they post and the edges that are plain HTTP.
    let routes = generate_route_list(App);
    let idle = tower_sessions::cookie::time::Duration::seconds(idle_timeout.as_secs() as i64);
    let sessions = state.identity.store.layer(state.served_over_https, idle);
    // Routes that know who is logged in: the pages and the login flow.
    let with_sessions = Router::new()
        .route("/login", get(auth::login))
        .route("/auth/callback", get(auth::callback))
        .route("/logout", axum::routing::post(auth::logout))
        .route("/auth/frontchannel-logout", get(auth::front_channel_logout))
        .route("/life-event/{id}/start", post(citizen::start))
        .route("/journey/{draft}/submit", post(citizen::submit))
        .route("/journey/{draft}/delete", post(citizen::delete))
        .route("/offers/{offer}/{action}", post(citizen::offer))
        .route("/journey/{draft}/{step}", post(citizen::save_step))
        .route("/receipt/{reference}/timeline", get(citizen::timeline))
        .route("/task/{id}", post(citizen::answer_task))
        .route("/party/{key}", post(citizen::answer_party))
        .route("/receipt/{reference}/messages", post(citizen::send_message))
        .route("/caseworker/case/{id}", post(caseworker::act))
        .route("/caseworker/views", post(caseworker::save_view))
        .route("/admin/deliveries/{agency}", post(deliveries::retry))
        .route("/admin/connectors/{agency}", post(connectors::act))
        .route("/admin/journeys/{id}", post(authoring::act))
        .route(
            "/admin/journeys/{id}/draft/text",
            post(authoring::save_text),
        )
        .route(
            "/admin/journeys/{id}/draft/question",
            post(authoring::add_question),
        )
        .route(
            "/admin/journeys/{id}/draft/texts",
            post(authoring::save_texts),
        )
        .route(
            "/admin/journeys/{id}/draft/prefill",
            post(authoring_services::prefill),
        )
        .route(
            "/admin/journeys/{id}/draft/prefill/new",
            post(authoring_services::new_prefill),
        )
        .route(
            "/admin/journeys/{id}/draft/services",
            post(authoring_services::services),
        )
        .route(
            "/admin/journeys/{id}/draft/services/new",
            post(authoring_services::new_service),
        )
        .route(
            "/admin/journeys/{id}/draft/service/{service}",
            post(authoring_services::service),
        )
        .route(
            "/admin/journeys/{id}/draft/step",
            post(authoring_parts::add_step),
        )
        .route(
            "/admin/journeys/{id}/draft/step/{step}",
            post(authoring_parts::step),
        )
        .route(
            "/admin/journeys/{id}/draft/step/{step}/question/{field}",
            post(authoring_parts::question),
        )
        .route(
            "/admin/journeys/{id}/versions/{version}",
            get(authoring::export),
        )
        .layer(Extension(pages))
        .leptos_routes_with_context(&state, routes, context.clone(), render.clone())
        .fallback(leptos_axum::render_app_to_stream_with_context(
            context, render,
        ))
        .layer(middleware::from_fn(citizen::parked))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            auth::current_user,
        ))
        .layer(sessions)
        .layer(middleware::from_fn(move |request, next| {
            unavailable::pages(error_pages.clone(), request, next)
        }));
    let mut router = Router::new()
        .route("/health/live", get(health::live))
        .route("/health/ready", get(health::ready))
        .route("/metrics", get(edge::metrics))
        .route("/language/{code}", get(language::choose))
        .route(crate::contract::CALLBACK_PATH, callbacks(&state))
        // Unversioned, as calls made before the contract was versioned name it.
        .route("/agency-callbacks", callbacks(&state))
        .route(
            crate::contract::OPENAPI_PATH,
            get(crate::contract::openapi::serve),
        )
        .nest_service("/pkg", assets::pkg(&options, immutable_assets))
        .route_service("/favicon.svg", assets::site_file(&options, "favicon.svg"));
    if let Some(provider) = dev_provider {
        router = router.nest("/idp", provider.router());
    }
    // Inside the layers below, like every other route: the simulator's answers carry the same
    // security headers (a service nested after them would not).
    if let Some(simulator) = simulator {
        router = router.nest_service("/sim", simulator);
    }
    router
        .merge(with_sessions)
        .layer(middleware::from_fn(security::same_origin_writes))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::headers,
        ))
        .layer(middleware::from_fn(metrics::track))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// `scheme://host[:port]` of a URL, as a CSP source.
fn origin(url: &str) -> Option<String> {
    let parsed = reqwest::Url::parse(url).ok()?;
    let origin = parsed.origin();
    origin.is_tuple().then(|| origin.ascii_serialization())
}

/// The callback endpoint: its body limit, and the limit on refused callbacks per address.
fn callbacks(state: &AppState) -> axum::routing::MethodRouter<AppState> {
    post(crate::agencies::callbacks::receive)
        .route_layer(axum::extract::DefaultBodyLimit::max(
            crate::contract::MAX_CALLBACK_BYTES,
        ))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            edge::limit_callbacks,
        ))
}

#[cfg(test)]
mod tests {
    use super::origin;

    #[test]
    fn the_provider_origin_is_scheme_host_and_port() {
        assert_eq!(
            origin("https://login.idporten.no/path").as_deref(),
            Some("https://login.idporten.no")
        );
        assert_eq!(
            origin("http://127.0.0.1:3000/idp").as_deref(),
            Some("http://127.0.0.1:3000")
        );
        assert_eq!(origin("not a url"), None);
    }
}
