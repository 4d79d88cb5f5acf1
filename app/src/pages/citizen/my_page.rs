//! *My page*: journeys offered because of a register event, the citizen's open drafts, their submissions with each one's live timeline, and
//! the register access logs (what was read for them, and about them for someone else).

use super::{
    drafts::draft_card,
    model::{MyPageView, Outcome},
    offers::offers,
    party::{party_statuses, party_tasks},
    register_log::{case_reads_log, own_reads_log, reads_log},
    task::tasks,
    text::{display_time, journey_of, title_of},
    timeline::live_timeline,
};
use crate::{
    auth::CurrentUser,
    domain::PartyState,
    i18n::{tr, tr_with},
    pages::load::citizen_page,
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn MyPage() -> impl IntoView {
    // Notices after a redirect here: "saved for later", "deleted", "dismissed".
    let (saved, deleted, answered, dismissed, party) = use_query_map().with_untracked(|q| {
        (
            q.get("saved").is_some(),
            q.get("deleted").is_some(),
            q.get("answered").is_some(),
            q.get("dismissed").is_some(),
            q.get("party").filter(|p| {
                p == "answered" || p == "refused" || PartyState::closed_message(p).is_some()
            }),
        )
    });
    citizen_page(
        move |citizen, user| async move {
            let mut data = citizen.my_page(&user).await?;
            data.saved = saved;
            data.deleted = deleted;
            data.answered = answered;
            data.dismissed = dismissed;
            data.party_done = party;
            Ok(Outcome::Page(data))
        },
        my_page,
    )
}

fn my_page(data: MyPageView, user: CurrentUser) -> impl IntoView {
    let drafts = data.drafts.iter().map(draft_card).collect_view();
    let submissions = data
        .submissions
        .iter()
        .map(|card| {
            let (reference, journey) = (&card.reference, &card.journey_id);
            view! {
                <li class="ds-card my-page__item">
                    <h3 class="ds-heading" data-size="xs"><a class="ds-link" href=format!("/receipt/{reference}")>{title_of(journey)}</a></h3>
                    <p class="ds-paragraph" data-size="sm">{reference.clone()} " · " {tr_with("my-page-submitted-at", &[("time", display_time(&card.submitted_at))])}</p>
                    {party_statuses(&card.parties)}
                    {live_timeline(reference, journey_of(journey).as_deref(), &card.calls)}
                </li>
            }
        })
        .collect_view();
    let saved = data.saved.then(|| {
        view! { <div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{tr("my-page-saved")}</p></div> }
    });
    let answered = data.answered.then(|| {
        view! { <div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{tr("my-page-task-answered")}</p></div> }
    });
    let deleted = data.deleted.then(|| {
        view! { <div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{tr("my-page-deleted")}</p></div> }
    });
    let dismissed = data.dismissed.then(|| {
        view! { <div class="ds-alert" data-color="info" role="status"><p class="ds-paragraph">{tr("my-page-offer-dismissed")}</p></div> }
    });
    let party_done = data.party_done.as_deref().map(|done| {
        // A task no longer open is said as information; one just done, as a success.
        let (id, color) = match (done, PartyState::closed_message(done)) {
            (_, Some(closed)) => (closed, "info"),
            ("refused", None) => ("my-page-party-refused", "success"),
            _ => ("my-page-party-answered", "success"),
        };
        view! { <div class="ds-alert" data-color=color role="status"><p class="ds-paragraph">{tr(id)}</p></div> }
    });
    view! {
        <Title text=tr("my-page-title") />
        <h1 class="ds-heading" data-size="lg">{tr("my-page-title")}</h1>
        {saved}
        {deleted}
        {answered}
        {dismissed}
        {party_done}
        {party_tasks(&data.party_tasks)}
        {offers(&data.offers, &user)}
        {tasks(&data.tasks)}
        <h2 class="ds-heading" data-size="md">{tr("my-page-drafts")}</h2>
        {if data.drafts.is_empty() {
            Either::Left(view! { <p class="ds-paragraph">{tr("my-page-no-drafts")}</p> })
        } else {
            Either::Right(view! { <ul class="my-page__list">{drafts}</ul> })
        }}
        <h2 class="ds-heading" data-size="md">{tr("my-page-submissions")}</h2>
        {if data.submissions.is_empty() {
            Either::Left(view! { <p class="ds-paragraph">{tr("my-page-no-submissions")}</p> })
        } else {
            Either::Right(view! { <ul class="my-page__list">{submissions}</ul> })
        }}
        {own_reads_log(&data.reads)}
        {reads_log("reads-about", "my-page-reads-about", "my-page-no-reads-about", &data.reads_about)}
        {case_reads_log(&data.case_reads)}
    }
}
