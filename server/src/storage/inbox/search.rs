//! The inbox's search: every word typed must begin a word of the case's reference, the
//! citizen's name or identity number (split at spaces and hyphens), in any letter case and
//! order — `kari hans` finds Kari Hansen, `7k3m` the reference `VV-2026-7K3M9QXZ`.
//!
//! Which way a search goes is chosen per search by asking the word index (`inbox_word`, kept by
//! triggers) how many cases it matches, up to `FEW`: a whole reference or identity number goes
//! by its column's index; few cases are fetched by id and sorted; many are read in the list's
//! order until a page is full, which is quick because they are many. The word conditions on
//! the case itself decide in every plan; the index only finds the cases to check.

use super::{query::ListQuery, statement::Statement, Inbox};
use crate::storage::StorageError;

/// Up to this many cases a search fetches its cases by id (and sorts them); past it, it reads
/// the agency's cases in the list's order (one in `FEW / cases` matches: a page is quick).
pub(super) const FEW: usize = 2_000;

/// A search as the statements use it.
pub(super) struct Search {
    /// The words typed, lowercase.
    pub words: Vec<String>,
    pub found: Found,
}

/// What the word index said.
pub(super) enum Found {
    /// A whole reference or identity number: the column that holds it and its stored form.
    Whole(&'static str, String),
    /// These cases at most (no more than `FEW`).
    Few(Vec<String>),
    /// More than `FEW`; this word (the longest: likely the rarest) finds a superset.
    Many(String),
}

/// The words of a search: lowercase, split at whitespace and hyphens, each once.
pub(crate) fn words(search: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in search
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '-')
    {
        if !word.is_empty() && !words.iter().any(|w| w == word) {
            words.push(word.to_string());
        }
    }
    words
}

/// The range of the index's words that begin with `word` (byte order on both backends).
pub(super) fn word_range(word: &str) -> (String, String) {
    (word.to_string(), format!("{word}\u{10FFFF}"))
}

/// `LIKE` pattern of a case's words (`' ' || REPLACE(search_text, '-', ' ')`) holding a word
/// that begins with `word`.
pub(super) fn word_pattern(word: &str) -> String {
    let escaped: String = word
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

/// The statement of the cases with a word that begins with `word`, its values bound in
/// `statement`.
pub(super) fn cases_with(word: &str, list: &ListQuery<'_>, statement: &mut Statement) -> String {
    let agency = statement.agencies("agency", list);
    let (low, high) = word_range(word);
    let (low, high) = (statement.bind(low), statement.bind(high));
    format!(
        "SELECT inbox_case_id FROM inbox_word WHERE {agency} AND word >= {low} AND word < {high}"
    )
}

impl Inbox<'_> {
    /// The view's search and what the word index says of it; `None` without one.
    pub(super) async fn search(self, list: &ListQuery<'_>) -> Result<Option<Search>, StorageError> {
        let Some(text) = list.query.search.as_deref().map(str::trim) else {
            return Ok(None);
        };
        let words = words(text);
        if words.is_empty() {
            return Ok(None);
        }
        if let Some((column, value)) = whole_key(text) {
            let found = Found::Whole(column, value);
            return Ok(Some(Search { words, found }));
        }
        // Each word alone: the fewest cases, if few enough, are the ones to check.
        let mut fewest: Option<Vec<String>> = None;
        for word in &words {
            let mut statement = Statement::default();
            let sql = format!(
                "{} LIMIT {}",
                cases_with(word, list, &mut statement),
                FEW + 1
            );
            let ids = self.ids(&sql, &statement).await?;
            if ids.len() <= FEW && fewest.as_ref().is_none_or(|f| ids.len() < f.len()) {
                fewest = Some(ids);
            }
        }
        // Every word common (`kari hansen`): the cases that have them all may still be few.
        if fewest.is_none() && words.len() > 1 {
            let mut statement = Statement::default();
            let each: Vec<String> = words
                .iter()
                .map(|word| cases_with(word, list, &mut statement))
                .collect();
            let sql = format!(
                "SELECT inbox_case_id FROM ({}) hit LIMIT {}",
                each.join(" INTERSECT "),
                FEW + 1
            );
            fewest = Some(self.ids(&sql, &statement).await?).filter(|ids| ids.len() <= FEW);
        }
        let found = match fewest {
            Some(mut ids) => {
                ids.sort_unstable();
                ids.dedup();
                Found::Few(ids)
            }
            None => {
                let longest = words.iter().max_by_key(|w| w.len()).cloned();
                Found::Many(longest.unwrap_or_default())
            }
        };
        Ok(Some(Search { words, found }))
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
