//! The parts of an agency's draft journey an admin changes in a form of their own: its prefill
//! look-ups, and its services with their payload mappings. Implemented by the same server side
//! as `AuthoringPort`, which reads the draft these forms show. Only the owner's admins change a
//! draft (`Forbidden` otherwise, logged); `Conflict` when the revision is not the draft's.

use crate::{
    auth::CurrentUser,
    error::AppError,
    pages::admin::parts::{PartProblem, PrefillChange, ServiceChange},
};

#[async_trait::async_trait]
pub trait AuthoringPartsPort: Send + Sync {
    /// Adds or removes a prefill look-up: its problems, at the form field each concerns, when
    /// the draft would have a problem it did not have before (nothing is written then).
    async fn change_prefill(
        &self,
        user: &CurrentUser,
        id: &str,
        change: &PrefillChange,
    ) -> Result<Result<(), Vec<PartProblem>>, AppError>;

    /// Adds, changes or removes a service, as `change_prefill` does.
    async fn change_service(
        &self,
        user: &CurrentUser,
        id: &str,
        change: &ServiceChange,
    ) -> Result<Result<(), Vec<PartProblem>>, AppError>;
}
