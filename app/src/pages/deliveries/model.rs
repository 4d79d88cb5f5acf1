//! What the deliveries pages show, as the deliveries port (`crate::ports::DeliveriesPort`)
//! returns it: one agency's calls that did not arrive (waiting, being retried, dead-lettered),
//! or — for an API agency's caseworkers — the ones that did, with what was sent and what the
//! agency reported; and, for operators, how many calls of each agency did not arrive.

use crate::{
    domain::{CaseStatus, DeliveryState, Instant},
    journey::Agency,
};

/// The most calls a page lists (the newest); "retry all" still reaches every dead one.
pub const MAX_CALLS: usize = 200;

/// Which of an agency's calls a page lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CallFilter {
    /// Not delivered yet: waiting, being retried, or dead-lettered.
    #[default]
    Undelivered,
    /// Delivered: what was sent, when, and what the agency reported since.
    Sent,
}

impl CallFilter {
    pub const ALL: [CallFilter; 2] = [CallFilter::Undelivered, CallFilter::Sent];

    /// The word in the address (`?show=sent`) and in message ids (`deliveries-show-sent`).
    pub fn as_str(self) -> &'static str {
        match self {
            CallFilter::Undelivered => "undelivered",
            CallFilter::Sent => "sent",
        }
    }

    pub fn parse(word: &str) -> Option<CallFilter> {
        CallFilter::ALL.into_iter().find(|f| f.as_str() == word)
    }
}

/// One agency's calls, as the person may see them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeliveriesView {
    pub agency: Agency,
    pub filter: CallFilter,
    /// An admin of the agency: dead calls can be put back from the page. Otherwise read-only.
    pub can_retry: bool,
    /// A caseworker of an agency with its own case system (`api`): what was sent is theirs to see.
    pub can_see_sent: bool,
    /// Newest first, at most `MAX_CALLS`.
    pub calls: Vec<CallRow>,
    /// There are more than `MAX_CALLS`.
    pub more: bool,
}

impl DeliveriesView {
    /// Whether any listed call is dead-lettered (and so can be retried).
    pub fn any_dead(&self) -> bool {
        self.calls.iter().any(|c| c.state == DeliveryState::Dead)
    }
}

/// One call to the agency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallRow {
    pub id: String,
    /// The submission's reference.
    pub reference: String,
    pub journey_id: String,
    pub service: String,
    pub state: DeliveryState,
    pub attempts: i64,
    /// The last failure, as the delivery worker recorded it (plain text).
    pub last_error: Option<String>,
    /// When its retries began: written with its submission, or put back since.
    pub queued_at: Instant,
    /// When the next attempt is due (a call not delivered, not dead and not held).
    pub next_attempt_at: Option<Instant>,
    /// Held until a party to the submission has answered: not sent, and not counted as late.
    pub held: bool,
    pub dead_at: Option<Instant>,
    pub delivered_at: Option<Instant>,
    pub case_number: Option<String>,
    /// The latest status the agency reported, and when it set it.
    pub latest: Option<(CaseStatus, Instant)>,
    /// What was sent, field by field (`Sent` only).
    pub sent: Vec<(String, String)>,
    /// Each time the call was put back in the queue, oldest first.
    pub retries: Vec<RetryEntry>,
}

impl CallRow {
    /// Waiting to be sent for the first time (no attempt yet).
    pub fn waiting(&self) -> bool {
        self.state == DeliveryState::Pending && self.attempts == 0
    }
}

/// A call put back in the queue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryEntry {
    pub at: Instant,
    /// The admin, by name; `None`: an operator's command.
    pub who: Option<String>,
}

/// One agency's calls not delivered, counted, for the operator's overview of every agency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgencyCount {
    pub agency: Agency,
    /// Waiting to be sent, or being retried.
    pub pending: i64,
    /// Given up (dead-lettered): these can be sent again.
    pub dead: i64,
}
