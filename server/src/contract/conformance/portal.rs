//! The kit in the portal: an agency admin's "test connection" runs every rule over the agency's
//! connector in force — its address, its token (static, or Maskinporten per operation) and its
//! timeout — with status reports coming to the portal's own callback endpoint, which keeps the
//! kit's (`KEY_PREFIX`) in the database (`reports`): with several instances behind one address,
//! the instance running the kit finds the report whichever instance the agency reached.

use super::{reports::Stored, run, Target, Tokens};
use crate::{
    agencies::signature::CallbackKeys, connectors::live::Route, journeys::live::LiveCatalog,
    storage::Database,
};
use app::{journey::Agency, pages::admin::model::RuleOutcome};
use std::{sync::Arc, time::Duration};

/// How long the test connection waits for a status report.
pub const CALLBACK_WAIT: Duration = Duration::from_secs(10);

/// What the portal's test connection needs to run the kit.
pub struct InPortal {
    /// Where the reports are kept, for every instance.
    pub database: Database,
    /// The portal's callback address, as agencies reach it.
    pub callback_url: String,
    pub keys: CallbackKeys,
    /// The published journeys: the operation tried is the first one that calls the agency.
    pub journeys: Arc<LiveCatalog>,
}

struct RouteTokens<'a> {
    route: &'a Route<'a>,
    agency: &'a str,
}

#[async_trait::async_trait]
impl Tokens for RouteTokens<'_> {
    async fn bearer(&self, operation: &str) -> Result<String, String> {
        self.route.bearer(self.agency, operation).await
    }
}

impl InPortal {
    /// Every rule against `agency` over `route`; `None` when no published journey calls it.
    pub async fn run(
        &self,
        client: &reqwest::Client,
        agency: Agency,
        route: &Route<'_>,
    ) -> Option<Vec<RuleOutcome>> {
        let operation = super::first_operation(&self.journeys.current(), agency)?;
        let target = Target {
            base: route.base.clone(),
            agency: agency.id().into(),
            operation,
            timeout: route.timeout,
            callback_wait: CALLBACK_WAIT,
            callback_key: self.keys.key_for(agency.id()).map(str::to_string),
        };
        let tokens = RouteTokens {
            route,
            agency: agency.id(),
        };
        let callbacks = Stored {
            url: self.callback_url.clone(),
            database: self.database.clone(),
        };
        Some(run(client, &target, &tokens, &callbacks).await)
    }
}
