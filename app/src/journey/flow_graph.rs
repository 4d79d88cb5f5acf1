//! The journey's steps as a graph, for the admins' flow diagram: one node per step in file
//! order, then "check your answers", and an edge for every way the walk (`flow/walk.rs`) can go
//! from one to the next — on in order, along a branch, or past a step whose `show_if` is false.
//!
//! Structure only: which way is taken depends on answers, so every way that exists is an edge,
//! each with its condition in plain words ([`Explanation`]). Drawing it is the page's
//! (`pages::admin::FlowDiagram`).

use super::{
    explain::{explain, goes_on, Explanation},
    model::Journey,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlowGraph {
    /// The steps in file order, then the "check your answers" node.
    pub nodes: Vec<FlowNode>,
    /// By `from`, then in the order the walk tries them (branches first, then on in order).
    pub edges: Vec<FlowEdge>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlowNode {
    /// The step's id; `check` for the last node.
    pub id: String,
    pub title_id: String,
    /// The step has a `show_if` (it may be skipped).
    pub conditional: bool,
    /// The "check your answers" page every path ends on.
    pub is_check: bool,
}

/// A way from node `from` to node `to` (indices into `nodes`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlowEdge {
    pub from: usize,
    pub to: usize,
    pub kind: EdgeKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EdgeKind {
    /// On to the following step, when no branch is taken.
    Next,
    /// A `[[step.next]]` rule: taken when its condition holds (always when `None`), before any
    /// later rule and before going on in order.
    Branch(Option<Explanation>),
    /// The step's `show_if` does not hold: it is not shown and the walk goes on to the next.
    /// The explanation is of the `show_if` (when the step *is* shown).
    Skip(Explanation),
}

/// The message id of the last node's title ("Check your answers").
pub const CHECK_TITLE_ID: &str = "check-title";

/// Every step of the applicant's in `journey` and every way between them.
pub fn flow_graph(journey: &Journey) -> FlowGraph {
    // The applicant's steps: a party's steps come after them all and are not on their path.
    let count = journey
        .steps
        .iter()
        .take_while(|s| s.party.is_none())
        .count();
    let steps = &journey.steps[..count];
    let mut nodes: Vec<FlowNode> = steps
        .iter()
        .map(|step| FlowNode {
            id: step.id.clone(),
            title_id: journey.step_title_id(step),
            conditional: step.show_if.is_some(),
            is_check: false,
        })
        .collect();
    nodes.push(FlowNode {
        id: "check".into(),
        title_id: CHECK_TITLE_ID.into(),
        conditional: false,
        is_check: true,
    });
    let mut edges = Vec::new();
    for (from, step) in steps.iter().enumerate() {
        if let Some(condition) = &step.show_if {
            edges.push(FlowEdge {
                from,
                to: from + 1,
                kind: EdgeKind::Skip(explain(journey, condition)),
            });
        }
        for branch in &step.next {
            edges.push(FlowEdge {
                from,
                // A branch past the last step ends the questions, as the walk does.
                to: branch.to.min(count),
                kind: EdgeKind::Branch(branch.condition.as_ref().map(|c| explain(journey, c))),
            });
        }
        if goes_on(step) {
            edges.push(FlowEdge {
                from,
                to: from + 1,
                kind: EdgeKind::Next,
            });
        }
    }
    FlowGraph { nodes, edges }
}

impl FlowGraph {
    /// The edges leaving node `from`.
    pub fn edges_from(&self, from: usize) -> impl Iterator<Item = &FlowEdge> {
        self.edges.iter().filter(move |e| e.from == from)
    }
}
