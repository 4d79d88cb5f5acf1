//! What the caseworker's pages show, as the caseworker port (`crate::ports::CaseworkerPort`)
//! returns it, and what they ask it: an inbox view (carried whole in the page's address, so it
//! works without JavaScript and can be bookmarked), a case, and the actions on a case.

pub use super::query::{BadQuery, InboxQuery, Queue, SortKey};
use crate::{
    domain::{CaseStatus, Instant},
    journey::{
        flow::{Shown, SummaryStep},
        Agency, Date, Sources,
    },
};

/// A queue's count: exact, or "at least" where counting a filtered view stopped at a cap (a
/// count of every case under a rare filter would read the agency's cases; past the cap, the
/// number tells a caseworker nothing more).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Exact(u64),
    AtLeast(u64),
}

/// The inbox as one caseworker sees it: only the agencies their role is for.
#[derive(Clone, Debug)]
pub struct InboxView {
    pub agencies: Vec<Agency>,
    pub query: InboxQuery,
    /// Every queue with its count under the view's filters.
    pub counts: Vec<(Queue, Count)>,
    pub rows: Vec<CaseRow>,
    /// The cursor of the next page, if there is one.
    pub next: Option<String>,
    /// Views saved by this person, and those shared with their agency's team.
    pub views: Vec<SavedView>,
    /// The caseworkers of these agencies, `(person id, name)`, for the assignee filter.
    pub colleagues: Vec<(String, String)>,
    /// Tasks of these agencies as parties to citizens' submissions (the health service
    /// confirming a child's illness), the soonest deadline first.
    pub tasks: Vec<crate::domain::PartyCard>,
}

/// One case in a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseRow {
    pub id: String,
    pub agency: Agency,
    pub reference: String,
    pub journey_id: String,
    pub service: String,
    pub citizen_name: String,
    pub received_at: Instant,
    pub status: CaseStatus,
    /// The name of the caseworker who has it.
    pub assignee: Option<String>,
    pub due: Date,
    /// Working days until `due` (negative: overdue).
    pub days_left: i64,
    /// Messages from the citizen that no caseworker has read yet.
    pub unread: u32,
}

/// A view of the inbox saved by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedView {
    pub id: String,
    pub name: String,
    /// Its address's query (`queue=mine&sort=deadline`).
    pub query: String,
    /// Shared with the agency's team (else only its owner sees it).
    pub shared: bool,
    pub owner_name: String,
}

/// One case as a caseworker handles it.
#[derive(Clone, Debug)]
pub struct CaseView {
    pub id: String,
    pub agency: Agency,
    pub reference: String,
    pub journey_id: String,
    pub journey_version: i64,
    pub service: String,
    pub submitted_at: Instant,
    pub received_at: Instant,
    pub citizen_name: String,
    pub citizen_pid: String,
    /// The citizen's answers as the agency received them, by step.
    pub summary: Vec<SummaryStep>,
    /// Where prefilled answers came from (register and when); the rest the citizen typed.
    pub sources: Sources,
    pub status: CaseStatus,
    /// `(person id, name)` of the caseworker who has it.
    pub assignee: Option<(String, String)>,
    /// Other caseworkers who have the case open now (the soft lock), by name.
    pub others_looking: Vec<String>,
    pub due: Date,
    pub days_left: i64,
    /// Every status, message, assignment and note, oldest first.
    pub history: Vec<HistoryEntry>,
    /// The statuses the case may move to from where it stands.
    pub next_statuses: Vec<CaseStatus>,
    /// The caseworkers of the case's agency, `(person id, name)`, to assign it to.
    pub colleagues: Vec<(String, String)>,
    /// The answers the citizen may be asked to correct, `(field id, label message id)`; empty
    /// when the case cannot wait for the citizen now (decided, or already waiting).
    pub askable: Vec<(String, String)>,
    /// Requests for more information, oldest first.
    pub requests: Vec<RequestView>,
    /// Messages with the citizen, oldest first.
    pub messages: Vec<MessageView>,
}

/// A message on a case, between the agency and the citizen, with its read receipt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageView {
    pub at: Instant,
    pub from_citizen: bool,
    /// The author's name.
    pub author: String,
    pub text: String,
    /// When the other side first saw it.
    pub read_at: Option<Instant>,
}

/// One event in a case's history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryEntry {
    pub at: Instant,
    /// Who did it, by name; `None` for the portal (the case arriving).
    pub who: Option<String>,
    pub what: HistoryKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HistoryKind {
    Received,
    Status {
        status: CaseStatus,
        /// The message to the citizen.
        message: Option<String>,
    },
    Claimed,
    Released,
    Assigned {
        to: String,
    },
    /// An internal note, never shown to the citizen.
    Note {
        text: String,
    },
    /// The call was put back in the queue after it was given up (by `who`; `None`: an operator).
    Retried,
}

/// What a caseworker does to a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaseAction {
    /// Take it (only a case no one has, or one's own).
    Claim,
    /// Give it back to the queue.
    Release,
    /// Give it to a colleague of the same agency (by person id).
    Assign { to: String },
    /// Move it on, with a message to the citizen (shown on their timeline).
    Status { to: CaseStatus, message: String },
    /// An internal note.
    Note { text: String },
    /// A message to the citizen (shown with the case on their receipt).
    Message { text: String },
    /// Ask the citizen for more information: the answers (field ids) that need correcting
    /// and/or a free question, with the reason the citizen is shown. The case then waits.
    Ask {
        fields: Vec<String>,
        question: String,
        reason: String,
    },
}

/// A request for more information on a case, and the citizen's answer to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestView {
    pub asked_at: Instant,
    pub asked_by: String,
    pub reason: String,
    pub question: Option<String>,
    pub answered_at: Option<Instant>,
    pub reply: Option<String>,
    /// Each answer asked about: before (as received) and after (as the citizen answered).
    pub changes: Vec<Change>,
}

/// One answer asked about again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub label_id: String,
    pub before: Shown,
    /// `None` until the citizen has answered.
    pub after: Option<Shown>,
}

/// The longest note or message a caseworker may write, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;
