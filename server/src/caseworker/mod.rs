//! The caseworker's use cases behind the caseworker port (`app::ports::CaseworkerPort`): the
//! inbox of the agencies their role is for (`inbox`), a case with the citizen's answers and its
//! history (`case`), and what they do to it (`act`). No HTTP here: the caseworker's pages load
//! through this port and their forms call it; the tests in `tests` call it directly.
//!
//! Every method asks first whether the person is a caseworker (`Forbidden` otherwise) and for
//! which agencies; a case of another agency is `NotFound`, as if there were none, and logged.
//! Opening a case writes an access record the citizen sees (`storage::CaseAccess`).

mod act;
mod case;
mod inbox;
mod looking;
mod requests;
#[cfg(test)]
mod tests;

use crate::{
    citizen::internal,
    journeys::versions::Definitions,
    storage::{Database, InboxCase},
};
use app::{
    auth::{CurrentUser, Role},
    error::AppError,
    journey::{Agency, Journey},
    pages::caseworker::model::{CaseAction, CaseView, InboxQuery, InboxView},
    ports::CaseworkerPort,
};
use std::sync::Arc;

pub use act::checked_text;
pub use looking::Looking;
pub(crate) use requests::message_view;

/// The caseworker's side of the portal, over storage and the journey catalogue.
#[derive(Clone)]
pub struct Caseworker {
    pub database: Database,
    /// Every version a submission may name (a case shows the version its citizen answered).
    pub versions: Arc<Definitions>,
    /// Who has which case open on this instance (the soft lock).
    pub looking: Arc<Looking>,
}

impl Caseworker {
    pub fn new(database: Database, versions: Arc<Definitions>) -> Caseworker {
        Caseworker {
            database,
            versions,
            looking: Arc::new(Looking::default()),
        }
    }

    /// The version `version` of journey `id` (`None`: not stored).
    async fn journey_of(&self, id: &str, version: i64) -> Result<Option<Arc<Journey>>, AppError> {
        self.versions
            .get(id, version)
            .await
            .map_err(|error| internal(&error, "cannot read a submission's journey version"))
    }

    /// The agencies the person is a caseworker for; none is `Forbidden`.
    fn agencies(user: &CurrentUser) -> Result<Vec<Agency>, AppError> {
        let mut agencies = user.agencies_with(Role::Caseworker);
        agencies.sort_by_key(|a| a.id());
        agencies.dedup();
        if agencies.is_empty() {
            tracing::warn!("a caseworker's use case asked for by someone without the role");
            return Err(AppError::Forbidden);
        }
        Ok(agencies)
    }

    /// The case `id` of one of `agencies`: another agency's, or none, is `NotFound` (logged).
    async fn case_of(&self, agencies: &[Agency], id: &str) -> Result<InboxCase, AppError> {
        match self.database.inbox().get(id).await {
            Ok(Some(case)) if agencies.contains(&case.agency) => Ok(case),
            Ok(found) => {
                tracing::warn!(
                    case = id,
                    owner = found.map(|c| c.agency.id()),
                    "a case of another agency, or none, was asked for"
                );
                Err(AppError::NotFound)
            }
            Err(error) => Err(internal(&error, "cannot read a case")),
        }
    }
}

/// Today, by Oslo's calendar: what a deadline counts from.
fn today() -> app::journey::Date {
    crate::citizen::today()
}

#[async_trait::async_trait]
impl CaseworkerPort for Caseworker {
    #[tracing::instrument(skip(self, user), fields(queue = query.queue.as_str()))]
    async fn inbox(&self, user: &CurrentUser, query: InboxQuery) -> Result<InboxView, AppError> {
        self.inbox_of(user, query).await
    }

    #[tracing::instrument(skip(self, user), fields(case = %id))]
    async fn case(&self, user: &CurrentUser, id: &str) -> Result<CaseView, AppError> {
        self.open_case(user, id).await
    }

    #[tracing::instrument(skip(self, user, action), fields(case = %id))]
    async fn act(&self, user: &CurrentUser, id: &str, action: CaseAction) -> Result<(), AppError> {
        self.act_on(user, id, action).await
    }

    #[tracing::instrument(skip(self, user, query))]
    async fn save_view(
        &self,
        user: &CurrentUser,
        name: &str,
        query: &InboxQuery,
        shared: bool,
    ) -> Result<(), AppError> {
        self.save(user, name, query, shared).await
    }
}
