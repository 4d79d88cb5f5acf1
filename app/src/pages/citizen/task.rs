//! `/task/<id>`: an agency asks for more information — the reason, the answers to correct (only
//! those fields, filled in as they were sent) and a free question. A plain form that works
//! without JavaScript; refused answers come back with the error summary and what was typed.

use super::{
    fields::{field_view, ErrorSummary, FieldContext},
    model::{TaskCard, TaskView},
    text::{display_time, journey_of, title_of},
};
use crate::{
    auth::CurrentUser,
    i18n::{tr, tr_with},
    journey::Sources,
    pages::{auth::set_status, load::citizen_page, NotFound},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// An answer that must be shown again (refused): the server renders the task with it.
#[derive(Clone, Debug)]
pub struct TaskReply(pub TaskView);

#[component]
pub fn TaskPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let reply = use_context::<TaskReply>();
    citizen_page(
        move |citizen, user| async move {
            if let Some(TaskReply(view)) = reply {
                return Ok(super::model::Outcome::Page(view));
            }
            citizen.task(&user, &id).await
        },
        task_page,
    )
}

fn task_page(task: TaskView, user: CurrentUser) -> impl IntoView {
    let Some(journey) = journey_of(&task.journey_id) else {
        return Either::Left(view! { <NotFound /> });
    };
    let refused = !task.errors.is_empty() || task.reply_refused;
    if refused {
        set_status(http::StatusCode::UNPROCESSABLE_ENTITY);
    }
    let agency = tr(&task.agency.name_message_id());
    let title = tr_with("task-title", &[("agency", agency.clone())]);
    let none: Vec<String> = Vec::new();
    let sources = Sources::default();
    let ctx = FieldContext {
        journey: &journey,
        errors: &task.errors,
        hidden: &none,
        sources: &sources,
        answers: &task.answers,
    };
    let fields = task
        .fields
        .iter()
        .filter_map(|id| journey.any_field(id))
        .map(|field| field_view(&ctx, field, field.id.clone(), task.answers.get(&field.id)))
        .collect_view();
    let summary = (!task.errors.is_empty())
        .then(|| view! { <ErrorSummary journey=journey.clone() errors=task.errors.clone() /> });
    let question = task.question.clone().map(|question| {
        let error = task.reply_refused.then(|| tr("task-reply-refused"));
        let invalid = error.as_ref().map(|_| "true");
        view! {
            <div class="ds-field">
                <label class="ds-label" for="task-reply">{question}</label>
                <div class="ds-validation-message" data-field="validation" id="task-reply-error" hidden=error.is_none()>{error.clone()}</div>
                <textarea class="ds-input" id="task-reply" name="reply" rows="4" aria-invalid=invalid aria-describedby="task-reply-error" autofocus=error.is_some() && task.errors.is_empty()>{task.reply.clone()}</textarea>
            </div>
        }
    });
    Either::Right(view! {
        <Title text=title.clone() />
        <nav aria-label=tr("breadcrumbs-label")>
            <a class="ds-link back-link" href="/my-page">{tr("journey-back")}</a>
        </nav>
        {summary}
        <p class="ds-paragraph step-caption" data-size="sm">{title_of(&task.journey_id)} " · " {task.reference.clone()}</p>
        <h1 class="ds-heading" data-size="lg">{title}</h1>
        <div class="ds-alert" data-color="info">
            <p class="ds-paragraph"><strong>{tr_with("task-reason", &[("agency", agency)])}</strong></p>
            <p class="ds-paragraph case-history__text">{task.reason.clone()}</p>
        </div>
        <form method="post" action=format!("/task/{}", task.id) novalidate class="journey-form">
            <input type="hidden" name="csrf_token" value=user.csrf_token.clone() />
            {fields}
            {question}
            <div class="journey-form__buttons">
                <button class="ds-button" type="submit">{tr("task-send")}</button>
            </div>
        </form>
    })
}

/// The requests still to answer, first on *My page*.
pub(super) fn tasks(tasks: &[TaskCard]) -> impl IntoView {
    (!tasks.is_empty()).then(|| {
        let items = tasks
            .iter()
            .map(|task| {
                let agency = tr(&task.agency.name_message_id());
                view! {
                    <li class="ds-card my-page__item">
                        <h3 class="ds-heading" data-size="xs">
                            <a class="ds-link" href=format!("/task/{}", task.id)>{tr_with("task-title", &[("agency", agency)])}</a>
                        </h3>
                        <p class="ds-paragraph" data-size="sm">{title_of(&task.journey_id)} " · " {task.reference.clone()} " · " {display_time(&task.asked_at)}</p>
                        <p class="ds-paragraph case-history__text">{task.reason.clone()}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2 class="ds-heading" data-size="md">{tr("my-page-tasks")}</h2>
            <ul class="my-page__list">{items}</ul>
        }
    })
}
