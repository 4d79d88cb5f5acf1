//! Who read a citizen's case: each time a caseworker opens one, an access record is written
//! (the server's `case_access` log), and the citizen sees it on *My page*.

use crate::{auth::Role, journey::Agency};

use super::Instant;

/// One read of a citizen's case by an agency's staff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseRead {
    pub agency: Agency,
    /// In which role (a caseworker).
    pub role: Role,
    /// The application read: its journey (life event) and service.
    pub journey_id: String,
    pub service: String,
    /// The submission's reference.
    pub reference: String,
    pub at: Instant,
}
