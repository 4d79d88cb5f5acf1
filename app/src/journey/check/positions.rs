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
    /// (of the unescaped text) was written: escapes take more room in the file than in the text
    /// (`\"` is one byte, `\u00e9` two, `\U0001F600` four), a multi-line string may begin with a
    /// newline that is not part of it, and a line-ending `\` stands for no text at all.
    pub(super) fn source_offset(&self, start: usize, offset: usize) -> usize {
        let raw = self.text.get(start..).unwrap_or_default();
        let (quote_len, escapes) = match raw.as_bytes() {
            [b'"', b'"', b'"', ..] => (3, true),
            [b'\'', b'\'', b'\'', ..] => (3, false),
            [b'"', ..] => (1, true),
            _ => (1, false),
        };
        let mut body = raw.get(quote_len..).unwrap_or_default();
        let mut skipped = 0;
        if quote_len == 3 {
            // TOML trims a newline right after the opening quotes.
            for newline in ["\r\n", "\n"] {
                if let Some(rest) = body.strip_prefix(newline) {
                    skipped = newline.len();
                    body = rest;
                    break;
                }
            }
        }
        let mut chars = body.char_indices().peekable();
        let mut unescaped = 0;
        while let Some((at, c)) = chars.next() {
            // A line-ending backslash: it and the whitespace and newlines after it are not text.
            if escapes && c == '\\' && body[at + 1..].starts_with(char::is_whitespace) {
                while chars.next_if(|(_, w)| w.is_whitespace()).is_some() {}
                continue;
            }
            if unescaped >= offset {
                return quote_len + skipped + at;
            }
            if !(escapes && c == '\\') {
                unescaped += c.len_utf8();
                continue;
            }
            match chars.next() {
                Some((_, kind @ ('u' | 'U'))) => {
                    let digits = if kind == 'u' { 4 } else { 8 };
                    let hex: String = (0..digits)
                        .filter_map(|_| chars.next())
                        .map(|(_, h)| h)
                        .collect();
                    unescaped += u32::from_str_radix(&hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .map_or(1, char::len_utf8);
                }
                _ => unescaped += 1,
            }
        }
        let end = quote_len + skipped + body.len();
        end.min(quote_len + skipped + offset)
    }
}
