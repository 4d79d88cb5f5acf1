//! Parsing: tokens into the (unchecked) tree, by recursive descent — `or` binds loosest, then
//! `and`, then `not`, then comparisons and `in`, then `+`/`-` periods on a value. Also the
//! date bounds of `date` fields, which are written as condition dates are.
//!
//! A definition is untrusted input, and its tree travels to the browser through serde_json,
//! which refuses nesting deeper than 128: a condition is at most [`MAX_LENGTH`] bytes, its
//! tree at most [`MAX_DEPTH`] deep, and the descent stops as soon as it nests that deep (so no
//! input exhausts the stack). Chains of `and` and `or` become balanced trees, so a long chain
//! adds only a few levels.

use super::{
    children, first_offset,
    lexer::{lex, Tok},
    ConditionError, Expr, MAX_DEPTH, MAX_LENGTH,
};
use crate::journey::date::{DateBound, Period};

struct Parser {
    tokens: Vec<(Tok, usize)>,
    pos: usize,
    end: usize,
    /// Brackets, `not`s and `any`s open around the current token.
    nesting: usize,
}

fn too_deep(offset: usize) -> ConditionError {
    ConditionError {
        offset,
        message: format!(
            "the condition nests more than {MAX_DEPTH} levels deep (each bracket, `not`, `any`, \
             comparison and period adds one); write it flatter"
        ),
    }
}

/// Parses a condition into its (unchecked) tree.
pub fn parse(text: &str) -> Result<Expr, ConditionError> {
    if text.len() > MAX_LENGTH {
        return Err(ConditionError {
            offset: 0,
            message: format!(
                "the condition is {} bytes long; a condition may be at most {MAX_LENGTH} bytes",
                text.len()
            ),
        });
    }
    let mut parser = Parser {
        tokens: lex(text)?,
        pos: 0,
        end: text.len(),
        nesting: 0,
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
    if let Some(deep) = below(&expr, MAX_DEPTH) {
        return Err(too_deep(first_offset(deep)));
    }
    Ok(expr)
}

/// The first subtree more than `levels` below the top of `expr`, if there is one.
fn below(expr: &Expr, levels: usize) -> Option<&Expr> {
    if levels == 0 {
        return Some(expr);
    }
    children(expr)
        .into_iter()
        .find_map(|child| below(child, levels - 1))
}

/// `a and b and c and d` as `(a and b) and (c and d)`: the same meaning (both are associative,
/// also with unknowns), a logarithmic depth.
fn balanced(mut items: Vec<Expr>, join: fn(Box<Expr>, Box<Expr>) -> Expr) -> Expr {
    if items.len() > 1 {
        let right = items.split_off(items.len() / 2);
        return join(
            Box::new(balanced(items, join)),
            Box::new(balanced(right, join)),
        );
    }
    // The parser gives at least one operand.
    items.pop().unwrap_or(Expr::Bool(false))
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

    /// One level deeper in the descent; refused past what the tree may nest.
    fn enter(&mut self) -> Result<(), ConditionError> {
        self.nesting += 1;
        if self.nesting > MAX_DEPTH {
            return Err(too_deep(self.at()));
        }
        Ok(())
    }

    fn or(&mut self) -> Result<Expr, ConditionError> {
        let mut terms = vec![self.and()?];
        while self.keyword("or") {
            terms.push(self.and()?);
        }
        Ok(balanced(terms, Expr::Or))
    }

    fn and(&mut self) -> Result<Expr, ConditionError> {
        let mut terms = vec![self.not()?];
        while self.keyword("and") {
            terms.push(self.not()?);
        }
        Ok(balanced(terms, Expr::And))
    }

    fn not(&mut self) -> Result<Expr, ConditionError> {
        let mut nots = 0;
        while self.keyword("not") {
            self.enter()?;
            nots += 1;
        }
        let mut expr = self.comparison()?;
        for _ in 0..nots {
            expr = Expr::Not(Box::new(expr));
        }
        self.nesting -= nots;
        Ok(expr)
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
        let mut shifts = 0;
        loop {
            let sign = match self.peek() {
                Some(Tok::Plus) => 1,
                Some(Tok::Minus) => -1,
                _ => return Ok(expr),
            };
            if shifts == MAX_DEPTH {
                return Err(too_deep(self.at()));
            }
            shifts += 1;
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
                self.enter()?;
                let inner = self.or()?;
                self.expect(Tok::RParen, "`)`")?;
                self.nesting -= 1;
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
                            self.enter()?;
                            let condition = Box::new(self.or()?);
                            self.nesting -= 1;
                            Expr::Any {
                                group: name,
                                condition,
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
