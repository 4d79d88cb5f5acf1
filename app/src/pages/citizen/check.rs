//! "Check your answers": every answer on the path, grouped by step with a way back to change
//! it, and the declaration and submit button once nothing is missing.

use super::{model::CheckView, summary::summary_view};
use crate::{auth::CurrentUser, i18n::tr, pages::load::citizen_page};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CheckPage() -> impl IntoView {
    let draft = use_params_map().with_untracked(|p| p.get("draft").unwrap_or_default());
    citizen_page(
        move |citizen, user| async move { citizen.check(&user, &draft).await },
        check_page,
    )
}

fn check_page(data: CheckView, user: CurrentUser) -> impl IntoView {
    let journey = data.journey.clone();
    super::super::show_texts_of(&journey);
    let journey_title = tr(&journey.meta.title_id());
    let last_step = data
        .summary
        .last()
        .map(|s| journey.steps[s.step].id.clone())
        .unwrap_or_default();
    let incomplete = data.incomplete.clone().map(|step| {
        let href = format!("/journey/{}/{step}", data.draft_id);
        view! {
            <div class="ds-alert" data-color="warning">
                <p class="ds-paragraph">{tr("check-incomplete")} " " <a class="ds-link" href=href>{tr("check-incomplete-link")}</a></p>
            </div>
        }
    });
    let preview = data
        .preview
        .clone()
        .map(|name| super::preview_banner(&journey, name));
    // A finished preview can be kept as a saved test case of the draft.
    let keep = (data.incomplete.is_none() && data.preview.is_some())
        .then(|| super::preview_case::case_form(&data.journey_id, &data.draft_id, &user));
    let submit = (data.incomplete.is_none() && data.preview.is_none()).then(|| {
        view! {
            <form method="post" action=format!("/journey/{}/submit", data.draft_id) class="journey-form">
                <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
                <p class="ds-paragraph">{tr("check-declaration")}</p>
                <button class="ds-button" type="submit">{tr("check-submit")}</button>
            </form>
        }
    });
    view! {
        <Title text=format!("{} – {journey_title}", tr("check-title")) />
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link back-link" href=format!("/journey/{}/{last_step}", data.draft_id)>{tr("journey-back")}</a>
        </nav>
        <p class="ds-paragraph step-caption" data-size="sm">{journey_title}</p>
        <h1 class="ds-heading" data-size="lg">{tr("check-title")}</h1>
        {preview}
        {incomplete}
        {summary_view(&journey, &data.summary, Some(&data.draft_id), &data.sources)}
        {submit}
        {keep}
    }
}
