//! The flow diagram of a journey, for the admins who author it: its steps as boxes in an inline
//! SVG, with arrows for going on, branches and skipped steps — and, right after it, the same
//! flow as an ordered list in words, which is what a screen reader (or anyone who does not read
//! diagrams) gets. The SVG is a picture (`role="img"`, named by its `<title>`); the list is the
//! text alternative, so nothing is said only by the drawing.
//!
//! Rendered on the server, no island: the graph is `journey::flow_graph`, the geometry
//! `flow_layout`, the conditions' words `why_shown`.

use super::{
    flow_layout::{layout, Anchor, Arrow, Layout},
    why_shown::{sentence, ExplanationView},
};
use crate::{
    i18n::{tr, tr_with},
    journey::{
        flow_graph::{flow_graph, EdgeKind, FlowEdge, FlowGraph},
        Journey,
    },
};
use leptos::prelude::*;
use std::sync::Arc;

/// The longest arrow label, in characters; the whole condition is in the list below the
/// diagram and in the arrow's own `<title>`.
const LABEL_CHARS: usize = 44;

fn shortened(text: String) -> String {
    if text.chars().count() <= LABEL_CHARS {
        return text;
    }
    let cut: String = text.chars().take(LABEL_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// Whether the walk tries a branch of `from` before going on in order: then going on is
/// "otherwise".
fn has_branches(graph: &FlowGraph, from: usize) -> bool {
    graph
        .edges_from(from)
        .any(|e| matches!(e.kind, EdgeKind::Branch(_)))
}

/// An arrow's label: the whole of it (the arrow's `<title>`), and what fits beside the arrow;
/// `None` for going on in order, which needs no words.
fn edge_label(graph: &FlowGraph, edge: &FlowEdge) -> Option<(String, String)> {
    let (full, short) = match &edge.kind {
        EdgeKind::Next if has_branches(graph, edge.from) => {
            (tr("flow-label-otherwise"), tr("flow-label-otherwise"))
        }
        EdgeKind::Next => return None,
        EdgeKind::Branch(Some(c)) => {
            let full = tr_with("flow-label-if", &[("condition", sentence(&c.clause))]);
            (full.clone(), shortened(full))
        }
        EdgeKind::Branch(None) => (tr("flow-label-always"), tr("flow-label-always")),
        // The left margin is narrow: the lane says only that the step may be skipped.
        EdgeKind::Skip(c) => (
            tr_with("flow-label-skip", &[("condition", sentence(&c.clause))]),
            tr("flow-label-skipped"),
        ),
    };
    Some((full, short))
}

fn points(arrow: &Arrow) -> String {
    arrow
        .points
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The picture: boxes with step titles, arrows with short labels.
fn svg(graph: &FlowGraph, at: &Layout, title: String, ids: (String, String)) -> impl IntoView {
    let (title_id, marker_id) = ids;
    let labelled_by = title_id.clone();
    let marker_url = format!("url(#{marker_id})");
    let boxes = graph
        .nodes
        .iter()
        .zip(&at.boxes)
        .map(|(node, rect)| {
            let dash = node.conditional.then_some("6 4");
            view! {
                <rect
                    class="flow__box"
                    x=rect.x
                    y=rect.y
                    width=rect.width
                    height=rect.height
                    rx="6"
                    fill="Canvas"
                    stroke="currentColor"
                    stroke-width=if node.is_check { "3" } else { "1.5" }
                    stroke-dasharray=dash
                />
                <text
                    x=rect.center_x()
                    y=rect.y + rect.height / 2 + 5
                    text-anchor="middle"
                    fill="currentColor"
                >
                    {tr(&node.title_id)}
                </text>
            }
        })
        .collect_view();
    let arrows = at
        .arrows
        .iter()
        .map(|arrow| {
            let edge = &graph.edges[arrow.edge];
            let label = edge_label(graph, edge);
            let dash = matches!(edge.kind, EdgeKind::Skip(_)).then_some("4 3");
            let anchor = match arrow.anchor {
                Anchor::Start => "start",
                Anchor::End => "end",
            };
            view! {
                <g class="flow__arrow">
                    {label.clone().map(|(full, _)| view! { <title>{full}</title> })}
                    <polyline
                        points=points(arrow)
                        fill="none"
                        stroke="currentColor"
                        stroke-width="1.5"
                        stroke-dasharray=dash
                        marker-end=marker_url.clone()
                    />
                    {label.map(|(_, short)| view! {
                        <text
                            x=arrow.label_at.0
                            y=arrow.label_at.1
                            text-anchor=anchor
                            font-size="12"
                            fill="currentColor"
                        >
                            {short}
                        </text>
                    })}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="flow__diagram"
            xmlns="http://www.w3.org/2000/svg"
            role="img"
            aria-labelledby=labelled_by
            width=at.width
            height=at.height
            viewBox=format!("0 0 {} {}", at.width, at.height)
            font-size="14"
        >
            <title id=title_id>{title}</title>
            <defs>
                <marker
                    id=marker_id
                    viewBox="0 0 10 10"
                    refX="10"
                    refY="5"
                    markerWidth="8"
                    markerHeight="8"
                    orient="auto-start-reverse"
                >
                    <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
                </marker>
            </defs>
            {boxes}
            {arrows}
        </svg>
    }
}

/// One "then" item of a step in the list: where the walk goes next, and when.
fn then_item(graph: &FlowGraph, edge: &FlowEdge) -> AnyView {
    let target = tr(&graph.nodes[edge.to].title_id);
    let step = [("step", target)];
    match &edge.kind {
        EdgeKind::Next if has_branches(graph, edge.from) => {
            view! { <li>{tr_with("flow-then-otherwise", &step)}</li> }.into_any()
        }
        EdgeKind::Next => view! { <li>{tr_with("flow-then", &step)}</li> }.into_any(),
        EdgeKind::Branch(None) => view! { <li>{tr_with("flow-then", &step)}</li> }.into_any(),
        EdgeKind::Branch(Some(c)) => view! {
            <li>
                {tr_with("flow-then-if", &step)}
                <ExplanationView explanation=c.clone() />
            </li>
        }
        .into_any(),
        EdgeKind::Skip(c) => view! {
            <li>
                {tr_with("flow-then-skip", &step)}
                <ExplanationView explanation=c.clone() />
            </li>
        }
        .into_any(),
    }
}

/// The same flow in words: each step, and after it every way on.
fn steps_list(graph: &FlowGraph, list_id: String) -> impl IntoView {
    let items = graph
        .nodes
        .iter()
        .enumerate()
        .map(|(index, node)| {
            let ways = if node.is_check {
                view! { <li>{tr("flow-end")}</li> }.into_any()
            } else {
                graph
                    .edges_from(index)
                    .map(|edge| then_item(graph, edge))
                    .collect_view()
                    .into_any()
            };
            view! {
                <li>
                    {tr(&node.title_id)}
                    <ul>{ways}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="ds-heading" data-size="xs" id=list_id.clone()>
            {tr("flow-list-heading")}
        </h2>
        <ol class="flow__steps" aria-labelledby=list_id>
            {items}
        </ol>
    }
}

/// A journey's flow: the diagram, then the same in words.
#[component]
pub fn FlowDiagram(journey: Arc<Journey>) -> impl IntoView {
    let graph = flow_graph(&journey);
    let at = layout(&graph);
    let id = journey.meta.id.as_str().to_string();
    let title = tr_with("flow-title", &[("journey", tr(&journey.meta.title_id()))]);
    let region = title.clone();
    let picture = svg(
        &graph,
        &at,
        title,
        (format!("flow-title-{id}"), format!("flow-arrow-{id}")),
    );
    view! {
        <figure class="flow">
            <div class="flow__scroll" role="region" aria-label=region tabindex="0">
                {picture}
            </div>
            <figcaption class="ds-paragraph">{tr("flow-description")}</figcaption>
        </figure>
        {steps_list(&graph, format!("flow-steps-{id}"))}
    }
}
