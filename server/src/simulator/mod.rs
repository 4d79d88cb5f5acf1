//! The simulator: the simulated agencies and registers, over real HTTP under `/sim`, for
//! development, demos and tests; the portal calls them as it would call real ones. Compiled only
//! with the `simulator` cargo feature (on by default, so the one-command start has it); nothing
//! outside this module imports from it but `startup`, which mounts it when no
//! `VEIVISER_AGENCIES_URL` is set. A build without it (`cargo check -p server
//! --no-default-features`) is a portal for real agencies only, and refuses to start without
//! `VEIVISER_AGENCIES_URL` (see `crate::mode::simulator_refusal`). What is shared goes one way:
//! the simulator takes the register names (`agencies::registers`), the callback signature, the
//! token checks and the login's synthetic people (`identity::population`) from production code,
//! never the reverse.
//!
//! - here: the routes, the token check and the faults (`/sim/admin/faults/…`); `agency`: the
//!   agencies' services as the agency contract says (`/sim/agencies/v1/…`);
//! - `cases`: each case's progress and its callbacks;
//! - `registers`: Folkeregisteret and Enhetsregisteret (`/sim/registers/…`); `aa`: Aa-registeret;
//!   `events`: births and deaths added on demand (`/sim/admin/births`, `…/deaths`);
//! - `population`: the registers' synthetic people, families and units;
//! - `storage`: the SQL of the simulator's table `sim_case`. Its migrations stay in
//!   `server/migrations/<backend>/` with the portal's: sqlx keeps one sequence per backend, so
//!   a build without the simulator still creates the (then unused) table and can share a
//!   database with one that has it.
//!
//! A call needs the bearer token and an `Idempotency-Key`; the same key always returns
//! the first case, never a second one. The token is the agency's static one, or an access token
//! from the embedded provider (Maskinporten style) whose scope names the service
//! (`nav:parental-benefit`; `nav:cases` for polling): a wrong scope is refused with 403. Each
//! agency offers only its own services (`SERVICES`); another operation is 404. Each agency (or
//! one service of it, or a register) can be told to be slow, to fail a share of calls with 500,
//! to time out, to be down, to answer with a status of its choice or not to call back
//! (`PUT /sim/admin/faults/<agency>[/<service>]`). A case's progress and callbacks are in
//! `cases`: kept in the database, they survive a restart.

mod aa;
mod agency;
mod cases;
mod events;
mod faults;
pub use faults::Fault;
pub mod population;
mod registers;
pub mod storage;

use self::{
    faults::{get_fault, get_service_fault, set_fault, set_service_fault},
    population::{population, Population},
};
use crate::{
    agencies::{signature::CallbackKeys, AgencyConfig},
    storage::Database,
};
use axum::{
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::{post, put},
    Router,
};
use std::{collections::HashMap, sync::Arc, time::Duration};
use tokio::sync::RwLock;

/// The services each simulated agency offers.
pub const SERVICES: [(&str, &[&str]); 7] = [
    (
        "nav",
        &[
            "parental-benefit",
            "child-benefit",
            "survivors-pension",
            "care-benefit",
            "care-days",
            "medical-confirmation",
            "unemployment-benefit",
            "job-seeker",
            "employer-registration",
        ],
    ),
    (
        "skatteetaten",
        &["child-name", "name", "vat", "tax-card", "move", "d-number"],
    ),
    ("domstol", &["probate"]),
    (
        "kommune",
        &[
            "kindergarten",
            "relief-services",
            "coordinator",
            "introduction",
        ],
    ),
    ("brreg", &["registration", "voluntary-register"]),
    ("helfo", &["gp"]),
    ("lottstift", &["vat-compensation"]),
];

/// Whether `agency` offers `operation`.
fn offers(agency: &str, operation: &str) -> bool {
    SERVICES
        .iter()
        .any(|(a, services)| *a == agency && services.contains(&operation))
}

/// Who issues the access tokens the simulator takes, and the keys to check them with.
#[derive(Clone)]
pub struct TokenCheck {
    pub issuer: String,
    pub keys: Vec<openidconnect::core::CoreJsonWebKey>,
}

#[derive(Clone)]
pub struct Simulator {
    database: Database,
    /// The tokens: each agency's (or the shared one) for its calls, the shared one for admin.
    tokens: AgencyConfig,
    faults: Arc<RwLock<HashMap<String, Fault>>>,
    /// The simulated registers' people, events and units (units grow by registration).
    registers: Arc<RwLock<Population>>,
    /// Where status changes are reported when the call does not say
    /// (`X-Veiviser-Callback-Url`), and the keys each agency signs them with.
    callback_url: String,
    keys: CallbackKeys,
    /// How long a case stays in each status.
    step: Duration,
    client: reqwest::Client,
    /// Access tokens are taken when they come from this provider.
    machine: Option<TokenCheck>,
}

impl Simulator {
    /// The simulator, signing each agency's callbacks with its own key
    /// (`VEIVISER_CALLBACK_SECRET_<AGENCY>`) or, being a demo, the shared one.
    pub fn new(
        database: Database,
        tokens: AgencyConfig,
        callback_url: String,
        step: Duration,
        machine: Option<TokenCheck>,
    ) -> Self {
        Simulator {
            database,
            keys: CallbackKeys::new(&tokens, true),
            tokens,
            faults: Arc::default(),
            registers: Arc::new(RwLock::new(population(chrono::Utc::now().date_naive()))),
            callback_url,
            step,
            // Callbacks go where the caller said: no redirects from there.
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap_or_default(),
            machine,
        }
    }

    pub fn router(self) -> Router {
        Router::new()
            .route("/agencies/v1/{agency}/{operation}", post(agency::receive))
            .route(
                "/agencies/v1/{agency}/cases/{case}",
                axum::routing::get(cases::poll),
            )
            .route("/admin/faults/{agency}", put(set_fault).get(get_fault))
            .route(
                "/admin/faults/{agency}/{service}",
                put(set_service_fault).get(get_service_fault),
            )
            .nest("/registers", registers::routes())
            .merge(events::routes())
            .with_state(self)
    }

    /// Whether the call may use `target`'s `service`: its static token, or an access token
    /// with the service's scope (`target` `None`: the admin token only). 401 or 403 if not.
    fn authorised(
        &self,
        headers: &HeaderMap,
        target: Option<&str>,
        service: &str,
    ) -> Result<(), (StatusCode, &'static str)> {
        let unauthorised = || (StatusCode::UNAUTHORIZED, "a bearer token is required");
        let Some(token) = headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
        else {
            return Err(unauthorised());
        };
        let expected = target.map_or(self.tokens.token.as_str(), |a| self.tokens.token_for(a));
        if token == expected {
            return Ok(());
        }
        let (Some(target), Some(machine)) = (target, &self.machine) else {
            return Err(unauthorised());
        };
        use crate::identity::{dev_provider::AGENCY_AUDIENCE, machine};
        match machine::verify(&machine.keys, token, &machine.issuer, AGENCY_AUDIENCE) {
            Ok(claims) if machine::has_scope(&claims, &crate::agencies::scope(target, service)) => {
                Ok(())
            }
            Ok(_) => {
                tracing::warn!(
                    target,
                    service,
                    "simulator: an access token without the service's scope"
                );
                Err((
                    StatusCode::FORBIDDEN,
                    "the token's scope does not cover this service",
                ))
            }
            Err(why) => {
                tracing::warn!(target, %why, "simulator: an access token was refused");
                Err(unauthorised())
            }
        }
    }

    async fn fault(&self, name: &str) -> Fault {
        self.faults
            .read()
            .await
            .get(name)
            .cloned()
            .unwrap_or_default()
    }

    /// A service's own fault if it has one, else its agency's.
    async fn service_fault(&self, agency: &str, service: &str) -> Fault {
        let faults = self.faults.read().await;
        faults
            .get(&format!("{agency}/{service}"))
            .or_else(|| faults.get(agency))
            .cloned()
            .unwrap_or_default()
    }

    /// Waits as the fault says; the answer of a service that is down.
    async fn delay(fault: &Fault) -> Option<Response> {
        if fault.latency_ms > 0 {
            tokio::time::sleep(Duration::from_millis(fault.latency_ms)).await;
        }
        if fault.hang {
            tokio::time::sleep(Duration::from_secs(60)).await;
        }
        if fault.down {
            return Some(agency::refuse(
                fault,
                StatusCode::SERVICE_UNAVAILABLE,
                "down",
                "Down",
            ));
        }
        fault.status.map(|status| {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            agency::refuse(fault, status, "fault", "Answered as the fault says")
        })
    }

    /// What a register's fault does to a read: delay, down, or a share of 500s.
    async fn misbehave(&self, register: &str) -> Option<Response> {
        let fault = self.fault(register).await;
        if let Some(down) = Self::delay(&fault).await {
            return Some(down);
        }
        fault
            .fails_now()
            .then(|| (StatusCode::INTERNAL_SERVER_ERROR, "failed").into_response())
    }
}
