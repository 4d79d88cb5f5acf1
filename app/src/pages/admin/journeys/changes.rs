//! What a version changes, as an admin reads it: each step, question, service and prefill
//! look-up added, removed, moved or changed (with what changed: `required: false → true`, a
//! condition's old and new text, an option added), the texts changed per language, and the
//! citizens' drafts a publish would touch. Shared by the draft page and the compare page.

use crate::{
    i18n::{tr, tr_with},
    journey::{
        compare::{Aspect, Change, How, Thing, Touch},
        Journey,
    },
    pages::admin::model::{ImpactRow, TextChange},
};
use leptos::prelude::*;

/// The thing's name as the admin knows it: a question's label, a step's title (from the version
/// that has it), with its id.
fn name_of(change: &Change, old: &Journey, new: &Journey) -> String {
    let label = |journey: &Journey| match change.thing {
        Thing::Field => journey
            .any_field(&change.id)
            .map(|f| tr(&journey.label_id(f))),
        Thing::Step => journey
            .step(&change.id)
            .map(|(_, s)| tr(&journey.step_title_id(s))),
        Thing::Service => Some(tr(&journey.service_name_id(&change.id))),
        Thing::Prefill => None,
    };
    // Spelled out for the completeness test: tr("authoring-thing-step"),
    // tr("authoring-thing-field"), tr("authoring-thing-service"), tr("authoring-thing-prefill").
    let thing = tr(match change.thing {
        Thing::Step => "authoring-thing-step",
        Thing::Field => "authoring-thing-field",
        Thing::Service => "authoring-thing-service",
        Thing::Prefill => "authoring-thing-prefill",
    });
    match label(new).or_else(|| label(old)) {
        Some(label) => format!("{thing} «{label}» ({})", change.id),
        None => format!("{thing} {}", change.id),
    }
}

fn how_text(how: &How) -> String {
    match how {
        How::Added => tr("authoring-how-added"),
        How::Removed => tr("authoring-how-removed"),
        How::Moved { from, to } => tr_with(
            "authoring-how-moved",
            &[("from", from.to_string()), ("to", to.to_string())],
        ),
        How::Changed(_) => tr("authoring-how-changed"),
    }
}

fn aspect_text(aspect: &Aspect) -> String {
    let none = || tr("authoring-not-set");
    match aspect {
        Aspect::Value { name, old, new } => format!(
            "{name}: {} → {}",
            old.clone().unwrap_or_else(none),
            new.clone().unwrap_or_else(none)
        ),
        Aspect::OptionAdded(option) => {
            tr_with("authoring-option-added", &[("option", option.clone())])
        }
        Aspect::OptionRemoved(option) => {
            tr_with("authoring-option-removed", &[("option", option.clone())])
        }
    }
}

/// The changes as a list, then the texts changed as a table.
pub(super) fn changes_view(
    changes: &[Change],
    texts: &[TextChange],
    old: &Journey,
    new: &Journey,
) -> AnyView {
    if changes.is_empty() && texts.is_empty() {
        return view! { <p class="ds-paragraph">{tr("authoring-no-changes")}</p> }.into_any();
    }
    let items = changes
        .iter()
        .map(|change| {
            let step = change
                .step
                .as_ref()
                .map(|s| tr_with("authoring-on-step", &[("step", s.clone())]));
            let aspects = match &change.how {
                How::Changed(aspects) => aspects
                    .iter()
                    .map(|a| view! { <li><code>{aspect_text(a)}</code></li> })
                    .collect_view()
                    .into_any(),
                _ => ().into_any(),
            };
            view! {
                <li>
                    {name_of(change, old, new)} {step} ": " {how_text(&change.how)}
                    <ul>{aspects}</ul>
                </li>
            }
        })
        .collect_view();
    let texts = (!texts.is_empty()).then(|| {
        let rows = texts
            .iter()
            .map(|t| {
                let none = || tr("authoring-not-set");
                view! {
                    <tr>
                        <td>{t.lang.clone()}</td>
                        <td><code>{t.id.clone()}</code></td>
                        <td>{t.old.clone().unwrap_or_else(none)}</td>
                        <td>{t.new.clone().unwrap_or_else(none)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h3 class="ds-heading" data-size="xs" id="texts-caption">{tr("authoring-texts-changed")}</h3>
            <div class="table-scroll" role="region" aria-labelledby="texts-caption" tabindex="0">
                <table class="ds-table">
                    <thead><tr>
                        <th scope="col">{tr("authoring-col-language")}</th>
                        <th scope="col">{tr("authoring-col-message")}</th>
                        <th scope="col">{tr("authoring-col-before")}</th>
                        <th scope="col">{tr("authoring-col-after")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! { <ul class="ds-list changes">{items}</ul> {texts} }.into_any()
}

pub(super) fn touch_text(touch: &Touch) -> String {
    match touch {
        Touch::RemovedFieldWithAnswer { field_id } => {
            tr_with("authoring-touch-removed", &[("field", field_id.clone())])
        }
        Touch::NewRequiredOnPassedStep { step_id, field_id } => tr_with(
            "authoring-touch-new-required",
            &[("field", field_id.clone()), ("step", step_id.clone())],
        ),
        Touch::NowHidden { field_id } => {
            tr_with("authoring-touch-hidden", &[("field", field_id.clone())])
        }
        Touch::AnswerNoLongerFits { field_id } => tr_with(
            "authoring-touch-no-longer-fits",
            &[("field", field_id.clone())],
        ),
    }
}

/// Per change that touches some draft (over every older version): whether the drafts it touches
/// move too, ticked by default. Each listed change is sent as `touch`; a ticked one also as
/// `move_touch`, so the server keeps back exactly the listed and unticked ones. A draft touched
/// by a change kept back stays on its version and is finished there.
pub(super) fn per_change_moves(rows: &[ImpactRow]) -> Option<AnyView> {
    let mut touches: Vec<(&Touch, usize)> = Vec::new();
    for (touch, count) in rows.iter().flat_map(|r| &r.touches) {
        match touches.iter_mut().find(|(t, _)| *t == touch) {
            Some((_, total)) => *total += count,
            None => touches.push((touch, *count)),
        }
    }
    if touches.is_empty() {
        return None;
    }
    let boxes = touches
        .into_iter()
        .enumerate()
        .map(|(i, (touch, count))| {
            let id = format!("move-touch-{i}");
            let drafts = tr_with("authoring-impact-drafts", &[("count", count.to_string())]);
            view! {
                <div class="ds-field">
                    <input type="hidden" name="touch" value=touch.key() />
                    <input class="ds-input" type="checkbox" id=id.clone() name="move_touch" value=touch.key() checked=true />
                    <label class="ds-label" data-weight="regular" for=id>{touch_text(touch)} " — " {drafts}</label>
                </div>
            }
        })
        .collect_view();
    Some(
        view! {
            <fieldset class="ds-fieldset">
                <legend class="ds-label">{tr("authoring-move-per-change")}</legend>
                <p class="ds-paragraph">{tr("authoring-move-per-change-help")}</p>
                {boxes}
            </fieldset>
        }
        .into_any(),
    )
}

/// The drafts in progress on older versions, and what a publish that moves them does to them.
pub(super) fn impact_view(rows: &[ImpactRow]) -> AnyView {
    if rows.is_empty() {
        return view! { <p class="ds-paragraph">{tr("authoring-impact-none")}</p> }.into_any();
    }
    let items = rows
        .iter()
        .map(|row| {
            let summary = tr_with(
                "authoring-impact-row",
                &[
                    ("version", row.version.to_string()),
                    ("count", row.drafts.to_string()),
                    ("touched", row.touched.to_string()),
                ],
            );
            let touches = row
                .touches
                .iter()
                .map(|(touch, count)| {
                    let drafts =
                        tr_with("authoring-impact-drafts", &[("count", count.to_string())]);
                    view! { <li>{touch_text(touch)} " — " {drafts}</li> }
                })
                .collect_view();
            view! { <li>{summary}<ul>{touches}</ul></li> }
        })
        .collect_view();
    view! { <ul class="ds-list">{items}</ul> }.into_any()
}
