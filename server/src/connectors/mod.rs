//! Each agency's connector, behind the connectors port (`app::ports::ConnectorsPort`): what its
//! admins see (`connector`), their changes (`save`) and the test connection (`test`, in
//! `probe`). What is in force is held by `live` (also read by the delivery worker per call);
//! the form's rules are `validate`. No HTTP here; `tests` call the port.
//!
//! Who may do what: only an admin of the agency sees or changes its connector — it holds where
//! citizens' submissions go and the secret they go with. Anyone else is `Forbidden`, logged.
//! Each save is a new version with who made it and when (`agency_connector`), and an entry in
//! the authoring audit trail (`authoring_event`, subject `connector:<agency>`). The static
//! token is written, never read back to a page: the view says only whether one is set.
//!
//! What applies without a restart: the address, the authentication, the timeout, the backoff
//! and the give-up time — and the kind, for calls not yet sent (a call already filed in the
//! inbox or delivered to the API stays where it is). The deliveries page asks the same connectors
//! whether an agency has an API. An earlier version can be put back (`roll_back`): a new
//! version with its settings and its token, refused when someone saved in between.

pub mod live;
mod probe;
#[cfg(test)]
mod tests;
mod validate;

pub use validate::Portal;

use crate::{
    citizen::internal,
    storage::{AuthoringEvent, ConnectorSettings, Database, StoredConnector},
};
use app::{
    auth::{CurrentUser, Role},
    domain::{AuthoringAction, Instant},
    error::AppError,
    journey::Agency,
    pages::admin::model::{
        ConnectorForm, ConnectorSettingsView, ConnectorVersionRow, ConnectorView, FieldProblem,
        TestReport,
    },
    ports::ConnectorsPort,
};
use live::LiveConnectors;
use std::sync::Arc;

/// The connectors' use cases, over storage and what is in force.
#[derive(Clone)]
pub struct Connectors {
    pub database: Database,
    pub live: Arc<LiveConnectors>,
    /// For the test connection (no redirects, as the worker's).
    pub client: reqwest::Client,
    pub portal: Portal,
    /// The agency contract's conformance kit, for the test connection; `None`: the test makes
    /// its one harmless call only.
    pub conformance: Option<Arc<crate::contract::conformance::portal::InPortal>>,
}

/// The subject of a connector's entries in the audit trail.
pub fn subject(agency: Agency) -> String {
    format!("connector:{}", agency.id())
}

fn failed(what: &'static str) -> impl Fn(crate::storage::StorageError) -> AppError {
    move |error| internal(&error, what)
}

fn view_of(settings: &ConnectorSettings) -> ConnectorSettingsView {
    let whole = |n: i64| u64::try_from(n).unwrap_or(0);
    ConnectorSettingsView {
        kind: settings.kind.clone(),
        url: settings.url.clone(),
        auth: settings.auth.clone(),
        scopes: settings.scopes.clone(),
        token_set: settings.token.is_some(),
        timeout_seconds: whole(settings.timeout_ms) / 1000,
        backoff_ms: whole(settings.backoff_ms),
        give_up_hours: whole(settings.give_up_hours),
        attempts: whole(settings.attempts),
    }
}

impl Connectors {
    /// Only the agency's admins: `Forbidden` (logged) for anyone else.
    fn admin_of(user: &CurrentUser, agency: Agency) -> Result<(), AppError> {
        if user.agencies_with(Role::Admin).contains(&agency) {
            Ok(())
        } else {
            tracing::warn!(
                agency = agency.id(),
                "an agency's connector asked for by someone who is not its admin"
            );
            Err(AppError::Forbidden)
        }
    }

    /// The environment's settings for `agency`, as in force when nothing is saved.
    fn environment(&self, agency: Agency) -> ConnectorSettingsView {
        let config = &self.live.defaults.config;
        let kind = match config.connector(agency.id()) {
            crate::agencies::Connector::Api => "api",
            crate::agencies::Connector::Inbox => "inbox",
        };
        ConnectorSettingsView {
            kind: kind.into(),
            url: None,
            auth: "default".into(),
            scopes: String::new(),
            token_set: false,
            timeout_seconds: config.timeout.as_secs(),
            backoff_ms: u64::try_from(config.backoff.as_millis()).unwrap_or(u64::MAX),
            give_up_hours: config.give_up.as_secs() / 3600,
            attempts: 0,
        }
    }

    /// Records a new version in the audit trail and puts it in force here at once (other
    /// instances within their refresh).
    async fn record(
        &self,
        user: &CurrentUser,
        agency: Agency,
        version: i64,
        action: AuthoringAction,
        detail: String,
    ) -> Result<(), AppError> {
        let event = AuthoringEvent {
            at: Instant::now(),
            person_id: user.pid.clone(),
            agency: agency.id().to_string(),
            journey_id: subject(agency),
            version: Some(version),
            action,
            detail,
        };
        self.database
            .authoring()
            .record(&event)
            .await
            .map_err(failed("cannot record a change to a connector"))?;
        if let Err(error) = self.live.refresh().await {
            tracing::error!(%error, "a saved connector is not in force yet: the next refresh takes it");
        }
        Ok(())
    }

    /// What changed, for the audit trail (never the token, only that it was replaced).
    fn detail(settings: &ConnectorSettings, new_token: bool) -> String {
        let s = settings;
        format!(
            "kind={} url={} auth={} scopes={} timeout={}s backoff={}ms give-up={}h attempts={}{}",
            s.kind,
            s.url.as_deref().unwrap_or("default"),
            s.auth,
            if s.scopes.is_empty() { "-" } else { &s.scopes },
            s.timeout_ms / 1000,
            s.backoff_ms,
            s.give_up_hours,
            s.attempts,
            if new_token { " token=replaced" } else { "" }
        )
    }
}

#[async_trait::async_trait]
impl ConnectorsPort for Connectors {
    async fn connector(
        &self,
        user: &CurrentUser,
        agency: Agency,
    ) -> Result<ConnectorView, AppError> {
        Self::admin_of(user, agency)?;
        let stored: Vec<StoredConnector> = self
            .database
            .connectors()
            .versions(agency.id())
            .await
            .map_err(failed("cannot read an agency's connector"))?;
        let versions: Vec<ConnectorVersionRow> = stored
            .iter()
            .map(|c| ConnectorVersionRow {
                version: c.version,
                made_by: c.made_by.clone(),
                made_at: c.made_at,
                settings: view_of(&c.settings),
            })
            .collect();
        Ok(ConnectorView {
            agency,
            in_force: versions
                .first()
                .map_or_else(|| self.environment(agency), |v| v.settings.clone()),
            version: versions.first().map(|v| v.version),
            versions,
        })
    }

    async fn save(
        &self,
        user: &CurrentUser,
        agency: Agency,
        form: &ConnectorForm,
    ) -> Result<Result<(), Vec<FieldProblem>>, AppError> {
        Self::admin_of(user, agency)?;
        let connectors = self.database.connectors();
        let kept = connectors
            .token(agency.id())
            .await
            .map_err(failed("cannot read an agency's connector"))?;
        let settings = match validate::validate(agency.id(), form, &self.portal, kept) {
            Ok(settings) => settings,
            Err(problems) => return Ok(Err(problems)),
        };
        // A host name is judged by where it leads, too.
        if let Some(url) = &settings.url {
            if let Some(message) = validate::resolved_problem(url, &self.portal).await {
                tracing::warn!(
                    agency = agency.id(),
                    message,
                    "a connector address that resolves where it must not"
                );
                return Ok(Err(vec![FieldProblem {
                    field: "url".into(),
                    message: message.into(),
                }]));
            }
        }
        let version = connectors
            .save(agency.id(), &settings, &user.pid)
            .await
            .map_err(failed("cannot save an agency's connector"))?;
        let detail = Self::detail(&settings, !form.token.trim().is_empty());
        tracing::info!(agency = agency.id(), version, %detail, "an agency's connector was changed");
        self.record(user, agency, version, AuthoringAction::Connector, detail)
            .await?;
        Ok(Ok(()))
    }

    async fn roll_back(
        &self,
        user: &CurrentUser,
        agency: Agency,
        to: i64,
        newest: i64,
    ) -> Result<i64, AppError> {
        Self::admin_of(user, agency)?;
        let connectors = self.database.connectors();
        let versions = connectors
            .versions(agency.id())
            .await
            .map_err(failed("cannot read an agency's connector"))?;
        if !versions.iter().any(|v| v.version == to && to < newest) {
            return Err(AppError::NotFound);
        }
        let version = connectors
            .restore(agency.id(), to, newest, &user.pid)
            .await
            .map_err(failed("cannot roll back an agency's connector"))?
            .ok_or(AppError::Conflict)?;
        tracing::info!(
            agency = agency.id(),
            version,
            to,
            "an agency's connector was rolled back"
        );
        self.record(
            user,
            agency,
            version,
            AuthoringAction::ConnectorRollback,
            format!("to version {to}"),
        )
        .await?;
        Ok(version)
    }

    async fn test(&self, user: &CurrentUser, agency: Agency) -> Result<TestReport, AppError> {
        Self::admin_of(user, agency)?;
        // Where the saved address leads now (a name can be pointed elsewhere after the save).
        if let Some(saved) = self.live.saved(agency.id()).and_then(|s| s.settings.url) {
            if let Some(message) = validate::resolved_problem(&saved, &self.portal).await {
                tracing::warn!(
                    agency = agency.id(),
                    message,
                    "a connector address that resolves where it must not: not tested"
                );
                return Ok(TestReport {
                    url: saved,
                    problem: Some(message.into()),
                    ..TestReport::default()
                });
            }
        }
        let mut report = probe::probe(&self.live, &self.client, agency.id()).await;
        // The address and the token work: the contract's rules, over the same connector.
        if let (None, Some(kit)) = (&report.problem, &self.conformance) {
            let route = self.live.route(agency.id());
            match kit.run(&self.client, agency, &route).await {
                Some(rules) => report.rules = rules,
                None => report.problem = Some("connector-test-no-service".into()),
            }
        }
        Ok(report)
    }
}
