//! The condition language of journey definitions (`show_if`, `next.if`, `service.if`):
//! comparisons, `and`/`or`/`not`, "any of" (`in [...]`), date arithmetic (`today - 18y`),
//! `answered(x)`, `count(group)` and `any(group, condition)`. Text is parsed into a tree, the
//! tree is type-checked against the journey's fields, and evaluated against answers — with three
//! values (true, false, unknown), so the static checker can ask "can this ever hold?".

use super::date::{Date, DateBound, Period};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A parse or type error: where in the condition text (a byte offset) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConditionError {
    pub offset: usize,
    pub message: String,
}

/// The types of the condition language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

// ---------------------------------------------------------------------------------------------
// Lexing

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Int(i64),
    Date(Date),
    Period(Period),
    Op(CmpOp),
    Plus,
    Minus,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
}

fn lex(text: &str) -> Result<Vec<(Tok, usize)>, ConditionError> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    let err = |offset, message: String| ConditionError { offset, message };
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'(' => tokens.push((Tok::LParen, i)),
            b')' => tokens.push((Tok::RParen, i)),
            b'[' => tokens.push((Tok::LBracket, i)),
            b']' => tokens.push((Tok::RBracket, i)),
            b',' => tokens.push((Tok::Comma, i)),
            b'+' => tokens.push((Tok::Plus, i)),
            b'-' => tokens.push((Tok::Minus, i)),
            b'=' | b'!' | b'<' | b'>' => {
                let next = bytes.get(i + 1).copied();
                let (op, len) = match (c, next) {
                    (b'=', Some(b'=')) => (CmpOp::Eq, 2),
                    (b'!', Some(b'=')) => (CmpOp::Ne, 2),
                    (b'<', Some(b'=')) => (CmpOp::Le, 2),
                    (b'>', Some(b'=')) => (CmpOp::Ge, 2),
                    (b'<', _) => (CmpOp::Lt, 1),
                    (b'>', _) => (CmpOp::Gt, 1),
                    (b'=', _) => return Err(err(i, "use `==` to compare".into())),
                    _ => return Err(err(i, "use `not` for negation, `!=` for not equal".into())),
                };
                tokens.push((Tok::Op(op), i));
                i += len;
                continue;
            }
            b'"' => {
                let end = text[i + 1..]
                    .find('"')
                    .ok_or_else(|| err(i, "a text value is not closed with `\"`".into()))?;
                tokens.push((Tok::Str(text[i + 1..i + 1 + end].to_string()), i));
                i += end + 2;
                continue;
            }
            b'0'..=b'9' => {
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
                    // A date has hyphens; a number or period does not go on after a hyphen.
                    if bytes[i] == b'-' && i - start != 4 && i - start != 7 {
                        break;
                    }
                    i += 1;
                }
                let word = &text[start..i];
                let token = if word.contains('-') {
                    Tok::Date(Date::parse_iso(word).ok_or_else(|| {
                        err(start, format!("`{word}` is not a date (yyyy-mm-dd)"))
                    })?)
                } else if let Some(unit) = word.chars().last().filter(char::is_ascii_alphabetic) {
                    let amount: i32 = word[..word.len() - 1].parse().map_err(|_| {
                        err(
                            start,
                            format!("`{word}` is not a period such as 18y, 6m or 14d"),
                        )
                    })?;
                    Tok::Period(match unit {
                        'y' => Period::Years(amount),
                        'm' => Period::Months(amount),
                        'd' => Period::Days(amount),
                        _ => {
                            return Err(err(
                                start,
                                format!("`{word}`: a period is counted in y, m or d"),
                            ))
                        }
                    })
                } else {
                    Tok::Int(
                        word.parse()
                            .map_err(|_| err(start, format!("`{word}` is not a number")))?,
                    )
                };
                tokens.push((token, start));
                continue;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                tokens.push((Tok::Ident(text[start..i].to_string()), start));
                continue;
            }
            _ => {
                let ch = text[i..].chars().next().unwrap_or('?');
                return Err(err(i, format!("unexpected `{ch}`")));
            }
        }
        i += 1;
    }
    Ok(tokens)
}

// ---------------------------------------------------------------------------------------------
// Parsing

struct Parser {
    tokens: Vec<(Tok, usize)>,
    pos: usize,
    end: usize,
}

/// Parses a condition into its (unchecked) tree.
pub fn parse(text: &str) -> Result<Expr, ConditionError> {
    let mut parser = Parser {
        tokens: lex(text)?,
        pos: 0,
        end: text.len(),
    };
    if parser.tokens.is_empty() {
        return Err(ConditionError {
            offset: 0,
            message: "the condition is empty".into(),
        });
    }
    let expr = parser.or()?;
    if let Some((_, at)) = parser.tokens.get(parser.pos) {
        return Err(ConditionError {
            offset: *at,
            message: "expected `and`, `or` or the end of the condition".into(),
        });
    }
    Ok(expr)
}

/// A date field's bound (`not_before`, `not_after`), written as a date is in conditions: a day
/// (`1900-01-01`), or `today` moved by periods (`today - 12m`, `today + 1y - 14d`).
pub fn parse_date_bound(text: &str) -> Result<DateBound, ConditionError> {
    const FORM: &str = "a bound is a date such as 1900-01-01, or today with an optional period \
                        such as today - 12m";
    if text.trim().is_empty() {
        return Err(ConditionError {
            offset: 0,
            message: format!("the bound is empty ({FORM})"),
        });
    }
    let expr = parse(text).map_err(|e| ConditionError {
        offset: e.offset,
        message: format!("{} ({FORM})", e.message),
    })?;
    let mut periods = Vec::new();
    let mut base = &expr;
    while let Expr::Shift { date, period } = base {
        periods.push(*period);
        base = date;
    }
    periods.reverse();
    match base {
        Expr::Today => Ok(DateBound::Today(periods)),
        Expr::Date(date) if periods.is_empty() => Ok(DateBound::On(*date)),
        other => Err(ConditionError {
            offset: first_offset(other),
            message: format!("`{}` is not a bound: {FORM}", text.trim()),
        }),
    }
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.pos).map(|(t, _)| t)
    }

    fn at(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.end, |(_, at)| *at)
    }

    fn error<T>(&self, message: impl Into<String>) -> Result<T, ConditionError> {
        Err(ConditionError {
            offset: self.at(),
            message: message.into(),
        })
    }

    fn keyword(&mut self, word: &str) -> bool {
        if matches!(self.peek(), Some(Tok::Ident(w)) if w == word) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, tok: Tok, what: &str) -> Result<(), ConditionError> {
        if self.peek() == Some(&tok) {
            self.pos += 1;
            Ok(())
        } else {
            self.error(format!("expected {what}"))
        }
    }

    fn or(&mut self) -> Result<Expr, ConditionError> {
        let mut left = self.and()?;
        while self.keyword("or") {
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, ConditionError> {
        let mut left = self.not()?;
        while self.keyword("and") {
            left = Expr::And(Box::new(left), Box::new(self.not()?));
        }
        Ok(left)
    }

    fn not(&mut self) -> Result<Expr, ConditionError> {
        if self.keyword("not") {
            return Ok(Expr::Not(Box::new(self.not()?)));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Expr, ConditionError> {
        let left = self.shifted()?;
        let at = self.at();
        if let Some(Tok::Op(op)) = self.peek().cloned() {
            self.pos += 1;
            let right = self.shifted()?;
            return Ok(Expr::Cmp {
                op,
                left: Box::new(left),
                right: Box::new(right),
                at,
            });
        }
        if self.keyword("in") {
            if self.peek() == Some(&Tok::LBracket) {
                self.pos += 1;
                let mut list = Vec::new();
                loop {
                    match self.tokens.get(self.pos).cloned() {
                        Some((Tok::Str(s), at)) => {
                            list.push((s, at));
                            self.pos += 1;
                        }
                        _ => return self.error("expected a text value such as \"a\" in the list"),
                    }
                    if self.peek() == Some(&Tok::Comma) {
                        self.pos += 1;
                        continue;
                    }
                    self.expect(Tok::RBracket, "`,` or `]`")?;
                    break;
                }
                return Ok(Expr::InList {
                    value: Box::new(left),
                    list,
                    at,
                });
            }
            return match self.tokens.get(self.pos).cloned() {
                Some((Tok::Ident(set), _)) => {
                    self.pos += 1;
                    Ok(Expr::InSet {
                        value: Box::new(left),
                        set,
                        at,
                    })
                }
                _ => self.error("expected `[` or a many-of field after `in`"),
            };
        }
        Ok(left)
    }

    fn shifted(&mut self) -> Result<Expr, ConditionError> {
        let mut expr = self.primary()?;
        loop {
            let sign = match self.peek() {
                Some(Tok::Plus) => 1,
                Some(Tok::Minus) => -1,
                _ => return Ok(expr),
            };
            self.pos += 1;
            let period = match self.peek() {
                Some(Tok::Period(period)) => *period,
                _ => return self.error("expected a period such as 18y, 6m or 14d"),
            };
            self.pos += 1;
            let period = match period {
                Period::Years(n) => Period::Years(n * sign),
                Period::Months(n) => Period::Months(n * sign),
                Period::Days(n) => Period::Days(n * sign),
            };
            expr = Expr::Shift {
                date: Box::new(expr),
                period,
            };
        }
    }

    fn name_argument(&mut self) -> Result<(String, usize), ConditionError> {
        match self.tokens.get(self.pos).cloned() {
            Some((Tok::Ident(name), at)) => {
                self.pos += 1;
                Ok((name, at))
            }
            _ => self.error("expected a field id"),
        }
    }

    fn primary(&mut self) -> Result<Expr, ConditionError> {
        let Some((tok, at)) = self.tokens.get(self.pos).cloned() else {
            return self.error("the condition ends too early");
        };
        self.pos += 1;
        Ok(match tok {
            Tok::Str(s) => Expr::Text(s),
            Tok::Int(n) => Expr::Number(n),
            Tok::Date(d) => Expr::Date(d),
            Tok::Minus => match self.tokens.get(self.pos).cloned() {
                Some((Tok::Int(n), _)) => {
                    self.pos += 1;
                    Expr::Number(-n)
                }
                _ => return self.error("expected a number after `-`"),
            },
            Tok::LParen => {
                let inner = self.or()?;
                self.expect(Tok::RParen, "`)`")?;
                inner
            }
            Tok::Ident(word) => match word.as_str() {
                "true" => Expr::Bool(true),
                "false" => Expr::Bool(false),
                "today" => Expr::Today,
                "and" | "or" | "not" | "in" => {
                    self.pos -= 1;
                    return self.error(format!("expected a value before `{word}`"));
                }
                "answered" | "count" | "any" if self.peek() == Some(&Tok::LParen) => {
                    self.pos += 1;
                    let (name, name_at) = self.name_argument()?;
                    let expr = match word.as_str() {
                        "answered" => Expr::Answered { name, at: name_at },
                        "count" => Expr::Count {
                            group: name,
                            at: name_at,
                        },
                        _ => {
                            self.expect(Tok::Comma, "`,` and a condition over the group's fields")?;
                            Expr::Any {
                                group: name,
                                condition: Box::new(self.or()?),
                                at: name_at,
                            }
                        }
                    };
                    self.expect(Tok::RParen, "`)`")?;
                    expr
                }
                _ => Expr::Ref { name: word, at },
            },
            Tok::Period(_) => {
                self.pos -= 1;
                return self.error("a period such as 18y goes after a date and `+` or `-`");
            }
            _ => {
                self.pos -= 1;
                return self.error("expected a value, a field or `(`");
            }
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Type checking

/// What the checker needs to know about a field a condition names.
#[derive(Clone, Debug)]
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

/// The field ids a condition reads (for dependency and satisfiability checks).
pub fn references(expr: &Expr, out: &mut Vec<String>) {
    match expr {
        Expr::Ref { name, .. } | Expr::Answered { name, .. } | Expr::Count { group: name, .. } => {
            out.push(name.clone())
        }
        Expr::InSet { value, set, .. } => {
            out.push(set.clone());
            references(value, out);
        }
        Expr::Any { group, .. } => out.push(group.clone()),
        Expr::Shift { date, .. } | Expr::Not(date) => references(date, out),
        Expr::Cmp { left, right, .. } | Expr::And(left, right) | Expr::Or(left, right) => {
            references(left, out);
            references(right, out);
        }
        Expr::InList { value, .. } => references(value, out),
        Expr::Bool(_) | Expr::Number(_) | Expr::Text(_) | Expr::Date(_) | Expr::Today => {}
    }
}

// ---------------------------------------------------------------------------------------------
// Evaluation

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

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// Fields for the tests: a date, a yes/no, a one-of, a many-of, a number and a group.
    struct TestScope;
    impl Scope for TestScope {
        fn resolve(&self, name: &str) -> Result<FieldSig, String> {
            let (ty, options) = match name {
                "birth_date" => (Ty::Date, None),
                "takes_part" => (Ty::Bool, None),
                "settlement" => (
                    Ty::Text,
                    Some(vec!["private".into(), "public".into(), "undivided".into()]),
                ),
                "needs" => (Ty::Set, Some(vec!["diet".into(), "wheelchair".into()])),
                "income" => (Ty::Number, None),
                "name" => (Ty::Text, None),
                "heirs" => (Ty::Group, None),
                _ => return Err(format!("unknown field `{name}`")),
            };
            Ok(FieldSig { ty, options })
        }
        fn item_scope(&self, group: &str) -> Option<Box<dyn Scope + '_>> {
            (group == "heirs").then(|| Box::new(HeirScope) as Box<dyn Scope>)
        }
    }
    struct HeirScope;
    impl Scope for HeirScope {
        fn resolve(&self, name: &str) -> Result<FieldSig, String> {
            match name {
                "relation" => Ok(FieldSig {
                    ty: Ty::Text,
                    options: Some(vec!["child".into(), "spouse".into()]),
                }),
                "heir_birth_date" => Ok(FieldSig {
                    ty: Ty::Date,
                    options: None,
                }),
                other => TestScope.resolve(other),
            }
        }
        fn item_scope(&self, _: &str) -> Option<Box<dyn Scope + '_>> {
            None
        }
    }

    #[derive(Default)]
    struct TestEnv {
        values: HashMap<&'static str, Val>,
        heirs: Vec<TestEnv>,
        today: Option<Date>,
    }
    impl Env for TestEnv {
        fn value(&self, name: &str) -> Val {
            self.values.get(name).cloned().unwrap_or(Val::Absent)
        }
        fn items(&self, _: &str) -> Option<Vec<Box<dyn Env + '_>>> {
            Some(
                self.heirs
                    .iter()
                    .map(|h| Box::new(HeirEnv(h, self)) as Box<dyn Env>)
                    .collect(),
            )
        }
        fn today(&self) -> Option<Date> {
            self.today
        }
    }
    struct HeirEnv<'a>(&'a TestEnv, &'a TestEnv);
    impl Env for HeirEnv<'_> {
        fn value(&self, name: &str) -> Val {
            match self.0.values.get(name) {
                Some(v) => v.clone(),
                None => self.1.value(name),
            }
        }
        fn items(&self, g: &str) -> Option<Vec<Box<dyn Env + '_>>> {
            self.1.items(g)
        }
        fn today(&self) -> Option<Date> {
            self.1.today
        }
    }

    fn checked(text: &str) -> Expr {
        let expr = parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        check(&expr, &TestScope).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        expr
    }

    fn error(text: &str) -> ConditionError {
        parse(text)
            .and_then(|expr| check(&expr, &TestScope))
            .expect_err(text)
    }

    fn date(text: &str) -> Val {
        Val::Date(Date::parse_iso(text).expect("date"))
    }

    #[test]
    fn precedence_is_not_then_and_then_or() {
        let expr = checked("takes_part or income > 10 and not takes_part");
        let Expr::Or(_, right) = expr else {
            panic!("or at the top: {expr:?}")
        };
        assert!(matches!(*right, Expr::And(_, _)));
    }

    #[test]
    fn a_child_under_eighteen_is_a_date_comparison_with_today() {
        let expr = checked("birth_date > today - 18y");
        let mut env = TestEnv {
            today: Date::parse_iso("2026-11-22"),
            ..Default::default()
        };
        env.values.insert("birth_date", date("2008-11-23"));
        assert_eq!(eval(&expr, &env), Some(true));
        env.values.insert("birth_date", date("2008-11-22"));
        assert_eq!(
            eval(&expr, &env),
            Some(false),
            "18 today is no longer under 18"
        );
        env.values.remove("birth_date");
        assert_eq!(eval(&expr, &env), Some(false), "no answer, no match");
        env.today = None;
        env.values.insert("birth_date", date("2020-01-01"));
        assert_eq!(
            eval(&expr, &env),
            None,
            "without today the checker cannot know"
        );
    }

    #[test]
    fn any_of_lists_and_many_of_sets() {
        let list = checked(r#"settlement in ["private", "public"]"#);
        let set = checked(r#""diet" in needs"#);
        let mut env = TestEnv::default();
        env.values.insert("settlement", Val::Text("public".into()));
        env.values
            .insert("needs", Val::Set(vec!["wheelchair".into()]));
        assert_eq!(eval(&list, &env), Some(true));
        assert_eq!(eval(&set, &env), Some(false));
        env.values
            .insert("settlement", Val::Text("undivided".into()));
        env.values.insert("needs", Val::Set(vec!["diet".into()]));
        assert_eq!(eval(&list, &env), Some(false));
        assert_eq!(eval(&set, &env), Some(true));
    }

    #[test]
    fn group_items_are_counted_and_searched() {
        let any = checked(r#"any(heirs, relation == "child" and heir_birth_date > today - 18y)"#);
        let count = checked("count(heirs) >= 2");
        let mut env = TestEnv {
            today: Date::parse_iso("2026-11-22"),
            ..Default::default()
        };
        let mut adult = TestEnv::default();
        adult.values.insert("relation", Val::Text("child".into()));
        adult.values.insert("heir_birth_date", date("1990-01-01"));
        env.heirs.push(adult);
        assert_eq!(eval(&any, &env), Some(false));
        assert_eq!(eval(&count, &env), Some(false));
        let mut minor = TestEnv::default();
        minor.values.insert("relation", Val::Text("child".into()));
        minor.values.insert("heir_birth_date", date("2015-06-01"));
        env.heirs.push(minor);
        assert_eq!(eval(&any, &env), Some(true));
        assert_eq!(eval(&count, &env), Some(true));
    }

    #[test]
    fn absent_answers_make_comparisons_false_and_their_negation_true() {
        let expr = checked("not (income == 1)");
        assert_eq!(eval(&expr, &TestEnv::default()), Some(true));
        let answered = checked("answered(income)");
        assert_eq!(eval(&answered, &TestEnv::default()), Some(false));
    }

    #[test]
    fn unknown_values_propagate_through_logic() {
        let expr = checked("takes_part and income > 5");
        let mut env = TestEnv::default();
        env.values.insert("income", Val::Unknown);
        env.values.insert("takes_part", Val::Bool(true));
        assert_eq!(eval(&expr, &env), None);
        env.values.insert("takes_part", Val::Bool(false));
        assert_eq!(eval(&expr, &env), Some(false), "false and unknown is false");
    }

    #[test]
    fn type_errors_name_the_place_and_the_types() {
        let e = error(r#"birth_date == "x""#);
        assert_eq!(e.offset, 11);
        assert!(
            e.message.contains("cannot compare a date with a text"),
            "{e:?}"
        );
        let e = error("income and takes_part");
        assert_eq!(e.offset, 0);
        assert!(e.message.contains("not a number"), "{e:?}");
        let e = error("takes_part > false");
        assert!(e.message.contains("only be compared with `==`"), "{e:?}");
        let e = error("name - 3d > today");
        assert!(e.message.contains("only a date can be moved"), "{e:?}");
        let e = error(r#"count(name) > 1"#);
        assert!(e.message.contains("needs a group"), "{e:?}");
        let e = error("income");
        assert!(e.message.contains("must be yes/no"), "{e:?}");
    }

    #[test]
    fn unknown_fields_and_options_are_refused_where_they_are_written() {
        let e = error("takes_part and childs_name == \"x\"");
        assert_eq!(e.offset, 15);
        assert!(e.message.contains("unknown field `childs_name`"), "{e:?}");
        let e = error(r#"settlement in ["private", "privat"]"#);
        assert_eq!(e.offset, 26);
        assert!(e.message.contains("no option \"privat\""), "{e:?}");
        let e = error(r#"settlement == "shared""#);
        assert!(e.message.contains("no option \"shared\""), "{e:?}");
        let e = error(r#""bike" in needs"#);
        assert!(e.message.contains("no option \"bike\""), "{e:?}");
        let e = error(r#"any(heirs, relation == "cousin")"#);
        assert!(e.message.contains("no option \"cousin\""), "{e:?}");
    }

    #[test]
    fn syntax_errors_say_what_was_expected_and_where() {
        for (text, offset, needle) in [
            ("", 0, "empty"),
            ("income = 3", 7, "use `==`"),
            ("income == ", 10, "ends too early"),
            ("(takes_part", 11, "expected `)`"),
            ("takes_part takes_part", 11, "expected `and`, `or`"),
            (r#"name == "open"#, 8, "not closed"),
            ("birth_date > today - 18", 21, "period"),
            ("birth_date > today - 18w", 21, "y, m or d"),
            ("birth_date > 2026-02-30", 13, "not a date"),
            ("income > 3 and", 14, "ends too early"),
            ("takes_part && income > 1", 11, "unexpected `&`"),
            ("settlement in [private]", 15, "text value"),
        ] {
            let e = parse(text).expect_err(text);
            assert_eq!(e.offset, offset, "{text}: {e:?}");
            assert!(e.message.contains(needle), "{text}: {e:?}");
        }
    }

    #[test]
    fn references_lists_every_field_read() {
        let mut refs = Vec::new();
        references(
            &checked(r#"takes_part and "diet" in needs or count(heirs) > 1"#),
            &mut refs,
        );
        assert_eq!(refs, ["takes_part", "needs", "heirs"]);
    }

    #[test]
    fn date_bounds_are_a_day_or_today_moved_by_periods() {
        use super::{parse_date_bound, DateBound};
        let date = |text: &str| Date::parse_iso(text).expect(text);
        assert_eq!(
            parse_date_bound("1900-01-01"),
            Ok(DateBound::On(date("1900-01-01")))
        );
        assert_eq!(parse_date_bound("today"), Ok(DateBound::Today(vec![])));
        let bound = parse_date_bound("today + 1y - 14d").expect("a bound");
        assert_eq!(
            bound,
            DateBound::Today(vec![Period::Years(1), Period::Days(-14)])
        );
        assert_eq!(bound.to_string(), "today + 1y - 14d");
        assert_eq!(
            bound.on(Date::parse_iso("2026-11-22").expect("date")),
            Some(date("2027-11-08"))
        );
        for (text, offset, needle) in [
            ("01.01.1900", 2, "unexpected `.`"),
            ("today - 12", 8, "period"),
            ("today - 12w", 8, "y, m or d"),
            ("2026-02-30", 0, "not a date"),
            ("tomorrow", 0, "not a bound"),
            ("2026-01-01 + 1m", 0, "not a bound"),
            ("today > 2026-01-01", 6, "not a bound"),
            ("", 0, "empty"),
        ] {
            let e = parse_date_bound(text).expect_err(text);
            assert_eq!(e.offset, offset, "{text}: {e:?}");
            assert!(e.message.contains(needle), "{text}: {e:?}");
        }
    }
}
