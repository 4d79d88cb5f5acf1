//! What the citizen's pages show, as the citizen port (`crate::ports::CitizenPort`) returns it:
//! typed values a page renders and nothing else. Times are as stored (ISO 8601, UTC); pages show
//! them in Norwegian time.

use crate::{
    domain::{CaseRead, CaseStatus, DeliveryState, Instant, RegisterRead},
    journey::{
        flow::{FieldError, SummaryStep},
        Agency, Answers, Sources,
    },
};

/// Where a page's load ends: the page, or another address the person belongs on (a submitted
/// draft's receipt, the step the answers lead to).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome<T> {
    Page(T),
    Elsewhere(String),
}

/// What a step page was asked to show besides the saved answers (from its address, and from a
/// login that interrupted a post).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepAsk {
    /// `?return=check`: "Continue" leads back to the summary.
    pub return_to_check: bool,
    /// `?invalid=1`: show the step's errors (a continue that did not validate).
    pub invalid: bool,
    /// `?conflict=1`: a save from another tab was kept aside.
    pub conflict: bool,
    /// A step typed before the session ended, kept through the login (its form fields).
    pub parked: Option<Vec<(String, String)>>,
}

/// How a posted step ended.
#[derive(Clone, Debug)]
pub enum StepSaved {
    /// Saved (or kept aside): go on to this address.
    Go(String),
    /// Storage failed: the step again with what was typed, and the incident to quote.
    Unsaved(Box<StepView>),
    /// Saved, but a person it names as a party cannot be one (the applicant, not in the
    /// register, under age): the step again with the problems at their fields.
    Refused(Box<StepView>),
}

/// One step of a draft, as the server found it.
#[derive(Clone, Debug)]
pub struct StepView {
    pub journey_id: String,
    /// The version of the journey the draft was started on (pinned: a newer published version
    /// does not change a draft in progress).
    pub journey: std::sync::Arc<crate::journey::Journey>,
    pub draft_id: String,
    pub step: usize,
    /// What the form shows: the saved answers, or what was typed in a clashing save.
    pub answers: Answers,
    pub errors: Vec<FieldError>,
    /// "Step `position` of `total`" on the path the saved answers took when a step was last
    /// saved without errors (so an error page counts as the page before it did).
    pub position: usize,
    pub total: usize,
    /// That save changed the number of steps: the count says the questions follow the answers.
    pub changed: bool,
    pub back: String,
    pub revision: i64,
    /// A fingerprint of this step's saved answers, to tell a harmless save from another tab
    /// from one that changed this very step.
    pub base: String,
    pub conflict: bool,
    pub return_to_check: bool,
    /// Fields whose answers the current answers hide (shown with a note without JavaScript).
    pub hidden: Vec<String>,
    /// What the step's island gets: this step and the earlier answers its conditions read
    /// (`flow::island_slice`).
    pub island: (crate::journey::Journey, Answers),
    /// The server's date (`yyyy-mm-dd`), for conditions checked in the browser.
    pub today: String,
    /// The form shows what was typed before the session ended (not saved yet).
    pub parked: bool,
    /// Saving failed (storage): the form shows what was typed, with this incident id.
    pub unsaved: Option<String>,
    /// Where prefilled answers came from.
    pub sources: Sources,
    /// The draft was moved to a newer version of the journey since the last visit: what changed
    /// for this citizen (shown once).
    pub changes: Vec<crate::journey::compare::Notice>,
    /// An agency admin's preview of a draft version, walked as this person: nothing is sent.
    pub preview: Option<String>,
}

#[derive(Clone, Debug)]
pub struct CheckView {
    pub journey_id: String,
    /// The version the draft was started on.
    pub journey: std::sync::Arc<crate::journey::Journey>,
    pub draft_id: String,
    pub summary: Vec<SummaryStep>,
    /// The first step still missing something, if any.
    pub incomplete: Option<String>,
    /// The answers that are still as a register gave them.
    pub sources: Sources,
    /// An agency admin's preview, walked as this person: no submit.
    pub preview: Option<String>,
}

#[derive(Clone, Debug)]
pub struct ReceiptView {
    /// The messages with each agency that handles its case in Veiviser.
    pub threads: Vec<Thread>,
    pub journey_id: String,
    /// The version the submission was made on.
    pub journey: std::sync::Arc<crate::journey::Journey>,
    pub reference: String,
    pub submitted_at: Instant,
    pub summary: Vec<SummaryStep>,
    pub calls: Vec<CallStatus>,
    /// The people besides the applicant who must answer or consent, and how each stands.
    pub parties: Vec<crate::domain::PartyStatus>,
}

/// The messages on one case of a submission, between its agency and the citizen.
#[derive(Clone, Debug)]
pub struct Thread {
    pub case_id: String,
    pub agency: Agency,
    pub messages: Vec<crate::pages::caseworker::model::MessageView>,
}

/// One agency's part of a submission, as the outbox knows it.
#[derive(Clone, Debug)]
pub struct CallStatus {
    pub agency: crate::journey::Agency,
    /// The journey's service this call is for (`child-benefit`), named on the timeline.
    pub service: String,
    pub state: DeliveryState,
    /// Held until someone else who takes part has answered (a party): not sent yet.
    pub held: bool,
    pub attempts: i64,
    pub case_number: Option<String>,
    pub delivered_at: Option<Instant>,
    /// The agency's latest reported status and its message.
    pub status: Option<(CaseStatus, Option<String>)>,
}
#[derive(Clone, Debug)]
pub struct MyPageView {
    /// Journeys offered because of a register event (a birth, a death), newest first.
    pub offers: Vec<crate::domain::Offer>,
    /// An offer was just dismissed.
    pub dismissed: bool,
    /// Submissions of others that wait for this person's answer or consent.
    pub party_tasks: Vec<crate::domain::PartyCard>,
    /// A party task was just answered (`answered`) or refused (`refused`).
    pub party_done: Option<String>,
    /// The open drafts, newest first.
    pub drafts: Vec<DraftCard>,
    /// The submissions, newest first.
    pub submissions: Vec<SubmissionCard>,
    pub saved: bool,
    /// A draft was just deleted.
    pub deleted: bool,
    /// The register access log, newest first.
    pub reads: Vec<RegisterRead>,
    /// Reads of the citizen's records made for someone else's start, newest first.
    pub reads_about: Vec<RegisterRead>,
    /// Caseworkers' reads of the citizen's cases ("who read my data"), newest first.
    pub case_reads: Vec<CaseRead>,
    /// Agencies' requests for more information still to answer, oldest first.
    pub tasks: Vec<TaskCard>,
    /// A task was just answered.
    pub answered: bool,
}

/// A request for more information on *My page*.
#[derive(Clone, Debug)]
pub struct TaskCard {
    pub id: String,
    pub agency: Agency,
    pub reference: String,
    pub journey_id: String,
    pub reason: String,
    pub asked_at: Instant,
}

/// The page that answers a request for more information: only the fields asked about.
#[derive(Clone, Debug)]
pub struct TaskView {
    pub id: String,
    pub agency: Agency,
    pub reference: String,
    pub journey_id: String,
    pub reason: String,
    /// The free question, if the agency asked one.
    pub question: Option<String>,
    /// The fields asked about (top-level field ids), in the journey's order.
    pub fields: Vec<String>,
    /// What the form shows: the answers as submitted, or what was just typed.
    pub answers: Answers,
    /// The answer to the free question, as typed.
    pub reply: String,
    pub errors: Vec<FieldError>,
    /// The free answer was refused (empty, too long, control characters).
    pub reply_refused: bool,
}

/// How an answer to a request ended.
#[derive(Clone, Debug)]
pub enum TaskAnswered {
    /// Sent: on to this address.
    Go(String),
    /// Not valid: the page again with what was typed and the problems.
    Invalid(Box<TaskView>),
}

/// A submission on *My page*: its receipt's link and its timeline.
#[derive(Clone, Debug)]
pub struct SubmissionCard {
    pub reference: String,
    pub journey_id: String,
    pub submitted_at: Instant,
    pub calls: Vec<CallStatus>,
    pub parties: Vec<crate::domain::PartyStatus>,
}

/// One submission's timeline alone (`/receipt/<reference>/timeline`).
#[derive(Clone, Debug)]
pub struct TimelineView {
    pub journey_id: String,
    pub reference: String,
    pub calls: Vec<CallStatus>,
}

/// One open draft as the citizen sees it listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftCard {
    pub id: String,
    pub journey_id: String,
    /// The step it stands on: where continuing leads.
    pub step: String,
    /// That step's heading (a message id), when the journey still has the step.
    pub step_title_id: Option<String>,
    /// What it is about: the answers of the fields marked `about` (the child's name…).
    pub about: Option<String>,
    /// Last saved.
    pub saved_at: Instant,
}

impl DraftCard {
    /// Where continuing the draft leads.
    pub fn href(&self) -> String {
        format!("/journey/{}/{}", self.id, self.step)
    }

    /// The confirmation page that deletes it.
    pub fn delete_href(&self) -> String {
        format!("/journey/{}/delete", self.id)
    }
}

/// A party's task: what the applicant's submission shows them, and their own questions (a
/// co-applicant) or the consent asked of them (an heir).
#[derive(Clone, Debug)]
pub struct PartyTaskView {
    pub key: String,
    /// The version the submission was made on.
    pub journey: std::sync::Arc<crate::journey::Journey>,
    pub reference: String,
    pub party: String,
    pub task: crate::journey::model::PartyTask,
    pub applicant: String,
    pub deadline: Instant,
    /// The applicant's answers the journey shows this party, and no others.
    pub shown: Vec<crate::journey::flow::Row>,
    /// The party's own questions (top-level field ids of their steps), for an `answer` task.
    pub fields: Vec<String>,
    /// What the form shows: what was just typed.
    pub answers: Answers,
    pub errors: Vec<FieldError>,
}

/// How a party's answer ended.
#[derive(Clone, Debug)]
pub enum PartyAnswered {
    /// Taken (or refused, or no longer open): on to this address.
    Go(String),
    /// Not valid: the page again with what was typed and the problems.
    Invalid(Box<PartyTaskView>),
}
