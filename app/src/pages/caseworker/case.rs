//! `/caseworker/case/<id>`: one case as the caseworker handles it — who the citizen is, what
//! they answered and where each answer came from, the case's history, and what can be done now
//! (claim, release, assign, move on with a message to the citizen, note). A colleague who has the
//! case open is named at the top. Every action is a plain form posting the session's token.

use super::{
    actions::actions,
    messages::messages,
    model::{CaseView, HistoryEntry, HistoryKind},
    requests::{ask_form, requests},
    table::{days_left, journey_title, service_name},
};
use crate::{
    auth::CurrentUser,
    error::AppError,
    i18n::{tr, tr_with},
    pages::{
        auth::set_status,
        citizen::{display_time, model::Outcome, summary::summary_view},
        load::caseworker_page,
        use_catalog,
    },
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// A post to the case that must be shown again: what was typed, and why it was refused.
#[derive(Clone, Debug)]
pub struct CaseReply {
    /// The form it came from (`status` or `note`).
    pub form: &'static str,
    pub typed: String,
    pub error: AppError,
}

#[component]
pub fn CasePage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let reply = use_context::<CaseReply>();
    caseworker_page(
        move |caseworker, user| async move { caseworker.case(&user, &id).await.map(Outcome::Page) },
        move |case, user| case_page(case, user, done, reply),
    )
}

fn case_page(
    case: CaseView,
    user: CurrentUser,
    done: Option<String>,
    reply: Option<CaseReply>,
) -> impl IntoView {
    if reply.is_some() {
        set_status(http::StatusCode::UNPROCESSABLE_ENTITY);
    }
    let title = tr_with("case-title", &[("reference", case.reference.clone())]);
    let others = (!case.others_looking.is_empty()).then(|| {
        let names = case.others_looking.join(", ");
        view! {
            <div class="ds-alert" data-color="info" role="status">
                <p class="ds-paragraph">{tr_with("case-others-looking", &[("names", names)])}</p>
            </div>
        }
    });
    let done = done.filter(|d| DONE.contains(&d.as_str())).map(|d| {
        view! {
            <div class="ds-alert" data-color="success" role="status">
                <p class="ds-paragraph">{tr(&format!("case-done-{d}"))}</p>
            </div>
        }
    });
    let assignee = match &case.assignee {
        Some((pid, _)) if *pid == user.pid => tr("case-assignee-you"),
        Some((_, name)) => name.clone(),
        None => tr("inbox-unassigned"),
    };
    let journey = use_catalog().definition(&case.journey_id).cloned();
    let answers = match &journey {
        Some(journey) => summary_view(journey, &case.summary, None, &case.sources).into_any(),
        None => view! { <p class="ds-paragraph">{tr("case-journey-gone")}</p> }.into_any(),
    };
    let history = case.history.iter().map(history_entry).collect_view();
    let facts = [
        ("case-citizen", case.citizen_name.clone()),
        ("case-identity-number", case.citizen_pid.clone()),
        ("case-submitted", display_time(&case.submitted_at)),
        ("case-received", display_time(&case.received_at)),
        (
            "case-journey",
            format!("{} ({})", journey_title(&case.journey_id), case.journey_version),
        ),
        ("inbox-column-status", tr(&format!("case-status-{}", case.status.as_str()))),
        ("inbox-column-assignee", assignee),
        ("inbox-column-deadline", days_left(case.due, case.days_left)),
    ]
    .into_iter()
    .map(|(label, value)| view! { <div class="summary__row"><dt>{tr(label)}</dt><dd>{value}</dd></div> })
    .collect_view();
    view! {
        <Title text=title.clone() />
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link back-link" href="/caseworker">{tr("case-back")}</a>
        </nav>
        <p class="ds-paragraph step-caption" data-size="sm">
            {tr(&case.agency.name_message_id())} " · " {journey_title(&case.journey_id)} " · "
            {service_name(&case.journey_id, &case.service)}
        </p>
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        {others}
        {done}
        <dl class="summary__list case-facts">{facts}</dl>
        {actions(&case, &user, reply.as_ref())}
        {ask_form(&case, &user, reply.as_ref())}
        {requests(&case)}
        {messages(&case, &user, reply.as_ref())}
        <h2 class="ds-heading" data-size="md">{tr("case-answers")}</h2>
        {answers}
        <h2 class="ds-heading" data-size="md" id="history">{tr("case-history")}</h2>
        <ol class="case-history">{history}</ol>
    }
}

/// The actions a done notice may name (`?done=claim` after a claim).
const DONE: [&str; 8] = [
    "claim", "release", "assign", "status", "note", "ask", "message", "conflict",
];

fn history_entry(entry: &HistoryEntry) -> impl IntoView {
    let who = entry
        .who
        .clone()
        .unwrap_or_else(|| tr("case-history-portal"));
    let (what, text) = match &entry.what {
        HistoryKind::Received => (tr("case-history-received"), None),
        HistoryKind::Status { status, message } => (
            tr_with(
                "case-history-status",
                &[("status", tr(&format!("case-status-{}", status.as_str())))],
            ),
            message.clone(),
        ),
        HistoryKind::Claimed => (tr("case-history-claimed"), None),
        HistoryKind::Released => (tr("case-history-released"), None),
        HistoryKind::Assigned { to } => (
            tr_with("case-history-assigned", &[("to", to.clone())]),
            None,
        ),
        HistoryKind::Note { text } => (tr("case-history-note"), Some(text.clone())),
        HistoryKind::Retried => (tr("case-history-retried"), None),
    };
    let text = text.map(|t| view! { <p class="ds-paragraph case-history__text">{t}</p> });
    view! {
        <li class="case-history__item">
            <p class="ds-paragraph" data-size="sm">{display_time(&entry.at)} " · " {who}</p>
            <p class="ds-paragraph"><strong>{what}</strong></p>
            {text}
        </li>
    }
}
