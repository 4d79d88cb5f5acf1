//! Where the flow diagram's boxes and arrows go, worked out in Rust so the server draws the
//! whole diagram as plain SVG (no script measures anything in the browser).
//!
//! Boxes are stacked in a column in step order. Going on in order is a short arrow straight
//! down; a skipped step's arrow runs down a lane on the left, past the box; each branch has a
//! lane of its own on the right, so no two branches share a line, and its label sits beyond all
//! lanes, level with where it leaves its box.

use crate::journey::flow_graph::{EdgeKind, FlowGraph};

pub(super) const BOX_WIDTH: i32 = 300;
pub(super) const BOX_HEIGHT: i32 = 48;
/// Room between boxes for the arrow straight down and its label.
const GAP: i32 = 40;
const TOP: i32 = 16;
/// Room on the left for the skip lane and its label.
const LEFT: i32 = 170;
const SKIP_LANE: i32 = LEFT - 24;
/// The first branch lane, right of the boxes, and the room between lanes.
const LANE: i32 = LEFT + BOX_WIDTH + 24;
const LANE_STEP: i32 = 16;
/// Room right of the lanes for branch labels.
const LABEL_ROOM: i32 = 340;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Rect {
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
}

impl Rect {
    pub fn center_x(&self) -> i32 {
        self.x + self.width / 2
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Anchor {
    Start,
    End,
}

/// One edge drawn: a line through `points` (arrowhead at the last), its label's place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Arrow {
    /// Index into the graph's edges.
    pub edge: usize,
    pub points: Vec<(i32, i32)>,
    pub label_at: (i32, i32),
    pub anchor: Anchor,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Layout {
    pub width: i32,
    pub height: i32,
    /// One per node, in the graph's order.
    pub boxes: Vec<Rect>,
    pub arrows: Vec<Arrow>,
}

/// Places every node and edge of `graph`.
pub(super) fn layout(graph: &FlowGraph) -> Layout {
    let boxes: Vec<Rect> = (0..graph.nodes.len() as i32)
        .map(|i| Rect {
            x: LEFT,
            y: TOP + i * (BOX_HEIGHT + GAP),
            width: BOX_WIDTH,
            height: BOX_HEIGHT,
        })
        .collect();
    let branch_count = graph
        .edges
        .iter()
        .filter(|e| matches!(e.kind, EdgeKind::Branch(_)))
        .count() as i32;
    let label_x = LANE + branch_count * LANE_STEP;
    let mut lane = 0;
    // How many branch lines already leave each box, so a second one leaves lower down.
    let mut leaving = vec![0; boxes.len()];
    let arrows = graph
        .edges
        .iter()
        .enumerate()
        .map(|(index, edge)| {
            let (from, to) = (boxes[edge.from], boxes[edge.to]);
            match edge.kind {
                EdgeKind::Next => {
                    let (start, end) = if to.y > from.y {
                        (
                            (from.center_x(), from.y + from.height),
                            (to.center_x(), to.y),
                        )
                    } else {
                        ((from.center_x(), from.y), (to.center_x(), to.y + to.height))
                    };
                    Arrow {
                        edge: index,
                        points: vec![start, end],
                        label_at: (from.center_x() + 8, (start.1 + end.1) / 2 + 4),
                        anchor: Anchor::Start,
                    }
                }
                EdgeKind::Skip(_) => {
                    let (y1, y2) = (from.y + 12, to.y + 12);
                    Arrow {
                        edge: index,
                        points: vec![(from.x, y1), (SKIP_LANE, y1), (SKIP_LANE, y2), (to.x, y2)],
                        label_at: (SKIP_LANE - 6, (y1 + y2) / 2 + 4),
                        anchor: Anchor::End,
                    }
                }
                EdgeKind::Branch(_) => {
                    let x = LANE + lane * LANE_STEP;
                    lane += 1;
                    let offset = (leaving[edge.from] * 10).min(from.height - 20);
                    leaving[edge.from] += 1;
                    let (right, y1, y2) = (from.x + from.width, from.y + 12 + offset, to.y + 30);
                    Arrow {
                        edge: index,
                        points: vec![(right, y1), (x, y1), (x, y2), (to.x + to.width, y2)],
                        label_at: (label_x, y1 + 4),
                        anchor: Anchor::Start,
                    }
                }
            }
        })
        .collect();
    let rows = boxes.len() as i32;
    Layout {
        width: label_x + LABEL_ROOM,
        height: TOP * 2 + rows * BOX_HEIGHT + (rows - 1).max(0) * GAP,
        boxes,
        arrows,
    }
}
