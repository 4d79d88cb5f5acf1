//! Building and running the application: everything `main` and the tests share.

use crate::{config::Config, http, journeys, state::AppState, storage::Database};
use anyhow::Context;
use std::{net::SocketAddr, sync::Arc};
use tokio::net::TcpListener;

pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    address: SocketAddr,
}

impl Application {
    /// Loads and checks the journeys, opens and migrates the database and binds the address.
    /// Any failure here stops the server before it accepts a request, with a message naming
    /// what is wrong.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let catalog = journeys::load(&config.journeys_dir)?;
        let database = Database::connect(&config.database_url).await?;
        database.migrate(&config.database_url).await?;
        let definitions: Vec<_> = catalog
            .with_sources()
            .map(|(meta, source)| {
                (
                    meta.id.to_string(),
                    i64::from(meta.version),
                    source.to_string(),
                )
            })
            .collect();
        for changed in database.record_journey_versions(&definitions).await? {
            tracing::warn!(journey = %changed, "journey definition changed without a new version number");
        }
        tracing::info!(
            backend = database.backend(),
            journeys = catalog.journeys().len(),
            "database ready"
        );

        let listener = TcpListener::bind(config.site_addr)
            .await
            .with_context(|| format!("cannot listen on {}", config.site_addr))?;
        let address = listener.local_addr()?;
        let mut leptos_options = config.leptos.clone();
        leptos_options.site_addr = address;

        let state = AppState {
            leptos_options,
            database,
            catalog: Arc::new(catalog),
            metrics: http::metrics::handle(),
            secure_cookies: config.secure_cookies(),
        };
        let router = http::router(state, config.immutable_assets);
        Ok(Self {
            listener,
            router,
            address,
        })
    }

    /// The bound address; with port 0 in the configuration, the port the OS chose.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        axum::serve(self.listener, self.router)
            .with_graceful_shutdown(shutdown_signal())
            .await
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
