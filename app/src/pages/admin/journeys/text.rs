//! `/admin/journeys/<id>/draft/text`: the draft's definition, edited whole, as a developer
//! would edit the file (journeys as code, in the browser). Saving stores it whatever the checker
//! says; the checker's problems are listed above it by line, so the admin fixes them in rounds.
//! When a save could not be stored (another admin saved first, or it is too large), the page
//! comes back with what they typed, not the stored text.

use super::{authoring_page, back, done_notice, journey_param, signed, JOURNEYS};
use crate::{
    auth::CurrentUser,
    components::SourceChecker,
    i18n::{tr, tr_with},
    pages::{admin::model::DraftAdmin, citizen::model::Outcome},
};
use leptos::prelude::*;
use leptos_meta::Title;

/// What the admin typed, when a save was refused (given by the server with the page).
#[derive(Clone, Debug)]
pub struct TypedText {
    pub text: String,
    /// The message id saying why it was not stored.
    pub why: &'static str,
}

#[component]
pub fn DraftTextPage() -> impl IntoView {
    let id = journey_param();
    let typed = use_context::<TypedText>();
    authoring_page(
        move |port, user| async move { port.draft(&user, &id).await.map(Outcome::Page) },
        move |draft, user| page(draft, user, typed),
    )
}

fn page(draft: DraftAdmin, user: CurrentUser, typed: Option<TypedText>) -> impl IntoView {
    let title = tr_with(
        "authoring-text-title",
        &[
            ("journey", tr(&draft.title_id)),
            ("version", draft.version.to_string()),
        ],
    );
    let base = format!("{JOURNEYS}/{}", draft.id);
    let refused = typed.as_ref().map(|typed| {
        view! {
            <div class="ds-error-summary" id="error-summary" tabindex="-1" autofocus aria-labelledby="error-summary-heading">
                <h2 class="ds-heading" data-size="xs" id="error-summary-heading">{tr("error-summary-heading")}</h2>
                <ul class="ds-list"><li><a class="ds-link" href="#source">{tr(typed.why)}</a></li></ul>
            </div>
        }
    });
    let problems = (!draft.problems.is_empty() && typed.is_none()).then(|| {
        let items = draft
            .problems
            .iter()
            .map(|p| {
                let place = (p.line > 0).then(|| {
                    tr_with(
                        "authoring-at-line",
                        &[("line", p.line.to_string()), ("column", p.column.to_string())],
                    ) + " "
                });
                view! { <li>{place}{p.message.clone()}</li> }
            })
            .collect_view();
        view! {
            <div class="ds-alert" data-color="warning" role="region" aria-labelledby="problems-heading">
                <h2 class="ds-heading" data-size="xs" id="problems-heading">
                    {tr_with("authoring-problems", &[("count", draft.problems.len().to_string())])}
                </h2>
                <ul class="ds-list">{items}</ul>
            </div>
        }
    });
    let text = typed.map(|t| t.text).unwrap_or(draft.source);
    let name = format!("{} v{}", draft.id, draft.version);
    let at_text = tr_with(
        "authoring-at-line",
        &[("line", "{line}".into()), ("column", "{column}".into())],
    );
    view! {
        <Title text=title.clone() />
        {back(format!("{base}/draft"), tr("authoring-back-draft"))}
        {refused}
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        {done_notice()}
        {problems}
        <form method="post" action=format!("{base}/draft/text")>
            {signed(&user, "save")}
            <input type="hidden" name="revision" value=draft.revision />
            <SourceChecker name=name ok_text=tr("authoring-check-ok") at_text=at_text>
                <div class="ds-field">
                    <label class="ds-label" for="source">{tr("authoring-text-label")}</label>
                    <p class="ds-paragraph" id="source-help">{tr("authoring-text-help")}</p>
                    <textarea class="ds-input source-editor" id="source" name="source" rows="30" spellcheck="false" aria-describedby="source-help">{text}</textarea>
                </div>
            </SourceChecker>
            <button class="ds-button" type="submit">{tr("authoring-save")}</button>
        </form>
    }
}
