//! The page for an address that leads nowhere, served with status 404.

use crate::i18n::tr;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    super::auth::set_status(http::StatusCode::NOT_FOUND);
    view! {
        <Title text=tr("not-found-title") />
        <h1 class="ds-heading" data-size="lg">{tr("not-found-title")}</h1>
        <p class="ds-paragraph">{tr("not-found-body")}</p>
        <p class="ds-paragraph">
            <a class="ds-link" href="/">{tr("not-found-home")}</a>
        </p>
    }
}
