//! The language menu: a disclosure (`<details>`), so it opens and closes from the mouse and
//! the keyboard with no JavaScript at all — a page with nothing else interactive loads no
//! WebAssembly. Each link sets the language cookie and returns to the same page.

use crate::{
    address::encode_query_value,
    i18n::{tr, use_lang, Lang},
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The menu: the current language on its button, every language's link behind it.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let current = use_lang();
    let location = use_location();
    // The router's `search` comes without its `?`.
    let here = match location.search.get_untracked() {
        search if search.is_empty() => location.pathname.get_untracked(),
        search => format!("{}?{search}", location.pathname.get_untracked()),
    };
    let return_to = encode_query_value(&here);
    let links = Lang::ALL
        .into_iter()
        .map(|lang| {
            let href = format!("/language/{}?return={}", lang.code(), return_to);
            view! {
                <li>
                    <a
                        class="ds-link"
                        href=href
                        hreflang=lang.code()
                        lang=lang.code()
                        aria-current=(lang == current).then_some("true")
                    >
                        {lang.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-menu" aria-label=tr("language-menu-label")>
            <details class="language-menu__details">
                <summary class="ds-button" data-variant="tertiary">
                    {format!("{} ({})", tr("language-menu-button"), current.native_name())}
                </summary>
                <ul class="language-menu__list" id="language-options">{links}</ul>
            </details>
        </nav>
    }
}
