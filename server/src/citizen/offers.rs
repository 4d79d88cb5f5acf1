//! Offers on *My page* (`crate::proactive` makes them from the register's event feed): the
//! person starts the offered journey — its own start, prefill and all — or dismisses the offer.
//! An offer that is not open (started or dismissed meanwhile, in another tab) leads back to
//! *My page*, which shows how it stands; another person's offer is `NotFound`.

use super::{internal, Citizen};
use crate::storage::Closing;
use app::{auth::CurrentUser, domain::Offer, error::AppError};

impl Citizen {
    /// The person's open offers, newest first.
    pub(super) async fn offers_of(&self, user: &CurrentUser) -> Result<Vec<Offer>, AppError> {
        self.database
            .offers()
            .open_of(&user.pid)
            .await
            .map_err(|error| internal(&error, "cannot read the offers"))
    }

    /// Starts the offered journey (or continues its open draft) and closes the offer: the
    /// address of the step to go to.
    pub(super) async fn start_offered(
        &self,
        user: &CurrentUser,
        id: &str,
    ) -> Result<String, AppError> {
        let Some(offer) = self.open_offer(user, id).await? else {
            return Ok("/my-page".into());
        };
        // Started first: a start refused (a login at a higher level first) leaves it open.
        let to = self.start_journey(user, &offer.journey_id).await?;
        self.close_offer(user, id, Closing::Started).await?;
        tracing::info!(journey = offer.journey_id, "an offer was started");
        Ok(to)
    }

    /// Dismisses the offer: *My page* with a notice.
    pub(super) async fn dismiss_offered(
        &self,
        user: &CurrentUser,
        id: &str,
    ) -> Result<String, AppError> {
        if self.open_offer(user, id).await?.is_none() {
            return Ok("/my-page".into());
        }
        Ok(if self.close_offer(user, id, Closing::Dismissed).await? {
            "/my-page?dismissed=1".into()
        } else {
            "/my-page".into()
        })
    }

    /// The person's offer `id` if it is open; `None` if it is theirs and closed; `NotFound`
    /// (logged) if it is not theirs or none.
    async fn open_offer(&self, user: &CurrentUser, id: &str) -> Result<Option<Offer>, AppError> {
        let offers = self.database.offers();
        if let Some(offer) = offers
            .open(&user.pid, id)
            .await
            .map_err(|error| internal(&error, "cannot read an offer"))?
        {
            return Ok(Some(offer));
        }
        match offers.belongs(&user.pid, id).await {
            Ok(true) => Ok(None),
            Ok(false) => {
                tracing::warn!("an offer that is not this person's, or none");
                Err(AppError::NotFound)
            }
            Err(error) => Err(internal(&error, "cannot read an offer")),
        }
    }

    async fn close_offer(
        &self,
        user: &CurrentUser,
        id: &str,
        closing: Closing,
    ) -> Result<bool, AppError> {
        self.database
            .offers()
            .close(&user.pid, id, closing)
            .await
            .map_err(|error| internal(&error, "cannot close an offer"))
    }
}
