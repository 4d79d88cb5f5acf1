//! "Why is this shown?": a checked condition put into plain words for the agency admins who
//! author journeys, and the answers that make the simple, common conditions true.
//!
//! The result is language-neutral — Fluent message ids (field labels, option labels, operators)
//! and values — so the engine stays free of translations and the pages decide how to word it
//! (`pages::admin::WhyShown`). Only what a journey *means* is read here: the walk in
//! `flow/walk.rs` decides what a citizen sees; this mirrors its rules (a step's `show_if`, the
//! branches of earlier steps) to tell an author why; that part is `why.rs`.

use super::{
    condition::{conjuncts, CmpOp, Expr},
    date::{Date, Period},
    fields::FieldKind,
    model::{Field, Journey},
};

mod why;

pub(crate) use why::goes_on;
pub use why::{why_shown, why_shown_field, BranchNote, WhyShown};

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
