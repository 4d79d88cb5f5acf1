//! Any form post to any step of the shipped journeys: read into answers or refused whole, never
//! a panic; what is read is then walked, checked and summarised.
#![no_main]

use app::journey::{flow, Catalog};
use app_fuzz::run_flow;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        Catalog::parse([
            (
                "fa-barn.toml",
                include_str!("../../../journeys/fa-barn.toml"),
            ),
            (
                "dodsfall-og-arv.toml",
                include_str!("../../../journeys/dodsfall-og-arv.toml"),
            ),
        ])
        .expect("the shipped journeys pass the checker")
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    // One `name=value` a line, as a urlencoded body is after decoding.
    let pairs: Vec<(String, String)> = text
        .lines()
        .map(|line| match line.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (line.to_string(), String::new()),
        })
        .collect();
    let journeys = catalog().definitions();
    let journey = &journeys[usize::from(pick) % journeys.len()];
    let step = usize::from(pick / 2) % journey.steps.len();
    if let Ok(answers) = flow::read_step_form(journey, step, &pairs) {
        run_flow(journey, &answers);
    }
    let asked: Vec<String> = flow::askable_fields(journey)
        .iter()
        .map(|f| f.id.clone())
        .collect();
    if let Ok(answers) = flow::read_asked_form(journey, &asked, &pairs) {
        run_flow(journey, &answers);
    }
});
