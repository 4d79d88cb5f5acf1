//! The page for an address that leads nowhere, served with status 404.

use super::auth::Notice;
use crate::i18n::tr;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <Notice status=404 title=tr("not-found-title") body=tr("not-found-body") /> }
}
