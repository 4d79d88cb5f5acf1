//! On an admin's finished preview of a draft, the form that keeps the walk as a saved test case
//! (posted to the journey's admin page, `action=save-case`). A refused name comes back here with
//! the problem and what was typed (`?case_error=<id>&case_name=<typed>`), at the field and in an
//! error summary.

use crate::{auth::CurrentUser, i18n::tr};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The problems a name can have, spelled out for the completeness test:
/// tr("authoring-case-name-missing"), tr("authoring-case-name-invalid"),
/// tr("authoring-case-name-taken").
const PROBLEMS: [&str; 3] = [
    "authoring-case-name-missing",
    "authoring-case-name-invalid",
    "authoring-case-name-taken",
];

pub(super) fn case_form(journey_id: &str, draft_id: &str, user: &CurrentUser) -> impl IntoView {
    let (error, typed) = use_query_map().with_untracked(|q| {
        let error = q
            .get("case_error")
            .and_then(|e| PROBLEMS.into_iter().find(|p| *p == e));
        (error, q.get("case_name").unwrap_or_default())
    });
    let summary = error.map(|id| {
        view! {
            <div class="ds-error-summary" id="error-summary" tabindex="-1" autofocus aria-labelledby="error-summary-heading">
                <h2 class="ds-heading" data-size="xs" id="error-summary-heading">{tr("error-summary-heading")}</h2>
                <ul class="ds-list"><li><a class="ds-link" href="#case-name">{tr(id)}</a></li></ul>
            </div>
        }
    });
    let at_field = error.map(|id| {
        view! { <p class="ds-validation-message" id="case-name-error" data-color="danger">{tr(id)}</p> }
    });
    view! {
        <h2 class="ds-heading" data-size="md">{tr("preview-case-heading")}</h2>
        {summary}
        <form method="post" action=format!("/admin/journeys/{journey_id}") class="journey-form">
            <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
            <input type="hidden" name="action" value="save-case" />
            <input type="hidden" name="preview" value=draft_id.to_string() />
            <div class="ds-field">
                <label class="ds-label" for="case-name">{tr("preview-case-name")}</label>
                <p class="ds-paragraph" id="case-name-help" data-size="sm">{tr("preview-case-help")}</p>
                {at_field}
                <input class="ds-input" id="case-name" name="name" type="text" maxlength="120" value=typed
                    aria-invalid=error.map(|_| "true") aria-describedby="case-name-help case-name-error" />
            </div>
            <button class="ds-button" data-variant="secondary" type="submit">{tr("preview-case-save")}</button>
        </form>
    }
}
