//! Answers as a summary: grouped by step, a repeating group's items each under a heading of
//! their own; with "Change" links on "check your answers", without on the receipt.

use super::text::source_text;
use crate::{
    i18n::{tr, tr_with},
    journey::{
        flow::{Row, Shown, SummaryStep},
        Journey, Sources,
    },
};
use leptos::prelude::*;

pub(super) fn shown_text(shown: &Shown) -> AnyView {
    match shown {
        Shown::Plain(text) => text.clone().into_any(),
        Shown::Message(id) => tr(id).into_any(),
        Shown::Messages(ids) if ids.is_empty() => tr("answer-none").into_any(),
        Shown::Messages(ids) => ids.iter().map(|id| tr(id)).collect::<Vec<_>>().join(", ").into_any(),
        Shown::NotAnswered => view! { <span class="not-answered">{tr("answer-not-given")}</span> }.into_any(),
        Shown::Items(items) if items.is_empty() => tr("answer-none").into_any(),
        Shown::Items(items) => items
            .iter()
            .enumerate()
            .map(|(i, rows)| {
                let rows = rows
                    .iter()
                    .map(|row| view! { <div><dt>{tr(&row.label_id)}</dt><dd>{shown_text(&row.value)}</dd></div> })
                    .collect_view();
                view! { <dl class="summary-item" aria-label=format!("{}", i + 1)>{rows}</dl> }
            })
            .collect_view()
            .into_any(),
    }
}

/// A "Change" link to the field `a.<anchor>` on its step, which returns to the summary; `what`
/// says which answer to screen readers.
fn change_link(draft: &str, step: &str, anchor: &str, what: String) -> AnyView {
    let href = format!("/journey/{draft}/{step}?return=check#a.{anchor}");
    view! { <dd class="summary__change"><a class="ds-link" href=href>{tr("summary-change")}<span class="visually-hidden">" " {what}</span></a></dd> }
        .into_any()
}

/// A repeating group's answers: the group's label as a heading, then each item as its own
/// summary list under its own heading ("Arving 1", "Arving 2"), every answer with its link.
fn group_summary(
    journey: &Journey,
    step: &str,
    row: &Row,
    items: &[Vec<Row>],
    change: Option<&str>,
    source: Option<String>,
) -> AnyView {
    let label = tr(&row.label_id);
    let item_id = journey.any_field(&row.field).map(|f| journey.item_id(f));
    let items = items
        .iter()
        .enumerate()
        .map(|(i, rows)| {
            let number = (i + 1).to_string();
            let heading = match &item_id {
                Some(id) => tr_with(id, &[("number", number)]),
                None => format!("{label} {number}"),
            };
            let rows = rows
                .iter()
                .map(|item_row| {
                    let item_label = tr(&item_row.label_id);
                    let link = change.map(|draft| {
                        let anchor = format!("{}.{i}.{}", row.field, item_row.field);
                        change_link(draft, step, &anchor, format!("{item_label}, {heading}"))
                    });
                    view! {
                        <div class="summary__row">
                            <dt>{item_label}</dt>
                            <dd>{shown_text(&item_row.value)}</dd>
                            {link}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <h4 class="ds-heading summary__item-heading" data-size="2xs">{heading}</h4>
                <dl class="summary__list">{rows}</dl>
            }
        })
        .collect_view();
    let source =
        source.map(|text| view! { <p class="ds-paragraph field-source" data-size="sm">{text}</p> });
    view! {
        <div class="summary__group">
            <h3 class="ds-heading" data-size="xs">{label}</h3>
            {source}
            {items}
        </div>
    }
    .into_any()
}

/// Answers grouped by step; with `change` links (to `/journey/<draft>/<step>?return=check`)
/// on "check your answers", without on the receipt. A repeating group's items are each a
/// summary list of their own.
pub(crate) fn summary_view(
    journey: &Journey,
    summary: &[SummaryStep],
    change: Option<&str>,
    sources: &Sources,
) -> impl IntoView {
    summary
        .iter()
        .map(|s| {
            let step = &journey.steps[s.step];
            let mut parts: Vec<AnyView> = Vec::new();
            let mut plain: Vec<AnyView> = Vec::new();
            for row in &s.rows {
                let source = sources
                    .0
                    .get(&row.field)
                    .map(|s| source_text(&s.register, &s.read_at));
                if let Shown::Items(items) = &row.value {
                    if !items.is_empty() {
                        if !plain.is_empty() {
                            let rows = std::mem::take(&mut plain);
                            parts.push(view! { <dl class="summary__list">{rows}</dl> }.into_any());
                        }
                        parts.push(group_summary(journey, &step.id, row, items, change, source));
                        continue;
                    }
                }
                let label = tr(&row.label_id);
                let link =
                    change.map(|draft| change_link(draft, &step.id, &row.field, label.clone()));
                let source = source
                    .map(|text| view! { <span class="field-source" data-size="sm">{text}</span> });
                plain.push(
                    view! {
                        <div class="summary__row">
                            <dt>{label}</dt>
                            <dd>{shown_text(&row.value)}{source}</dd>
                            {link}
                        </div>
                    }
                    .into_any(),
                );
            }
            if !plain.is_empty() {
                parts.push(view! { <dl class="summary__list">{plain}</dl> }.into_any());
            }
            view! {
                <section class="summary">
                    <h2 class="ds-heading" data-size="sm">{tr(&journey.step_title_id(step))}</h2>
                    {parts}
                </section>
            }
        })
        .collect_view()
}
