//! What the forms for a draft's prefill look-ups and services share: a refused form's error
//! summary (first, linking to each problem's field), the problem at its field, the notice after
//! a change, and the warnings for a draft changed since (stale) or one the checker refuses.

use super::{
    parts_view::{error_summary, link_to},
    query,
};
use crate::{
    i18n::{tr, tr_with},
    pages::admin::{model::DraftAdmin, parts::PartProblem},
};
use leptos::prelude::*;

/// A problem's words: the form's own message (each spelled out for the completeness test:
/// tr("admin-part-draft-broken"), tr("admin-part-lookup-missing"), tr("admin-part-fill-missing"),
/// tr("admin-part-fill-invalid"), tr("admin-part-fill-twice"),
/// tr("admin-part-service-id-invalid"), tr("admin-part-service-id-taken"),
/// tr("admin-part-service-name-missing"), tr("admin-part-agency-unknown"),
/// tr("admin-part-operation-missing"), tr("admin-part-payload-invalid"),
/// tr("admin-part-payload-twice")), or the checker's text as it is. (The audit trail's words for
/// these changes: tr("authoring-action-add-prefill"), tr("authoring-action-remove-prefill"),
/// tr("authoring-action-add-service"), tr("authoring-action-change-service"),
/// tr("authoring-action-remove-service").)
pub(super) fn words(problem: &PartProblem) -> String {
    if problem.is_the_forms() {
        tr_with(&problem.message, &[("what", problem.what.clone())])
    } else {
        problem.message.clone()
    }
}

/// The error summary: each problem linked to `#<prefix><field>` (a problem of the whole form to
/// `#<whole>`), under `intro` when there is one.
pub(super) fn summary(
    problems: &[PartProblem],
    prefix: &str,
    whole: &str,
    intro: Option<String>,
) -> Option<AnyView> {
    let links = problems
        .iter()
        .map(|p| (link_to(&p.field, prefix, whole), words(p)))
        .collect();
    error_summary(links, intro)
}

/// The problems at one form field, in words, if any.
pub(super) fn error_at(problems: &[PartProblem], field: &str) -> Option<String> {
    let found: Vec<String> = problems
        .iter()
        .filter(|p| p.field == field)
        .map(words)
        .collect();
    (!found.is_empty()).then(|| found.join(" "))
}

/// "The draft changed since you opened the page": what was typed is on the page again.
pub(super) fn stale_notice(stale: bool) -> Option<impl IntoView> {
    stale.then(|| {
        view! {
            <div class="ds-alert" data-color="warning" role="status" tabindex="-1" autofocus=true>
                <p class="ds-paragraph">{tr("authoring-parts-stale")}</p>
            </div>
        }
    })
}

/// The forms need a draft the checker passes (they are built from what it read).
pub(super) fn needs_valid(draft: &DraftAdmin, base: &str) -> Option<impl IntoView> {
    draft.journey.is_none().then(|| {
        view! {
            <div class="ds-alert" data-color="warning">
                <p class="ds-paragraph">
                    {tr("authoring-parts-needs-valid-draft")}" "
                    <a class="ds-link" href=format!("{base}/draft/text")>{tr("authoring-edit-text")}</a>
                </p>
            </div>
        }
    })
}

/// The notice after a change (`?done=<what>`), each id spelled out for the completeness test.
pub(super) fn done_notice() -> Option<impl IntoView> {
    let id = match query("done")?.as_str() {
        "prefill-added" => "authoring-parts-done-prefill-added",
        "prefill-removed" => "authoring-parts-done-prefill-removed",
        "service-added" => "authoring-parts-done-service-added",
        "service-saved" => "authoring-parts-done-service-saved",
        "service-removed" => "authoring-parts-done-service-removed",
        _ => return None,
    };
    Some(view! {
        <div class="ds-alert" data-color="success" role="status" tabindex="-1" autofocus=true>
            <p class="ds-paragraph">{tr(id)}</p>
        </div>
    })
}
