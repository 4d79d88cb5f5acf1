//! Each agency's connector — how the portal reaches it: the kind (`api` or `inbox`), the
//! address, how it authenticates, the timeout, the backoff and when to give up. Only the
//! agency's own admins see and change it (anyone else is `Forbidden`, logged). Saving records a
//! new version with who and when; it is in force for the next call, without a restart. The
//! static token is a secret: stored, never returned.

use crate::{
    auth::CurrentUser,
    error::AppError,
    journey::Agency,
    pages::admin::model::{ConnectorForm, ConnectorView, FieldProblem, TestReport},
};

#[async_trait::async_trait]
pub trait ConnectorsPort: Send + Sync {
    /// What is in force and the versions, newest first.
    async fn connector(
        &self,
        user: &CurrentUser,
        agency: Agency,
    ) -> Result<ConnectorView, AppError>;

    /// Saves the form as the agency's newest version; the problems at their fields when it is
    /// refused (nothing changes then). An empty token keeps the one that is set.
    async fn save(
        &self,
        user: &CurrentUser,
        agency: Agency,
        form: &ConnectorForm,
    ) -> Result<Result<(), Vec<FieldProblem>>, AppError>;

    /// Makes an earlier version the one in force again, as a new version (its token too), if
    /// `newest` is still the newest (`Conflict` otherwise; `NotFound` when there is no version
    /// `to` below it): the new version's number.
    async fn roll_back(
        &self,
        user: &CurrentUser,
        agency: Agency,
        to: i64,
        newest: i64,
    ) -> Result<i64, AppError>;

    /// A harmless call to the agency over the connector in force (asks for a case that does not
    /// exist), and what came back.
    async fn test(&self, user: &CurrentUser, agency: Agency) -> Result<TestReport, AppError>;
}
