//! `/admin/journeys/<id>/draft/step/<step>/question/<path>`: edit or remove a question (`<path>`
//! is `<field>`, or `<group>.<field>` for one inside a repeating group) — whether it is
//! required and has help, when it is shown, the settings its type has, its options, its label
//! and help in every language side by side. Its type is shown, not changed (a new type is a new
//! question). A refused form comes back with what was typed and each problem at its field.

use super::{
    authoring_page, back, journey_param,
    parts_view::{checkbox, error_at, input, per_language, remove_form, summary},
    signed, JOURNEYS,
};
use crate::{
    auth::CurrentUser,
    components::ConditionChecker,
    error::AppError,
    i18n::{tr, tr_with},
    journey::condition::{readable_before, ScopeField},
    pages::{
        admin::{
            labelled_field as field,
            model::{DraftAdmin, QuestionProblem},
            parts_model::{settings_of, written_question, QuestionForm},
        },
        citizen::model::Outcome,
    },
};
use leptos::prelude::*;
use leptos_meta::Title;

/// A refused question form, given by the server with the page: what was typed (`None`: a
/// removal was refused, the form shows the draft) and what is wrong.
#[derive(Clone, Debug, Default)]
pub struct QuestionEditTyped {
    pub form: Option<QuestionForm>,
    pub problems: Vec<QuestionProblem>,
}

#[component]
pub fn QuestionEditPage() -> impl IntoView {
    let id = journey_param();
    let (step, path) = leptos_router::hooks::use_params_map().with_untracked(|p| {
        (
            p.get("step").unwrap_or_default(),
            p.get("field").unwrap_or_default(),
        )
    });
    let typed = use_context::<QuestionEditTyped>().unwrap_or_default();
    authoring_page(
        move |port, user| async move {
            let draft = port.draft(&user, &id).await?;
            let written = written_question(&draft.source, &draft.id, &draft.texts, &step, &path)
                .ok_or(AppError::NotFound)?;
            Ok(Outcome::Page((draft, written)))
        },
        move |(draft, written), user| page(draft, user, written, typed),
    )
}

/// The settings the question's type has, as inputs.
fn settings(form: &QuestionForm, problems: &[QuestionProblem]) -> impl IntoView {
    settings_of(&form.kind)
        .iter()
        .map(|setting| {
            // Spelled out for the completeness test: tr("authoring-parts-setting-max_length"),
            // tr("authoring-parts-setting-min"), tr("authoring-parts-setting-max"),
            // tr("authoring-parts-setting-not_before"), tr("authoring-parts-setting-not_after").
            let label = tr(&format!("authoring-parts-setting-{setting}"));
            match *setting {
                "options" => {
                    let error = error_at(problems, "options");
                    field("e-options", tr("authoring-question-options"), error.clone(), view! {
                        <textarea class="ds-input" id="e-options" name="options" rows="6" aria-invalid=error.map(|_| "true") aria-describedby="e-options-help e-options-error">{form.options.clone()}</textarea>
                        <p class="ds-paragraph" id="e-options-help">{tr("authoring-question-options-help")}</p>
                    }).into_any()
                }
                name => {
                    let value = match name {
                        "max_length" => &form.max_length,
                        "min" => &form.min,
                        "max" => &form.max,
                        "not_before" => &form.not_before,
                        _ => &form.not_after,
                    };
                    let help = name.starts_with("not_").then(|| tr("authoring-parts-setting-date-help"));
                    input(("e-", name), label, value.clone(), problems, help).into_any()
                }
            }
        })
        .collect_view()
}

fn page(
    draft: DraftAdmin,
    user: CurrentUser,
    written: QuestionForm,
    typed: QuestionEditTyped,
) -> impl IntoView {
    let title = tr_with(
        "authoring-parts-question-title",
        &[
            ("journey", tr(&draft.title_id)),
            ("question", written.path.clone()),
        ],
    );
    let base = format!("{JOURNEYS}/{}", draft.id);
    let action = format!(
        "{base}/draft/step/{}/question/{}",
        written.step, written.path
    );
    let QuestionEditTyped { form, problems } = typed;
    let form = match form {
        Some(typed) => QuestionForm {
            kind: written.kind.clone(),
            ..typed
        },
        None => written,
    };
    let kind = tr_with(
        "authoring-parts-question-kind",
        &[("kind", tr(&format!("authoring-kind-{}", form.kind)))],
    );
    let blocked = draft.journey.is_none().then(|| {
        view! { <div class="ds-alert" data-color="warning"><p class="ds-paragraph">{tr("authoring-parts-needs-valid-draft")}</p></div> }
    });
    let remove = remove_form(
        &user,
        action.clone(),
        &draft.revision,
        tr("authoring-parts-question-remove"),
    );
    // What the question's condition may read, as the admin types it: the answers before it (a
    // group's question: before its group).
    let scopes: Vec<(String, Vec<ScopeField>)> = draft
        .journey
        .as_ref()
        .and_then(|journey| {
            let (index, _) = journey.step(&form.step)?;
            let at = form.path.split('.').next().unwrap_or_default();
            Some(vec![(
                String::new(),
                readable_before(journey, index, Some(at)),
            )])
        })
        .unwrap_or_default();
    let condition = input(
        ("e-", "condition"),
        tr("authoring-question-condition"),
        form.condition.clone(),
        &problems,
        Some(tr("authoring-question-condition-help")),
    );
    view! {
        <Title text=title.clone() />
        {back(format!("{base}/draft"), tr("authoring-back-draft"))}
        {summary(&problems, "e-", "e-form")}
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        {blocked}
        <p class="ds-paragraph">{kind}</p>
        <form method="post" action=action id="e-form">
            {signed(&user, "save")}
            <input type="hidden" name="revision" value=draft.revision.clone() />
            {checkbox("e-required", "required", tr("authoring-question-required"), form.required)}
            <ConditionChecker scopes=scopes input_id="e-condition".to_string() step_id=String::new() ok_text=tr("authoring-question-condition-ok")>
                {condition}
            </ConditionChecker>
            {settings(&form, &problems)}
            {per_language(("e-", "label"), tr("authoring-question-labels"), &form.label, &problems)}
            {checkbox("e-help", "help", tr("authoring-parts-question-help"), form.help)}
            {per_language(("e-", "help"), tr("authoring-parts-question-helps"), &form.help_text, &problems)}
            {checkbox("e-show_if_text", "show_if_text", tr("authoring-parts-question-show-if-text"), form.show_if_text)}
            {per_language(("e-", "show-if"), tr("authoring-parts-question-show-if-words"), &form.show_if_words, &problems)}
            {checkbox("e-about", "about", tr("authoring-parts-question-about"), form.about)}
            <button class="ds-button" type="submit">{tr("authoring-parts-save")}</button>
        </form>
        {remove}
    }
}
