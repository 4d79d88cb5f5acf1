//! The receipt: the reference to quote, which agencies take part, the live timeline of every
//! agency's status, and the answers as they were submitted.

use super::{
    model::{Outcome, ReceiptView},
    summary::summary_view,
    text::{display_time, journey_of},
    timeline::{agencies_of, live_timeline},
};
use crate::{
    auth::CurrentUser,
    i18n::{tr, tr_with},
    journey::Sources,
    pages::{load::citizen_page, NotFound},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ReceiptPage() -> impl IntoView {
    let reference = use_params_map().with_untracked(|p| p.get("reference").unwrap_or_default());
    citizen_page(
        move |citizen, user| async move { citizen.receipt(&user, &reference).await.map(Outcome::Page) },
        receipt_page,
    )
}

fn receipt_page(data: ReceiptView, _: CurrentUser) -> impl IntoView {
    let Some(journey) = journey_of(&data.journey_id) else {
        return Either::Left(view! { <NotFound /> });
    };
    let journey_title = tr(&journey.meta.title_id());
    // The agencies this submission's calls go to, not every agency the journey can involve.
    let agencies = agencies_of(&journey, &data.calls)
        .iter()
        .map(|a| tr(&a.name_message_id()))
        .collect::<Vec<_>>()
        .join(", ");
    let agencies = if agencies.is_empty() {
        tr("receipt-no-agencies")
    } else {
        tr_with("receipt-agencies", &[("agencies", agencies)])
    };
    Either::Right(view! {
        <Title text=format!("{} {} – {journey_title}", tr("receipt-title"), data.reference) />
        <div class="ds-alert receipt-panel" data-color="success">
            <h1 class="ds-heading" data-size="lg">{tr("receipt-title")}</h1>
            <p class="ds-paragraph">{tr("receipt-reference")} " " <strong class="receipt-reference">{data.reference.clone()}</strong></p>
        </div>
        <p class="ds-paragraph">{tr_with("receipt-body", &[("journey", journey_title.clone()), ("time", display_time(&data.submitted_at))])}</p>
        <p class="ds-paragraph">{agencies}</p>
        <h2 class="ds-heading" data-size="md">{tr("timeline-heading")}</h2>
        {live_timeline(&data.reference, Some(&journey), &data.calls)}
        <p class="ds-paragraph no-print"><a class="ds-link" href="/my-page">{tr("receipt-my-page")}</a> " · " {tr("receipt-print")}</p>
        <h2 class="ds-heading" data-size="md">{tr("receipt-answers")}</h2>
        {summary_view(&journey, &data.summary, None, &Sources::default())}
    })
}
