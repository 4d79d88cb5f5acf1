//! The deliveries that did not arrive, behind the deliveries port (`app::ports::DeliveriesPort`):
//! one agency's calls as its admins see them (`list`: not delivered yet, with the last error)
//! and put dead ones back in the queue (`retry`: the operator command's own repository call,
//! recorded with the admin's id), and as an API agency's caseworkers see them, read-only, with
//! what was sent to the agency's own system; and every agency's, counted, for operators
//! (`overview`). No HTTP here; the tests in `tests` call the port.
//!
//! Who may do what, per agency: an admin of it sees its calls not delivered and retries; a
//! caseworker of it sees the same read-only and what was sent, if it is an `api` agency (an
//! `inbox` agency's caseworkers have its cases in the inbox instead: `Forbidden`). Someone with
//! a staff role for other agencies only gets `NotFound` (logged), as for a call of another
//! agency; someone with no staff role `Forbidden`.
//!
//! An operator (`PlatformRole::Operator`, table `platform_role`) is platform staff, of no agency:
//! for every agency, what an admin may do here — the calls not delivered (agency, service,
//! reference, state, attempts, last error) and retries, recorded with the operator's id as an
//! admin's are. Never a case's contents: not what was sent (the payload is the citizen's
//! answers: `Forbidden`), and the operator role opens no inbox and no case
//! (`crate::caseworker` asks for the caseworker role alone). An operator who also holds an
//! agency role gets that role's access besides, as anyone with it.
//!
//! Where a retry is recorded: table `delivery_retry` (when, who), in the requeue's transaction.
//! An inbox agency's case history shows its call's retries (`case_history`), before the case's
//! arrival; an API agency's case lives in its own system, so its calls' retries are shown on
//! this page beside each call.

mod list;
mod overview;
mod retry;
#[cfg(test)]
mod tests;

use crate::{
    agencies::Connector,
    connectors::live::LiveConnectors,
    storage::{Database, Retry},
};
use app::{
    auth::{CurrentUser, Role},
    error::AppError,
    journey::Agency,
    pages::{
        caseworker::model::{HistoryEntry, HistoryKind},
        deliveries::model::{AgencyCount, CallFilter, DeliveriesView},
    },
    ports::DeliveriesPort,
};

/// The deliveries side of the portal, over storage and how each agency is connected.
#[derive(Clone)]
pub struct Deliveries {
    pub database: Database,
    /// The connectors in force: whether an agency has an API or an inbox is what its admins
    /// last saved (`crate::connectors`), else the environment's.
    pub connectors: std::sync::Arc<LiveConnectors>,
}

/// What a person may do with one agency's calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Access {
    /// An admin of the agency, or an operator: retries.
    retries: bool,
    /// A caseworker of an API agency: sees what was sent.
    sees_sent: bool,
}

impl Deliveries {
    /// What `user` may do with `agency`'s calls; nothing at all is `NotFound` for a staff member
    /// of other agencies (logged) and `Forbidden` for anyone else. The operator role adds
    /// retries, never what was sent.
    fn access(&self, user: &CurrentUser, agency: Agency) -> Result<Access, AppError> {
        let holds = |role| user.agencies_with(role).contains(&agency);
        let api = self.connectors.route(agency.id()).kind == Connector::Api;
        let access = Access {
            retries: holds(Role::Admin) || user.is_operator(),
            sees_sent: holds(Role::Caseworker) && api,
        };
        if access.retries || access.sees_sent {
            return Ok(access);
        }
        if holds(Role::Caseworker) {
            tracing::warn!(
                agency = agency.id(),
                "an inbox agency's caseworker asked for its deliveries"
            );
            return Err(AppError::Forbidden);
        }
        if user.has_role(Role::Admin) || user.has_role(Role::Caseworker) {
            tracing::warn!(
                agency = agency.id(),
                "the deliveries of an agency not the person's were asked for"
            );
            return Err(AppError::NotFound);
        }
        tracing::warn!("the deliveries page asked for by someone without a staff role");
        Err(AppError::Forbidden)
    }
}

/// A case's history with its call's retries in it, in time order (a retry comes before the case
/// arrives: the call was dead until then). Stable, so entries at the same time keep their order.
pub fn with_retries(mut history: Vec<HistoryEntry>, retries: Vec<Retry>) -> Vec<HistoryEntry> {
    history.extend(retries.into_iter().map(|retry| HistoryEntry {
        at: retry.at,
        who: retry.who,
        what: HistoryKind::Retried,
    }));
    history.sort_by_key(|entry| entry.at);
    history
}

#[async_trait::async_trait]
impl DeliveriesPort for Deliveries {
    #[tracing::instrument(skip(self, user), fields(agency = agency.id(), filter = filter.as_str()))]
    async fn calls(
        &self,
        user: &CurrentUser,
        agency: Agency,
        filter: CallFilter,
    ) -> Result<DeliveriesView, AppError> {
        let access = self.access(user, agency)?;
        self.list(access, agency, filter).await
    }

    #[tracing::instrument(skip(self, user), fields(agency = agency.id(), call = %call_id))]
    async fn retry(
        &self,
        user: &CurrentUser,
        agency: Agency,
        call_id: &str,
    ) -> Result<usize, AppError> {
        let access = self.access(user, agency)?;
        self.retry_one(user, access, agency, call_id).await
    }

    #[tracing::instrument(skip(self, user), fields(agency = agency.id()))]
    async fn retry_all(&self, user: &CurrentUser, agency: Agency) -> Result<usize, AppError> {
        let access = self.access(user, agency)?;
        self.retry_every(user, access, agency).await
    }

    #[tracing::instrument(skip(self, user))]
    async fn overview(&self, user: &CurrentUser) -> Result<Vec<AgencyCount>, AppError> {
        self.counted(user).await
    }
}
