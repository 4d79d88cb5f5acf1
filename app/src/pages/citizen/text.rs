//! Small texts the citizen's pages share: a journey and its title, a time in Norwegian time, a
//! register's name and "From Folkeregisteret, <date>".

use crate::{
    i18n::{tr, tr_with},
    journey::Journey,
    pages::use_catalog,
};

pub(super) fn journey_of(id: &str) -> Option<Journey> {
    use_catalog().definition(id).cloned()
}

/// `2026-11-22T10:15:00.000Z` (UTC, as stored) as `22.11.2026 11:15`, Norwegian time.
pub fn display_time(iso: &str) -> String {
    crate::journey::date::oslo_time(iso).unwrap_or_else(|| iso.to_string())
}

/// A register's name in the page's language (`register-<register>`).
pub(super) fn register_name(register: &str) -> String {
    tr(&format!("register-{register}"))
}

/// "From Folkeregisteret, 22.11.2026".
pub(super) fn source_text(register: &str, read_at: &str) -> String {
    let date = display_time(read_at).chars().take(10).collect::<String>();
    tr_with(
        "prefill-source",
        &[("register", register_name(register)), ("date", date)],
    )
}

/// A journey's title in the current language (its id when it is no longer offered).
pub(super) fn title_of(id: &str) -> String {
    use_catalog()
        .get(id)
        .map(|m| tr(&m.title_id()))
        .unwrap_or_else(|| id.to_string())
}
