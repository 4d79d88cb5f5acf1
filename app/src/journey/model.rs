//! A checked journey: what the static checker (`check/`) builds from a definition file, and
//! what navigation, validation and the summary (`flow/`) work on. Every condition in it has
//! been parsed and type-checked; every reference points at something that exists.

use super::{condition::Expr, definition::JourneyMeta, fields::FieldKind, Agency};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Journey {
    pub meta: JourneyMeta,
    /// The file it was read from, for messages about it.
    pub file: String,
    pub prefill: Vec<Prefill>,
    pub steps: Vec<Step>,
    pub services: Vec<Service>,
    /// The people besides the applicant who take part (`[[party]]`): a co-applicant who answers
    /// their own steps, heirs who consent. Their steps are never the applicant's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<Party>,
    /// Every Fluent message the journey needs, with where the need comes from (line, column).
    pub messages: Vec<(String, usize, usize)>,
    /// The version's own texts (`[texts.<lang>]`), before the locale files (`texts.rs`).
    #[serde(default, skip_serializing_if = "super::texts::none")]
    pub texts: super::texts::Texts,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Step {
    pub id: String,
    pub intro: bool,
    pub show_if: Option<Expr>,
    pub fields: Vec<Field>,
    pub next: Vec<Branch>,
    /// `party = "<id>"`: the step that party answers, never shown to the applicant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
}

/// What a party must do once the applicant has submitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartyTask {
    /// Answer the party's own steps (`party = "<id>"` on them).
    Answer,
    /// Consent, or not, to a summary of the applicant's answers.
    Consent,
}

impl PartyTask {
    /// The word in the definition and the database (`answer`, `consent`).
    pub fn as_str(self) -> &'static str {
        match self {
            PartyTask::Answer => "answer",
            PartyTask::Consent => "consent",
        }
    }

    pub fn parse(word: &str) -> Option<PartyTask> {
        [PartyTask::Answer, PartyTask::Consent]
            .into_iter()
            .find(|t| t.as_str() == word)
    }
}

/// Someone besides the applicant who takes part in a submission (`[[party]]`): a person, or an
/// organisation whose staff answer in the portal (the health service confirming an illness).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Party {
    pub id: String,
    /// The identity-number answer that names them: a top-level field, or `group.field` for
    /// one party per item (every heir). Empty for an organisation.
    pub person: String,
    /// `organisation = "<agency>"`: the party is that organisation, answered by its caseworkers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Agency>,
    /// `blocking = false`: the submission goes out without waiting; only the services naming
    /// the party (`party = "<id>"`) wait for its answer, and a refusal or a passed deadline
    /// drops just those calls. A blocking party (the default) holds every call, and its refusal
    /// stops the submission.
    #[serde(default = "blocks")]
    pub blocking: bool,
    /// They take part only when this holds on the applicant's answers.
    pub condition: Option<Expr>,
    pub task: PartyTask,
    /// The applicant's answers they are shown (top-level fields), and nothing else.
    pub show: Vec<String>,
    /// Days from the submission they have to answer; then the submission stops.
    pub deadline_days: u32,
}

fn blocks() -> bool {
    true
}

/// "After this step, go to step `to` when `condition` holds."
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Branch {
    pub to: usize,
    pub condition: Option<Expr>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Field {
    pub id: String,
    pub kind: FieldKind,
    pub required: bool,
    pub help: bool,
    pub show_if: Option<Expr>,
    /// `show_if_text = true`: without JavaScript, the field (while its condition does not hold)
    /// says when it applies with `<journey>-<field>-show-if`, not the generic note.
    #[serde(default)]
    pub show_if_text: bool,
    /// `about = true`: the answer names what a draft is about (its card on My page).
    #[serde(default)]
    pub about: bool,
    /// `verify = "…"`: the answer is checked against a register on the server when the step is
    /// posted and at submit (a name taken in Enhetsregisteret, a person Folkeregisteret does
    /// not know), an error at the field like any other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify: Option<Verify>,
    /// A group's item fields.
    pub fields: Vec<Field>,
}

/// A register check of one answer (`verify`), run by the server only: the browser cannot read
/// the registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verify {
    /// A `text` field: no unit in Enhetsregisteret has this name (letter case aside).
    NameFree,
    /// An `identity_number` field: Folkeregisteret knows the person.
    KnownPerson,
}

impl Verify {
    /// Every check with its name in a definition and the field type it applies to.
    pub const ALL: [(Verify, &'static str, &'static str); 2] = [
        (Verify::NameFree, "name-free", "text"),
        (Verify::KnownPerson, "known-person", "identity_number"),
    ];

    /// Its name in a definition (`name-free`).
    pub fn name(self) -> &'static str {
        Verify::ALL
            .iter()
            .find(|(v, _, _)| *v == self)
            .map_or("", |(_, name, _)| name)
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub agency: Agency,
    pub operation: String,
    pub condition: Option<Expr>,
    /// Services whose result this one needs first.
    pub after: Vec<String>,
    /// `party = "<id>"`: the call waits for that party's answer (a party with `blocking =
    /// false`) and carries it; it is made only when the party takes part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// Payload key → answer.
    pub payload: Vec<Mapping>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Mapping {
    pub key: String,
    pub field: String,
    /// Written `field?`: the answer may be absent and is then left out.
    pub optional: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Prefill {
    pub register: String,
    pub lookup: String,
    /// Field → attribute read from the register.
    pub fill: Vec<(String, String)>,
}

impl Journey {
    pub fn step(&self, id: &str) -> Option<(usize, &Step)> {
        self.steps.iter().enumerate().find(|(_, s)| s.id == id)
    }

    /// A top-level field by id, with the index of its step.
    pub fn field(&self, id: &str) -> Option<(usize, &Field)> {
        self.steps
            .iter()
            .enumerate()
            .find_map(|(i, s)| s.fields.iter().find(|f| f.id == id).map(|f| (i, f)))
    }

    /// Any field by id, including a group's item fields.
    pub fn any_field(&self, id: &str) -> Option<&Field> {
        fn find<'a>(fields: &'a [Field], id: &str) -> Option<&'a Field> {
            fields.iter().find_map(|f| {
                if f.id == id {
                    Some(f)
                } else {
                    find(&f.fields, id)
                }
            })
        }
        self.steps.iter().find_map(|s| find(&s.fields, id))
    }

    /// The party `id`.
    pub fn party(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }

    /// The Fluent message that names a party's role ("the other parent").
    pub fn party_name_id(&self, party: &Party) -> String {
        format!("{}-party-{}", self.meta.id, party.id)
    }

    pub fn has_steps(&self) -> bool {
        !self.steps.is_empty()
    }

    pub fn step_title_id(&self, step: &Step) -> String {
        format!("{}-step-{}", self.meta.id, step.id)
    }

    pub fn step_intro_id(&self, step: &Step) -> String {
        format!("{}-step-{}-intro", self.meta.id, step.id)
    }

    pub fn label_id(&self, field: &Field) -> String {
        format!("{}-{}", self.meta.id, field.id)
    }

    pub fn help_id(&self, field: &Field) -> String {
        format!("{}-{}-help", self.meta.id, field.id)
    }

    /// When a conditional field applies, in words (`show_if_text = true`).
    pub fn show_if_id(&self, field: &Field) -> String {
        format!("{}-{}-show-if", self.meta.id, field.id)
    }

    pub fn option_id(&self, field: &Field, option: &str) -> String {
        format!("{}-{}-{}", self.meta.id, field.id, option)
    }

    pub fn item_id(&self, field: &Field) -> String {
        format!("{}-{}-item", self.meta.id, field.id)
    }

    /// The name of one of the journey's services, as the timeline shows it ("barnetrygd").
    pub fn service_name_id(&self, service: &str) -> String {
        format!("{}-service-{service}", self.meta.id)
    }

    pub fn needs_id(&self) -> String {
        format!("{}-needs", self.meta.id)
    }
}
