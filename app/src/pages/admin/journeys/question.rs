//! `/admin/journeys/<id>/draft/question`: add a question to a step of the draft — its id, type,
//! whether it is required, when it is shown (a condition), its options and its label in every
//! language side by side. A refused form comes back with what was typed and each problem at its
//! field (an error summary first, linking to each), as the citizen's forms do.

use super::{
    authoring_page, back, journey_param,
    parts_view::{error_at, summary},
    signed, JOURNEYS,
};
use crate::pages::admin::labelled_field as field;
use crate::{
    auth::CurrentUser,
    components::ConditionChecker,
    i18n::{tr, tr_with, Lang},
    journey::condition::{readable_after, ScopeField},
    pages::{
        admin::model::{DraftAdmin, NewQuestion, QuestionProblem, GROUP_KIND, QUESTION_KINDS},
        citizen::model::Outcome,
    },
};
use leptos::prelude::*;
use leptos_meta::Title;

/// A refused question, given by the server with the page: what was typed and what is wrong.
#[derive(Clone, Debug, Default)]
pub struct QuestionTyped {
    pub question: NewQuestion,
    pub problems: Vec<QuestionProblem>,
}

#[component]
pub fn QuestionPage() -> impl IntoView {
    let id = journey_param();
    let typed = use_context::<QuestionTyped>().unwrap_or_default();
    authoring_page(
        move |port, user| async move { port.draft(&user, &id).await.map(Outcome::Page) },
        move |draft, user| page(draft, user, typed),
    )
}

fn page(draft: DraftAdmin, user: CurrentUser, typed: QuestionTyped) -> impl IntoView {
    let title = tr_with(
        "authoring-question-title",
        &[("journey", tr(&draft.title_id))],
    );
    let base = format!("{JOURNEYS}/{}", draft.id);
    let QuestionTyped { question, problems } = typed;
    let summary = summary(&problems, "q-", "q-step");
    let error_at = |field: &str| error_at(&problems, field);
    let steps = draft
        .journey
        .as_ref()
        .map(|j| {
            // A step, or a repeating group on it (`<step>.<group>`): the question goes inside.
            j.steps
                .iter()
                .flat_map(|s| {
                    let title = tr(&j.step_title_id(s));
                    let groups = s.fields.iter().filter(|f| f.kind.is_group()).map(|g| {
                        let label = format!("{title} › {}", tr(&j.label_id(g)));
                        (format!("{}.{}", s.id, g.id), label)
                    });
                    std::iter::once((s.id.clone(), title.clone())).chain(groups.collect::<Vec<_>>())
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    // What a question at the end of each step may read, for the condition's check as one types.
    let scopes: Vec<(String, Vec<ScopeField>)> = draft
        .journey
        .as_ref()
        .map(|j| {
            // A repeating group on a step (`<step>.<group>`) reads what its step does.
            j.steps
                .iter()
                .enumerate()
                .flat_map(|(i, s)| {
                    let groups = s.fields.iter().filter(|f| f.kind.is_group());
                    let places = std::iter::once(s.id.clone())
                        .chain(groups.map(|g| format!("{}.{}", s.id, g.id)));
                    places.map(move |place| (place, readable_after(j, i)))
                })
                .collect()
        })
        .unwrap_or_default();
    let condition_error = error_at("condition");
    let condition_field = field(
        "q-condition",
        tr("authoring-question-condition"),
        condition_error.clone(),
        view! {
            <input class="ds-input" type="text" id="q-condition" name="condition" value=question.condition.clone() autocomplete="off" spellcheck="false" aria-invalid=condition_error.map(|_| "true") aria-describedby="q-condition-help q-condition-error q-condition-live" />
            <p class="ds-paragraph" id="q-condition-help">{tr("authoring-question-condition-help")}</p>
        },
    );
    let step_options = steps
        .into_iter()
        .map(|(id, label)| {
            let selected = id == question.step;
            view! { <option value=id.clone() selected=selected>{format!("{label} ({id})")}</option> }
        })
        .collect_view();
    let kind_options = QUESTION_KINDS
        .iter()
        .chain([&GROUP_KIND])
        .map(|kind| {
            // Spelled out: the kinds' names are `authoring-kind-<kind>` (see the Fluent files).
            let label = tr(&format!("authoring-kind-{kind}"));
            view! { <option value=*kind selected=question.kind == *kind>{label}</option> }
        })
        .collect_view();
    // One text in every language, side by side: `<prefix>-<language>` each. Spelled out for the
    // completeness test: tr("authoring-question-label-in"),
    // tr("authoring-question-item-heading-in"), tr("authoring-question-item-label-in").
    let per_language = |prefix: &str, label_id: &str, texts: &[String; 3]| {
        Lang::ALL
            .iter()
            .enumerate()
            .map(|(i, lang)| {
                let name = format!("{prefix}-{}", lang.code());
                let input = format!("q-{name}");
                let label = tr_with(label_id, &[("language", lang.native_name().to_string())]);
                let error = error_at(&name);
                view! {
                    {field(&input, label, error.clone(), view! {
                        <input class="ds-input" type="text" id=input.clone() name=name lang=lang.code() value=texts[i].clone() aria-invalid=error.as_ref().map(|_| "true") aria-describedby=error.as_ref().map(|_| format!("{input}-error")) />
                    })}
                }
            })
            .collect_view()
    };
    let labels = per_language("label", "authoring-question-label-in", &question.label);
    let item = &question.item;
    let item_kinds = QUESTION_KINDS
        .iter()
        .filter(|kind| !matches!(**kind, "one_of" | "many_of"))
        .map(|kind| {
            let label = tr(&format!("authoring-kind-{kind}"));
            view! { <option value=*kind selected=item.kind == *kind>{label}</option> }
        })
        .collect_view();
    let group = view! {
        <fieldset class="ds-fieldset">
            <legend class="ds-label">{tr("authoring-question-group")}</legend>
            <p class="ds-paragraph">{tr("authoring-question-group-help")}</p>
            <fieldset class="ds-fieldset">
                <legend class="ds-label">{tr("authoring-question-item-headings")}</legend>
                {per_language("item-heading", "authoring-question-item-heading-in", &item.heading)}
            </fieldset>
            {field("q-item_id", tr("authoring-question-item-id"), error_at("item_id"), view! {
                <input class="ds-input" type="text" id="q-item_id" name="item_id" value=item.id.clone() autocomplete="off" spellcheck="false" aria-invalid=error_at("item_id").map(|_| "true") aria-describedby="q-item_id-error" />
            })}
            {field("q-item_kind", tr("authoring-question-item-kind"), error_at("item_kind"), view! {
                <select class="ds-input" id="q-item_kind" name="item_kind">{item_kinds}</select>
            })}
            <fieldset class="ds-fieldset">
                <legend class="ds-label">{tr("authoring-question-item-labels")}</legend>
                {per_language("item-label", "authoring-question-item-label-in", &item.label)}
            </fieldset>
        </fieldset>
    };
    let blocked = draft.journey.is_none().then(|| {
        view! { <div class="ds-alert" data-color="warning"><p class="ds-paragraph">{tr("authoring-question-needs-valid-draft")}</p></div> }
    });
    view! {
        <Title text=title.clone() />
        {back(format!("{base}/draft"), tr("authoring-back-draft"))}
        {summary}
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        {blocked}
        <form method="post" action=format!("{base}/draft/question")>
            {signed(&user, "add")}
            <input type="hidden" name="revision" value=draft.revision />
            {field("q-step", tr("authoring-question-step"), error_at("step"), view! {
                <select class="ds-input" id="q-step" name="step">{step_options}</select>
            })}
            {field("q-id", tr("authoring-question-id"), error_at("id"), view! {
                <input class="ds-input" type="text" id="q-id" name="id" value=question.id.clone() autocomplete="off" spellcheck="false" aria-invalid=error_at("id").map(|_| "true") aria-describedby="q-id-help q-id-error" />
                <p class="ds-paragraph" id="q-id-help">{tr("authoring-question-id-help")}</p>
            })}
            {field("q-kind", tr("authoring-question-kind"), error_at("kind"), view! {
                <select class="ds-input" id="q-kind" name="kind">{kind_options}</select>
            })}
            <div class="ds-field">
                <input class="ds-input" type="checkbox" id="q-required" name="required" value="yes" checked=question.required />
                <label class="ds-label" data-weight="regular" for="q-required">{tr("authoring-question-required")}</label>
            </div>
            <ConditionChecker scopes=scopes input_id="q-condition".to_string() step_id="q-step".to_string() ok_text=tr("authoring-question-condition-ok")>
                {condition_field}
            </ConditionChecker>
            {field("q-options", tr("authoring-question-options"), error_at("options"), view! {
                <textarea class="ds-input" id="q-options" name="options" rows="4" aria-invalid=error_at("options").map(|_| "true") aria-describedby="q-options-help q-options-error">{question.options.clone()}</textarea>
                <p class="ds-paragraph" id="q-options-help">{tr("authoring-question-options-help")}</p>
            })}
            <fieldset class="ds-fieldset">
                <legend class="ds-label">{tr("authoring-question-labels")}</legend>
                {labels}
            </fieldset>
            {group}
            <button class="ds-button" type="submit">{tr("authoring-question-add")}</button>
        </form>
    }
}
