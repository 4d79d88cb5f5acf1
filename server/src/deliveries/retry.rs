//! Putting an agency's dead calls back in the queue from its deliveries page: the same
//! repository call as `server retry-delivery` (`Outbox::retry_dead`), recorded with the admin's
//! id. One call, with the dead calls of its submission that need it; or every dead call of the
//! agency.

use super::{Access, Deliveries};
use crate::{citizen::internal, storage::RetryFilter};
use app::{auth::CurrentUser, domain::DeliveryState, error::AppError, journey::Agency};

impl Deliveries {
    /// Admins only: a caseworker who may look is still `Forbidden` to retry.
    fn admin(access: Access, agency: Agency) -> Result<(), AppError> {
        if access.admin {
            return Ok(());
        }
        tracing::warn!(
            agency = agency.id(),
            "a retry asked for by someone who is not the agency's admin"
        );
        Err(AppError::Forbidden)
    }

    pub(super) async fn retry_one(
        &self,
        user: &CurrentUser,
        access: Access,
        agency: Agency,
        call_id: &str,
    ) -> Result<usize, AppError> {
        Self::admin(access, agency)?;
        let outbox = self.database.outbox();
        let call = match outbox.get(call_id).await {
            Ok(Some(call)) if call.agency == agency.id() => call,
            Ok(found) => {
                tracing::warn!(
                    call = call_id,
                    owner = found.map(|c| c.agency),
                    "a call of another agency, or none, was asked to be retried"
                );
                return Err(AppError::NotFound);
            }
            Err(error) => return Err(internal(&error, "cannot read a call")),
        };
        if call.state != DeliveryState::Dead {
            return Err(AppError::Conflict);
        }
        let filter = RetryFilter {
            id: Some(call.id.clone()),
            ..RetryFilter::default()
        };
        let queued = outbox
            .retry_dead_as(&filter, &user.pid)
            .await
            .map_err(|error| internal(&error, "cannot put a call back in the queue"))?;
        if !queued.contains(&call.id) {
            // Another admin, or the operator, put it back a moment ago.
            return Err(AppError::Conflict);
        }
        tracing::info!(
            call = call.id,
            queued = queued.len(),
            "a dead call was retried"
        );
        Ok(queued.len())
    }

    pub(super) async fn retry_every(
        &self,
        user: &CurrentUser,
        access: Access,
        agency: Agency,
    ) -> Result<usize, AppError> {
        Self::admin(access, agency)?;
        let filter = RetryFilter {
            agency: Some(agency.id().to_string()),
            ..RetryFilter::default()
        };
        let queued = self
            .database
            .outbox()
            .retry_dead_as(&filter, &user.pid)
            .await
            .map_err(|error| internal(&error, "cannot put an agency's calls back in the queue"))?;
        tracing::info!(
            agency = agency.id(),
            queued = queued.len(),
            "an agency's dead calls were retried"
        );
        Ok(queued.len())
    }
}
