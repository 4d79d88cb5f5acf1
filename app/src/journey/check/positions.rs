//! Where an error is: the line and column of a byte offset, and of an offset into a TOML
//! string's unescaped text (a condition, a date bound), so every error points at what to fix.

use super::Checker;
use crate::journey::catalog::{line_column, CatalogError};
use toml::Spanned;

impl Checker<'_> {
    pub(super) fn position(&self, offset: usize) -> (usize, usize) {
        line_column(self.text, offset)
    }

    pub(super) fn error_at(&mut self, offset: usize, message: impl Into<String>) {
        let (line, column) = self.position(offset);
        self.errors.push(CatalogError {
            file: self.file.to_string(),
            line,
            column,
            message: message.into(),
        });
    }

    pub(super) fn error<T>(&mut self, spanned: &Spanned<T>, message: impl Into<String>) {
        self.error_at(spanned.span().start, message);
    }

    /// Where, counted from the opening quote of a TOML string at `start`, its `offset`-th byte
    /// (of the unescaped text) was written: escapes such as `\"` take more room in the file.
    pub(super) fn source_offset(&self, start: usize, offset: usize) -> usize {
        let raw = &self.text[start.min(self.text.len())..];
        let (quote_len, escapes) = match raw.as_bytes().first() {
            Some(b'"') => (1, true),
            _ => (1, false),
        };
        let mut chars = raw[quote_len..].char_indices();
        let mut unescaped = 0;
        while let Some((at, c)) = chars.next() {
            if unescaped >= offset {
                return quote_len + at;
            }
            if escapes && c == '\\' {
                let skip = match chars.next() {
                    Some((_, 'u')) => 4,
                    Some((_, 'U')) => 8,
                    _ => 0,
                };
                for _ in 0..skip {
                    chars.next();
                }
                unescaped += 1;
            } else {
                unescaped += c.len_utf8();
            }
        }
        quote_len + offset
    }
}
