//! On a case: asking the citizen for more information (the answers that need correcting, a free
//! question, the reason they are shown), and every request with the citizen's answer — each
//! answer before and after.

use super::{
    case::CaseReply,
    model::{CaseView, RequestView},
};
use crate::{
    auth::CurrentUser,
    i18n::{tr, tr_with},
    journey::flow::Shown,
    pages::citizen::display_time,
};
use leptos::prelude::*;

fn shown(value: &Shown) -> String {
    match value {
        Shown::Plain(text) => text.clone(),
        Shown::Message(id) => tr(id),
        Shown::Messages(ids) => ids.iter().map(|id| tr(id)).collect::<Vec<_>>().join(", "),
        Shown::NotAnswered | Shown::Items(_) => tr("answer-not-given"),
    }
}

/// The form that asks; only while the case may wait for the citizen.
pub(super) fn ask_form(
    case: &CaseView,
    user: &CurrentUser,
    reply: Option<&CaseReply>,
) -> impl IntoView {
    (!case.askable.is_empty()).then(|| {
        let refused = reply.filter(|r| r.form == "ask");
        let error = refused.map(|r| tr(&format!("{}-body", r.error.notice())));
        let typed = refused.map(|r| r.typed.clone()).unwrap_or_default();
        let fields = case
            .askable
            .iter()
            .map(|(id, label_id)| {
                let input = format!("ask-{id}");
                view! {
                    <div class="ds-field">
                        <input class="ds-input" type="checkbox" name="field" id=input.clone() value=id.clone() />
                        <label class="ds-label" for=input data-weight="regular">{tr(label_id)}</label>
                    </div>
                }
            })
            .collect_view();
        let invalid = error.as_ref().map(|_| "true");
        view! {
            <form method="post" action=format!("/caseworker/case/{}", case.id) class="case-action">
                <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
                <input type="hidden" name="action" value="ask" />
                <h3 class="ds-heading" data-size="xs">{tr("case-ask")}</h3>
                <fieldset class="ds-fieldset">
                    <legend class="ds-label">{tr("case-ask-fields")}</legend>
                    {fields}
                </fieldset>
                <div class="ds-field">
                    <label class="ds-label" for="case-ask-question">{tr("case-ask-question")}</label>
                    <textarea class="ds-input" id="case-ask-question" name="question" rows="2"></textarea>
                </div>
                <div class="ds-field">
                    <label class="ds-label" for="case-ask-reason">{tr("case-ask-reason")}</label>
                    <div data-field="description" id="case-ask-reason-help">{tr("case-ask-reason-help")}</div>
                    <div class="ds-validation-message" data-field="validation" id="case-ask-reason-error" hidden=error.is_none()>{error.clone()}</div>
                    <textarea class="ds-input" id="case-ask-reason" name="reason" rows="3" aria-invalid=invalid aria-describedby="case-ask-reason-help case-ask-reason-error" autofocus=error.is_some()>{typed}</textarea>
                </div>
                <button class="ds-button" type="submit">{tr("case-ask-send")}</button>
            </form>
        }
    })
}

fn request(request: &RequestView) -> impl IntoView {
    let status = match request.answered_at {
        Some(at) => tr_with("case-request-answered", &[("time", display_time(&at))]),
        None => tr("case-request-waiting"),
    };
    let rows = request
        .changes
        .iter()
        .map(|change| {
            let after = change.after.as_ref().map(shown).unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{tr(&change.label_id)}</th>
                    <td>{shown(&change.before)}</td>
                    <td>{after}</td>
                </tr>
            }
        })
        .collect_view();
    let table = (!request.changes.is_empty()).then(|| {
        view! {
            <table class="ds-table" data-size="sm">
                <caption class="visually-hidden">{tr("case-request-changes")}</caption>
                <thead><tr>
                    <th scope="col">{tr("case-request-answer")}</th>
                    <th scope="col">{tr("case-request-before")}</th>
                    <th scope="col">{tr("case-request-after")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    let question = request.question.clone().map(|q| {
        let reply = request.reply.clone().unwrap_or_default();
        view! {
            <p class="ds-paragraph"><strong>{tr("case-ask-question")}</strong> " " {q}</p>
            <p class="ds-paragraph case-history__text"><strong>{tr("case-request-reply")}</strong> " " {reply}</p>
        }
    });
    view! {
        <li class="case-history__item">
            <p class="ds-paragraph" data-size="sm">{display_time(&request.asked_at)} " · " {request.asked_by.clone()} " · " {status}</p>
            <p class="ds-paragraph case-history__text">{request.reason.clone()}</p>
            {question}
            {table}
        </li>
    }
}

/// The case's requests for more information, if any.
pub(super) fn requests(case: &CaseView) -> impl IntoView {
    (!case.requests.is_empty()).then(|| {
        let items = case.requests.iter().map(request).collect_view();
        view! {
            <h2 class="ds-heading" data-size="md" id="requests">{tr("case-requests")}</h2>
            <ol class="case-history">{items}</ol>
        }
    })
}
