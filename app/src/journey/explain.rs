//! "Why is this shown?": a checked condition put into plain words for the agency admins who
//! author journeys, and the answers that make the simple, common conditions true.
//!
//! The result is language-neutral — Fluent message ids (field labels, option labels, operators)
//! and values — so the engine stays free of translations and the pages decide how to word it
//! (`pages::admin::WhyShown`). Only what a journey *means* is read here: the walk in
//! `flow/walk.rs` decides what a citizen sees; this mirrors its rules (a step's `show_if`, the
//! branches of earlier steps) to tell an author why.

use super::{
    condition::{conjuncts, CmpOp, Expr},
    date::{Date, Period},
    fields::FieldKind,
    model::{Field, Journey, Step},
};

/// Every message id this module hands out, so a test can hold each to a message in every
/// language (the ids are chosen here, not spelled out where they are translated).
pub const MESSAGE_IDS: &[&str] = &[
    "explain-op-eq",
    "explain-op-ne",
    "explain-op-lt",
    "explain-op-le",
    "explain-op-gt",
    "explain-op-ge",
    "explain-op-before",
    "explain-op-on-or-before",
    "explain-op-after",
    "explain-op-on-or-after",
    "answer-yes",
    "answer-no",
];

/// A condition in plain words, with the answers that make it true when it is simple enough.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    pub clause: Clause,
    /// Answers that together make the condition true (every entry must hold), for conditions
    /// that are a comparison of a yes/no or choice field with fixed values, or an `and` of
    /// such comparisons; `None` for the others (dates, numbers, `or`, two fields compared),
    /// which only the plain words describe.
    pub true_when: Option<Vec<TrueWhen>>,
}

/// One part of a condition in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clause {
    /// A condition that is a constant: always (`true`) or never.
    Always(bool),
    /// "All of these"
    All(Vec<Clause>),
    /// "At least one of these"
    Any(Vec<Clause>),
    /// "This is not so"
    Not(Box<Clause>),
    /// `left op right`; `op` is a message id (`explain-op-eq`, `explain-op-after`, …).
    Compare {
        left: Operand,
        op: &'static str,
        right: Operand,
    },
    /// `left in ["a", "b"]`: the answer is one of these.
    OneOf {
        left: Operand,
        options: Vec<Operand>,
    },
    /// `"a" in field`: the option is ticked in a many-of field.
    Ticked { field: Operand, option: Operand },
    /// `answered(field)`
    Answered { field: Operand },
    /// `any(group, condition)`: for at least one item of the group.
    AnyItem {
        group: Operand,
        condition: Box<Clause>,
    },
}

/// A value a comparison reads, as words can name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Operand {
    /// A field's answer, named by its label message id.
    Field {
        id: String,
        label_id: String,
    },
    /// A value with a message of its own: an option's label, yes or no (`answer-yes`).
    Message(String),
    Number(i64),
    /// A text that is not one of a field's options.
    Text(String),
    Date(Date),
    Today,
    /// `base` moved by a period: `today - 6m` is `Shifted { Today, Months(-6) }`.
    Shifted {
        base: Box<Operand>,
        period: Period,
    },
    /// `count(group)`: how many items the group has.
    Count {
        group_label_id: String,
    },
}

/// "The answer to this field is one of these": what makes a simple condition true.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrueWhen {
    pub field: String,
    pub label_id: String,
    /// Message ids of the answers (option labels, `answer-yes`/`answer-no`); for a many-of
    /// field, the options to tick.
    pub answers: Vec<String>,
    /// A many-of field: the listed option is ticked (others may be too); otherwise the answer
    /// is one of `answers`.
    pub ticked: bool,
}

/// Puts a checked condition of `journey` into plain words.
pub fn explain(journey: &Journey, condition: &Expr) -> Explanation {
    Explanation {
        clause: clause(journey, condition),
        true_when: true_when(journey, condition),
    }
}

fn clause(journey: &Journey, expr: &Expr) -> Clause {
    match expr {
        Expr::And(..) => Clause::All(flatten(expr, true).map(|e| clause(journey, e)).collect()),
        Expr::Or(..) => Clause::Any(flatten(expr, false).map(|e| clause(journey, e)).collect()),
        Expr::Not(inner) => Clause::Not(Box::new(clause(journey, inner))),
        Expr::Cmp {
            op, left, right, ..
        } => {
            let dates = is_date(journey, left) || is_date(journey, right);
            let (left_field, right_field) = (field_of(journey, left), field_of(journey, right));
            Clause::Compare {
                left: operand(journey, left, right_field),
                op: op_id(*op, dates),
                right: operand(journey, right, left_field),
            }
        }
        Expr::InList { value, list, .. } => {
            let field = field_of(journey, value);
            Clause::OneOf {
                left: operand(journey, value, None),
                options: list
                    .iter()
                    .map(|(text, _)| text_operand(journey, text, field))
                    .collect(),
            }
        }
        Expr::InSet { value, set, .. } => {
            let field = journey.any_field(set);
            Clause::Ticked {
                field: field_operand(journey, set),
                option: operand(journey, value, field),
            }
        }
        Expr::Answered { name, .. } => Clause::Answered {
            field: field_operand(journey, name),
        },
        Expr::Any {
            group, condition, ..
        } => Clause::AnyItem {
            group: field_operand(journey, group),
            condition: Box::new(clause(journey, condition)),
        },
        Expr::Bool(b) => Clause::Always(*b),
        // A yes/no field alone is not a condition the checker lets through; say what it reads.
        other => Clause::Compare {
            left: operand(journey, other, None),
            op: "explain-op-eq",
            right: Operand::Message("answer-yes".into()),
        },
    }
}

/// The operands of a chain of `and` (or of `or`), so `a and b and c` reads as one list of three.
fn flatten(expr: &Expr, and: bool) -> Box<dyn Iterator<Item = &Expr> + '_> {
    match (expr, and) {
        (Expr::And(a, b), true) | (Expr::Or(a, b), false) => {
            Box::new(flatten(a, and).chain(flatten(b, and)))
        }
        _ => Box::new(std::iter::once(expr)),
    }
}

/// Dates read better as "before"/"after" than as "less"/"more".
fn op_id(op: CmpOp, dates: bool) -> &'static str {
    match (op, dates) {
        (CmpOp::Eq, _) => "explain-op-eq",
        (CmpOp::Ne, _) => "explain-op-ne",
        (CmpOp::Lt, false) => "explain-op-lt",
        (CmpOp::Le, false) => "explain-op-le",
        (CmpOp::Gt, false) => "explain-op-gt",
        (CmpOp::Ge, false) => "explain-op-ge",
        (CmpOp::Lt, true) => "explain-op-before",
        (CmpOp::Le, true) => "explain-op-on-or-before",
        (CmpOp::Gt, true) => "explain-op-after",
        (CmpOp::Ge, true) => "explain-op-on-or-after",
    }
}

fn is_date(journey: &Journey, expr: &Expr) -> bool {
    match expr {
        Expr::Date(_) | Expr::Today | Expr::Shift { .. } => true,
        Expr::Ref { name, .. } => journey
            .any_field(name)
            .is_some_and(|f| matches!(f.kind, FieldKind::Date { .. })),
        _ => false,
    }
}

/// The field a side of a comparison names, so a text on the other side can be read as one of
/// its options.
fn field_of<'a>(journey: &'a Journey, expr: &Expr) -> Option<&'a Field> {
    match expr {
        Expr::Ref { name, .. } => journey.any_field(name),
        _ => None,
    }
}

fn field_operand(journey: &Journey, name: &str) -> Operand {
    Operand::Field {
        id: name.to_string(),
        label_id: label_id(journey, name),
    }
}

/// A field's label id; names inside `any(group, …)` are item fields, found the same way.
fn label_id(journey: &Journey, name: &str) -> String {
    match journey.any_field(name) {
        Some(field) => journey.label_id(field),
        None => format!("{}-{name}", journey.meta.id),
    }
}

/// A text compared with `field`: its option's label when it is one, else the text itself.
fn text_operand(journey: &Journey, text: &str, field: Option<&Field>) -> Operand {
    match field {
        Some(f)
            if f.kind
                .options()
                .is_some_and(|o| o.iter().any(|o| o == text)) =>
        {
            Operand::Message(journey.option_id(f, text))
        }
        _ => Operand::Text(text.to_string()),
    }
}

/// One side of a comparison; `other` is the field on the other side, if any.
fn operand(journey: &Journey, expr: &Expr, other: Option<&Field>) -> Operand {
    match expr {
        Expr::Bool(true) => Operand::Message("answer-yes".into()),
        Expr::Bool(false) => Operand::Message("answer-no".into()),
        Expr::Number(n) => Operand::Number(*n),
        Expr::Text(text) => text_operand(journey, text, other),
        Expr::Date(date) => Operand::Date(*date),
        Expr::Today => Operand::Today,
        Expr::Ref { name, .. } => field_operand(journey, name),
        Expr::Shift { date, period } => Operand::Shifted {
            base: Box::new(operand(journey, date, other)),
            period: *period,
        },
        Expr::Count { group, .. } => Operand::Count {
            group_label_id: label_id(journey, group),
        },
        // Conditions are not values; the checker refuses them here, so this is never reached.
        _ => Operand::Text(super::condition::canonical(expr)),
    }
}

/// The answers that make a simple condition (or an `and` of simple ones) true.
fn true_when(journey: &Journey, expr: &Expr) -> Option<Vec<TrueWhen>> {
    conjuncts(expr)
        .into_iter()
        .map(|part| simple(journey, part))
        .collect()
}

/// A yes/no or choice field compared with fixed values, or an option ticked.
fn simple(journey: &Journey, expr: &Expr) -> Option<TrueWhen> {
    let chosen = |field: &Field, answers: Vec<String>| TrueWhen {
        field: field.id.clone(),
        label_id: journey.label_id(field),
        answers,
        ticked: false,
    };
    match expr {
        Expr::Cmp {
            op: op @ (CmpOp::Eq | CmpOp::Ne),
            left,
            right,
            ..
        } => {
            let (field, value) = match (left.as_ref(), right.as_ref()) {
                (Expr::Ref { name, .. }, value) | (value, Expr::Ref { name, .. }) => {
                    (journey.any_field(name)?, value)
                }
                _ => return None,
            };
            let equal = *op == CmpOp::Eq;
            match (&field.kind, value) {
                (FieldKind::YesNo, Expr::Bool(b)) => {
                    let yes = *b == equal;
                    Some(chosen(field, vec![yes_no(yes).into()]))
                }
                (FieldKind::OneOf(options), Expr::Text(text)) => Some(chosen(
                    field,
                    options
                        .iter()
                        .filter(|o| (*o == text) == equal)
                        .map(|o| journey.option_id(field, o))
                        .collect(),
                )),
                _ => None,
            }
        }
        Expr::InList { value, list, .. } => {
            let Expr::Ref { name, .. } = value.as_ref() else {
                return None;
            };
            let field = journey.any_field(name)?;
            let options = field.kind.options()?;
            Some(chosen(
                field,
                options
                    .iter()
                    .filter(|o| list.iter().any(|(text, _)| text == *o))
                    .map(|o| journey.option_id(field, o))
                    .collect(),
            ))
        }
        Expr::InSet { value, set, .. } => {
            let (Expr::Text(option), Some(field)) = (value.as_ref(), journey.any_field(set)) else {
                return None;
            };
            Some(TrueWhen {
                ticked: true,
                ..chosen(field, vec![journey.option_id(field, option)])
            })
        }
        _ => None,
    }
}

fn yes_no(yes: bool) -> &'static str {
    if yes {
        "answer-yes"
    } else {
        "answer-no"
    }
}

/// Why a step (or a field) is shown, when it is not always shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhyShown {
    /// Its own `show_if`.
    pub shown_if: Option<Explanation>,
    /// For a field: its step's own `show_if` (the field is on the page only with its step).
    pub step_shown_if: Option<Explanation>,
    /// Branches of earlier steps that jump past the step: it is shown only when they do not
    /// lead elsewhere.
    pub passed_by: Vec<BranchNote>,
    /// When the step is reached only through branches of earlier steps (never by simply going
    /// on from the step before): those branches. Empty when going on in order reaches it.
    pub only_through: Vec<BranchNote>,
}

/// A branch (`[[step.next]]`) of an earlier step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BranchNote {
    pub from: usize,
    pub from_title_id: String,
    pub to: usize,
    /// `None`: the branch is taken whatever the answers.
    pub condition: Option<Explanation>,
}

/// Why step `index` is shown; `None` when every path through the journey shows it.
pub fn why_shown(journey: &Journey, index: usize) -> Option<WhyShown> {
    let step = journey.steps.get(index)?;
    let why = WhyShown {
        shown_if: step.show_if.as_ref().map(|c| explain(journey, c)),
        step_shown_if: None,
        passed_by: branches(journey, |from, to| from < index && to > index),
        only_through: if reached_in_order(journey, index) {
            Vec::new()
        } else {
            branches(journey, |_, to| to == index)
        },
    };
    why.is_conditional().then_some(why)
}

impl WhyShown {
    /// Whether anything here can keep it from being shown.
    fn is_conditional(&self) -> bool {
        self.shown_if.is_some()
            || self.step_shown_if.is_some()
            || !self.passed_by.is_empty()
            || !self.only_through.is_empty()
    }
}

/// Why a field (a group's item field too) is shown; `None` when it is shown whenever its step
/// is and its step is always shown.
pub fn why_shown_field(journey: &Journey, field_id: &str) -> Option<WhyShown> {
    let index = journey
        .steps
        .iter()
        .position(|s| contains(&s.fields, field_id))?;
    let field = journey.any_field(field_id)?;
    let step = why_shown(journey, index);
    let why = WhyShown {
        shown_if: field.show_if.as_ref().map(|c| explain(journey, c)),
        step_shown_if: step.as_ref().and_then(|s| s.shown_if.clone()),
        passed_by: step
            .as_ref()
            .map(|s| s.passed_by.clone())
            .unwrap_or_default(),
        only_through: step.map(|s| s.only_through).unwrap_or_default(),
    };
    why.is_conditional().then_some(why)
}

fn contains(fields: &[Field], id: &str) -> bool {
    fields.iter().any(|f| f.id == id || contains(&f.fields, id))
}

/// Every branch of the journey for which `keep(from, to)` holds.
fn branches(journey: &Journey, keep: impl Fn(usize, usize) -> bool) -> Vec<BranchNote> {
    journey
        .steps
        .iter()
        .enumerate()
        .flat_map(|(from, step)| step.next.iter().map(move |b| (from, step, b)))
        .filter(|(from, _, b)| keep(*from, b.to))
        .map(|(from, step, b)| BranchNote {
            from,
            from_title_id: journey.step_title_id(step),
            to: b.to,
            condition: b.condition.as_ref().map(|c| explain(journey, c)),
        })
        .collect()
}

/// Whether going on in order can arrive at step `index`: the step before it either goes on
/// (no branch it always takes) or may be skipped — and is itself arrived at somehow.
pub(crate) fn reached_in_order(journey: &Journey, index: usize) -> bool {
    let Some(before) = index.checked_sub(1) else {
        return true;
    };
    let step: &Step = &journey.steps[before];
    let arrived = reached_in_order(journey, before)
        || journey
            .steps
            .iter()
            .any(|s| s.next.iter().any(|b| b.to == before));
    arrived && (step.show_if.is_some() || goes_on(step))
}

/// Whether a shown step can go on to the step after it: none of its branches is unconditional.
pub(crate) fn goes_on(step: &Step) -> bool {
    step.next.iter().all(|b| b.condition.is_some())
}
