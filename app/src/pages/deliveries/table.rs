//! The table of an agency's calls: not delivered (state, attempts, the last error as plain text,
//! when queued, the next attempt or when it was given up, its retries, and a "Retry" form for a
//! dead call when the person may) or sent (when, the case number, the agency's latest status,
//! what was sent).

use super::model::{CallFilter, CallRow, DeliveriesView, RetryEntry};
use crate::{
    auth::CurrentUser,
    domain::DeliveryState,
    i18n::{tr, tr_with},
    pages::{citizen::display_time, use_catalog},
};
use leptos::prelude::*;

/// "Life event · service", by name (by id when the journey no longer has them).
fn journey_and_service(call: &CallRow) -> String {
    let catalog = use_catalog();
    let journey = catalog
        .get(&call.journey_id)
        .map(|meta| tr(&meta.title_id()))
        .unwrap_or_else(|| call.journey_id.clone());
    let service = match catalog.definition(&call.journey_id) {
        Some(definition) if definition.services.iter().any(|s| s.id == call.service) => {
            tr(&definition.service_name_id(&call.service))
        }
        _ => call.service.clone(),
    };
    format!("{journey} · {service}")
}

fn state(call: &CallRow) -> String {
    tr(match call.state {
        DeliveryState::Dead => "deliveries-state-dead",
        DeliveryState::Delivered => "deliveries-state-delivered",
        DeliveryState::Pending if call.waiting() => "deliveries-state-waiting",
        DeliveryState::Pending => "deliveries-state-retrying",
    })
}

/// Each retry: when, and by whom.
fn retries(entries: &[RetryEntry]) -> impl IntoView {
    if entries.is_empty() {
        return tr("deliveries-no-retries").into_any();
    }
    let items = entries
        .iter()
        .map(|entry| {
            let who = entry
                .who
                .clone()
                .unwrap_or_else(|| tr("deliveries-retried-by-operator"));
            view! { <li>{display_time(&entry.at)} " · " {who}</li> }
        })
        .collect_view();
    view! { <ul class="ds-list">{items}</ul> }.into_any()
}

/// The "Retry" form of a dead call, named by its reference for screen readers.
fn retry_form(call: &CallRow, user: &CurrentUser, post: &str) -> impl IntoView {
    view! {
        <form method="post" action=post.to_string()>
            <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
            <input type="hidden" name="action" value=format!("retry:{}", call.id) />
            <button class="ds-button" data-variant="secondary" data-size="sm" type="submit">
                {tr("deliveries-retry")}
                <span class="visually-hidden">" " {call.reference.clone()}</span>
            </button>
        </form>
    }
}

fn undelivered_row(
    call: &CallRow,
    user: &CurrentUser,
    post: &str,
    can_retry: bool,
) -> impl IntoView {
    let next = match (call.state, &call.dead_at, &call.next_attempt_at) {
        _ if call.held => tr("deliveries-held"),
        (DeliveryState::Dead, Some(at), _) => {
            tr_with("deliveries-given-up-at", &[("time", display_time(at))])
        }
        (DeliveryState::Dead, None, _) => tr("deliveries-state-dead"),
        (_, _, Some(at)) => display_time(at),
        _ => String::new(),
    };
    let error = call.last_error.clone().unwrap_or_default();
    let action = can_retry.then(|| {
        let form = (call.state == DeliveryState::Dead).then(|| retry_form(call, user, post));
        view! { <td>{form}</td> }
    });
    view! {
        <tr>
            <th scope="row">{call.reference.clone()}</th>
            <td>{journey_and_service(call)}</td>
            <td>{state(call)}</td>
            <td>{call.attempts.to_string()}</td>
            <td>{error}</td>
            <td>{display_time(&call.queued_at)}</td>
            <td>{next}</td>
            <td>{retries(&call.retries)}</td>
            {action}
        </tr>
    }
}

fn sent_row(call: &CallRow) -> impl IntoView {
    let latest = match &call.latest {
        Some((status, at)) => format!(
            "{} ({})",
            tr(&format!("case-status-{}", status.as_str())),
            display_time(at)
        ),
        None => tr("deliveries-no-status"),
    };
    let fields = call
        .sent
        .iter()
        .map(|(name, value)| view! { <div class="summary__row"><dt>{name.clone()}</dt><dd>{value.clone()}</dd></div> })
        .collect_view();
    view! {
        <tr>
            <th scope="row">{call.reference.clone()}</th>
            <td>{journey_and_service(call)}</td>
            <td>{call.delivered_at.as_ref().map(display_time).unwrap_or_default()}</td>
            <td>{call.case_number.clone().unwrap_or_default()}</td>
            <td>{latest}</td>
            <td>
                <details>
                    <summary>{tr("deliveries-show-payload")}</summary>
                    <dl class="summary__list">{fields}</dl>
                </details>
            </td>
            <td>{retries(&call.retries)}</td>
        </tr>
    }
}

pub(super) fn calls_table(view: &DeliveriesView, user: &CurrentUser, post: &str) -> impl IntoView {
    let agency = tr(&view.agency.name_in_text_message_id());
    if view.calls.is_empty() {
        let empty = match view.filter {
            CallFilter::Undelivered => "deliveries-empty",
            CallFilter::Sent => "deliveries-sent-empty",
        };
        return view! { <p class="ds-paragraph">{tr_with(empty, &[("agency", agency)])}</p> }
            .into_any();
    }
    let (caption, columns): (&str, &[&str]) = match view.filter {
        CallFilter::Undelivered => (
            "deliveries-caption",
            &[
                "deliveries-column-reference",
                "deliveries-column-service",
                "deliveries-column-state",
                "deliveries-column-attempts",
                "deliveries-column-error",
                "deliveries-column-queued",
                "deliveries-column-next",
                "deliveries-column-retries",
            ],
        ),
        CallFilter::Sent => (
            "deliveries-sent-caption",
            &[
                "deliveries-column-reference",
                "deliveries-column-service",
                "deliveries-column-delivered",
                "deliveries-column-case-number",
                "deliveries-column-status",
                "deliveries-column-payload",
                "deliveries-column-retries",
            ],
        ),
    };
    let can_retry = view.can_retry && view.filter == CallFilter::Undelivered;
    let action = can_retry.then(|| view! { <th scope="col">{tr("deliveries-column-action")}</th> });
    let headers = columns
        .iter()
        .map(|id| view! { <th scope="col">{tr(id)}</th> })
        .collect_view();
    let rows = match view.filter {
        CallFilter::Undelivered => view
            .calls
            .iter()
            .map(|call| undelivered_row(call, user, post, can_retry).into_any())
            .collect_view(),
        CallFilter::Sent => view
            .calls
            .iter()
            .map(|call| sent_row(call).into_any())
            .collect_view(),
    };
    view! {
        <div class="table-scroll" role="region" aria-labelledby="deliveries-caption" tabindex="0">
            <table class="ds-table inbox-table" data-size="sm">
                <caption id="deliveries-caption">{tr_with(caption, &[("agency", agency)])}</caption>
                <thead><tr>{headers}{action}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
