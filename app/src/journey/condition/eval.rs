//! Evaluation: a checked tree against answers (an [`Env`]), three-valued — true, false or
//! unknown — so the same code decides a citizen's path and lets the static checker ask "can this
//! ever hold?" with some answers left unknown.

use super::{CmpOp, Expr};
use crate::journey::date::Date;

/// A value during evaluation. `Unknown` stands for "could be anything" in the static checker;
/// answers never produce it.
#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    Bool(bool),
    Number(i64),
    Text(String),
    Date(Date),
    Set(Vec<String>),
    Absent,
    Unknown,
}

/// What evaluation reads: answers (typed), group items, and today's date.
pub trait Env {
    fn value(&self, name: &str) -> Val;
    /// The items of a group, each as an environment (for `count` and `any`); `None` = unknown.
    fn items(&self, group: &str) -> Option<Vec<Box<dyn Env + '_>>>;
    fn today(&self) -> Option<Date>;
}

/// Three-valued evaluation: `Some(true)`, `Some(false)`, or `None` for "unknown".
pub fn eval(expr: &Expr, env: &dyn Env) -> Option<bool> {
    match value(expr, env) {
        Val::Bool(b) => Some(b),
        Val::Unknown => None,
        _ => Some(false),
    }
}

fn value(expr: &Expr, env: &dyn Env) -> Val {
    match expr {
        Expr::Bool(b) => Val::Bool(*b),
        Expr::Number(n) => Val::Number(*n),
        Expr::Text(s) => Val::Text(s.clone()),
        Expr::Date(d) => Val::Date(*d),
        Expr::Today => env.today().map_or(Val::Unknown, Val::Date),
        Expr::Ref { name, .. } => env.value(name),
        Expr::Shift { date, period } => match value(date, env) {
            Val::Date(d) => d.shift(*period).map_or(Val::Absent, Val::Date),
            other => other,
        },
        Expr::Cmp {
            op, left, right, ..
        } => {
            let (l, r) = (value(left, env), value(right, env));
            if l == Val::Unknown || r == Val::Unknown {
                return Val::Unknown;
            }
            let ordering = match (&l, &r) {
                (Val::Number(a), Val::Number(b)) => a.cmp(b),
                (Val::Date(a), Val::Date(b)) => a.cmp(b),
                (Val::Text(a), Val::Text(b)) => a.cmp(b),
                (Val::Bool(a), Val::Bool(b)) => a.cmp(b),
                // An absent answer makes every comparison false.
                _ => return Val::Bool(false),
            };
            Val::Bool(match op {
                CmpOp::Eq => ordering.is_eq(),
                CmpOp::Ne => ordering.is_ne(),
                CmpOp::Lt => ordering.is_lt(),
                CmpOp::Le => ordering.is_le(),
                CmpOp::Gt => ordering.is_gt(),
                CmpOp::Ge => ordering.is_ge(),
            })
        }
        Expr::And(a, b) => match (eval(a, env), eval(b, env)) {
            (Some(false), _) | (_, Some(false)) => Val::Bool(false),
            (Some(true), Some(true)) => Val::Bool(true),
            _ => Val::Unknown,
        },
        Expr::Or(a, b) => match (eval(a, env), eval(b, env)) {
            (Some(true), _) | (_, Some(true)) => Val::Bool(true),
            (Some(false), Some(false)) => Val::Bool(false),
            _ => Val::Unknown,
        },
        Expr::Not(inner) => eval(inner, env).map_or(Val::Unknown, |b| Val::Bool(!b)),
        Expr::InList { value: v, list, .. } => match value(v, env) {
            Val::Text(t) => Val::Bool(list.iter().any(|(option, _)| *option == t)),
            Val::Unknown => Val::Unknown,
            _ => Val::Bool(false),
        },
        Expr::InSet { value: v, set, .. } => match (value(v, env), env.value(set)) {
            (Val::Unknown, _) | (_, Val::Unknown) => Val::Unknown,
            (Val::Text(t), Val::Set(options)) => Val::Bool(options.contains(&t)),
            _ => Val::Bool(false),
        },
        Expr::Answered { name, .. } => match env.value(name) {
            Val::Unknown => Val::Unknown,
            Val::Absent => Val::Bool(false),
            Val::Set(items) => Val::Bool(!items.is_empty()),
            _ => Val::Bool(true),
        },
        Expr::Count { group, .. } => env
            .items(group)
            .map_or(Val::Unknown, |items| Val::Number(items.len() as i64)),
        Expr::Any {
            group, condition, ..
        } => match env.items(group) {
            None => Val::Unknown,
            Some(items) => {
                let mut unknown = false;
                for item in &items {
                    match eval(condition, item.as_ref()) {
                        Some(true) => return Val::Bool(true),
                        None => unknown = true,
                        Some(false) => {}
                    }
                }
                if unknown {
                    Val::Unknown
                } else {
                    Val::Bool(false)
                }
            }
        },
    }
}
