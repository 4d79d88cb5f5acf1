//! The inbox's search: what was typed, from the beginning of a word of the case's reference,
//! the citizen's name or identity number (split at spaces and hyphens), in any letter case —
//! `kari hans` finds Kari Hansen, `7k3m` the reference `VV-2026-7K3M9QXZ`; `ari hansen`, the
//! middle of a word, finds nothing. Words typed but the last are whole words of the case; the
//! last may be the start of one.
//!
//! Which way a search goes is chosen per search by asking the word index (`inbox_word`: each
//! word with the next, kept by triggers) how many cases each two words in a row typed (or the
//! one word) match, up to `FEW`: a whole reference or identity number goes
//! by its column's index; few cases are fetched by id and sorted; many are read in the list's
//! order until a page is full, which is quick because they are many. The condition on the case
//! itself decides in every plan; the index only finds the cases to check.

use super::{query::ListQuery, statement::Statement, Inbox};
use crate::storage::StorageError;

/// Up to this many cases a search fetches its cases by id (and sorts them); past it, it reads
/// the agency's cases in the list's order (one in `FEW / cases` matches: a page is quick).
pub(super) const FEW: usize = 2_000;

/// A search as the statements use it.
pub(super) struct Search {
    /// The words typed, lowercase, in order, one space apart.
    pub phrase: String,
    pub found: Found,
}

/// What the word index said.
pub(super) enum Found {
    /// A whole reference or identity number: the column that holds it and its stored form.
    Whole(&'static str, String),
    /// These cases at most (no more than `FEW`).
    Few(Vec<String>),
    /// More than `FEW`; this key (the longest: likely the rarest) finds a superset.
    Many(Key),
}

/// The words of a text: lowercase, split at whitespace and hyphens, in order.
pub(crate) fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect()
}

/// `LIKE` pattern of a case's words (`' ' || REPLACE(search_text, '-', ' ')`) holding `phrase`
/// from the beginning of a word.
pub(super) fn phrase_pattern(phrase: &str) -> String {
    let escaped: String = phrase
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("% {escaped}%")
}

/// A search that is a whole reference (`VV-2026-7K3M9QXZ`) or identity number (eleven digits):
/// the column that holds it and its stored form. The word conditions find exactly the cases
/// with that value there (a reference has this one shape, a name no digits), so the equality
/// is added to them (not put in their place) and its index finds the few cases to check.
fn whole_key(search: &str) -> Option<(&'static str, String)> {
    let bytes = search.as_bytes();
    let readable = |b: &u8| b.is_ascii_alphanumeric() && !b"iloILOuU".contains(b);
    if bytes.len() == 16
        && bytes[..3].eq_ignore_ascii_case(b"vv-")
        && bytes[3..7].iter().all(u8::is_ascii_digit)
        && bytes[7] == b'-'
        && bytes[8..].iter().all(readable)
    {
        return Some(("c.reference", search.to_ascii_uppercase()));
    }
    if bytes.len() == 11 && bytes.iter().all(u8::is_ascii_digit) {
        return Some(("c.citizen_pid", search.to_string()));
    }
    None
}

/// What the word index is asked for: a word, and the start of the word after it; or (one word
/// typed) the start of a word.
pub(super) struct Key {
    word: String,
    next: Option<String>,
}

impl Key {
    /// The keys of a search's words: each two in a row, or the one word.
    fn of(words: &[String]) -> Vec<Key> {
        match words {
            [word] => vec![Key {
                word: word.clone(),
                next: None,
            }],
            _ => words
                .windows(2)
                .map(|pair| Key {
                    word: pair[0].clone(),
                    next: Some(pair[1].clone()),
                })
                .collect(),
        }
    }

    fn len(&self) -> usize {
        self.word.len() + self.next.as_ref().map_or(0, String::len)
    }
}

/// The statement of the cases with `key`, its values bound in `statement`. The words that begin
/// with a text are a range in byte order (both backends compare the index's words so). A word
/// typed before another is a whole word; the next is the start of one (or, but for the last,
/// a whole word too: the range holds it).
pub(super) fn cases_with(key: &Key, list: &ListQuery<'_>, statement: &mut Statement) -> String {
    let agency = statement.agencies("agency", list);
    let mut starts = |column: &str, text: &str| {
        let low = statement.bind(text);
        let high = statement.bind(format!("{text}\u{10FFFF}"));
        format!("{column} >= {low} AND {column} < {high}")
    };
    let condition = match &key.next {
        None => starts("word", &key.word),
        Some(next) => {
            let next = starts("next_word", next);
            format!("word = {} AND {next}", statement.bind(key.word.as_str()))
        }
    };
    format!("SELECT inbox_case_id FROM inbox_word WHERE {agency} AND {condition}")
}

impl Inbox<'_> {
    /// The view's search and what the word index says of it; `None` without one.
    pub(super) async fn search(self, list: &ListQuery<'_>) -> Result<Option<Search>, StorageError> {
        let Some(text) = list.query.search.as_deref().map(str::trim) else {
            return Ok(None);
        };
        let typed = words(text);
        if typed.is_empty() {
            return Ok(None);
        }
        let phrase = typed.join(" ");
        if let Some((column, value)) = whole_key(text) {
            let found = Found::Whole(column, value);
            return Ok(Some(Search { phrase, found }));
        }
        // Each key: the fewest cases, if few enough, are the ones to check.
        let keys = Key::of(&typed);
        let mut fewest: Option<Vec<String>> = None;
        for key in &keys {
            let mut statement = Statement::default();
            let cases = cases_with(key, list, &mut statement);
            let sql = format!("{cases} LIMIT {}", FEW + 1);
            let ids = self.ids(&sql, &statement).await?;
            if ids.len() <= FEW && fewest.as_ref().is_none_or(|f| ids.len() < f.len()) {
                fewest = Some(ids);
            }
        }
        let found = match fewest {
            Some(mut ids) => {
                ids.sort_unstable();
                ids.dedup();
                Found::Few(ids)
            }
            None => match keys.into_iter().max_by_key(Key::len) {
                Some(longest) => Found::Many(longest),
                None => Found::Few(Vec::new()),
            },
        };
        Ok(Some(Search { phrase, found }))
    }

    async fn ids(self, sql: &str, statement: &Statement) -> Result<Vec<String>, StorageError> {
        Ok(on_pool!(self.0, pool => {
            let mut query = sqlx::query_scalar(sql);
            for value in &statement.binds {
                query = query.bind(value.as_str());
            }
            query.fetch_all(pool).await?
        }))
    }
}
