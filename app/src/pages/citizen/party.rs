//! `/party/<key>`: a party's task on someone else's submission — what the journey shows them of
//! it (and nothing else), then their own questions and "Send", or "I consent"; and a separate
//! form to refuse. Plain forms that work without JavaScript; refused answers come back with the
//! error summary and what was typed. Also the tasks on *My page* and each party's standing on
//! the applicant's receipt.

use super::{
    fields::{field_view, ErrorSummary, FieldContext},
    model::PartyTaskView,
    summary::shown_text,
    text::{display_time, title_of},
};
use crate::{
    auth::CurrentUser,
    domain::{PartyCard, PartyState, PartyStatus},
    i18n::{tr, tr_with},
    journey::{model::PartyTask, Sources},
    pages::{auth::set_status, load::citizen_page},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// An answer that must be shown again (refused): the server renders the task with it.
#[derive(Clone, Debug)]
pub struct PartyReply(pub PartyTaskView);

#[component]
pub fn PartyPage() -> impl IntoView {
    let key = use_params_map().with_untracked(|p| p.get("key").unwrap_or_default());
    let reply = use_context::<PartyReply>();
    citizen_page(
        move |citizen, user| async move {
            if let Some(PartyReply(view)) = reply {
                return Ok(super::model::Outcome::Page(view));
            }
            citizen.party_task(&user, &key).await
        },
        party_page,
    )
}

fn party_page(task: PartyTaskView, user: CurrentUser) -> impl IntoView {
    let journey = task.journey.clone();
    super::super::show_texts_of(&journey);
    if !task.errors.is_empty() {
        set_status(http::StatusCode::UNPROCESSABLE_ENTITY);
    }
    let definition = journey.party(&task.party);
    let role = definition
        .map(|p| tr(&journey.party_name_id(p)))
        .unwrap_or_default();
    // An organisation's caseworker answers for it, and comes from (and goes back to) the inbox.
    let organisation = definition.and_then(|p| p.organisation);
    let blocking = definition.is_none_or(|p| p.blocking);
    let journey_title = title_of(&journey.meta.id.to_string());
    let mut args = vec![
        ("applicant", task.applicant.clone()),
        ("journey", journey_title.clone()),
        ("role", role),
    ];
    let heading_id = match organisation {
        Some(agency) => {
            args.push(("organisation", tr(&agency.name_message_id())));
            "party-heading-organisation"
        }
        None => "party-heading",
    };
    let heading = tr_with(heading_id, &args);
    let back = if organisation.is_some() {
        "/caseworker"
    } else {
        "/my-page"
    };
    let refuse_means = if blocking {
        "party-refuse-means"
    } else {
        "party-refuse-not-blocking"
    };
    let shown = task
        .shown
        .iter()
        .map(|row| view! { <div><dt>{tr(&row.label_id)}</dt><dd>{shown_text(&row.value)}</dd></div> })
        .collect_view();
    let sources = Sources::default();
    let none: Vec<String> = Vec::new();
    let ctx = FieldContext {
        journey: &journey,
        errors: &task.errors,
        hidden: &none,
        sources: &sources,
        answers: &task.answers,
    };
    let fields = task
        .fields
        .iter()
        .filter_map(|id| journey.any_field(id))
        .map(|field| field_view(&ctx, field, field.id.clone(), task.answers.get(&field.id)))
        .collect_view();
    let summary = (!task.errors.is_empty())
        .then(|| view! { <ErrorSummary journey=journey.clone() errors=task.errors.clone() /> });
    let (send, refuse) = match (task.task, organisation) {
        (PartyTask::Answer, Some(_)) => ("party-send", "party-refuse-organisation"),
        (PartyTask::Answer, None) => ("party-send", "party-refuse-answer"),
        (PartyTask::Consent, _) => ("party-consent", "party-refuse-consent"),
    };
    let action = format!("/party/{}", task.key);
    view! {
        <Title text=heading.clone() />
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link back-link" href=back>{tr("journey-back")}</a>
        </nav>
        {summary}
        <p class="ds-paragraph step-caption" data-size="sm">{journey_title} " · " {task.reference.clone()}</p>
        <h1 class="ds-heading" data-size="lg">{heading}</h1>
        <p class="ds-paragraph">{tr_with("party-deadline", &[("time", display_time(&task.deadline))])}</p>
        <section aria-labelledby="party-shown">
            <h2 class="ds-heading" data-size="sm" id="party-shown">{tr("party-shown")}</h2>
            <dl class="summary-list">{shown}</dl>
        </section>
        <form method="post" action=action.clone() novalidate class="journey-form">
            <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
            <input type="hidden" name="decision" value="answer" />
            {fields}
            <div class="journey-form__buttons">
                <button class="ds-button" type="submit">{tr(send)}</button>
            </div>
        </form>
        <form method="post" action=action class="journey-form">
            <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
            <input type="hidden" name="decision" value="refuse" />
            <p class="ds-paragraph" data-size="sm">{tr(refuse_means)}</p>
            <div class="journey-form__buttons">
                <button class="ds-button" data-variant="secondary" type="submit">{tr(refuse)}</button>
            </div>
        </form>
    }
}

/// The tasks others' submissions give the person, first on *My page*, and those stopped under
/// them lately.
pub(super) fn party_tasks(cards: &[PartyCard]) -> impl IntoView {
    let (open, stopped): (Vec<&PartyCard>, Vec<&PartyCard>) =
        cards.iter().partition(|c| c.state == PartyState::Waiting);
    let stopped = (!stopped.is_empty()).then(|| {
        let items = stopped
            .iter()
            .map(|card| {
                let id = if card.state == PartyState::Expired { "party-card-expired" } else { "party-card-stopped" };
                let args = [("applicant", card.applicant.clone()), ("journey", title_of(&card.journey_id))];
                view! { <li class="ds-card my-page__item"><p class="ds-paragraph">{tr_with(id, &args)}</p><p class="ds-paragraph" data-size="sm">{card.reference.clone()}</p></li> }
            })
            .collect_view();
        view! { <ul class="my-page__list" aria-label=tr("my-page-party-stopped")>{items}</ul> }
    });
    let open = (!open.is_empty()).then(|| {
        let items = open
            .iter()
            .map(|card| {
                let journey = title_of(&card.journey_id);
                view! {
                    <li class="ds-card my-page__item">
                        <h3 class="ds-heading" data-size="xs">
                            <a class="ds-link" href=format!("/party/{}", card.key)>{tr_with("party-card", &[("applicant", card.applicant.clone()), ("journey", journey)])}</a>
                        </h3>
                        <p class="ds-paragraph" data-size="sm">{card.reference.clone()} " · " {tr_with("party-deadline", &[("time", display_time(&card.deadline))])}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="my-page__list">{items}</ul> }
    });
    (!cards.is_empty()).then(|| {
        view! {
            <section aria-labelledby="party-tasks">
                <h2 class="ds-heading" data-size="md" id="party-tasks">{tr("my-page-party-tasks")}</h2>
                {open}
                {stopped}
            </section>
        }
    })
}

/// Each party's standing on a submission: who has answered, who is awaited, who stopped it.
pub(super) fn party_statuses(parties: &[PartyStatus]) -> impl IntoView {
    (!parties.is_empty()).then(|| {
        // Only a blocking party's refusal or silence stops the submission, or holds it.
        let stopped = parties
            .iter()
            .any(|p| p.blocking && matches!(p.state, PartyState::Refused | PartyState::Expired));
        let note = if stopped {
            view! { <div class="ds-alert" data-color="danger"><p class="ds-paragraph">{tr("party-submission-stopped")}</p></div> }.into_any()
        } else if parties.iter().any(|p| p.blocking && p.state == PartyState::Waiting) {
            view! { <p class="ds-paragraph">{tr("party-submission-waits")}</p> }.into_any()
        } else {
            ().into_any()
        };
        let items = parties
            .iter()
            .map(|p| {
                let (id, name) = match p.organisation {
                    // An organisation's answer goes on by itself: it says what that means.
                    Some(agency) => (format!("{}-organisation", p.state.message_id()), tr(&agency.name_message_id())),
                    None => (p.state.message_id().to_string(), p.name.clone()),
                };
                view! { <li>{tr_with(&id, &[("name", name), ("time", display_time(&p.deadline))])}</li> }
            })
            .collect_view();
        view! {
            <div class="parties">
                {note}
                <ul class="ds-list">{items}</ul>
            </div>
        }
    })
}
