//! Conditions written back as their authors write them (`child_birth_date > today - 6m`), for
//! an admin reading what changed between two versions. The engine keeps only the parsed tree
//! (and [`canonical`](crate::journey::condition::canonical), which is for machines, not people),
//! so this prints the tree in the TOML condition syntax, with brackets only where the
//! language's precedence needs them: `or` binds loosest, then `and`, then `not`, then a
//! comparison or `in`, then `+`/`-` periods on a value.
//!
//! Chains of `and` and `or` are printed flat where the author wrote them flat (the parser
//! balances a chain into a tree; printing finds the chain again), and with the author's
//! brackets where they bracketed one, so the printed text parses back into the same tree.

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
    operands(expr, true)
        .into_iter()
        .map(and)
        .collect::<Vec<_>>()
        .join(" or ")
}

fn and(expr: &Expr) -> String {
    operands(expr, false)
        .into_iter()
        .map(not)
        .collect::<Vec<_>>()
        .join(" and ")
}

/// The two sides of an `or` (`of_or`) or an `and`.
fn sides(expr: &Expr, of_or: bool) -> Option<(&Expr, &Expr)> {
    match (expr, of_or) {
        (Expr::Or(a, b), true) | (Expr::And(a, b), false) => Some((a, b)),
        _ => None,
    }
}

/// The operands of a chain of `or` (or of `and`) as its author wrote them: the longest list
/// the parser's balancing turns into exactly this tree. `a and b and c` gives three; the
/// author's `(a and b) and c` gives two, the first bracketed, so printing keeps the brackets
/// and the text parses back into the very same tree.
fn operands(expr: &Expr, of_or: bool) -> Vec<&Expr> {
    let mut out = Vec::new();
    let most = counts(expr, of_or).into_iter().max().unwrap_or(1);
    split(expr, of_or, most, &mut out);
    out
}

/// How many operands `expr` can be the balanced chain of (one: itself, bracketed). The parser
/// puts the first `n / 2` operands on the left, the rest on the right.
fn counts(expr: &Expr, of_or: bool) -> Vec<usize> {
    let mut all = vec![1];
    if let Some((left, right)) = sides(expr, of_or) {
        let rights = counts(right, of_or);
        for l in counts(left, of_or) {
            for &r in &rights {
                if (r == l || r == l + 1) && !all.contains(&(l + r)) {
                    all.push(l + r);
                }
            }
        }
    }
    all
}

fn split<'a>(expr: &'a Expr, of_or: bool, n: usize, out: &mut Vec<&'a Expr>) {
    match sides(expr, of_or) {
        Some((left, right)) if n > 1 => {
            split(left, of_or, n / 2, out);
            split(right, of_or, n - n / 2, out);
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
