//! The inbox's list: one row per case, a header on every column that sorts by it (and the other
//! way when it already does), and the deadline as working days left.

use super::{
    inbox::inbox_href,
    model::{CaseRow, InboxQuery, InboxView, SortKey},
};
use crate::{
    i18n::{tr, tr_with},
    pages::{citizen::display_time, use_catalog},
};
use leptos::prelude::*;

/// "3 working days left", "due today", "2 working days overdue".
pub(super) fn days_left(row_due: crate::journey::Date, days: i64) -> String {
    let date = row_due.display();
    match days {
        0 => tr_with("case-due-today", &[("date", date)]),
        d if d > 0 => tr_with("case-days-left", &[("days", d.to_string()), ("date", date)]),
        d => tr_with(
            "case-overdue",
            &[("days", (-d).to_string()), ("date", date)],
        ),
    }
}

/// A journey's service by name, or its id when the journey no longer has it.
pub(super) fn service_name(journey_id: &str, service: &str) -> String {
    match use_catalog().definition(journey_id) {
        Some(journey) if journey.services.iter().any(|s| s.id == service) => {
            tr(&journey.service_name_id(service))
        }
        _ => service.to_string(),
    }
}

/// A journey's title, or its id when it is no longer offered.
pub(super) fn journey_title(id: &str) -> String {
    use_catalog()
        .get(id)
        .map(|meta| tr(&meta.title_id()))
        .unwrap_or_else(|| id.to_string())
}

fn header(query: &InboxQuery, key: SortKey) -> impl IntoView {
    let sorted = query.sort == key;
    let descending = sorted && !query.descending;
    let href = inbox_href(&InboxQuery {
        sort: key,
        descending,
        after: None,
        ..query.clone()
    });
    let aria_sort = sorted.then_some(if query.descending {
        "descending"
    } else {
        "ascending"
    });
    let label = tr(&format!("inbox-column-{}", key.as_str()));
    let hint = tr(if descending {
        "inbox-sort-descending"
    } else {
        "inbox-sort-ascending"
    });
    view! {
        <th scope="col" aria-sort=aria_sort>
            <a class="ds-link" href=href>{label}<span class="visually-hidden">" " {hint}</span></a>
        </th>
    }
}

fn row(case: &CaseRow) -> impl IntoView {
    let status = tr(&format!("case-status-{}", case.status.as_str()));
    let overdue = (case.days_left < 0).then_some("inbox-row--overdue");
    view! {
        <tr class=overdue>
            <td>
                <a class="ds-link" href=format!("/caseworker/case/{}", case.id)>{case.reference.clone()}</a>
                {(case.unread > 0).then(|| view! {
                    <span class="inbox-unread">{tr_with("inbox-unread", &[("count", case.unread.to_string())])}</span>
                })}
            </td>
            <td>{journey_title(&case.journey_id)}</td>
            <td>{service_name(&case.journey_id, &case.service)}</td>
            <td>{case.citizen_name.clone()}</td>
            <td>{display_time(&case.received_at)}</td>
            <td>{status}</td>
            <td>{case.assignee.clone().unwrap_or_else(|| tr("inbox-unassigned"))}</td>
            <td>{days_left(case.due, case.days_left)}</td>
        </tr>
    }
}

pub(super) fn cases_table(view_data: &InboxView) -> impl IntoView {
    if view_data.rows.is_empty() {
        return view! { <p class="ds-paragraph">{tr("inbox-empty")}</p> }.into_any();
    }
    let headers = SortKey::ALL
        .into_iter()
        .map(|key| header(&view_data.query, key))
        .collect_view();
    let rows = view_data.rows.iter().map(row).collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby="inbox-caption" tabindex="0">
            <table class="ds-table inbox-table" data-size="sm">
                <caption id="inbox-caption" class="visually-hidden">{tr("inbox-caption")}</caption>
                <thead><tr>{headers}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
