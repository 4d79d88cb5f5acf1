//! Languages and translations.
//!
//! The language is chosen, in order, by the citizen's explicit choice (a cookie set by the
//! language menu), by the browser's `Accept-Language`, and otherwise Bokmål. Negotiation is pure
//! and compiled everywhere; the Fluent bundles are server-only, because with islands every text is
//! rendered on the server and islands receive already-translated strings as props.

use std::fmt;

/// The name of the cookie that remembers the citizen's language choice.
pub const LANG_COOKIE: &str = "veiviser_lang";

/// A language Veiviser ships. Every message id exists in every one of them (checked by a test).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    #[default]
    Nb,
    Nn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// The BCP 47 code, as used in `<html lang>`, the cookie and the locale folders.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nb => "Bokmål",
            Lang::Nn => "Nynorsk",
            Lang::En => "English",
        }
    }

    /// Parses a language tag such as `nb`, `nb-NO`, `no` or `en-GB`; `None` for anything else.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            // `no` is the macrolanguage; Norwegians who ask for it read Bokmål by default.
            "nb" | "no" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Chooses the language: the cookie if it names a shipped language, else the best match in
/// `Accept-Language` (by q-value, ties in the order given), else Bokmål.
pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Lang {
    if let Some(lang) = cookie.and_then(Lang::from_tag) {
        return lang;
    }
    let Some(header) = accept_language else {
        return Lang::default();
    };
    let mut best: Option<(f32, Lang)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or_default();
        let q = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
            .filter(|q| (0.0..=1.0).contains(q) && *q > 0.0);
        if let (Some(q), Some(lang)) = (q, Lang::from_tag(tag)) {
            if best.is_none_or(|(best_q, _)| q > best_q) {
                best = Some((q, lang));
            }
        }
    }
    best.map(|(_, lang)| lang).unwrap_or_default()
}

/// Reads one cookie's value from a `Cookie` header.
pub fn cookie_value<'a>(cookie_header: &'a str, name: &str) -> Option<&'a str> {
    cookie_header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.trim())
}

#[cfg(feature = "ssr")]
mod bundles;
#[cfg(feature = "ssr")]
pub use bundles::{has_message, missing_journey_messages, provide_lang_from_request, translate};

/// The current request's language (Bokmål outside a request).
pub fn use_lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}

/// Translates a message id into the current request's language.
///
/// Only the server renders text; in the WebAssembly client this is never reached by a page and
/// returns the id, so that page code compiles for both targets without carrying the bundles.
pub fn tr(id: &str) -> String {
    tr_with(id, &[])
}

/// Translates a message id with Fluent arguments.
pub fn tr_with(id: &str, args: &[(&str, String)]) -> String {
    #[cfg(feature = "ssr")]
    {
        let lang = use_lang();
        // A journey version's own texts first (`journey::texts`).
        let own = leptos::prelude::use_context::<crate::journey::texts::JourneyTexts>();
        if let Some(text) = own.as_ref().and_then(|texts| texts.get(lang, id)) {
            return text.to_string();
        }
        translate(lang, id, args)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = args;
        id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cookie_naming_a_shipped_language_wins_over_the_browser() {
        assert_eq!(negotiate(Some("nn"), Some("en-GB,en;q=0.9")), Lang::Nn);
    }

    #[test]
    fn an_unknown_cookie_falls_back_to_the_browser_language() {
        assert_eq!(negotiate(Some("xx"), Some("en-US")), Lang::En);
    }

    #[test]
    fn the_highest_quality_shipped_language_is_chosen() {
        assert_eq!(
            negotiate(None, Some("de;q=1.0, en;q=0.5, nn;q=0.8")),
            Lang::Nn
        );
    }

    #[test]
    fn equal_quality_keeps_the_order_the_browser_gave() {
        assert_eq!(negotiate(None, Some("en, nb")), Lang::En);
    }

    #[test]
    fn norwegian_without_a_written_standard_means_bokmal() {
        assert_eq!(negotiate(None, Some("no-NO")), Lang::Nb);
    }

    #[test]
    fn unknown_or_malformed_languages_fall_back_to_bokmal() {
        assert_eq!(negotiate(None, None), Lang::Nb);
        assert_eq!(negotiate(None, Some("fr-FR, de")), Lang::Nb);
        assert_eq!(negotiate(None, Some("en;q=zero")), Lang::Nb);
        assert_eq!(negotiate(None, Some("en;q=0")), Lang::Nb);
        assert_eq!(negotiate(Some(""), Some(";;,,")), Lang::Nb);
    }

    #[test]
    fn a_cookie_is_found_among_others() {
        let header = "a=1; veiviser_lang=en; b=2";
        assert_eq!(cookie_value(header, LANG_COOKIE), Some("en"));
        assert_eq!(cookie_value("veiviser_language=en", LANG_COOKIE), None);
    }
}

#[cfg(all(test, feature = "ssr"))]
mod completeness_tests;
