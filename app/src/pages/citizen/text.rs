//! Small texts the citizen's pages share: a journey and its title, a time in Norwegian time, a
//! register's name and "From Folkeregisteret, <date>".

use crate::{
    domain::Instant,
    i18n::{tr, tr_with},
    journey::Journey,
    pages::use_catalog,
};

pub(super) fn journey_of(id: &str) -> Option<std::sync::Arc<Journey>> {
    use_catalog().definition(id).cloned()
}

/// An instant as `22.11.2026 11:15`, Norwegian time.
pub fn display_time(at: &Instant) -> String {
    at.oslo_display()
}

/// A register's name in the page's language (`register-<register>`).
pub(super) fn register_name(register: &str) -> String {
    tr(&format!("register-{register}"))
}

/// "From Folkeregisteret, 22.11.2026".
pub(super) fn source_text(register: &str, read_at: &Instant) -> String {
    let date = read_at.oslo_day();
    tr_with(
        "prefill-source",
        &[("register", register_name(register)), ("date", date)],
    )
}

/// A journey's title in the current language (its id when it is no longer offered).
pub(crate) fn title_of(id: &str) -> String {
    use_catalog()
        .get(id)
        .map(|m| tr(&m.title_id()))
        .unwrap_or_else(|| id.to_string())
}
