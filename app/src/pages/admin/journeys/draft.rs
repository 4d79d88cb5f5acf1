//! `/admin/journeys/<id>/draft`: the draft, checked. Its problems (the checker's words, at their
//! line) and the texts a language lacks come first: a draft with either cannot be published.
//! Then what it changes and the form to publish it now or at a time, moving citizens' drafts
//! or not; and the ways to change it (the text, a question) or drop it.

use super::{
    authoring_page, back,
    changes::{changes_view, impact_view, per_change_moves},
    done_notice, journey_param, signed,
    steps::steps_view,
    JOURNEYS,
};
use crate::{
    auth::CurrentUser,
    i18n::{tr, tr_with},
    journey::place::Place,
    pages::{
        admin::{
            model::{CaseVerdict, DraftAdmin},
            FlowDiagram,
        },
        citizen::model::Outcome,
    },
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DraftPage() -> impl IntoView {
    let id = journey_param();
    authoring_page(
        move |port, user| async move { port.draft(&user, &id).await.map(Outcome::Page) },
        page,
    )
}

fn page(draft: DraftAdmin, user: CurrentUser) -> impl IntoView {
    // The draft's own texts (a question added here has its label nowhere else).
    if let Some(journey) = &draft.journey {
        crate::pages::show_texts_of(journey);
    }
    let journey_title = tr(&draft.title_id);
    let title = tr_with(
        "authoring-draft-title",
        &[
            ("journey", journey_title),
            ("version", draft.version.to_string()),
        ],
    );
    let base = format!("{JOURNEYS}/{}", draft.id);
    let made = match &draft.made_by {
        Some(who) => tr_with(
            "authoring-made-by",
            &[("who", who.clone()), ("at", draft.made_at.oslo_display())],
        ),
        None => tr_with(
            "authoring-made-shipped",
            &[("at", draft.made_at.oslo_display())],
        ),
    };
    // Each part erased to one type: the page's view type is otherwise too deep to lay out.
    let problems = problems(&draft, &base).map(IntoAny::into_any);
    let publish = draft
        .problems
        .is_empty()
        .then(|| publish_form(&draft, &user, &base).into_any());
    let preview = draft
        .problems
        .is_empty()
        .then(|| preview_form(&draft, &user, &base).into_any());
    let scheduled = draft.publish_at.map(|at| {
        view! {
            <div class="ds-alert" data-color="info">
                <p class="ds-paragraph">
                    {tr_with("authoring-scheduled-at", &[("at", at.oslo_display())])}
                </p>
                <form method="post" action=base.clone()>
                    {signed(&user, "unschedule")}
                    <button class="ds-button" data-variant="secondary" type="submit">
                        {tr("authoring-unschedule")}
                    </button>
                </form>
            </div>
        }
        .into_any()
    });
    let steps = draft
        .journey
        .as_ref()
        .map(|journey| steps_view(journey, &user, &base, &draft.revision));
    let compared = draft.journey.as_ref().map(|journey| {
        view! {
            <h2 class="ds-heading" data-size="md">
                {tr_with("authoring-changes-heading", &[("published", draft.published.to_string())])}
            </h2>
            {changes_view(&draft.changes, &draft.text_changes, &draft.published_journey, journey)}
            <h2 class="ds-heading" data-size="md">{tr("authoring-impact-heading")}</h2>
            {impact_view(&draft.impact)}
            <FlowDiagram journey=journey.clone() />
        }
        .into_any()
    });
    view! {
        <Title text=title.clone() />
        {back(base.clone(), tr("authoring-back-journey"))}
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        {done_notice()}
        <p class="ds-paragraph">{made}</p>
        {scheduled}
        {problems}
        {cases_view(&draft.cases)}
        <ul class="ds-list">
            <li><a class="ds-link" href=format!("{base}/draft/text")>{tr("authoring-edit-text")}</a></li>
            <li><a class="ds-link" href=format!("{base}/draft/question")>{tr("authoring-add-question")}</a></li>
            <li><a class="ds-link" href=format!("{base}/draft/texts")>{tr("authoring-texts-link")}</a></li>
            <li><a class="ds-link" href=format!("{base}/draft/prefill")>{tr("authoring-parts-prefill-link")}</a></li>
            <li><a class="ds-link" href=format!("{base}/draft/services")>{tr("authoring-parts-services-link")}</a></li>
        </ul>
        {compared}
        {steps}
        {preview}
        {publish}
        <h2 class="ds-heading" data-size="md">{tr("authoring-discard-heading")}</h2>
        <form method="post" action=base>
            {signed(&user, "discard")}
            <input type="hidden" name="version" value=draft.version.to_string() />
            <button class="ds-button" data-variant="secondary" type="submit">
                {tr("authoring-discard")}
            </button>
        </form>
    }
}

/// The saved test cases, each with how it fared on this check (a failing one is also among the
/// problems above, at its place in the text).
fn cases_view(cases: &[CaseVerdict]) -> Option<impl IntoView> {
    if cases.is_empty() {
        return None;
    }
    let items = cases
        .iter()
        .map(|case| {
            // Spelled out for the completeness test: tr("authoring-case-passed"),
            // tr("authoring-case-failed").
            let verdict = if case.passed {
                "authoring-case-passed"
            } else {
                "authoring-case-failed"
            };
            view! { <li><strong>{tr(verdict)}</strong>" — "{case.name.clone()}</li> }
        })
        .collect_view();
    Some(view! {
        <h2 class="ds-heading" data-size="md" id="cases-heading">{tr("authoring-cases-heading")}</h2>
        <p class="ds-paragraph">{tr("authoring-cases-intro")}</p>
        <ul class="ds-list" aria-labelledby="cases-heading">{items}</ul>
    })
}

/// Where a problem is, in the parts' words ("Step «family» › question «twins» › show_if"); `None`
/// for the journey as a whole.
pub(super) fn place_words(place: &Place) -> Option<String> {
    // Spelled out for the completeness test: tr("authoring-place-step"),
    // tr("authoring-place-question"), tr("authoring-place-service"), tr("authoring-place-prefill"),
    // tr("authoring-place-texts").
    let named = |id: &str, value: String| tr_with(id, &[("id", value)]);
    let mut parts: Vec<String> = Vec::new();
    if let Some(step) = &place.step {
        parts.push(named("authoring-place-step", step.clone()));
    }
    for question in [&place.field, &place.item].into_iter().flatten() {
        parts.push(named("authoring-place-question", question.clone()));
    }
    if let Some(service) = &place.service {
        parts.push(named("authoring-place-service", service.clone()));
    }
    if let Some(prefill) = place.prefill {
        parts.push(named("authoring-place-prefill", prefill.to_string()));
    }
    if let Some(lang) = &place.texts {
        parts.push(named("authoring-place-texts", lang.clone()));
    }
    if parts.is_empty() {
        return None;
    }
    if let Some(key) = &place.key {
        parts.push(key.clone());
    }
    Some(parts.join(" › "))
}

/// The checker's problems and the missing texts, as an error summary: nothing to publish until
/// they are gone.
fn problems(draft: &DraftAdmin, base: &str) -> Option<impl IntoView> {
    if draft.problems.is_empty() {
        return None;
    }
    let text = format!("{base}/draft/text");
    let items = draft
        .problems
        .iter()
        .map(|p| {
            let place = (p.line > 0).then(|| {
                tr_with(
                    "authoring-at-line",
                    &[
                        ("line", p.line.to_string()),
                        ("column", p.column.to_string()),
                    ],
                ) + " "
            });
            let part = place_words(&p.place).map(|words| format!("{words}: "));
            view! { <li><a class="ds-link" href=text.clone()>{part}{place}{p.message.clone()}</a></li> }
        })
        .collect_view();
    let missing = (!draft.missing_texts.is_empty()).then(|| {
        let rows = draft
            .missing_texts
            .iter()
            .map(|(lang, id)| view! { <tr><td>{lang.clone()}</td><td><code>{id.clone()}</code></td></tr> })
            .collect_view();
        view! {
            <h3 class="ds-heading" data-size="xs" id="missing-caption">{tr("authoring-missing-texts")}</h3>
            <div class="table-scroll" role="region" aria-labelledby="missing-caption" tabindex="0">
                <table class="ds-table">
                    <thead><tr>
                        <th scope="col">{tr("authoring-col-language")}</th>
                        <th scope="col">{tr("authoring-col-message")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let heading = tr_with(
        "authoring-problems",
        &[("count", draft.problems.len().to_string())],
    );
    Some(view! {
        <div class="ds-error-summary" role="region" aria-labelledby="problems-heading">
            <h2 class="ds-heading" data-size="sm" id="problems-heading">{heading}</h2>
            <ul class="ds-list">{items}</ul>
            {missing}
        </div>
    })
}

fn publish_form(draft: &DraftAdmin, user: &CurrentUser, base: &str) -> impl IntoView {
    let intro = tr_with(
        "authoring-publish-intro",
        &[("published", draft.published.to_string())],
    );
    view! {
        <h2 class="ds-heading" data-size="md">{tr("authoring-publish-heading")}</h2>
        <p class="ds-paragraph">{intro}</p>
        <form method="post" action=base.to_string()>
            {signed(user, "publish")}
            <input type="hidden" name="version" value=draft.version.to_string() />
            <input type="hidden" name="revision" value=draft.revision.clone() />
            <fieldset class="ds-fieldset">
                <legend class="ds-label">{tr("authoring-publish-when")}</legend>
                <div class="ds-field">
                    <input class="ds-input" type="radio" id="when-now" name="when" value="now" checked=true />
                    <label class="ds-label" data-weight="regular" for="when-now">{tr("authoring-publish-now")}</label>
                </div>
                <div class="ds-field">
                    <input class="ds-input" type="radio" id="when-at" name="when" value="at" />
                    <label class="ds-label" data-weight="regular" for="when-at">{tr("authoring-publish-at")}</label>
                </div>
                <div class="ds-field">
                    <label class="ds-label" data-weight="regular" for="publish-at">{tr("authoring-publish-time")}</label>
                    <input class="ds-input" type="datetime-local" id="publish-at" name="at" />
                </div>
            </fieldset>
            <div class="ds-field">
                <input class="ds-input" type="checkbox" id="move-drafts" name="move_drafts" value="yes" />
                <label class="ds-label" data-weight="regular" for="move-drafts">{tr("authoring-move-drafts")}</label>
            </div>
            {per_change_moves(&draft.impact)}
            <button class="ds-button" type="submit">{tr("authoring-publish")}</button>
        </form>
    }
}

/// "Preview as a citizen": the draft walked through the citizen's pages as a synthetic person.
fn preview_form(draft: &DraftAdmin, user: &CurrentUser, base: &str) -> impl IntoView {
    let people = draft
        .preview_people
        .iter()
        .map(|(pid, name)| view! { <option value=pid.clone()>{name.clone()}</option> })
        .collect_view();
    view! {
        <h2 class="ds-heading" data-size="md">{tr("authoring-preview-heading")}</h2>
        <p class="ds-paragraph">{tr("authoring-preview-intro")}</p>
        <form method="post" action=base.to_string()>
            {signed(user, "preview")}
            <div class="ds-field">
                <label class="ds-label" for="preview-person">{tr("authoring-preview-person")}</label>
                <select class="ds-input" id="preview-person" name="person">{people}</select>
            </div>
            <button class="ds-button" data-variant="secondary" type="submit">{tr("authoring-preview")}</button>
        </form>
    }
}
