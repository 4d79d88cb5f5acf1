//! One life event's page: what it involves, which agencies take part and how long it takes.

use super::{use_catalog, NotFound};
use crate::i18n::tr;
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn LifeEvent() -> impl IntoView {
    let id = use_params_map().with_untracked(|params| params.get("id").unwrap_or_default());
    let Some(journey) = use_catalog().get(&id).cloned() else {
        return Either::Left(view! { <NotFound /> });
    };
    let title = tr(&journey.title_id());
    let agencies = journey
        .agencies
        .iter()
        .map(|agency| view! { <li>{tr(&agency.name_message_id())}</li> })
        .collect_view();
    Either::Right(view! {
        <Title text=title.clone() />
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link" href="/">{tr("life-event-back")}</a>
        </nav>
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        <p class="ds-paragraph lead" data-size="lg">{tr(&journey.summary_id())}</p>
        <p class="ds-paragraph">{tr(&journey.intro_id())}</p>
        <h2 class="ds-heading" data-size="sm">{tr("life-event-agencies-heading")}</h2>
        <ul class="ds-list">{agencies}</ul>
        <h2 class="ds-heading" data-size="sm">{tr("life-event-duration-heading")}</h2>
        <p class="ds-paragraph">{tr(&journey.duration_id())}</p>
        <div class="ds-alert" data-color="info">
            <p class="ds-paragraph">{tr("life-event-coming-soon")}</p>
        </div>
    })
}
