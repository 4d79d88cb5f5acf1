//! The language menu. Without JavaScript it is a plain list of links, each of which sets the
//! language cookie and returns to the same page. When the island hydrates, the list collapses
//! behind a disclosure button (WAI-ARIA disclosure pattern) that Escape closes again.

use crate::{
    address::encode_query_value,
    i18n::{tr, use_lang, Lang},
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The server-rendered part: the links. The island only adds the disclosure behaviour.
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
            <LanguageMenu label=format!("{} ({})", tr("language-menu-button"), current.native_name())>
                <ul class="language-menu__list">{links}</ul>
            </LanguageMenu>
        </nav>
    }
}

/// The island. `data-hydrated` appears once the WebAssembly has taken over, which is also how the
/// end-to-end tests prove that hydration happened.
#[island]
pub fn LanguageMenu(label: String, children: Children) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    let open = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| hydrated.set(true));
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(button) = button.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    view! {
        <div
            class="language-menu__island"
            data-hydrated=move || hydrated.get().then_some("true")
            on:keydown=close_on_escape
        >
            <button
                type="button"
                class="ds-button"
                data-variant="tertiary"
                node_ref=button
                hidden=move || !hydrated.get()
                aria-expanded=move || open.get().to_string()
                aria-controls="language-options"
                on:click=move |_| open.update(|open| *open = !*open)
            >
                {label}
            </button>
            <div id="language-options" hidden=move || hydrated.get() && !open.get()>
                {children()}
            </div>
        </div>
    }
}
