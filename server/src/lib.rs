//! Veiviser's server: the axum host for the Leptos application and every adapter behind it.
//!
//! A guided tour, in the order a request meets them:

/// The agencies: the outbox worker delivering submissions, callbacks, prefill from the registers.
pub mod agencies;
/// Agency admins' journeys: drafts, questions, publishing, rollback (`app::ports::AuthoringPort`).
pub mod authoring;
/// The caseworker's use cases behind the caseworker port: the inbox of their agencies, a case,
/// claim, assign, status and notes; every read of a case logged in a hash chain.
pub mod caseworker;
/// The citizen's use cases behind the citizen port: start, save a step, check, submit, receipt,
/// My page. No HTTP: pages load through it, forms post to it, its tests call it directly.
pub mod citizen;
/// Configuration from environment variables, with embedded defaults for one machine.
pub mod config;
/// Each agency's connector (address, authentication, timeout, retries), edited by its admins.
pub mod connectors;
/// The agency interface, version 1: its types, problem details, OpenAPI document and conformance kit.
pub mod contract;
/// The deliveries that did not arrive, behind the deliveries port: an agency's calls for its
/// admins (retried from the page, recorded) and, read-only, for an API agency's caseworkers.
pub mod deliveries;
/// The router, and the edges that are plain HTTP: the citizen's form posts, login, health,
/// metrics, assets, language, security headers, the error pages.
pub mod http;
/// Login (OpenID Connect relying party and the embedded development provider), sessions, roles.
pub mod identity;
/// Random ids and tokens (CSRF, OpenID state, drafts, references, incidents), for everyone.
pub mod ids;
/// Journey definitions: read from `journeys/`, checked (by the engine in `app`), seeded as versions
/// in the database, served from the published ones; the export, import and publish commands.
pub mod journeys;
/// Demo or production, and what production refuses to start with.
pub mod mode;
/// Proactive starts: the register's event feed followed with a durable cursor, and journeys
/// offered on the affected people's *My page*.
pub mod proactive;
/// The simulated agencies and registers with their synthetic population and their table, for
/// the demo and the tests: only with the `simulator` feature (on by default).
#[cfg(feature = "simulator")]
pub mod simulator;
/// `Application::build(config)`: loads journeys, opens the database, binds, assembles routes.
pub mod startup;
/// What every handler can reach: options, the database, the journey catalogue, metrics.
pub mod state;
/// sqlx adapters and migrations, SQLite by default and PostgreSQL by `DATABASE_URL`.
pub mod storage;
/// Logs with `tracing`, as text or JSON.
pub mod telemetry;
