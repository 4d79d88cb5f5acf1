//! Type checking: a parsed tree against the fields a journey defines (through a [`Scope`]), so a
//! condition that compares a date with a text, names an unknown field or an option a field does
//! not have is refused where it is written, before any citizen meets it.

use super::{first_offset, CmpOp, ConditionError, Expr};
use std::fmt;

/// The types of the condition language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Ty {
    Bool,
    Number,
    Text,
    Date,
    /// A `many_of` answer: a set of option ids, usable only on the right of `in`.
    Set,
    /// A repeating group: only for `count`, `any` and `answered`.
    Group,
    /// A postal address: only for `answered`.
    Address,
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Ty::Bool => "yes/no",
            Ty::Number => "number",
            Ty::Text => "text",
            Ty::Date => "date",
            Ty::Set => "many-of",
            Ty::Group => "group",
            Ty::Address => "address",
        })
    }
}

/// What the checker needs to know about a field a condition names.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FieldSig {
    pub ty: Ty,
    /// For `one_of` and `many_of`: the options, so a comparison with a missing one is caught.
    pub options: Option<Vec<String>>,
}

/// Resolves names for the checker. `group_scope` gives the item fields inside `any(group, …)`.
pub trait Scope {
    /// The field a name refers to here, or why it may not be used here.
    fn resolve(&self, name: &str) -> Result<FieldSig, String>;
    /// The scope inside one item of `group` (its fields, then the outer scope).
    fn item_scope(&self, group: &str) -> Option<Box<dyn Scope + '_>>;
}

/// Checks that a condition is a well-typed yes/no question over fields the scope allows.
pub fn check(expr: &Expr, scope: &dyn Scope) -> Result<(), ConditionError> {
    match type_of(expr, scope)? {
        Ty::Bool => Ok(()),
        other => Err(ConditionError {
            offset: first_offset(expr),
            message: format!("a condition must be yes/no, but this is a {other}"),
        }),
    }
}

fn resolve(scope: &dyn Scope, name: &str, at: usize) -> Result<FieldSig, ConditionError> {
    scope.resolve(name).map_err(|message| ConditionError {
        offset: at,
        message,
    })
}

fn type_of(expr: &Expr, scope: &dyn Scope) -> Result<Ty, ConditionError> {
    let mismatch = |at: usize, message: String| {
        Err(ConditionError {
            offset: at,
            message,
        })
    };
    Ok(match expr {
        Expr::Bool(_) => Ty::Bool,
        Expr::Number(_) => Ty::Number,
        Expr::Text(_) => Ty::Text,
        Expr::Date(_) | Expr::Today => Ty::Date,
        Expr::Ref { name, at } => resolve(scope, name, *at)?.ty,
        Expr::Shift { date, .. } => match type_of(date, scope)? {
            Ty::Date => Ty::Date,
            other => {
                return mismatch(
                    first_offset(date),
                    format!("only a date can be moved by a period, not a {other}"),
                )
            }
        },
        Expr::Cmp {
            op,
            left,
            right,
            at,
        } => {
            let (l, r) = (type_of(left, scope)?, type_of(right, scope)?);
            if l != r {
                return mismatch(*at, format!("cannot compare a {l} with a {r}"));
            }
            if matches!(l, Ty::Set | Ty::Group | Ty::Address) {
                return mismatch(
                    *at,
                    format!("a {l} cannot be compared; use `in`, `count` or `answered`"),
                );
            }
            if matches!(l, Ty::Bool | Ty::Text) && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return mismatch(*at, format!("a {l} can only be compared with `==` or `!=`"));
            }
            for (side, other) in [(left, right), (right, left)] {
                if let (Expr::Ref { name, .. }, Expr::Text(value)) = (side.as_ref(), other.as_ref())
                {
                    check_option(scope, name, value, first_offset(other).max(*at))?;
                }
            }
            Ty::Bool
        }
        Expr::And(a, b) | Expr::Or(a, b) => {
            for side in [a, b] {
                let ty = type_of(side, scope)?;
                if ty != Ty::Bool {
                    return mismatch(
                        first_offset(side),
                        format!("`and`/`or` join yes/no conditions, not a {ty}"),
                    );
                }
            }
            Ty::Bool
        }
        Expr::Not(inner) => match type_of(inner, scope)? {
            Ty::Bool => Ty::Bool,
            other => {
                return mismatch(
                    first_offset(inner),
                    format!("`not` needs yes/no, not a {other}"),
                )
            }
        },
        Expr::InList { value, list, at } => {
            let ty = type_of(value, scope)?;
            if ty != Ty::Text {
                return mismatch(
                    *at,
                    format!("`in [...]` needs a text or one-of value, not a {ty}"),
                );
            }
            if let Expr::Ref { name, .. } = value.as_ref() {
                for (option, option_at) in list {
                    check_option(scope, name, option, *option_at)?;
                }
            }
            Ty::Bool
        }
        Expr::InSet { value, set, at } => {
            let sig = resolve(scope, set, *at)?;
            if sig.ty != Ty::Set {
                return mismatch(
                    *at,
                    format!(
                        "`in {set}` needs a many-of field, but `{set}` is a {}",
                        sig.ty
                    ),
                );
            }
            match value.as_ref() {
                Expr::Text(option) => check_option(scope, set, option, *at)?,
                other => {
                    return mismatch(
                        first_offset(other),
                        "write the option as a text value, e.g. \"a\" in field".into(),
                    )
                }
            }
            Ty::Bool
        }
        Expr::Answered { name, at } => {
            resolve(scope, name, *at)?;
            Ty::Bool
        }
        Expr::Count { group, at } => {
            let sig = resolve(scope, group, *at)?;
            if sig.ty != Ty::Group {
                return mismatch(
                    *at,
                    format!("`count` needs a group, but `{group}` is a {}", sig.ty),
                );
            }
            Ty::Number
        }
        Expr::Any {
            group,
            condition,
            at,
        } => {
            let sig = resolve(scope, group, *at)?;
            if sig.ty != Ty::Group {
                return mismatch(
                    *at,
                    format!("`any` needs a group, but `{group}` is a {}", sig.ty),
                );
            }
            let inner = scope.item_scope(group).ok_or_else(|| ConditionError {
                offset: *at,
                message: format!("`{group}` has no item fields"),
            })?;
            check(condition, inner.as_ref())?;
            Ty::Bool
        }
    })
}

fn check_option(
    scope: &dyn Scope,
    field: &str,
    value: &str,
    at: usize,
) -> Result<(), ConditionError> {
    let sig = resolve(scope, field, at)?;
    match sig.options {
        Some(options) if !options.iter().any(|o| o == value) => Err(ConditionError {
            offset: at,
            message: format!(
                "`{field}` has no option \"{value}\" (its options: {})",
                options.join(", ")
            ),
        }),
        _ => Ok(()),
    }
}
