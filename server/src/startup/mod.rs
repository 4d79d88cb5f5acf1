//! Building and running the application: everything `main` and the tests share. The one place
//! that wires the simulator in (`#[cfg(feature = "simulator")]`, see `start_simulator`).

use crate::{
    config::Config,
    http,
    identity::{
        dev_provider::{DevProvider, RegisteredClient, SigningKeys, PORTAL_CLIENT, PROVIDER},
        rate_limit::RateLimiter,
        relying_party::{ClientAuth, RelyingParty, RpConfig},
        sessions::Store,
        Identity,
    },
    ids::random_token,
    journeys,
    state::AppState,
    storage::Database,
};
use anyhow::Context;
use openidconnect::PrivateSigningKey;
use std::{collections::HashMap, net::SocketAddr, sync::Arc};
use tokio::net::TcpListener;

mod demo;
mod tokens;

use demo::{seed_or_refuse_the_population, start_simulator};
use tokens::{agency_auth, machine_tokens, MACHINE_CLIENT_ID};

pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    address: SocketAddr,
    /// `/metrics` on an address of its own (`VEIVISER_METRICS_ADDR`).
    metrics: Option<(TcpListener, axum::Router)>,
}

impl Application {
    /// Loads and checks the journeys, opens and migrates the database and binds the address.
    /// Any failure here stops the server before it accepts a request, with a message naming
    /// what is wrong.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        if let Some(refusal) = crate::mode::production_refusal(&config) {
            anyhow::bail!(refusal);
        }
        if let Some(refusal) = crate::mode::simulator_refusal(&config, crate::mode::SIMULATOR_BUILT)
        {
            anyhow::bail!(refusal);
        }
        let shipped = journeys::load(&config.journeys_dir)?;
        let database = Database::connect(&config.database_url).await?;
        database.migrate(&config.database_url).await?;
        // The shipped files seed the versions; the portal serves the published ones.
        journeys::versions::seed(&database, &shipped).await?;
        let catalog = journeys::versions::published_catalog(&database)
            .await
            .context("the published journey versions cannot be served")?;
        tracing::info!(
            backend = database.backend(),
            journeys = catalog.journeys().len(),
            "database ready"
        );

        seed_or_refuse_the_population(&config, &database).await?;
        let store = Store::for_database(&database, config.identity.idle_timeout).await?;
        store.spawn_cleanup();

        let listener = TcpListener::bind(config.site_addr)
            .await
            .with_context(|| format!("cannot listen on {}", config.site_addr))?;
        let address = listener.local_addr()?;
        let mut leptos_options = config.leptos.clone();
        leptos_options.site_addr = address;

        let public_url = config
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{address}"));
        let ids = &config.identity;
        let redirect_uri = ids
            .redirect_uri
            .clone()
            .unwrap_or_else(|| format!("{public_url}/auth/callback"));
        let post_logout_redirect_uri = ids
            .post_logout_redirect_uri
            .clone()
            .unwrap_or_else(|| format!("{public_url}/logged-out"));
        // An external provider when configured; otherwise the embedded one, with a fresh
        // client secret shared in-process.
        // The portal's own key as a machine client of the embedded provider, loaded once.
        let mut portal_key = None;
        let (issuer, client_secret, dev_provider) = match (&ids.issuer, &ids.client_secret) {
            (Some(issuer), Some(secret)) => (issuer.clone(), secret.clone(), None),
            _ => {
                if !address.ip().is_loopback() {
                    tracing::warn!(
                        %address,
                        "THE EMBEDDED DEVELOPMENT LOGIN IS ON and reachable beyond this machine: \
                         anyone can log in as anyone. Set VEIVISER_OIDC_ISSUER to use a real provider."
                    );
                }
                let client = RegisteredClient {
                    client_id: ids.client_id.clone(),
                    client_secret: random_token(32),
                    redirect_uri: redirect_uri.clone(),
                    post_logout_redirect_uri: post_logout_redirect_uri.clone(),
                };
                let issuer = format!("{public_url}/idp");
                let secret = client.client_secret.clone();
                let keys = SigningKeys::load_or_create(&database, PROVIDER).await?;
                // The portal itself, as a machine client for the agencies' APIs.
                let key = SigningKeys::load_or_create(&database, PORTAL_CLIENT).await?;
                let machine_clients = HashMap::from([(
                    MACHINE_CLIENT_ID.to_string(),
                    key.signing_key().as_verification_key(),
                )]);
                portal_key = Some(key);
                (
                    issuer.clone(),
                    secret,
                    Some(DevProvider::new(issuer, client, keys, machine_clients)),
                )
            }
        };
        let rp_config = RpConfig {
            issuer,
            client_id: ids.client_id.clone(),
            client_secret,
            client_auth: if ids.client_auth_post {
                ClientAuth::Post
            } else {
                ClientAuth::Basic
            },
            redirect_uri,
            post_logout_redirect_uri,
        };
        let identity = Identity {
            rp: RelyingParty::new(rp_config),
            store,
            limiter: Arc::new(RateLimiter::new(
                ids.login_attempts_per_minute,
                std::time::Duration::from_secs(60),
            )),
            absolute_limit: ids.absolute_timeout,
        };

        // Agencies: the configured ones, or the simulator on this server.
        let agencies = &config.agencies;
        let http_client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            // Never to a link-local address, whatever a host name resolves to at the call.
            .dns_resolver(Arc::new(crate::agencies::resolver::NoLinkLocal))
            .build()
            .context("cannot build the HTTP client for the agencies")?;
        let embedded = dev_provider.as_ref().zip(portal_key.as_ref());
        // One token source (one key, one cache) for the agencies and the registers.
        let tokens = machine_tokens(&config, &http_client, embedded, address)?;
        let auth = agency_auth(&config, tokens.as_ref(), agencies.url.is_none());
        let registers_auth =
            agency_auth(&config, tokens.as_ref(), agencies.registers_url.is_none());
        let simulator = start_simulator(&database, agencies, address, dev_provider.as_ref());
        // Each agency's connector as its admins saved it, over the environment's settings.
        let connectors = Arc::new(crate::connectors::live::LiveConnectors::new(
            database.clone(),
            crate::connectors::live::Defaults {
                base: agencies
                    .url
                    .clone()
                    .unwrap_or_else(|| format!("http://{address}/sim/agencies")),
                auth: auth.clone(),
                config: agencies.clone(),
                machine: tokens.clone(),
            },
        ));
        connectors
            .refresh()
            .await
            .context("the agency connectors cannot be read")?;
        connectors.clone().spawn(config.journey_poll);
        let worker = crate::agencies::delivery::Worker {
            database: database.clone(),
            client: http_client,
            config: agencies.clone(),
            connectors: connectors.clone(),
            // Sent with every call: the agencies (here, or on another instance) report there.
            callback_url: format!("{public_url}{}", crate::contract::CALLBACK_PATH),
        };
        let registers = agencies
            .registers_url
            .clone()
            .or_else(|| {
                simulator
                    .is_some()
                    .then(|| format!("http://{address}/sim/registers"))
            })
            .map(|base| crate::agencies::prefill::Registers {
                client: worker.client.clone(),
                base,
                auth: registers_auth,
                timeout: agencies.register_timeout,
            });
        match &registers {
            Some(registers) => crate::proactive::FeedFollower {
                database: database.clone(),
                registers: registers.clone(),
                poll: agencies.feed_poll,
            }
            .spawn(),
            None => tracing::warn!(
                "no registers configured (VEIVISER_REGISTERS_URL): journeys start without \
                 prefill, and nothing is offered from the event feed"
            ),
        }
        let probe_client = worker.client.clone();
        worker.clone().spawn_status_poller();
        worker.spawn();
        // Each agency's own callback key; the shared one only in demo use.
        let callback_keys = crate::agencies::signature::CallbackKeys::new(
            agencies,
            config.mode == crate::mode::Mode::Demo,
        );
        let unchecked = callback_keys.missing();
        if !unchecked.is_empty() {
            tracing::warn!(
                agencies = ?unchecked,
                "no callback key for these agencies (VEIVISER_CALLBACK_SECRET_<AGENCY>): \
                 their callbacks are refused and their cases followed by polling only"
            );
        }

        let journeys = Arc::new(journeys::live::LiveCatalog::new(database.clone(), catalog));
        journeys.clone().spawn(config.journey_poll);
        let citizen = Arc::new(crate::citizen::Citizen::new(
            database.clone(),
            journeys.clone(),
            registers.clone(),
        ));
        let caseworker = Arc::new(crate::caseworker::Caseworker::new(
            database.clone(),
            citizen.versions.clone(),
        ));
        let authoring = Arc::new(crate::authoring::Authoring {
            database: database.clone(),
            journeys: journeys.clone(),
            versions: citizen.versions.clone(),
            citizen: citizen.clone(),
        });
        let deliveries = Arc::new(crate::deliveries::Deliveries {
            database: database.clone(),
            connectors: connectors.clone(),
        });
        let kit = crate::contract::conformance::portal::InPortal {
            database: database.clone(),
            callback_url: format!("{public_url}{}", crate::contract::CALLBACK_PATH),
            keys: callback_keys.clone(),
            journeys: journeys.clone(),
        };
        let connectors = Arc::new(crate::connectors::Connectors {
            database: database.clone(),
            live: connectors,
            client: probe_client,
            portal: crate::connectors::Portal::new(&public_url, address),
            conformance: Some(Arc::new(kit)),
        });
        let state = AppState::new(crate::state::State {
            leptos_options,
            database,
            journeys,
            citizen,
            caseworker,
            deliveries,
            authoring_parts: authoring.clone(),
            authoring,
            connectors,
            metrics: http::metrics::handle(),
            served_over_https: config.served_over_https(),
            public_url: public_url.clone(),
            identity,
            callback_secret: callback_keys,
            registers,
            edge: Arc::new(http::edge::Edge::new(&config)),
        });
        let metrics_listener = match config.metrics_addr {
            Some(addr) => Some(
                TcpListener::bind(addr)
                    .await
                    .with_context(|| format!("cannot listen on VEIVISER_METRICS_ADDR {addr}"))?,
            ),
            None => None,
        };
        let metrics_router = axum::Router::new()
            .route("/metrics", axum::routing::get(http::metrics::render))
            .with_state(state.clone());
        let router = http::router(
            state,
            config.immutable_assets,
            config.identity.idle_timeout,
            dev_provider,
            simulator,
        );
        Ok(Self {
            listener,
            router,
            address,
            metrics: metrics_listener.map(|listener| (listener, metrics_router)),
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
        if let Some((listener, router)) = self.metrics {
            tracing::info!(address = ?listener.local_addr(), "metrics are served on their own address");
            tokio::spawn(async move {
                if let Err(error) = axum::serve(listener, router).await {
                    tracing::error!(%error, "the metrics listener stopped");
                }
            });
        }
        let service = self
            .router
            .into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(self.listener, service)
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
