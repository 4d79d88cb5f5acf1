//! What the forms for a draft's prefill look-ups and services send (`journeys::prefill`,
//! `journeys::services`), and what comes back when one is refused: each problem at the form
//! field it concerns.

/// A prefill look-up as the "add a look-up" form sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PrefillForm {
    /// The register and its look-up, as the form's one choice names them: `<register>:<look-up>`.
    pub lookup: String,
    /// One per line: `field = register key` (`items` for the group a list fills).
    pub fill: String,
    pub revision: String,
}

/// A change to the draft's prefill look-ups.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrefillChange {
    Add(PrefillForm),
    /// The look-up at this place in the draft (0 first), as the page listed it.
    Remove {
        index: usize,
        revision: String,
    },
}

/// A service as its form sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ServiceForm {
    /// Empty: a new service; otherwise the id of the service changed (which keeps its id).
    pub original: String,
    pub id: String,
    pub agency: String,
    pub operation: String,
    /// When it is sent (a condition); empty: always.
    pub condition: String,
    /// The services it waits for.
    pub after: Vec<String>,
    /// One per line: `key = field`, or `key = field?` for an answer that may be absent.
    pub payload: String,
    /// A new service's name in nb, nn, en (the draft's own texts); unused when changing one.
    pub name: [String; 3],
    pub revision: String,
}

/// A change to the draft's services.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServiceChange {
    Save(Box<ServiceForm>),
    Remove { id: String, revision: String },
}

/// A problem with a form, at the field it concerns.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PartProblem {
    /// The form field's name (`lookup`, `fill`, `agency`, `payload`, …); empty: the whole form.
    pub field: String,
    /// A message id of these forms (`admin-part-…`), or (the checker's words) the text itself.
    pub message: String,
    /// What the form's own message names (`what`), if anything.
    pub what: String,
}

impl PartProblem {
    pub fn new(field: &str, message: &str) -> Self {
        PartProblem {
            field: field.to_string(),
            message: message.to_string(),
            what: String::new(),
        }
    }

    pub fn naming(field: &str, message: &str, what: &str) -> Self {
        PartProblem {
            what: what.to_string(),
            ..PartProblem::new(field, message)
        }
    }

    /// The form's own message, or the checker's words as they are.
    pub fn is_the_forms(&self) -> bool {
        self.message.starts_with("admin-part-")
    }
}

/// What a refused change brings back to its page: what was typed, and why it was not taken
/// (`stale`: the draft changed since the page was read).
#[derive(Clone, Debug, Default)]
pub struct PartTyped {
    pub prefill: Option<PrefillForm>,
    pub service: Option<ServiceForm>,
    pub problems: Vec<PartProblem>,
    pub stale: bool,
}

impl PartTyped {
    pub fn prefill(form: PrefillForm) -> Self {
        PartTyped {
            prefill: Some(form),
            ..PartTyped::default()
        }
    }

    pub fn service(form: ServiceForm) -> Self {
        PartTyped {
            service: Some(form),
            ..PartTyped::default()
        }
    }
}
