//! What a caseworker can do to a case, as forms that post to `/caseworker/case/<id>` with the
//! session's token and an `action`: claim or release, assign to a colleague, move the case on
//! with a message to the citizen, write an internal note. A refused text comes back in its field
//! with the reason.

use super::{case::CaseReply, model::CaseView};
use crate::{auth::CurrentUser, i18n::tr};
use leptos::prelude::*;

fn hidden(user: &CurrentUser, action: &'static str) -> impl IntoView {
    view! {
        <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
        <input type="hidden" name="action" value=action />
    }
}

/// The error slot of a text field, and what was typed in it, when its post was refused.
fn refused(reply: Option<&CaseReply>, form: &str) -> (Option<String>, String) {
    match reply.filter(|r| r.form == form) {
        Some(reply) => (
            Some(tr(&format!("{}-body", reply.error.notice()))),
            reply.typed.clone(),
        ),
        None => (None, String::new()),
    }
}

pub(super) fn actions(
    case: &CaseView,
    user: &CurrentUser,
    reply: Option<&CaseReply>,
) -> impl IntoView {
    let action = format!("/caseworker/case/{}", case.id);
    let mine = case
        .assignee
        .as_ref()
        .is_some_and(|(pid, _)| *pid == user.pid);
    let claim = match (&case.assignee, mine) {
        (None, _) => Some(("claim", "case-claim")),
        (Some(_), true) => Some(("release", "case-release")),
        (Some(_), false) => None,
    }
    .map(|(what, label)| {
        view! {
            <form method="post" action=action.clone() class="case-action">
                {hidden(user, what)}
                <button class="ds-button" type="submit">{tr(label)}</button>
            </form>
        }
    });
    let colleagues = case
        .colleagues
        .iter()
        .filter(|(pid, _)| case.assignee.as_ref().is_none_or(|(a, _)| a != pid))
        .map(|(pid, name)| view! { <option value=pid.clone()>{name.clone()}</option> })
        .collect_view();
    let assign = (!case.colleagues.is_empty()).then(|| {
        view! {
            <form method="post" action=action.clone() class="case-action">
                {hidden(user, "assign")}
                <div class="ds-field">
                    <label class="ds-label" for="case-assign-to">{tr("case-assign-to")}</label>
                    <select class="ds-input" id="case-assign-to" name="to">{colleagues}</select>
                </div>
                <button class="ds-button" data-variant="secondary" type="submit">{tr("case-assign")}</button>
            </form>
        }
    });
    let (status_error, status_typed) = refused(reply, "status");
    let status = (!case.next_statuses.is_empty()).then(|| {
        let options = case
            .next_statuses
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let id = format!("case-to-{}", s.as_str());
                view! {
                    <div class="ds-field">
                        <input class="ds-input" type="radio" name="to" id=id.clone() value=s.as_str() checked=i == 0 />
                        <label class="ds-label" for=id data-weight="regular">{tr(&format!("case-status-{}", s.as_str()))}</label>
                    </div>
                }
            })
            .collect_view();
        let invalid = status_error.as_ref().map(|_| "true");
        view! {
            <form method="post" action=action.clone() class="case-action">
                {hidden(user, "status")}
                <fieldset class="ds-fieldset">
                    <legend class="ds-label">{tr("case-status-change")}</legend>
                    {options}
                </fieldset>
                <div class="ds-field">
                    <label class="ds-label" for="case-message">{tr("case-message")}</label>
                    <div data-field="description" id="case-message-help">{tr("case-message-help")}</div>
                    <div class="ds-validation-message" data-field="validation" id="case-message-error" hidden=status_error.is_none()>{status_error.clone()}</div>
                    <textarea class="ds-input" id="case-message" name="message" rows="4" aria-invalid=invalid aria-describedby="case-message-help case-message-error" autofocus=status_error.is_some()>{status_typed.clone()}</textarea>
                </div>
                <button class="ds-button" type="submit">{tr("case-status-save")}</button>
            </form>
        }
    });
    let (note_error, note_typed) = refused(reply, "note");
    let note_invalid = note_error.as_ref().map(|_| "true");
    view! {
        <section class="case-actions" aria-labelledby="case-actions-heading">
            <h2 class="ds-heading" data-size="md" id="case-actions-heading">{tr("case-actions")}</h2>
            {claim}
            {assign}
            {status}
            <form method="post" action=action class="case-action">
                {hidden(user, "note")}
                <div class="ds-field">
                    <label class="ds-label" for="case-note">{tr("case-note")}</label>
                    <div data-field="description" id="case-note-help">{tr("case-note-help")}</div>
                    <div class="ds-validation-message" data-field="validation" id="case-note-error" hidden=note_error.is_none()>{note_error.clone()}</div>
                    <textarea class="ds-input" id="case-note" name="text" rows="3" aria-invalid=note_invalid aria-describedby="case-note-help case-note-error" autofocus=note_error.is_some()>{note_typed}</textarea>
                </div>
                <button class="ds-button" data-variant="secondary" type="submit">{tr("case-note-save")}</button>
            </form>
        </section>
    }
}
