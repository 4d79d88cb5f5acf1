//! Agency admins' journeys: `/admin/journeys` (every journey), `/admin/journeys/<id>` (its
//! versions, flow and audit trail; start a draft, roll back), `…/draft` (the draft checked: its
//! problems, missing texts, what it changes; publish now or at a time, discard), `…/draft/text`
//! (the definition's text, edited whole), `…/draft/question` (add a question, one page) and
//! `…/draft/step[/<step>[/question/<path>]]` (a step or a question in a form of its own).
//! Every page loads through the authoring port (`crate::ports::AuthoringPort`); every form is a
//! plain post with the session's token to the server's `http::authoring`, so everything works
//! without JavaScript.

mod changes;
mod compare;
mod draft;
mod journey;
mod list;
mod part_form;
mod parts_view;
mod prefill;
mod question;
mod question_edit;
mod service;
mod services;
mod step_form;
mod steps;
mod text;
mod texts;

pub use compare::ComparePage;
pub use draft::DraftPage;
pub use journey::{ImportRefused, JourneyPage};
pub use list::JourneysPage;
pub use prefill::{NewPrefillPage, PrefillPage};
pub use question::{QuestionPage, QuestionTyped};
pub use question_edit::{QuestionEditPage, QuestionEditTyped};
pub use service::{NewServicePage, ServicePage};
pub use services::ServicesPage;
pub use step_form::{StepAddPage, StepEditPage, StepTyped};
pub use text::{DraftTextPage, TypedText};
pub use texts::DraftTextsPage;

use crate::{
    auth::CurrentUser,
    error::AppError,
    i18n::tr,
    pages::{citizen::model::Outcome, load::port_page},
    ports::AuthoringPort,
};
use leptos::prelude::*;
use std::{future::Future, sync::Arc};

/// Where the journeys live, and where their forms post.
pub const JOURNEYS: &str = "/admin/journeys";

/// A page that loads through the authoring port.
fn authoring_page<T, Fut, V>(
    load: impl FnOnce(Arc<dyn AuthoringPort>, CurrentUser) -> Fut,
    page: impl FnOnce(T, CurrentUser) -> V + Send + 'static,
) -> impl IntoView
where
    T: Send + 'static,
    Fut: Future<Output = Result<Outcome<T>, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    port_page::<dyn AuthoringPort, T, Fut, V>(load, page)
}

/// The journey id in the address.
fn journey_param() -> String {
    leptos_router::hooks::use_params_map().with_untracked(|p| p.get("id").unwrap_or_default())
}

/// A query parameter of the address.
fn query(name: &'static str) -> Option<String> {
    leptos_router::hooks::use_query_map().with_untracked(|q| q.get(name))
}

/// The notice after a change (`?done=<what>`), focused so a keyboard or screen reader user hears
/// what happened. Each id is spelled out for the completeness test.
fn done_notice() -> Option<impl IntoView> {
    let (id, color) = match query("done")?.as_str() {
        "draft" => ("authoring-done-draft", "success"),
        "saved" => ("authoring-done-saved", "success"),
        "question" => ("authoring-done-question", "success"),
        "moved" => ("authoring-done-moved", "success"),
        "published" => ("authoring-done-published", "success"),
        "scheduled" => ("authoring-done-scheduled", "success"),
        "unscheduled" => ("authoring-done-unscheduled", "success"),
        "rolled-back" => ("authoring-done-rolled-back", "success"),
        "discarded" => ("authoring-done-discarded", "success"),
        "imported" => ("authoring-done-imported", "success"),
        "case-saved" => ("authoring-done-case-saved", "success"),
        "refused" => ("authoring-done-refused", "danger"),
        "stale" => ("authoring-done-stale", "warning"),
        "conflict" => ("authoring-done-conflict", "warning"),
        "bad-time" => ("authoring-done-bad-time", "danger"),
        "step-added" => ("authoring-parts-done-step-added", "success"),
        "step-saved" => ("authoring-parts-done-step-saved", "success"),
        "step-removed" => ("authoring-parts-done-step-removed", "success"),
        "question-saved" => ("authoring-parts-done-question-saved", "success"),
        "question-removed" => ("authoring-parts-done-question-removed", "success"),
        _ => return None,
    };
    Some(view! {
        <div class="ds-alert" data-color=color role="status" tabindex="-1" autofocus=true>
            <p class="ds-paragraph">{tr(id)}</p>
        </div>
    })
}

/// The hidden fields every form about a journey posts.
fn signed(user: &CurrentUser, action: &'static str) -> impl IntoView {
    view! {
        <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
        <input type="hidden" name="action" value=action />
    }
}

/// "Back to …" above a page.
fn back(href: String, label: String) -> impl IntoView {
    view! {
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link back-link" href=href>{label}</a>
        </nav>
    }
}
