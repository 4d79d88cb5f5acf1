//! Identity: who is using the portal, how they proved it, and what they may do.
//!
//! - `dev_provider`: an ID-porten-style OpenID provider inside the server, for development,
//!   demos and tests; on only when no external provider is configured.
//! - `population`: the synthetic people that provider offers, with their agency roles (demo
//!   only: never seeded in production, which refuses a database where they hold roles).

pub mod claims;
pub mod dev_provider;
pub mod machine;
pub mod population;
pub mod rate_limit;
pub mod relying_party;
pub mod sessions;

use relying_party::RelyingParty;
use std::{sync::Arc, time::Duration};

/// Everything identity that handlers need, shared.
#[derive(Clone)]
pub struct Identity {
    pub rp: RelyingParty,
    pub store: sessions::Store,
    pub limiter: Arc<rate_limit::RateLimiter>,
    pub absolute_limit: Duration,
}
