//! The agency's tasks as a party to citizens' submissions, on the inbox: each opens the task's
//! page (`/party/<key>`), where a caseworker answers for the agency; and the note after one was
//! answered or declined (`?party=answered|refused`).

use crate::{
    domain::{PartyCard, PartyState},
    i18n::{tr, tr_with},
    pages::citizen::text::{display_time, title_of},
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

pub(super) fn party_tasks(tasks: &[PartyCard]) -> impl IntoView {
    let done = use_query_map()
        .with_untracked(|q| q.get("party"))
        .and_then(|done| match done.as_str() {
            "answered" => Some(("inbox-party-answered", "success")),
            "refused" => Some(("inbox-party-refused", "success")),
            // A task no longer open: said as information.
            word => PartyState::closed_message(word).map(|id| (id, "info")),
        });
    let note = done.map(|(id, color)| {
        view! { <div class="ds-alert" data-color=color role="status"><p class="ds-paragraph">{tr(id)}</p></div> }
    });
    let list = (!tasks.is_empty()).then(|| {
        let items = tasks
            .iter()
            .map(|card| {
                let args = [("applicant", card.applicant.clone()), ("journey", title_of(&card.journey_id))];
                view! {
                    <li class="ds-card my-page__item">
                        <h3 class="ds-heading" data-size="xs">
                            <a class="ds-link" href=format!("/party/{}", card.key)>{tr_with("inbox-party-task", &args)}</a>
                        </h3>
                        <p class="ds-paragraph" data-size="sm">{card.reference.clone()} " · " {tr_with("party-deadline", &[("time", display_time(&card.deadline))])}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="inbox-party-tasks">
                <h2 class="ds-heading" data-size="md" id="inbox-party-tasks">{tr("inbox-party-tasks")}</h2>
                <ul class="my-page__list">{items}</ul>
            </section>
        }
    });
    view! { {note} {list} }
}
