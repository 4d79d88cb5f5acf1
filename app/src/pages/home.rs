//! The landing page: the seven life events, each with its agencies, linking to its own page.

use super::use_catalog;
use crate::i18n::tr;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Home() -> impl IntoView {
    let catalog = use_catalog();
    let events = catalog
        .journeys()
        .iter()
        .map(|journey| {
            let heading_id = format!("life-event-{}", journey.id);
            let labelled_by = heading_id.clone();
            let agencies = journey
                .agencies
                .iter()
                .map(|agency| tr(&agency.name_message_id()))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li class="ds-card life-event-card" aria-labelledby=labelled_by>
                    <h2 class="ds-heading" data-size="sm" id=heading_id>
                        <a class="ds-link" href=format!("/life-event/{}", journey.id)>
                            {tr(&journey.title_id())}
                        </a>
                    </h2>
                    <p class="ds-paragraph">{tr(&journey.summary_id())}</p>
                    <p class="ds-paragraph life-event-card__agencies" data-size="sm">
                        {tr("life-event-agencies")} " " {agencies}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text="" />
        <h1 class="ds-heading" data-size="lg">{tr("home-heading")}</h1>
        <p class="ds-paragraph lead" data-size="lg">{tr("home-lead")}</p>
        <ul class="life-event-list" aria-label=tr("home-list-label")>{events}</ul>
    }
}
