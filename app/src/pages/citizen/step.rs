//! One step of a journey: its questions as a plain form that posts to the same address (and
//! works without JavaScript), with the count of steps, the error summary, and what the server
//! has to say (a clash with another tab, a register that could not be read, a save that failed).

use super::{
    fields::{field_view, ErrorSummary, FieldContext},
    model::{StepAsk, StepView},
    text::register_name,
};
use crate::{
    auth::CurrentUser,
    components::StepEnhancer,
    i18n::{tr, tr_with},
    journey::{compare::Notice, flow, Answer, Journey, Problem},
    pages::{auth::set_status, load::citizen_page},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// A post whose step must be shown again (saving failed): the server renders the step with it
/// instead of loading the saved answers, so nothing typed is lost.
#[derive(Clone, Debug)]
pub struct UnsavedStep(pub StepView);

fn step_of(view_data: &StepView) -> String {
    let args = [
        ("position", view_data.position.to_string()),
        ("total", view_data.total.to_string()),
    ];
    if view_data.changed {
        tr_with("journey-step-of-changed", &args)
    } else {
        tr_with("journey-step-of", &args)
    }
}

#[component]
pub fn StepPage() -> impl IntoView {
    let (draft, step) = use_params_map().with_untracked(|p| {
        (
            p.get("draft").unwrap_or_default(),
            p.get("step").unwrap_or_default(),
        )
    });
    let ask = use_query_map().with_untracked(|q| StepAsk {
        return_to_check: q.get("return").as_deref() == Some("check"),
        invalid: q.get("invalid").is_some(),
        conflict: q.get("conflict").is_some(),
        parked: None,
    });
    let parked = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<ParkedStep>().cloned());
    let unsaved = use_context::<UnsavedStep>();
    citizen_page(
        move |citizen, user| async move {
            if let Some(UnsavedStep(view)) = unsaved {
                return Ok(super::model::Outcome::Page(view));
            }
            let ask = StepAsk {
                parked: parked.map(|p| p.0),
                ..ask
            };
            citizen.step(&user, &draft, &step, ask).await
        },
        step_page,
    )
}

/// A step typed before the session ended, taken from the new session by the server for the
/// step it was posted to (see the server's `http::citizen::parked`).
#[derive(Clone, Debug)]
pub struct ParkedStep(pub Vec<(String, String)>);

fn step_page(view_data: StepView, user: CurrentUser) -> impl IntoView {
    let journey = view_data.journey.clone();
    super::super::show_texts_of(&journey);
    // A step shown with its errors is an answer that was not accepted; one whose save failed is
    // the portal's failure.
    if view_data.unsaved.is_some() {
        set_status(http::StatusCode::SERVICE_UNAVAILABLE);
    } else if !view_data.errors.is_empty() {
        set_status(http::StatusCode::UNPROCESSABLE_ENTITY);
    }
    let step = &journey.steps[view_data.step];
    let step_title = tr(&journey.step_title_id(step));
    let journey_title = tr(&journey.meta.title_id());
    let title = if view_data.errors.is_empty() {
        format!("{step_title} – {journey_title}")
    } else {
        format!(
            "{}: {step_title} – {journey_title}",
            tr("error-title-prefix")
        )
    };
    let ctx = FieldContext {
        journey: &journey,
        errors: &view_data.errors,
        hidden: &view_data.hidden,
        sources: &view_data.sources,
        answers: &view_data.answers,
    };
    // A register that could not be read for a question still unanswered here: say so, once.
    let unanswered = step
        .fields
        .iter()
        .filter(|f| view_data.answers.get(&f.id).is_none_or(Answer::is_empty))
        .map(|f| f.id.as_str());
    let unavailable = view_data
        .sources
        .unavailable(unanswered)
        .into_iter()
        .map(|register| {
            let text = tr_with("prefill-unavailable", &[("register", register_name(register))]);
            view! { <div class="ds-alert" data-color="info"><p class="ds-paragraph">{text}</p></div> }
        })
        .collect_view();
    let fields = step
        .fields
        .iter()
        .map(|f| field_view(&ctx, f, f.id.clone(), view_data.answers.get(&f.id)))
        .collect_view();
    let intro = step
        .intro
        .then(|| view! { <p class="ds-paragraph">{tr(&journey.step_intro_id(step))}</p> });
    let parked = view_data.parked.then(|| {
        view! { <div class="ds-alert" data-color="warning" role="alert"><p class="ds-paragraph">{tr("draft-parked")}</p></div> }
    });
    let unsaved = view_data.unsaved.clone().map(|incident| {
        view! {
            <div class="ds-alert" data-color="danger" role="alert">
                <p class="ds-paragraph">{tr_with("step-unsaved", &[("incident", incident)])}</p>
            </div>
        }
    });
    let changed = changes_notice(&journey, &view_data.changes);
    let preview = view_data
        .preview
        .clone()
        .map(|name| super::preview_banner(&journey, name));
    let conflict = view_data.conflict.then(|| {
        view! { <div class="ds-alert" data-color="warning" role="alert"><p class="ds-paragraph">{tr("draft-conflict")}</p></div> }
    });
    let summary = (!view_data.errors.is_empty()).then(
        || view! { <ErrorSummary journey=journey.clone() errors=view_data.errors.clone() /> },
    );
    let action = format!("/journey/{}/{}", view_data.draft_id, step.id);
    let messages: Vec<(String, String)> = Problem::MESSAGE_IDS
        .iter()
        .map(|id| {
            (
                id.to_string(),
                tr_with(id, &[("max", "{max}".into()), ("min", "{min}".into())]),
            )
        })
        .collect();
    // The island gets this step and the earlier answers its conditions read, not the journey.
    let (slice, read) = view_data.island.clone();
    view! {
        <Title text=title />
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link back-link" href=view_data.back.clone()>{tr("journey-back")}</a>
        </nav>
        {summary}
        <p class="ds-paragraph step-caption" data-size="sm">
            {journey_title.clone()} " · "
            {step_of(&view_data)}
        </p>
        <h1 class="ds-heading" data-size="lg">{step_title}</h1>
        {preview}
        {intro}
        {unavailable}
        {unsaved}
        {parked}
        {changed}
        {conflict}
        <StepEnhancer journey=slice step=flow::ISLAND_STEP answers=read messages=messages today=view_data.today.clone()>
        <form method="post" action=action novalidate class="journey-form">
            <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
            <input type="hidden" name="revision" value=view_data.revision.to_string() />
            <input type="hidden" name="base" value=view_data.base.clone() />
            {view_data.return_to_check.then(|| view! { <input type="hidden" name="return" value="check" /> })}
            {fields}
            <div class="journey-form__buttons">
                <button class="ds-button" type="submit" name="action" value="continue">{tr("journey-continue")}</button>
                <button class="ds-button" data-variant="secondary" type="submit" name="action" value="save" formnovalidate>{tr("journey-save-later")}</button>
            </div>
        </form>
        </StepEnhancer>
    }
}

/// What changed for this citizen since their draft was moved to a newer version of the journey:
/// once, first on the page they come back to. Each line names the question as they see it.
fn changes_notice(journey: &Journey, changes: &[Notice]) -> Option<AnyView> {
    if changes.is_empty() {
        return None;
    }
    let label = |field: &str| {
        journey
            .any_field(field)
            .map(|f| tr(&journey.label_id(f)))
            .unwrap_or_else(|| field.to_string())
    };
    let items = changes
        .iter()
        .map(|change| {
            let text = match change {
                Notice::NewQuestion { step, field_id, .. } => tr_with(
                    "draft-moved-new-question",
                    &[("step", step.to_string()), ("question", label(field_id))],
                ),
                Notice::AnswerRemoved { field_id } => tr_with(
                    "draft-moved-answer-removed",
                    &[("question", label(field_id))],
                ),
                Notice::QuestionChanged { step, field_id } => tr_with(
                    "draft-moved-question-changed",
                    &[("step", step.to_string()), ("question", label(field_id))],
                ),
            };
            view! { <li>{text}</li> }
        })
        .collect_view();
    Some(
        view! {
            <div class="ds-alert" data-color="info" role="status">
                <h2 class="ds-heading" data-size="xs">{tr("draft-moved-heading")}</h2>
                <ul class="ds-list">{items}</ul>
            </div>
        }
        .into_any(),
    )
}
