//! Every agency's calls not delivered, counted, for operators: which agency is failing at a
//! glance, each leading to its own list (`list`). Counts only, so nothing of a case is read.

use super::Deliveries;
use crate::citizen::internal;
use app::{
    auth::CurrentUser, error::AppError, journey::Agency, pages::deliveries::model::AgencyCount,
};

impl Deliveries {
    /// Every agency, in the portal's order, with its calls waiting or being retried and given up.
    pub(super) async fn counted(&self, user: &CurrentUser) -> Result<Vec<AgencyCount>, AppError> {
        if !user.is_operator() {
            tracing::warn!("every agency's deliveries asked for by someone who is not an operator");
            return Err(AppError::Forbidden);
        }
        let counts = self
            .database
            .outbox()
            .undelivered_counts()
            .await
            .map_err(|error| internal(&error, "cannot count the calls not delivered"))?;
        Ok(Agency::ALL
            .into_iter()
            .map(|agency| {
                let (pending, dead) = counts
                    .iter()
                    .find(|(counted, _, _)| *counted == agency)
                    .map_or((0, 0), |(_, pending, dead)| (*pending, *dead));
                AgencyCount {
                    agency,
                    pending,
                    dead,
                }
            })
            .collect())
    }
}
