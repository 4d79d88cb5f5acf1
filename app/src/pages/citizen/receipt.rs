//! The receipt: the reference to quote, which agencies take part, the live timeline of every
//! agency's status, and the answers as they were submitted.

use super::{
    model::{Outcome, ReceiptView},
    party::party_statuses,
    summary::summary_view,
    text::display_time,
    timeline::{agencies_of, live_timeline},
};
use crate::{
    auth::CurrentUser,
    i18n::{tr, tr_with},
    journey::Sources,
    pages::{auth::set_status, caseworker::messages::message_list, load::citizen_page},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ReceiptPage() -> impl IntoView {
    let reference = use_params_map().with_untracked(|p| p.get("reference").unwrap_or_default());
    let reply = use_context::<MessageReply>();
    citizen_page(
        move |citizen, user| async move { citizen.receipt(&user, &reference).await.map(Outcome::Page) },
        move |data, user| receipt_page(data, user, reply),
    )
}

/// A message to an agency that must be shown again (refused), with what was typed.
#[derive(Clone, Debug)]
pub struct MessageReply {
    pub case: String,
    pub typed: String,
}

/// The messages with each agency that handles the submission's case in Veiviser, each with a
/// form to write to it.
fn threads(data: &ReceiptView, user: &CurrentUser, reply: Option<&MessageReply>) -> impl IntoView {
    (!data.threads.is_empty()).then(|| {
        let items = data
            .threads
            .iter()
            .map(|thread| {
                let agency = tr(&thread.agency.name_in_text_message_id());
                let refused = reply.filter(|r| r.case == thread.case_id);
                let error = refused.map(|_| tr("text-refused-body"));
                let typed = refused.map(|r| r.typed.clone()).unwrap_or_default();
                let input = format!("write-{}", thread.case_id);
                let error_id = format!("{input}-error");
                let invalid = error.as_ref().map(|_| "true");
                let heading = format!("{input}-heading");
                let labelled_by = heading.clone();
                let label_for = input.clone();
                view! {
                    <section class="receipt-thread" aria-labelledby=labelled_by>
                        <h3 class="ds-heading" data-size="xs" id=heading>{tr_with("messages-with", &[("agency", agency.clone())])}</h3>
                        {message_list(&thread.messages, true)}
                        <form method="post" action=format!("/receipt/{}/messages", data.reference) class="case-action">
                            <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
                            <input type="hidden" name="case" value=thread.case_id.clone() />
                            <div class="ds-field">
                                <label class="ds-label" for=label_for>{tr_with("messages-write-agency", &[("agency", agency)])}</label>
                                <div class="ds-validation-message" data-field="validation" id=error_id.clone() hidden=error.is_none()>{error.clone()}</div>
                                <textarea class="ds-input" id=input name="text" rows="3" aria-invalid=invalid aria-describedby=error_id autofocus=error.is_some()>{typed}</textarea>
                            </div>
                            <button class="ds-button" data-variant="secondary" type="submit">{tr("messages-send")}</button>
                        </form>
                    </section>
                }
            })
            .collect_view();
        view! {
            <h2 class="ds-heading" data-size="md" id="messages">{tr("messages-heading")}</h2>
            {items}
        }
    })
}

fn receipt_page(
    data: ReceiptView,
    user: CurrentUser,
    reply: Option<MessageReply>,
) -> impl IntoView {
    if reply.is_some() {
        set_status(http::StatusCode::UNPROCESSABLE_ENTITY);
    }
    let journey = data.journey.clone();
    super::super::show_texts_of(&journey);
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
    view! {
        <Title text=format!("{} {} – {journey_title}", tr("receipt-title"), data.reference) />
        <div class="ds-alert receipt-panel" data-color="success">
            <h1 class="ds-heading" data-size="lg">{tr("receipt-title")}</h1>
            <p class="ds-paragraph">{tr("receipt-reference")} " " <strong class="receipt-reference">{data.reference.clone()}</strong></p>
        </div>
        <p class="ds-paragraph">{tr_with("receipt-body", &[("journey", journey_title.clone()), ("time", display_time(&data.submitted_at))])}</p>
        <p class="ds-paragraph">{agencies}</p>
        <h2 class="ds-heading" data-size="md">{tr("timeline-heading")}</h2>
        {party_statuses(&data.parties)}
        {live_timeline(&data.reference, Some(&journey), &data.calls)}
        <p class="ds-paragraph no-print"><a class="ds-link" href="/my-page">{tr("receipt-my-page")}</a> " · " {tr("receipt-print")}</p>
        {threads(&data, &user, reply.as_ref())}
        <h2 class="ds-heading" data-size="md">{tr("receipt-answers")}</h2>
        {summary_view(&journey, &data.summary, None, &Sources::default())}
    }
}
