//! Lexing: the condition text as tokens, each with its byte offset. Dates (`2026-01-01`),
//! periods (`18y`) and numbers are told apart here, so the parser sees whole values and errors
//! about a malformed literal point at it.

use super::{CmpOp, ConditionError};
use crate::journey::date::{Date, Period};

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Tok {
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

pub(super) fn lex(text: &str) -> Result<Vec<(Tok, usize)>, ConditionError> {
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
