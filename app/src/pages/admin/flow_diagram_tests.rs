//! The flow diagram's geometry on the shipped "Få barn" journey (no box overlaps another, every
//! arrow starts and ends on a box's outline, all of it inside the picture) and, on the server,
//! the diagram, the list in words and "Why is this shown?" rendered in Bokmål.

use super::flow_layout::{layout, Rect};
use crate::journey::{flow_graph::flow_graph, Catalog, Journey};
use std::sync::Arc;

/// Whether a point lies on the rectangle's outline.
fn on_border(rect: &Rect, (x, y): (i32, i32)) -> bool {
    let (right, bottom) = (rect.x + rect.width, rect.y + rect.height);
    let within_x = (rect.x..=right).contains(&x);
    let within_y = (rect.y..=bottom).contains(&y);
    ((x == rect.x || x == right) && within_y) || ((y == rect.y || y == bottom) && within_x)
}

fn overlap(a: &Rect, b: &Rect) -> bool {
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

fn fa_barn() -> Arc<Journey> {
    let text = include_str!("../../../../journeys/fa-barn.toml");
    let catalog = Catalog::parse([("fa-barn.toml", text)]).unwrap_or_else(|e| panic!("{e:#?}"));
    Arc::clone(catalog.definition("fa-barn").expect("fa-barn"))
}

#[test]
fn no_two_boxes_of_the_diagram_overlap() {
    let at = layout(&flow_graph(&fa_barn()));
    for (i, a) in at.boxes.iter().enumerate() {
        for b in &at.boxes[i + 1..] {
            assert!(!overlap(a, b), "{a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn every_arrow_starts_on_its_from_box_and_ends_on_its_to_box() {
    let graph = flow_graph(&fa_barn());
    let at = layout(&graph);
    assert_eq!(at.arrows.len(), graph.edges.len());
    for arrow in &at.arrows {
        let edge = &graph.edges[arrow.edge];
        let (first, last) = (arrow.points[0], arrow.points[arrow.points.len() - 1]);
        assert!(
            on_border(&at.boxes[edge.from], first),
            "{edge:?}: {first:?}"
        );
        assert!(on_border(&at.boxes[edge.to], last), "{edge:?}: {last:?}");
    }
}

#[test]
fn every_box_arrow_and_label_is_inside_the_picture() {
    let at = layout(&flow_graph(&fa_barn()));
    let inside = |(x, y): (i32, i32)| (0..=at.width).contains(&x) && (0..=at.height).contains(&y);
    for b in &at.boxes {
        assert!(
            inside((b.x, b.y)) && inside((b.x + b.width, b.y + b.height)),
            "{b:?}"
        );
    }
    for arrow in &at.arrows {
        assert!(arrow.points.iter().all(|p| inside(*p)), "{arrow:?}");
        assert!(inside(arrow.label_at), "{arrow:?}");
    }
}

#[test]
fn two_branches_never_share_a_lane() {
    let graph = flow_graph(&fa_barn());
    let at = layout(&graph);
    let lanes: Vec<i32> = at
        .arrows
        .iter()
        .filter(|a| {
            matches!(
                graph.edges[a.edge].kind,
                crate::journey::flow_graph::EdgeKind::Branch(_)
            )
        })
        .map(|a| a.points[1].0)
        .collect();
    let mut distinct = lanes.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), lanes.len(), "{lanes:?}");
    assert!(!lanes.is_empty(), "fa-barn has a branch");
}

#[cfg(feature = "ssr")]
mod rendered {
    use super::fa_barn;
    use crate::{
        i18n::{translate, Lang},
        journey::explain::{why_shown, MESSAGE_IDS},
        pages::admin::{FlowDiagram, WhyShown},
    };
    use leptos::prelude::*;

    fn in_bokmal(view: impl FnOnce() -> String) -> String {
        let owner = Owner::new();
        owner.with(|| {
            provide_context(Lang::Nb);
            view()
        })
    }

    #[test]
    fn the_diagram_is_an_svg_picture_named_by_its_title() {
        let journey = fa_barn();
        let html = in_bokmal(|| view! { <FlowDiagram journey=journey /> }.to_html());
        assert!(
            html.contains(r#"role="img" aria-labelledby="flow-title-fa-barn""#),
            "{html}"
        );
        assert!(html.contains(r#"<title id="flow-title-fa-barn">Stegene i Få barn</title>"#));
        assert_eq!(
            html.matches("<rect").count(),
            9,
            "eight steps and the check"
        );
        assert!(html.contains(">Barnets navn</text>"));
        // The skip lane's label is short; the whole condition is the arrow's own title.
        assert!(html.contains(">hvis ikke vist</text>"), "{html}");
        assert!(html.contains(
            "<title>hoppes over med mindre «Barnets fødselsdato» er etter 6 måneder før i dag</title>"
        ));
        // Going on in order needs no words: no empty titles or labels.
        assert!(!html.contains("<title> </title>") && !html.contains("<title></title>"));
        assert!(html.contains(">Se over svarene"), "{html}");
    }

    #[test]
    fn after_the_diagram_the_flow_is_an_ordered_list_in_words() {
        let journey = fa_barn();
        let html = in_bokmal(|| view! { <FlowDiagram journey=journey /> }.to_html());
        let list = &html[html.find("<ol").expect("an ordered list")..];
        assert!(html.find("</svg>").expect("an svg") < html.find("<ol").expect("a list"));
        assert!(list.matches("<li>").count() >= 9);
        assert!(list.contains("Gå til «Barnetrygd» når:"), "{list}");
        assert!(
            list.contains("«Vil du søke om foreldrepenger?» er «Nei»"),
            "{list}"
        );
        assert!(list.contains("Ellers gå til «Søknad om foreldrepenger»."));
        // A step that may be skipped but has no branch goes on without an "otherwise".
        assert!(list.contains("Gå så til «Familien»."), "{list}");
        assert!(
            list.contains("«Barnets fødselsdato» er etter 6 måneder før i dag"),
            "{list}"
        );
        assert!(list.contains("Alle veier ender her"));
    }

    #[test]
    fn why_shown_says_when_a_conditional_step_is_shown_and_that_others_always_are() {
        let journey = fa_barn();
        let why = why_shown(&journey, 1);
        let html = in_bokmal(|| view! { <WhyShown why=why /> }.to_html());
        assert!(html.contains("Vises bare når:"), "{html}");
        assert!(html.contains("«Barnets fødselsdato» er etter 6 måneder før i dag"));
        let always = in_bokmal(|| view! { <WhyShown why=why_shown(&journey, 0) /> }.to_html());
        assert!(always.contains("Vises alltid."), "{always}");
    }

    #[test]
    fn a_step_skipped_by_a_branch_lists_the_answers_that_skip_it() {
        let journey = fa_barn();
        let why = why_shown(&journey, 4);
        let html = in_bokmal(|| view! { <WhyShown why=why /> }.to_html());
        assert!(
            html.contains("Hoppes over når steget «Foreldrepenger» går forbi det"),
            "{html}"
        );
        assert!(html.contains("Det stemmer med disse svarene:"));
        assert!(html.contains("«Vil du søke om foreldrepenger?» er besvart med «Nei»"));
    }

    #[test]
    fn every_id_the_engine_hands_out_has_a_message_in_every_language() {
        for lang in Lang::ALL {
            for id in MESSAGE_IDS {
                assert_ne!(translate(lang, id, &[]), *id, "{lang}: {id}");
            }
        }
    }
}
