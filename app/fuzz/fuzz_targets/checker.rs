//! Any text as a journey definition: the checker answers with errors or a journey, never a panic
//! or a stall. A journey it accepts goes through the step island's props (serde_json, both
//! ways, as leptos does) and through every flow function with answers the bytes choose.
#![no_main]

use app::journey::{
    flow::{self, Answers},
    Catalog, Journey,
};
use app_fuzz::{answers, post, run_flow, Bytes};
use libfuzzer_sys::fuzz_target;

/// The step island's props, as leptos writes and reads them.
#[derive(serde::Serialize, serde::Deserialize)]
struct IslandProps {
    journey: Journey,
    step: usize,
    answers: Answers,
    messages: Vec<(String, String)>,
    today: String,
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(catalog) = Catalog::parse([("fuzz.toml", text)]) else {
        return;
    };
    for journey in catalog.definitions() {
        let mut bytes = Bytes(data);
        let fields: Vec<_> = journey
            .steps
            .iter()
            .flat_map(|s| s.fields.iter().cloned())
            .collect();
        let answers = answers(&fields, &mut bytes, 0);
        let today = app::journey::Date::parse_iso("2026-11-29").expect("a date");
        let walked = flow::walk(journey, &answers, today);
        // Each step's island slice through the island's props, and the island's own flow
        // functions over what it read.
        for step in 0..journey.steps.len() {
            let (slice, read) = flow::island_slice(journey, step, &walked);
            let props = IslandProps {
                journey: slice,
                step: flow::ISLAND_STEP,
                answers: read,
                messages: Vec::new(),
                today: "2026-11-29".into(),
            };
            let json = serde_json::to_string(&props).expect("the props serialise");
            let back: IslandProps =
                serde_json::from_str(&json).expect("the island reads its props");
            assert_eq!(back.journey.steps.len(), 2);
            let mut island = back.answers.clone();
            for field in &back.journey.steps[back.step].fields {
                if let Some(answer) = answers.get(&field.id) {
                    island.set(&field.id, answer.clone());
                }
            }
            flow::shown_fields(&back.journey, back.step, &island, today);
            flow::validate_step(&back.journey, back.step, &island, today);
        }
        run_flow(journey, &answers);
        for step in 0..journey.steps.len() {
            let mut pairs = Vec::new();
            post("a.", &answers, &mut pairs);
            let _ = app::journey::flow::read_step_form(journey, step, &pairs);
        }
    }
});
