//! Polling: the portal asks the agencies about cases nothing was heard from for
//! `status_poll` (a lost callback, an agency that only offers polling).

use super::{answer_body, CallError, Worker, IN_FLIGHT};
use app::domain::{CaseStatus, Instant};

impl Worker {
    /// Asks about quiet cases every `status_poll`, until the process ends.
    pub fn spawn_status_poller(self) {
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(self.config.status_poll);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticker.tick().await;
                self.poll_quiet_cases().await;
            }
        });
    }

    /// Asks about each quiet case (at most `IN_FLIGHT` at a time, each within the call
    /// timeout, so one hanging agency holds up nothing else) and stores what is new.
    pub async fn poll_quiet_cases(&self) {
        let interval = self.config.status_poll;
        let round = Instant::now();
        let quiet_since = round.minus(interval);
        // A little under the interval, so a case asked last round is due again this round.
        let polled_before = round.minus(interval.mul_f64(0.9));
        let cases = match self
            .database
            .case_events()
            .quiet(quiet_since, polled_before, 500)
            .await
        {
            Ok(cases) => cases,
            Err(error) => {
                tracing::error!(%error, "cannot list quiet cases");
                return;
            }
        };
        let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(IN_FLIGHT));
        let mut polls = tokio::task::JoinSet::new();
        for case in cases {
            let (worker, slots) = (self.clone(), slots.clone());
            polls.spawn(async move {
                let Ok(_slot) = slots.acquire().await else {
                    return;
                };
                // Another instance may be asking already.
                match worker
                    .database
                    .case_events()
                    .claim_poll(&case.delivery_id, round, polled_before)
                    .await
                {
                    Ok(true) => {
                        worker
                            .poll_case(
                                &case.delivery_id,
                                &case.agency,
                                &case.case_number,
                                case.latest,
                            )
                            .await
                    }
                    Ok(false) => {}
                    Err(error) => tracing::error!(%error, "cannot claim a poll"),
                }
            });
        }
        while polls.join_next().await.is_some() {}
    }

    #[tracing::instrument(skip(self, latest))]
    async fn poll_case(
        &self,
        delivery_id: &str,
        agency: &str,
        case_number: &str,
        latest: Option<CaseStatus>,
    ) {
        let (status, message, reported_at) = match self.case_status(agency, case_number).await {
            Ok(polled) => polled,
            Err(error) => {
                tracing::warn!(agency, case = case_number, %error, "cannot poll a case");
                return;
            }
        };
        // Nothing new (or a callback told it already).
        if latest.is_some() && latest == CaseStatus::parse(&status) {
            return;
        }
        let now = Instant::now();
        let (status, at) = match crate::agencies::callbacks::sound_status(
            &status,
            message.as_deref(),
            reported_at.unwrap_or_else(|| now.stored()).as_str(),
            now,
        ) {
            Ok(sound) => sound,
            Err(unsound) => {
                tracing::warn!(agency, status, %unsound, "a polled status was refused");
                return;
            }
        };
        match self
            .database
            .case_events()
            .add(delivery_id, status, message.as_deref(), at)
            .await
        {
            Ok(added) => tracing::info!(call = delivery_id, %status, added, "agency status polled"),
            Err(error) => tracing::error!(%error, "cannot store a polled status"),
        }
    }

    /// `GET <base>/v1/<agency>/cases/<case>` (over the agency's connector in force): `(status, message, when the agency set it)`.
    async fn case_status(
        &self,
        agency: &str,
        case_number: &str,
    ) -> Result<(String, Option<String>, Option<String>), CallError> {
        let route = self.connectors.route(agency);
        let token = route
            .bearer(agency, "cases")
            .await
            .map_err(CallError::NoToken)?;
        let response = self
            .client
            .get(crate::contract::case_url(&route.base, agency, case_number))
            .bearer_auth(token)
            .timeout(route.timeout)
            .send()
            .await
            .map_err(|e| CallError::Unreachable(e.without_url().to_string()))?;
        let bytes = answer_body(response).await?;
        let polled: crate::contract::PolledStatus =
            serde_json::from_slice(&bytes).map_err(|_| CallError::Hostile("not a case status"))?;
        Ok((polled.status, polled.message, polled.reported_at))
    }
}
