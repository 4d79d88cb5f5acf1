//! The deliveries that did not arrive, per agency. Its admins see the calls not delivered yet
//! (waiting, being retried, dead-lettered, with the last error) and put dead ones back in the
//! queue, one or all — the same as the operator's `server retry-delivery`, and recorded. An API
//! agency's caseworkers see the same read-only, and what was sent to their agency's own system
//! (`CallFilter::Sent`). Anyone else with a staff role gets `NotFound` for an agency that is not
//! theirs (logged), a person without one `Forbidden`.

use crate::{
    auth::CurrentUser,
    error::AppError,
    journey::Agency,
    pages::deliveries::model::{CallFilter, DeliveriesView},
};

#[async_trait::async_trait]
pub trait DeliveriesPort: Send + Sync {
    /// The agency's calls under `filter`, newest first. `Sent` is for the caseworkers of an API
    /// agency only (the payload is the citizen's data): `Forbidden` for its admins.
    async fn calls(
        &self,
        user: &CurrentUser,
        agency: Agency,
        filter: CallFilter,
    ) -> Result<DeliveriesView, AppError>;

    /// Puts one dead call back in the queue (with the dead calls that need it): how many were
    /// put back. An admin's only (`Forbidden` for a caseworker); a call of another agency is
    /// `NotFound` (logged); a call that is not dead is `Conflict`.
    async fn retry(
        &self,
        user: &CurrentUser,
        agency: Agency,
        call_id: &str,
    ) -> Result<usize, AppError>;

    /// Puts every dead call of the agency back in the queue: how many were put back.
    async fn retry_all(&self, user: &CurrentUser, agency: Agency) -> Result<usize, AppError>;
}
