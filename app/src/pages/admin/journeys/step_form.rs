//! `/admin/journeys/<id>/draft/step` (add a step) and `…/draft/step/<step>` (edit or remove
//! one): its id and where it goes (when added), whether it has an intro, when it is shown (a
//! condition), its heading and intro in every language side by side. A refused form comes back
//! with what was typed and each problem at its field, after an error summary linking to each.

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
    journey::condition::{readable_after, readable_before, ScopeField},
    pages::{
        admin::{
            labelled_field as field,
            model::{DraftAdmin, QuestionProblem},
            parts_model::{written_questions, written_step, StepForm},
        },
        citizen::model::Outcome,
    },
};
use leptos::prelude::*;
use leptos_meta::Title;

/// Where the citizen goes next, and when: one branch a line, with its problem at the field.
fn branches_field(branches: &str, problems: &[QuestionProblem]) -> impl IntoView {
    let error = error_at(problems, "branches");
    field(
        "s-branches",
        tr("authoring-parts-branches"),
        error.clone(),
        view! {
            <textarea class="ds-input" id="s-branches" name="branches" rows="3" spellcheck="false" aria-invalid=error.map(|_| "true") aria-describedby="s-branches-help s-branches-error">{branches.to_string()}</textarea>
            <p class="ds-paragraph" id="s-branches-help">{tr("authoring-parts-branches-help")}</p>
        },
    )
}

/// A refused step form, given by the server with the page: what was typed (`None`: a removal
/// was refused, the form shows the draft) and what is wrong.
#[derive(Clone, Debug, Default)]
pub struct StepTyped {
    pub form: Option<StepForm>,
    pub problems: Vec<QuestionProblem>,
}

fn step_param() -> String {
    leptos_router::hooks::use_params_map().with_untracked(|p| p.get("step").unwrap_or_default())
}

#[component]
pub fn StepAddPage() -> impl IntoView {
    let id = journey_param();
    let typed = use_context::<StepTyped>().unwrap_or_default();
    authoring_page(
        move |port, user| async move { port.draft(&user, &id).await.map(Outcome::Page) },
        move |draft, user| page(draft, user, None, typed),
    )
}

#[component]
pub fn StepEditPage() -> impl IntoView {
    let id = journey_param();
    let step = step_param();
    let typed = use_context::<StepTyped>().unwrap_or_default();
    authoring_page(
        move |port, user| async move {
            let draft = port.draft(&user, &id).await?;
            if written_step(&draft.source, &draft.id, &[], &step).is_none() {
                return Err(AppError::NotFound);
            }
            Ok(Outcome::Page((draft, step)))
        },
        move |(draft, step), user| page(draft, user, Some(step), typed),
    )
}

fn page(
    draft: DraftAdmin,
    user: CurrentUser,
    editing: Option<String>,
    typed: StepTyped,
) -> impl IntoView {
    let journey = tr(&draft.title_id);
    let title = match &editing {
        Some(step) => tr_with(
            "authoring-parts-step-edit-title",
            &[("journey", journey), ("step", step.clone())],
        ),
        None => tr_with("authoring-parts-step-add-title", &[("journey", journey)]),
    };
    let base = format!("{JOURNEYS}/{}", draft.id);
    let StepTyped { form, problems } = typed;
    let form = form.unwrap_or_else(|| match &editing {
        Some(step) => {
            written_step(&draft.source, &draft.id, &draft.texts, step).unwrap_or_default()
        }
        None => StepForm::default(),
    });
    // What the step's condition may read, as the admin types it: the steps before it — where
    // it is, or (a new step) after the step chosen, by the choice's value.
    let (scopes, place_id): (Vec<(String, Vec<ScopeField>)>, &str) =
        match (&draft.journey, &editing) {
            (Some(journey), Some(step)) => {
                let index = journey.step(step).map_or(0, |(i, _)| i);
                (
                    vec![(String::new(), readable_before(journey, index, None))],
                    "",
                )
            }
            (Some(journey), None) => {
                let mut scopes = vec![(String::new(), readable_before(journey, 0, None))];
                scopes.extend(
                    journey
                        .steps
                        .iter()
                        .enumerate()
                        .map(|(i, s)| (s.id.clone(), readable_after(journey, i))),
                );
                (scopes, "s-after")
            }
            (None, _) => (Vec::new(), ""),
        };
    let condition = input(
        ("s-", "condition"),
        tr("authoring-question-condition"),
        form.condition.clone(),
        &problems,
        Some(tr("authoring-question-condition-help")),
    );
    let place = match &editing {
        None => {
            let steps = draft
                .journey
                .as_ref()
                .map(|j| {
                    j.steps
                        .iter()
                        .map(|s| (s.id.clone(), tr(&j.step_title_id(s))))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default();
            let options = steps
                .into_iter()
                .map(|(id, label)| {
                    let selected = id == form.after;
                    view! { <option value=id.clone() selected=selected>{format!("{label} ({id})")}</option> }
                })
                .collect_view();
            let error = error_at(&problems, "after");
            Some(view! {
                {input(("s-", "id"), tr("authoring-parts-step-id"), form.id.clone(), &problems, Some(tr("authoring-parts-step-id-help")))}
                {field("s-after", tr("authoring-parts-step-after"), error, view! {
                    <select class="ds-input" id="s-after" name="after">
                        <option value="" selected=form.after.is_empty()>{tr("authoring-parts-step-first")}</option>
                        {options}
                    </select>
                })}
            })
        }
        Some(_) => None,
    };
    let questions = editing.as_ref().map(|step| {
        let items = written_questions(&draft.source, step)
            .into_iter()
            .map(|(path, kind)| {
                let href = format!("{base}/draft/step/{step}/question/{path}");
                let kind = tr(&format!("authoring-kind-{kind}"));
                view! { <li><a class="ds-link" href=href><code>{path.clone()}</code></a>" — "{kind}</li> }
            })
            .collect_view();
        view! {
            <h2 class="ds-heading" data-size="sm">{tr("authoring-parts-step-questions")}</h2>
            <ul class="ds-list">{items}</ul>
            <p class="ds-paragraph"><a class="ds-link" href=format!("{base}/draft/question")>{tr("authoring-add-question")}</a></p>
        }
    });
    let (action, button, remove) = match &editing {
        Some(step) => (
            format!("{base}/draft/step/{step}"),
            tr("authoring-parts-save"),
            Some(remove_form(
                &user,
                format!("{base}/draft/step/{step}"),
                &draft.revision,
                tr("authoring-parts-step-remove"),
            )),
        ),
        None => (
            format!("{base}/draft/step"),
            tr("authoring-parts-step-add"),
            None,
        ),
    };
    let signed_as = if editing.is_some() { "save" } else { "add" };
    let blocked = draft.journey.is_none().then(|| {
        view! { <div class="ds-alert" data-color="warning"><p class="ds-paragraph">{tr("authoring-parts-needs-valid-draft")}</p></div> }
    });
    view! {
        <Title text=title.clone() />
        {back(format!("{base}/draft"), tr("authoring-back-draft"))}
        {summary(&problems, "s-", "s-form")}
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        {blocked}
        <form method="post" action=action id="s-form">
            {signed(&user, signed_as)}
            <input type="hidden" name="revision" value=draft.revision.clone() />
            {place}
            <ConditionChecker scopes=scopes input_id="s-condition".to_string() step_id=place_id.to_string() ok_text=tr("authoring-question-condition-ok")>
                {condition}
            </ConditionChecker>
            {per_language(("s-", "heading"), tr("authoring-parts-step-headings"), &form.heading, &problems)}
            {checkbox("s-intro", "intro", tr("authoring-parts-step-intro"), form.intro)}
            {per_language(("s-", "intro"), tr("authoring-parts-step-intros"), &form.intro_text, &problems)}
            {branches_field(&form.branches, &problems)}
            <button class="ds-button" type="submit">{button}</button>
        </form>
        {questions}
        {remove}
    }
}
