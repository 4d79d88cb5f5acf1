//! The messages on a case, as both sides see them: who wrote, when, and whether the other side
//! has read it; and the caseworker's form to write to the citizen.

use super::{
    case::CaseReply,
    model::{CaseView, MessageView},
};
use crate::{
    auth::CurrentUser,
    i18n::{tr, tr_with},
    pages::citizen::display_time,
};
use leptos::prelude::*;

/// A thread, oldest first. `viewer_is_citizen` decides whose messages get read receipts (the
/// viewer's own).
pub(crate) fn message_list(messages: &[MessageView], viewer_is_citizen: bool) -> impl IntoView {
    if messages.is_empty() {
        return view! { <p class="ds-paragraph">{tr("messages-none")}</p> }.into_any();
    }
    let items = messages
        .iter()
        .map(|m| {
            let own = m.from_citizen == viewer_is_citizen;
            let receipt = own.then(|| match m.read_at {
                Some(at) => tr_with("messages-read", &[("time", display_time(&at))]),
                None => tr("messages-unread"),
            });
            view! {
                <li class="case-history__item">
                    <p class="ds-paragraph" data-size="sm">
                        {display_time(&m.at)} " · " {m.author.clone()}
                        {receipt.map(|r| view! { " · " <span>{r}</span> })}
                    </p>
                    <p class="ds-paragraph case-history__text">{m.text.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="case-history">{items}</ol> }.into_any()
}

/// The thread on the case page, and the form that writes to the citizen.
pub(super) fn messages(
    case: &CaseView,
    user: &CurrentUser,
    reply: Option<&CaseReply>,
) -> impl IntoView {
    let refused = reply.filter(|r| r.form == "message");
    let error = refused.map(|r| tr(&format!("{}-body", r.error.notice())));
    let typed = refused.map(|r| r.typed.clone()).unwrap_or_default();
    let invalid = error.as_ref().map(|_| "true");
    view! {
        <h2 class="ds-heading" data-size="md" id="messages">{tr("messages-heading")}</h2>
        {message_list(&case.messages, false)}
        <form method="post" action=format!("/caseworker/case/{}", case.id) class="case-action">
            <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
            <input type="hidden" name="action" value="message" />
            <div class="ds-field">
                <label class="ds-label" for="case-write">{tr("messages-write-citizen")}</label>
                <div class="ds-validation-message" data-field="validation" id="case-write-error" hidden=error.is_none()>{error.clone()}</div>
                <textarea class="ds-input" id="case-write" name="text" rows="3" aria-invalid=invalid aria-describedby="case-write-error" autofocus=error.is_some()>{typed}</textarea>
            </div>
            <button class="ds-button" data-variant="secondary" type="submit">{tr("messages-send")}</button>
        </form>
    }
}
