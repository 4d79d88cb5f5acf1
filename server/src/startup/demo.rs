//! What only the demo has: the simulated agencies and registers on the same server, and the
//! synthetic people of the test login (which production never seeds, and refuses to find).

use crate::{
    config::Config, identity::dev_provider::DevProvider, identity::population::population,
    storage::Database,
};
use std::net::SocketAddr;

/// The simulated agencies and registers, their cases moving on, when no real agencies are
/// configured: the routes to mount at `/sim`.
#[cfg(feature = "simulator")]
pub(super) fn start_simulator(
    database: &Database,
    agencies: &crate::agencies::AgencyConfig,
    address: SocketAddr,
    provider: Option<&DevProvider>,
) -> Option<axum::Router> {
    use crate::simulator::{Simulator, TokenCheck};
    agencies.url.is_none().then(|| {
        let simulator = Simulator::new(
            database.clone(),
            agencies.clone(),
            format!("http://{address}{}", crate::contract::CALLBACK_PATH),
            agencies.simulator_step,
            provider.map(|provider| TokenCheck {
                issuer: provider.issuer().to_string(),
                keys: provider.verification_keys(),
            }),
        );
        simulator.spawn_cases();
        simulator.router()
    })
}

/// Without the simulator feature there is none (a configuration that needs it was refused).
#[cfg(not(feature = "simulator"))]
pub(super) fn start_simulator(
    _: &Database,
    _: &crate::agencies::AgencyConfig,
    _: SocketAddr,
    _: Option<&DevProvider>,
) -> Option<axum::Router> {
    None
}

/// The synthetic people of the demo. In production they are never seeded, and a database that
/// still gives synthetic staff a role (left from a demo) is refused: with a real provider, a
/// test identity number would otherwise log in as a caseworker. A demo is always chosen (by
/// default, or explicitly beside a real provider for interoperability tests), and says so.
pub(super) async fn seed_or_refuse_the_population(
    config: &Config,
    database: &Database,
) -> anyhow::Result<()> {
    let people = population();
    if config.mode == crate::mode::Mode::Production {
        if let Some(pid) = database.people().first_with_role(&people).await? {
            anyhow::bail!(
                "production mode ({}) refuses a database where the demo's synthetic staff hold \
                 roles ({pid} among them): use a fresh DATABASE_URL or delete their agency_role rows",
                config.mode_reason
            );
        }
        return Ok(());
    }
    tracing::warn!(
        reason = %config.mode_reason,
        "DEMO MODE: test login, simulated agencies, synthetic people and default secrets; not for real use"
    );
    database.people().seed(&people).await?;
    Ok(())
}
