//! The draft's steps and their questions, in order: each linked to its form (a repeating
//! group's questions too), with "why is this shown?" (a disclosure that works without
//! JavaScript) and buttons that move it one place up or down (a plain post each; the page comes
//! back at the step moved); under them, "add a step". With JavaScript a step, or a question
//! within its step, can also be dragged to its place (`DragReorder`, which posts the same form).

use super::signed;
use crate::{
    auth::CurrentUser,
    components::DragReorder,
    i18n::{tr, tr_with},
    journey::{
        explain::{why_shown, why_shown_field},
        Field, Journey,
    },
    pages::admin::WhyShown,
};
use leptos::prelude::*;

/// "Move up" and "Move down" for a step (`field` `None`) or a question, as far as it can go.
fn move_buttons(
    (user, base, revision): (&CurrentUser, &str, &str),
    step: &str,
    field: Option<&str>,
    name: &str,
    (first, last): (bool, bool),
) -> impl IntoView {
    let button = |dir: &'static str, id: &'static str, arrow: &'static str| {
        let label = tr_with(id, &[("name", name.to_string())]);
        view! {
            <form method="post" action=base.to_string() class="inline-form" data-dir=dir>
                {signed(user, "move")}
                <input type="hidden" name="revision" value=revision.to_string() />
                <input type="hidden" name="step" value=step.to_string() />
                <input type="hidden" name="field" value=field.unwrap_or_default().to_string() />
                <input type="hidden" name="dir" value=dir />
                <button class="ds-button" data-variant="tertiary" data-size="sm" type="submit" aria-label=label>
                    {arrow}
                </button>
            </form>
        }
    };
    // Spelled out for the completeness test: tr("authoring-move-up"), tr("authoring-move-down").
    let up = (!first).then(|| button("up", "authoring-move-up", "↑"));
    let down = (!last).then(|| button("down", "authoring-move-down", "↓"));
    view! { <span class="move-buttons">{up}{down}</span> }
}

/// A repeating group's own questions, each linked to its form (`<group>.<field>`).
fn group_items(journey: &Journey, group: &str, field: &Field) -> Option<impl IntoView> {
    if field.fields.is_empty() {
        return None;
    }
    let items = field
        .fields
        .iter()
        .map(|item| {
            let href = format!("{group}.{}", item.id);
            view! {
                <li><code>{item.id.clone()}</code>" — "<a class="ds-link" href=href>{tr(&journey.label_id(item))}</a></li>
            }
        })
        .collect_view();
    Some(view! { <ul>{items}</ul> })
}

pub(super) fn steps_view(
    journey: &Journey,
    user: &CurrentUser,
    base: &str,
    revision: &str,
) -> AnyView {
    let why = |why| {
        view! {
            <details class="why">
                <summary>{tr("authoring-why-shown")}</summary>
                <WhyShown why=why />
            </details>
        }
    };
    let form = (user, base, revision);
    let steps = journey.steps.len();
    let items = journey
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let title = tr(&journey.step_title_id(step));
            let count = step.fields.len();
            let fields = step
                .fields
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let label = tr(&journey.label_id(f));
                    let conditional = f
                        .show_if
                        .is_some()
                        .then(|| why(why_shown_field(journey, &f.id)));
                    let ends = (i == 0, i + 1 == count);
                    let buttons = move_buttons(form, &step.id, Some(&f.id), &label, ends);
                    let edit = format!("{base}/draft/step/{}/question/{}", step.id, f.id);
                    let items = group_items(journey, &edit, f);
                    view! {
                        <li data-move="question">
                            <code>{f.id.clone()}</code>" — "<a class="ds-link" href=edit>{label}</a>
                            {buttons}{conditional}{items}
                        </li>
                    }
                })
                .collect_view();
            let ends = (index == 0, index + 1 == steps);
            let buttons = move_buttons(form, &step.id, None, &title, ends);
            view! {
                <li id=format!("step-{}", step.id) data-move="step">
                    {format!("{}. ", index + 1)}
                    <a class="ds-link" href=format!("{base}/draft/step/{}", step.id)>{title.clone()}</a>
                    " (" <code>{step.id.clone()}</code> ")"
                    {buttons}
                    {why(why_shown(journey, index))}
                    <ul>{fields}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="ds-heading" data-size="md">{tr("authoring-steps")}</h2>
        <p class="ds-paragraph">{tr("authoring-steps-drag")}</p>
        <DragReorder>
            <ol class="ds-list">{items}</ol>
        </DragReorder>
        <p class="ds-paragraph"><a class="ds-link" href=format!("{base}/draft/step")>{tr("authoring-parts-add-step")}</a></p>
    }
    .into_any()
}
