//! The frame of every page: skip link, header with the service name and the language menu,
//! the main landmark, and the footer.

use super::LanguageSwitcher;
use crate::i18n::tr;
use leptos::prelude::*;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a class="ds-skip-link" href="#main">{tr("skip-to-content")}</a>
        <header class="site-header">
            <div class="site-width site-header__inner">
                <a class="site-header__name" href="/">{tr("service-name")}</a>
                <LanguageSwitcher />
            </div>
        </header>
        <main id="main" class="site-width site-main" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <div class="site-width">
                <p class="ds-paragraph" data-size="sm">{tr("footer-about")}</p>
            </div>
        </footer>
    }
}
