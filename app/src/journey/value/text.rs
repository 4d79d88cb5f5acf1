//! Reading typed text: what counts as nothing (spaces and characters of no width), characters no
//! answer may hold, whole numbers, e-mail addresses and phone numbers.

/// Nothing a reader would see: spaces, and characters of no width (zero-width spaces and
/// joiners, word joiners, the byte-order mark, soft hyphens). "Required" is not met by them.
pub(crate) fn blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || invisible(c))
}

fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{034F}' | '\u{180E}'
    )
}

/// Characters refused in any answer: control characters (tabs and line breaks only in long
/// text); the bidirectional overrides, embeddings and isolates, which make a text read
/// differently from what it holds (and would reach the agencies so); and U+FFFD, which is what
/// bytes that were not UTF-8 became.
pub(super) fn has_control_characters(text: &str, multiline: bool) -> bool {
    text.chars().any(|c| {
        (c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FFFD}')
    })
}

/// A whole number, spaces between its digits allowed: `12 500`, `-3`.
pub(super) fn whole_number(text: &str) -> Option<i64> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    cleaned.parse().ok()
}

pub(super) fn valid_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(char::is_whitespace)
        && !domain.contains('@')
}

/// A phone number without its spaces: eight digits, or `+` and 8 to 15 digits.
pub(super) fn phone_number(text: &str) -> Option<String> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let valid = match cleaned.strip_prefix('+') {
        Some(rest) => (8..=15).contains(&rest.len()) && rest.chars().all(|c| c.is_ascii_digit()),
        None => cleaned.len() == 8 && cleaned.chars().all(|c| c.is_ascii_digit()),
    };
    valid.then_some(cleaned)
}
