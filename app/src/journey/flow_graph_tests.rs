//! The flow graph of the shipped "Få barn" journey and of the small journeys of
//! `explain_tests`: nodes in file order, and every way between them.

use super::{
    condition::parse,
    explain::explain,
    explain_tests::{journey, only_through},
    flow_graph::{flow_graph, EdgeKind, FlowEdge, CHECK_TITLE_ID},
    Catalog, Journey,
};

fn fa_barn() -> Journey {
    let text = include_str!("../../../journeys/fa-barn.toml");
    let catalog = Catalog::parse([("fa-barn.toml", text)]).unwrap_or_else(|e| panic!("{e:#?}"));
    Journey::clone(catalog.definition("fa-barn").expect("fa-barn"))
}

fn edge(from: usize, to: usize, kind: EdgeKind) -> FlowEdge {
    FlowEdge { from, to, kind }
}

#[test]
fn the_nodes_of_fa_barn_are_its_steps_in_order_then_check_your_answers() {
    let graph = flow_graph(&fa_barn());
    let ids: Vec<&str> = graph.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "child",
            "name",
            "family",
            "parental-benefit",
            "parental-benefit-details",
            "child-benefit",
            "payment",
            "kindergarten",
            "check",
        ]
    );
    assert_eq!(graph.nodes[1].title_id, "fa-barn-step-name");
    assert!(graph.nodes[1].conditional);
    assert!(!graph.nodes[0].conditional);
    let last = graph.nodes.last().expect("a last node");
    assert!(last.is_check);
    assert_eq!(last.title_id, CHECK_TITLE_ID);
}

#[test]
fn the_conditional_name_step_of_fa_barn_has_a_skip_edge_with_its_condition() {
    let journey = fa_barn();
    let graph = flow_graph(&journey);
    let condition = explain(
        &journey,
        &parse("child_birth_date > today - 6m").expect("parses"),
    );
    assert!(graph.edges.contains(&edge(1, 2, EdgeKind::Skip(condition))));
    // Shown, it goes on in order to the family step too.
    assert!(graph.edges.contains(&edge(1, 2, EdgeKind::Next)));
    assert!(graph.edges.contains(&edge(0, 1, EdgeKind::Next)));
}

#[test]
fn the_parental_benefit_branch_of_fa_barn_jumps_to_child_benefit() {
    let journey = fa_barn();
    let graph = flow_graph(&journey);
    let condition = explain(
        &journey,
        &parse("apply_parental_benefit == false").expect("parses"),
    );
    let from_parental: Vec<&FlowEdge> = graph.edges_from(3).collect();
    assert_eq!(
        from_parental,
        [
            &edge(3, 5, EdgeKind::Branch(Some(condition))),
            &edge(3, 4, EdgeKind::Next),
        ]
    );
    // The last step goes on to "check your answers".
    assert!(graph.edges.contains(&edge(7, 8, EdgeKind::Next)));
}

#[test]
fn a_conditional_branch_and_going_on_in_order_are_both_edges() {
    let journey = journey();
    let graph = flow_graph(&journey);
    let branch = explain(&journey, &parse("takes_part == false").expect("parses"));
    let skip = explain(&journey, &parse("birth_date > today - 6m").expect("parses"));
    assert_eq!(
        graph.edges,
        [
            edge(0, 2, EdgeKind::Branch(Some(branch))),
            edge(0, 1, EdgeKind::Next),
            edge(1, 2, EdgeKind::Skip(skip)),
            edge(1, 2, EdgeKind::Next),
            edge(2, 3, EdgeKind::Next),
        ]
    );
}

#[test]
fn a_step_with_an_unconditional_branch_does_not_go_on_in_order() {
    let graph = flow_graph(&only_through());
    let from_b: Vec<&FlowEdge> = graph.edges_from(1).collect();
    assert_eq!(from_b, [&edge(1, 3, EdgeKind::Branch(None))]);
}
