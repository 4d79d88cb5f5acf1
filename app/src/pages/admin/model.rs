//! What the agency admins' journey pages show, as the authoring port
//! (`crate::ports::AuthoringPort`) returns it, and what their forms send.

use crate::{
    domain::{AuthoringAction, Instant, VersionState},
    journey::{
        compare::{Change, Touch},
        Agency, Journey,
    },
};
use std::sync::Arc;

/// One journey in the list every admin sees.
#[derive(Clone, Debug)]
pub struct JourneyRow {
    pub id: String,
    pub title_id: String,
    pub owner: Agency,
    pub published: i64,
    pub draft: Option<i64>,
    /// The draft goes live then.
    pub scheduled: Option<Instant>,
    /// The person administers the owner: they may change it.
    pub editable: bool,
}

/// One version, as its journey's page lists it.
#[derive(Clone, Debug)]
pub struct VersionRow {
    pub version: i64,
    pub state: VersionState,
    /// `None`: a shipped file (or the command line).
    pub made_by: Option<String>,
    pub made_at: Instant,
    pub published_at: Option<Instant>,
    pub publish_at: Option<Instant>,
    /// Citizens' drafts (not submitted) on this version.
    pub open_drafts: usize,
}

/// One change in the journey's audit trail.
#[derive(Clone, Debug)]
pub struct AuditRow {
    pub at: Instant,
    pub who: String,
    pub action: AuthoringAction,
    pub version: Option<i64>,
    pub detail: String,
}

/// A journey's page: its versions, what changed and who did it, and its flow.
#[derive(Clone, Debug)]
pub struct JourneyAdmin {
    pub id: String,
    pub title_id: String,
    pub owner: Agency,
    pub editable: bool,
    /// Newest first.
    pub versions: Vec<VersionRow>,
    pub audit: Vec<AuditRow>,
    /// The version published now.
    pub published: Arc<Journey>,
}

/// A checker's problem with a draft: where (`line` 0: not at one place; `place`: the part of
/// the definition that line is in, for the forms, which have no lines) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftProblem {
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub place: crate::journey::place::Place,
}

/// A draft's page: its text, what the checker says, and (when it passes) what publishing it
/// would change.
#[derive(Clone, Debug)]
pub struct DraftAdmin {
    pub id: String,
    pub title_id: String,
    pub owner: Agency,
    pub version: i64,
    /// The published version it would replace.
    pub published: i64,
    /// Changes when this differs from what a form was made from (another admin saved first).
    pub revision: String,
    pub source: String,
    pub made_by: Option<String>,
    pub made_at: Instant,
    pub publish_at: Option<Instant>,
    /// Empty: it may be published.
    pub problems: Vec<DraftProblem>,
    /// The checked draft, when it passes.
    pub journey: Option<Arc<Journey>>,
    /// Messages a language lacks: `(language code, message id)`.
    pub missing_texts: Vec<(String, String)>,
    /// What it changes from the published version (when it passes the checker).
    pub changes: Vec<Change>,
    /// Texts it adds, changes or removes: `(language code, message id, how)`.
    pub text_changes: Vec<TextChange>,
    /// Citizens' drafts on older versions, and which of them the change touches.
    pub impact: Vec<ImpactRow>,
    /// The published version, to compare with.
    pub published_journey: Arc<Journey>,
    /// Who the draft can be previewed as: `(identity number, name)`.
    pub preview_people: Vec<(String, String)>,
    /// Every text the draft needs, in every language side by side (when it passes the checker).
    pub texts: Vec<TextRow>,
    /// The saved test cases (`[[test]]`), each run on every check: passed or failed.
    pub cases: Vec<CaseVerdict>,
}

/// A saved test case and how it fared on the draft's last check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseVerdict {
    pub name: String,
    pub passed: bool,
}

/// One text a journey needs: its id and, per language (nb, nn, en), the text in force and
/// whether the version defines it itself (else it is the locale files'; `None`: missing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextRow {
    pub id: String,
    pub values: [Option<String>; 3],
    pub own: [bool; 3],
}

/// A text a version adds, changes or removes, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextChange {
    pub lang: String,
    pub id: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// The citizens' drafts on one older version: how many, how many a publish would touch, and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImpactRow {
    pub version: i64,
    pub drafts: usize,
    pub touched: usize,
    /// Each kind of touch with the field it concerns, and how many drafts it touches.
    pub touches: Vec<(Touch, usize)>,
}

/// Two versions of a journey compared, for the diff page.
#[derive(Clone, Debug)]
pub struct VersionDiff {
    pub id: String,
    pub title_id: String,
    pub from: i64,
    pub to: i64,
    pub changes: Vec<Change>,
    pub text_changes: Vec<TextChange>,
    /// Every stored version, to choose two others.
    pub versions: Vec<i64>,
    pub old: Arc<Journey>,
    pub new: Arc<Journey>,
}

/// What an admin sends to publish a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublishRequest {
    pub version: i64,
    /// The draft's revision the admin looked at.
    pub revision: String,
    /// `None`: now.
    pub at: Option<Instant>,
    /// Move citizens' drafts on older versions to this one (each with the answers that fit).
    pub move_drafts: bool,
    /// The changes, by `Touch::key`, whose drafts stay on their version even so: a draft that
    /// any of them touches is not moved (chosen per change on the publish form).
    pub keep: Vec<String>,
}

/// What a publish did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublishOutcome {
    Published {
        version: i64,
        moved: usize,
    },
    Scheduled {
        version: i64,
        at: Instant,
    },
    /// The draft has problems: nothing changed.
    Refused,
    /// The draft changed, or was published, since the admin looked: nothing changed.
    Stale,
}

/// A step, or a question on a step, moved one place up or down in the draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Move {
    pub step: String,
    /// `None`: the step itself.
    pub field: Option<String>,
    pub up: bool,
    /// How many places (1 from the buttons; more when dragged with JavaScript).
    pub places: usize,
    pub revision: String,
}

/// A new question, as the "add a question" form sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewQuestion {
    pub step: String,
    pub id: String,
    pub kind: String,
    pub required: bool,
    pub condition: String,
    /// One per line: `value | bokmål | nynorsk | English`.
    pub options: String,
    /// Label in nb, nn, en.
    pub label: [String; 3],
    /// For a repeating group (`kind` `group`): its first question.
    pub item: GroupItem,
    pub revision: String,
}

/// A new repeating group's first question (more are added to the group afterwards), and the
/// heading of one item of the group ("Child"), in nb, nn, en.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GroupItem {
    pub heading: [String; 3],
    pub id: String,
    pub kind: String,
    pub label: [String; 3],
}

/// A repeating group, which "add a question" makes with its first question.
pub const GROUP_KIND: &str = "group";

/// A problem with a new question, at the form field it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionProblem {
    /// The form field's name (`id`, `condition`, `label-nb`, …); empty: the whole form.
    pub field: String,
    /// A message id of the admin pages, or (for the checker's words) the text itself.
    pub message: String,
}

/// The kinds of question the form offers (the engine's field types, but groups: those are
/// added in the text).
pub const QUESTION_KINDS: [&str; 14] = [
    "text",
    "long_text",
    "number",
    "money",
    "date",
    "yes_no",
    "one_of",
    "many_of",
    "identity_number",
    "organisation_number",
    "bank_account",
    "email",
    "phone",
    "address",
];

/// An agency's connector as its admins see it (`crate::ports::ConnectorsPort`): what is in
/// force and its versions. Never the static token: only whether one is set.
#[derive(Clone, Debug)]
pub struct ConnectorView {
    pub agency: Agency,
    /// What applies now: the newest version, or the environment's settings when there is none.
    pub in_force: ConnectorSettingsView,
    /// `None`: the environment's settings are in force (no version saved yet).
    pub version: Option<i64>,
    /// Newest first.
    pub versions: Vec<ConnectorVersionRow>,
}

/// A connector's settings, as a page shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConnectorSettingsView {
    /// `api` or `inbox`.
    pub kind: String,
    /// `None`: the environment's default address.
    pub url: Option<String>,
    /// `default`, `maskinporten` or `static`.
    pub auth: String,
    pub scopes: String,
    /// A static token is stored (it is never shown).
    pub token_set: bool,
    pub timeout_seconds: u64,
    pub backoff_ms: u64,
    pub give_up_hours: u64,
    /// The most attempts per call; 0: only the give-up time counts.
    pub attempts: u64,
}

/// One saved version of a connector.
#[derive(Clone, Debug)]
pub struct ConnectorVersionRow {
    pub version: i64,
    pub made_by: String,
    pub made_at: Instant,
    pub settings: ConnectorSettingsView,
}

/// What the connector form sends, as typed (a refused form comes back with it, but for the
/// token, which is never sent back to the browser). Its `Debug` leaves the token out, so a log
/// line or a failed assertion never shows it.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ConnectorForm {
    pub kind: String,
    pub url: String,
    pub auth: String,
    pub scopes: String,
    /// Empty: keep the token that is set.
    pub token: String,
    pub timeout_seconds: String,
    pub backoff_ms: String,
    pub give_up_hours: String,
    pub attempts: String,
}

impl std::fmt::Debug for ConnectorForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConnectorForm")
            .field("kind", &self.kind)
            .field("url", &self.url)
            .field("auth", &self.auth)
            .field("scopes", &self.scopes)
            .field("token", &if self.token.is_empty() { "" } else { "***" })
            .field("timeout_seconds", &self.timeout_seconds)
            .field("backoff_ms", &self.backoff_ms)
            .field("give_up_hours", &self.give_up_hours)
            .field("attempts", &self.attempts)
            .finish()
    }
}

/// Why a form's field was refused: the field's name and a message id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

/// What a test call to the agency brought back. Never the token.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TestReport {
    /// The address called.
    pub url: String,
    /// The answer's status; `None` when nothing came back.
    pub status: Option<u16>,
    pub elapsed_ms: u64,
    /// The first 500 bytes of the answer (as text).
    pub body: String,
    /// Why nothing came back (a message id): no connection, a timeout, no token, an inbox.
    pub problem: Option<String>,
    /// The agency contract's rules, tried against the service (the conformance kit).
    pub rules: Vec<RuleOutcome>,
}

/// How one rule of the agency contract went (`server conformance`, the test connection).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleOutcome {
    /// The rule's id (`idempotency`, `auth`, …), the same in the kit's report and the docs.
    pub rule: String,
    pub verdict: Verdict,
    /// What was seen, for the vendor to act on.
    pub detail: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Passed,
    Failed,
    /// Not tried: what it needs was missing (a callback key) or failed before it.
    Skipped,
}

impl Verdict {
    /// The word in the kit's report (`PASS`, `FAIL`, `SKIP`).
    pub fn word(self) -> &'static str {
        match self {
            Verdict::Passed => "PASS",
            Verdict::Failed => "FAIL",
            Verdict::Skipped => "SKIP",
        }
    }
}
