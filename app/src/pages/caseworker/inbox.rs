//! `/caseworker`: the inbox of the agencies the caseworker's role is for. The queues with their
//! counts, the filter form (a plain GET form: the address carries the whole view, so it works
//! without JavaScript and can be bookmarked; with JavaScript it applies itself as one types), the
//! list with a sortable header on every column, the next page by cursor, and saved views.

use super::{
    model::{Count, InboxQuery, InboxView, Queue},
    table::cases_table,
    tasks::party_tasks,
    views::saved_views,
};
use crate::{
    auth::CurrentUser,
    components::AutoSubmit,
    domain::CaseStatus,
    i18n::{tr, tr_with, use_lang, Lang},
    pages::{citizen::model::Outcome, load::caseworker_page, use_catalog},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{hooks::use_query_map, params::ParamsMap};

/// The address of `query` (`/caseworker?queue=mine…`).
pub(super) fn inbox_href(query: &InboxQuery) -> String {
    let map: ParamsMap = query.to_pairs().into_iter().collect();
    format!("/caseworker{}", map.to_query_string())
}

#[component]
pub fn InboxPage() -> impl IntoView {
    let pairs: Vec<(String, String)> = use_query_map()
        .get_untracked()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    caseworker_page(
        move |caseworker, user| async move {
            let query = InboxQuery::from_query(&pairs).map_err(|bad| {
                tracing::warn!(parameter = bad.0, "an inbox address that is not one");
                crate::error::AppError::Invalid(crate::error::Refusal::FormMismatch)
            })?;
            caseworker.inbox(&user, query).await.map(Outcome::Page)
        },
        inbox_page,
    )
}

/// A queue's count as read: thousands grouped as the language writes them (`10 000`,
/// `10,000`), and a count that stopped at its cap as "at least" (`10 000+`).
fn count_text(count: Count) -> String {
    let separator = match use_lang() {
        Lang::Nb | Lang::Nn => '\u{a0}',
        Lang::En => ',',
    };
    let grouped = |n: u64| {
        let digits = n.to_string();
        let mut text = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                text.push(separator);
            }
            text.push(c);
        }
        text
    };
    match count {
        Count::Exact(n) => grouped(n),
        Count::AtLeast(n) => tr_with("inbox-count-at-least", &[("count", grouped(n))]),
    }
}

fn inbox_page(view_data: InboxView, user: CurrentUser) -> impl IntoView {
    let agencies = view_data
        .agencies
        .iter()
        .map(|a| tr(&a.name_message_id()))
        .collect::<Vec<_>>()
        .join(", ");
    let query = &view_data.query;
    let queues = view_data
        .counts
        .iter()
        .map(|(queue, count)| {
            let href = inbox_href(&InboxQuery {
                queue: *queue,
                after: None,
                ..query.clone()
            });
            let current = (*queue == query.queue).then_some("page");
            view! {
                <li>
                    <a class="ds-link inbox-queue" href=href aria-current=current>
                        {tr(&format!("inbox-queue-{}", queue.as_str()))}
                        " " <span class="inbox-count">{count_text(*count)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let next = view_data.next.clone().map(|cursor| {
        let href = inbox_href(&InboxQuery {
            after: Some(cursor),
            ..query.clone()
        });
        view! { <a class="ds-link" href=href rel="next">{tr("inbox-next-page")}</a> }
    });
    let first = query.after.is_some().then(|| {
        view! { <a class="ds-link" href=inbox_href(&query.first_page())>{tr("inbox-first-page")}</a> }
    });
    let rows = view_data.rows.len();
    view! {
        <Title text=tr("inbox-title") />
        <h1 class="ds-heading" data-size="lg">{tr("inbox-title")}</h1>
        <p class="ds-paragraph">{tr_with("inbox-agencies", &[("agencies", agencies)])}</p>
        {party_tasks(&view_data.tasks)}
        <nav aria-label=tr("inbox-queues-label")>
            <ul class="inbox-queues">{queues}</ul>
        </nav>
        {filters(query, &view_data.colleagues)}
        <p class="ds-paragraph" role="status">{tr_with("inbox-shown", &[("count", rows.to_string())])}</p>
        {cases_table(&view_data)}
        <nav class="inbox-pages" aria-label=tr("inbox-pages-label")>{first} " " {next}</nav>
        {saved_views(&view_data, &user)}
    }
}

/// The filter form: a GET to the inbox, so the address carries the view.
fn filters(query: &InboxQuery, colleagues: &[(String, String)]) -> impl IntoView {
    let catalog = use_catalog();
    let journeys = catalog
        .journeys()
        .iter()
        .map(|meta| {
            let id = meta.id.to_string();
            let selected = query.journey.as_deref() == Some(id.as_str());
            view! { <option value=id selected=selected>{tr(&meta.title_id())}</option> }
        })
        .collect_view();
    let statuses = CaseStatus::ALL
        .into_iter()
        .map(|status| {
            let selected = query.status == Some(status);
            let label = tr(&format!("case-status-{}", status.as_str()));
            view! { <option value=status.as_str() selected=selected>{label}</option> }
        })
        .collect_view();
    let assignees = colleagues
        .iter()
        .map(|(pid, name)| {
            let selected = query.assignee.as_deref() == Some(pid.as_str());
            view! { <option value=pid.clone() selected=selected>{name.clone()}</option> }
        })
        .collect_view();
    let unassigned = query.assignee.as_deref() == Some("none");
    let date = |d: Option<crate::journey::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let sort = query.sort.as_str();
    let order = if query.descending { "desc" } else { "asc" };
    let queue = (query.queue != Queue::default()).then(|| query.queue.as_str());
    let search = query.search.clone().unwrap_or_default();
    let service = query.service.clone().unwrap_or_default();
    let (from, to) = (date(query.received_from), date(query.received_to));
    let overdue = query.overdue;
    view! {
        <AutoSubmit delay=400>
            <form method="get" action="/caseworker" class="inbox-filters" role="search" aria-label=tr("inbox-filters-label")>
                {queue.map(|q| view! { <input type="hidden" name="queue" value=q /> })}
                <input type="hidden" name="sort" value=sort />
                <input type="hidden" name="order" value=order />
                <div class="ds-field">
                    <label class="ds-label" for="inbox-q">{tr("inbox-search")}</label>
                    <div data-field="description" id="inbox-q-help">{tr("inbox-search-help")}</div>
                    <input class="ds-input" type="search" id="inbox-q" name="q" value=search aria-describedby="inbox-q-help" />
                </div>
                <div class="ds-field">
                    <label class="ds-label" for="inbox-status">{tr("inbox-column-status")}</label>
                    <select class="ds-input" id="inbox-status" name="status">
                        <option value="">{tr("inbox-any")}</option>
                        {statuses}
                    </select>
                </div>
                <div class="ds-field">
                    <label class="ds-label" for="inbox-journey">{tr("inbox-column-life-event")}</label>
                    <select class="ds-input" id="inbox-journey" name="journey">
                        <option value="">{tr("inbox-any")}</option>
                        {journeys}
                    </select>
                </div>
                <div class="ds-field">
                    <label class="ds-label" for="inbox-service">{tr("inbox-column-service")}</label>
                    <input class="ds-input" type="text" id="inbox-service" name="service" value=service />
                </div>
                <div class="ds-field">
                    <label class="ds-label" for="inbox-from">{tr("inbox-received-from")}</label>
                    <input class="ds-input" type="date" id="inbox-from" name="from" value=from />
                </div>
                <div class="ds-field">
                    <label class="ds-label" for="inbox-to">{tr("inbox-received-to")}</label>
                    <input class="ds-input" type="date" id="inbox-to" name="to" value=to />
                </div>
                <div class="ds-field">
                    <label class="ds-label" for="inbox-assignee">{tr("inbox-column-assignee")}</label>
                    <select class="ds-input" id="inbox-assignee" name="assignee">
                        <option value="">{tr("inbox-any")}</option>
                        <option value="none" selected=unassigned>{tr("inbox-unassigned")}</option>
                        {assignees}
                    </select>
                </div>
                <div class="ds-field">
                    <input class="ds-input" type="checkbox" id="inbox-overdue" name="overdue" value="1" checked=overdue />
                    <label class="ds-label" for="inbox-overdue" data-weight="regular">{tr("inbox-overdue-only")}</label>
                </div>
                <button class="ds-button" type="submit">{tr("inbox-apply")}</button>
            </form>
        </AutoSubmit>
    }
}
