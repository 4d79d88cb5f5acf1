//! Reading what people type: numbers and kroner with spaces and separators, numbers with mod-11
//! check digits, e-mail addresses and phone numbers, and characters no reader would see or that
//! no answer may hold.

fn digits_only(input: &str) -> Option<String> {
    let cleaned: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.' && *c != '-')
        .collect();
    cleaned
        .chars()
        .all(|c| c.is_ascii_digit())
        .then_some(cleaned)
}

fn mod11(digits: &[u32], weights: &[u32]) -> Option<u32> {
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        check => Some(check),
    }
}

/// Organisation numbers: nine digits, the last a mod-11 check digit.
pub fn valid_organisation_number(input: &str) -> Option<String> {
    let digits = digits_only(input).filter(|d| d.len() == 9)?;
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    (mod11(&d[..8], &[3, 2, 7, 6, 5, 4, 3, 2]) == Some(d[8])).then_some(digits)
}

/// Norwegian bank account numbers: eleven digits, the last a mod-11 check digit.
pub fn valid_bank_account(input: &str) -> Option<String> {
    let digits = digits_only(input).filter(|d| d.len() == 11)?;
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    (mod11(&d[..10], &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) == Some(d[10])).then_some(digits)
}

/// Kroner as people type them ("12 500", "12500,50", "12.500 kr") in øre.
pub fn parse_money(input: &str) -> Option<i64> {
    let cleaned: String = input
        .trim()
        .trim_end_matches("kr")
        .trim_start_matches("kr")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    let (kroner, ore) = match cleaned.rsplit_once(',') {
        Some((k, o)) => (k.replace('.', ""), o.to_string()),
        None => (cleaned.replace('.', ""), String::new()),
    };
    if kroner.is_empty() || !kroner.chars().all(|c| c.is_ascii_digit()) || ore.len() > 2 {
        return None;
    }
    if !ore.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let ore: i64 = match ore.len() {
        0 => 0,
        1 => ore.parse::<i64>().ok()? * 10,
        _ => ore.parse().ok()?,
    };
    kroner
        .parse::<i64>()
        .ok()?
        .checked_mul(100)?
        .checked_add(ore)
}

pub(super) fn parse_number(input: &str) -> Option<i64> {
    let cleaned: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    cleaned.parse().ok()
}

/// Nothing a reader would see: spaces, and characters of no width (zero-width spaces and
/// joiners, word joiners, the byte-order mark, soft hyphens). "Required" is not met by them.
pub(super) fn blank(text: &str) -> bool {
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

pub(super) fn valid_phone(text: &str) -> bool {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    match cleaned.strip_prefix('+') {
        Some(rest) => (8..=15).contains(&rest.len()) && rest.chars().all(|c| c.is_ascii_digit()),
        None => cleaned.len() == 8 && cleaned.chars().all(|c| c.is_ascii_digit()),
    }
}
