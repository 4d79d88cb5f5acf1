//! Conditions written back as their authors write them (`child_birth_date > today - 6m`), for
//! an admin reading what changed between two versions. The engine keeps only the parsed tree
//! (and [`canonical`](crate::journey::condition::canonical), which is for machines, not people),
//! so this prints the tree in the TOML condition syntax, with brackets only where the
//! language's precedence needs them: `or` binds loosest, then `and`, then `not`, then a
//! comparison or `in`, then `+`/`-` periods on a value.
//!
//! Chains of `and` and `or` are printed flat: the parser balances them, so the same text parses
//! back into the same tree, and two versions that differ only in how a chain was bracketed print
//! (and compare) the same, as they mean the same.

use crate::journey::{
    condition::{CmpOp, Expr},
    date::Period,
};

/// The condition as source text, which [`parse`](crate::journey::condition::parse) reads back
/// into a tree of the same meaning.
pub fn condition_text(expr: &Expr) -> String {
    or(expr)
}

/// The text of an optional condition: `None` stays `None` (no condition: always).
pub(super) fn optional_text(expr: Option<&Expr>) -> Option<String> {
    expr.map(condition_text)
}

fn or(expr: &Expr) -> String {
    let mut operands = Vec::new();
    chain(expr, true, &mut operands);
    operands.into_iter().map(and).collect::<Vec<_>>().join(" or ")
}

fn and(expr: &Expr) -> String {
    let mut operands = Vec::new();
    chain(expr, false, &mut operands);
    operands.into_iter().map(not).collect::<Vec<_>>().join(" and ")
}

/// The operands of a chain of `or` (or of `and`), left to right, however it is bracketed; a
/// lone operand when `expr` is not that connective.
fn chain<'a>(expr: &'a Expr, of_or: bool, out: &mut Vec<&'a Expr>) {
    match (expr, of_or) {
        (Expr::Or(a, b), true) | (Expr::And(a, b), false) => {
            chain(a, of_or, out);
            chain(b, of_or, out);
        }
        _ => out.push(expr),
    }
}

fn not(expr: &Expr) -> String {
    match expr {
        Expr::Not(inner) => format!("not {}", not(inner)),
        other => comparison(other),
    }
}

fn comparison(expr: &Expr) -> String {
    match expr {
        Expr::Cmp {
            op, left, right, ..
        } => format!("{} {} {}", shifted(left), op_text(*op), shifted(right)),
        Expr::InList { value, list, .. } => {
            let items: Vec<String> = list.iter().map(|(s, _)| format!("\"{s}\"")).collect();
            format!("{} in [{}]", shifted(value), items.join(", "))
        }
        Expr::InSet { value, set, .. } => format!("{} in {set}", shifted(value)),
        other => shifted(other),
    }
}

fn shifted(expr: &Expr) -> String {
    match expr {
        Expr::Shift { date, period } => {
            let (n, unit) = match period {
                Period::Years(n) => (n, 'y'),
                Period::Months(n) => (n, 'm'),
                Period::Days(n) => (n, 'd'),
            };
            let sign = if *n < 0 { '-' } else { '+' };
            format!("{} {sign} {}{unit}", shifted(date), n.unsigned_abs())
        }
        other => primary(other),
    }
}

fn primary(expr: &Expr) -> String {
    match expr {
        Expr::Bool(b) => b.to_string(),
        Expr::Number(n) => n.to_string(),
        // The language has no escapes: a text value cannot hold `"`, so it is printed as is.
        Expr::Text(t) => format!("\"{t}\""),
        Expr::Date(d) => d.to_string(),
        Expr::Today => "today".into(),
        Expr::Ref { name, .. } => name.clone(),
        Expr::Answered { name, .. } => format!("answered({name})"),
        Expr::Count { group, .. } => format!("count({group})"),
        Expr::Any {
            group, condition, ..
        } => format!("any({group}, {})", or(condition)),
        // Anything looser than a value is bracketed where a value is expected.
        other => format!("({})", or(other)),
    }
}

fn op_text(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
    }
}
