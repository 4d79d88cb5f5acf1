//! The Fluent bundles, compiled into the server binary from `locales/<lang>/**/*.ftl`.

use super::{cookie_value, negotiate, Lang, LANG_COOKIE};
use fluent_templates::{fluent_bundle::FluentValue, static_loader, LanguageIdentifier};
use std::{borrow::Cow, collections::HashMap};

static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "nb",
        // Unicode isolation marks around placeables confuse screen readers and tests alike.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Each language's identifier, parsed once (a page looks up dozens of messages).
fn identifier(lang: Lang) -> &'static LanguageIdentifier {
    static IDENTIFIERS: std::sync::LazyLock<Vec<(Lang, LanguageIdentifier)>> =
        std::sync::LazyLock::new(|| {
            // The codes are fixed, valid BCP 47 tags; parsing them cannot fail.
            Lang::ALL
                .into_iter()
                .map(|lang| (lang, lang.code().parse().unwrap_or_default()))
                .collect()
        });
    IDENTIFIERS
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, identifier)| identifier)
        .unwrap_or(&IDENTIFIERS[0].1)
}

/// Translates `id` into `lang`. A missing message is logged and shown as its id, so a gap is
/// visible in the page and in the logs rather than silently in another language.
///
/// Arguments are text, except one named `count`: a number, so that a message can choose its
/// plural form by it (`[one] 1 ulest melding *[other] …`). Every other argument stays text as
/// given (an identity number keeps its leading zero).
pub fn translate(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    if args.is_empty() {
        return lookup(lang, id, None);
    }
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| {
            let value = match *k {
                "count" => FluentValue::try_number(v.as_str()).into_owned(),
                _ => FluentValue::from(v.clone()),
            };
            (Cow::Owned((*k).to_string()), value)
        })
        .collect();
    lookup(lang, id, Some(&args))
}

fn lookup(lang: Lang, id: &str, args: Option<&HashMap<Cow<'static, str>, FluentValue>>) -> String {
    match LOCALES.lookup_single_language(identifier(lang), id, args) {
        Ok(text) => text,
        Err(err) => {
            tracing::warn!(lang = %lang, message_id = id, error = %err, "missing translation");
            id.to_string()
        }
    }
}

/// Whether `id` exists in `lang` (no fallback to another language).
pub fn has_message(lang: Lang, id: &str) -> bool {
    // A message with placeables fails to *format* without arguments; it still exists. The
    // crate does not export its error type, so the variant is told by its debug name.
    match LOCALES.lookup_single_language::<&str>(identifier(lang), id, None) {
        Ok(_) => true,
        Err(error) => format!("{error:?}").starts_with("FluentError"),
    }
}

/// Every message a catalogue's journeys need that some language lacks, one line each, with the
/// file, line and column of what needs it.
pub fn missing_journey_messages(catalog: &crate::journey::Catalog) -> Vec<String> {
    let mut missing = Vec::new();
    for journey in catalog.definitions() {
        let meta_ids = journey.meta.message_ids().into_iter().map(|id| (id, 0, 0));
        let step_ids = journey.messages.iter().cloned();
        for (id, line, column) in meta_ids.chain(step_ids) {
            for lang in Lang::ALL.into_iter().filter(|lang| {
                !crate::journey::texts::defines(&journey.texts, *lang, &id)
                    && !has_message(*lang, &id)
            }) {
                let place = if line == 0 {
                    journey.file.clone()
                } else {
                    format!("{}:{line}:{column}", journey.file)
                };
                missing.push(format!(
                    "{place}: message `{id}` is missing in [texts.{lang}] or \
                     locales/{lang}/journeys/{}.ftl",
                    journey.meta.id
                ));
            }
        }
    }
    missing
}

/// Chooses the request's language from its headers and provides it as context, for `tr` and for
/// `<html lang>`. Call once per request, before anything renders text.
pub fn provide_lang_from_request() -> Lang {
    use leptos::prelude::{provide_context, use_context};
    let parts = use_context::<http::request::Parts>();
    let header = |name: http::HeaderName| {
        parts
            .as_ref()
            .and_then(|p| p.headers.get(name))
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let cookies = header(http::header::COOKIE);
    let cookie = cookies
        .as_deref()
        .and_then(|c| cookie_value(c, LANG_COOKIE));
    let lang = negotiate(cookie, header(http::header::ACCEPT_LANGUAGE).as_deref());
    provide_context(lang);
    lang
}
