//! The condition language of journey definitions (`show_if`, `next.if`, `service.if`):
//! comparisons, `and`/`or`/`not`, "any of" (`in [...]`), date arithmetic (`today - 18y`),
//! `answered(x)`, `count(group)` and `any(group, condition)`. Text is parsed into a tree, the
//! tree is type-checked against the journey's fields, and evaluated against answers — with three
//! values (true, false, unknown), so the static checker can ask "can this ever hold?".
//!
//! Here: the tree ([`Expr`]), the error every stage reports, and what can be read off a checked
//! tree (its canonical text, its conjuncts, the fields it reads). The stages live beside it, one
//! file each: `lexer.rs` (text to tokens), `parser.rs` (tokens to a tree), `types.rs` (the tree
//! checked against the journey's fields) and `eval.rs` (the tree against answers); their tests
//! are in `tests.rs`, as one language end to end.

mod eval;
mod lexer;
mod parser;
mod scope;
mod types;

#[cfg(test)]
mod tests;

pub use eval::{eval, Env, Val};
pub use parser::{parse, parse_date_bound};
pub use scope::{check_alone, readable_after, readable_before, ScopeField};
pub use types::{check, FieldSig, Scope, Ty};

use super::date::{Date, Period};
use serde::{Deserialize, Serialize};

/// The longest condition, in bytes.
pub const MAX_LENGTH: usize = 4096;

/// The deepest a condition's tree may nest (a lone value is one level). Each level is at most
/// two levels of JSON (`{"And":[…]}`), so the deepest condition, on a field in a group in a
/// group, stays well inside serde_json's 128 when the island reads its props.
pub const MAX_DEPTH: usize = 32;

/// A parse or type error: where in the condition text (a byte offset) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConditionError {
    pub offset: usize,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// The tree, as parsed and then type-checked against the journey's fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Expr {
    Bool(bool),
    Number(i64),
    Text(String),
    Date(Date),
    Today,
    Ref {
        name: String,
        at: usize,
    },
    Shift {
        date: Box<Expr>,
        period: Period,
    },
    Cmp {
        op: CmpOp,
        left: Box<Expr>,
        right: Box<Expr>,
        at: usize,
    },
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    /// `x in ["a", "b"]`
    InList {
        value: Box<Expr>,
        list: Vec<(String, usize)>,
        at: usize,
    },
    /// `"a" in many_of_field`
    InSet {
        value: Box<Expr>,
        set: String,
        at: usize,
    },
    Answered {
        name: String,
        at: usize,
    },
    Count {
        group: String,
        at: usize,
    },
    Any {
        group: String,
        condition: Box<Expr>,
        at: usize,
    },
}

/// Where a tree starts in the condition text, for errors about the tree as a whole.
fn first_offset(expr: &Expr) -> usize {
    match expr {
        Expr::Ref { at, .. }
        | Expr::Cmp { at, .. }
        | Expr::InList { at, .. }
        | Expr::InSet { at, .. }
        | Expr::Answered { at, .. }
        | Expr::Count { at, .. }
        | Expr::Any { at, .. } => *at,
        Expr::Shift { date, .. } | Expr::Not(date) | Expr::And(date, _) | Expr::Or(date, _) => {
            first_offset(date)
        }
        _ => 0,
    }
}

/// The trees right below a node.
pub(crate) fn children(expr: &Expr) -> Vec<&Expr> {
    match expr {
        Expr::Shift { date: a, .. }
        | Expr::Not(a)
        | Expr::InList { value: a, .. }
        | Expr::InSet { value: a, .. }
        | Expr::Any { condition: a, .. } => vec![a],
        Expr::Cmp { left, right, .. } | Expr::And(left, right) | Expr::Or(left, right) => {
            vec![left, right]
        }
        Expr::Bool(_)
        | Expr::Number(_)
        | Expr::Text(_)
        | Expr::Date(_)
        | Expr::Today
        | Expr::Ref { .. }
        | Expr::Answered { .. }
        | Expr::Count { .. } => Vec::new(),
    }
}

/// How many nodes a tree has: what evaluating it once costs.
pub fn size(expr: &Expr) -> usize {
    1 + children(expr).into_iter().map(size).sum::<usize>()
}

/// The condition written out canonically, without positions: two conditions with the same
/// canonical text mean the same thing (the checker uses it to see a service guarded by exactly
/// the condition that shows a field).
pub fn canonical(expr: &Expr) -> String {
    match expr {
        Expr::Bool(b) => b.to_string(),
        Expr::Number(n) => n.to_string(),
        Expr::Text(t) => format!("{t:?}"),
        Expr::Date(d) => d.to_string(),
        Expr::Today => "today".into(),
        Expr::Ref { name, .. } => name.clone(),
        Expr::Shift { date, period } => format!("({} {period:?})", canonical(date)),
        Expr::Cmp {
            op, left, right, ..
        } => format!("({} {op:?} {})", canonical(left), canonical(right)),
        Expr::And(a, b) => format!("({} and {})", canonical(a), canonical(b)),
        Expr::Or(a, b) => format!("({} or {})", canonical(a), canonical(b)),
        Expr::Not(a) => format!("(not {})", canonical(a)),
        Expr::InList { value, list, .. } => {
            let items: Vec<&str> = list.iter().map(|(s, _)| s.as_str()).collect();
            format!("({} in {items:?})", canonical(value))
        }
        Expr::InSet { value, set, .. } => format!("({} in {set})", canonical(value)),
        Expr::Answered { name, .. } => format!("answered({name})"),
        Expr::Count { group, .. } => format!("count({group})"),
        Expr::Any {
            group, condition, ..
        } => format!("any({group}, {})", canonical(condition)),
    }
}

/// The conjuncts of `a and b and …`.
pub fn conjuncts(expr: &Expr) -> Vec<&Expr> {
    match expr {
        Expr::And(a, b) => {
            let mut all = conjuncts(a);
            all.extend(conjuncts(b));
            all
        }
        other => vec![other],
    }
}

/// The field ids a condition reads (for dependency and satisfiability checks); not the names
/// inside `any(group, …)`, which are the group's item fields.
pub fn references(expr: &Expr, out: &mut Vec<String>) {
    collect_references(expr, out, false);
}

/// Every name a condition reads, those inside `any(group, …)` too (there a name may be an item
/// field, or an answer outside the group).
pub fn all_references(expr: &Expr, out: &mut Vec<String>) {
    collect_references(expr, out, true);
}

fn collect_references(expr: &Expr, out: &mut Vec<String>, inside_any: bool) {
    let go = |e: &Expr, out: &mut Vec<String>| collect_references(e, out, inside_any);
    match expr {
        Expr::Ref { name, .. } | Expr::Answered { name, .. } | Expr::Count { group: name, .. } => {
            out.push(name.clone())
        }
        Expr::InSet { value, set, .. } => {
            out.push(set.clone());
            go(value, out);
        }
        Expr::Any {
            group, condition, ..
        } => {
            out.push(group.clone());
            if inside_any {
                go(condition, out);
            }
        }
        Expr::Shift { date, .. } | Expr::Not(date) => go(date, out),
        Expr::Cmp { left, right, .. } | Expr::And(left, right) | Expr::Or(left, right) => {
            go(left, out);
            go(right, out);
        }
        Expr::InList { value, .. } => go(value, out),
        Expr::Bool(_) | Expr::Number(_) | Expr::Text(_) | Expr::Date(_) | Expr::Today => {}
    }
}
