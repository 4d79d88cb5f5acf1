//! A step's island slice (`flow::island_slice`) shows and checks exactly what the whole journey
//! does, on every step of every shipped journey, and weighs a fraction of it.

use super::{check_tests::shipped, flow, Answer, Answers, Date, FieldKind, Journey};

/// Answers that open and close the journey's branches: nothing, and every combination of yes
/// or no to every yes/no, the first or the last option of every choice, and recent or old dates
/// (with every option of a many-choice field chosen, and a small number or zero).
fn answer_sets(journey: &Journey) -> Vec<Answers> {
    let mut sets = vec![Answers::default()];
    for combination in 0..8 {
        let (yes, first, recent) = (
            combination & 1 == 0,
            combination & 2 == 0,
            combination & 4 == 0,
        );
        let mut answers = Answers::default();
        for field in journey.steps.iter().flat_map(|s| &s.fields) {
            let answer = match &field.kind {
                FieldKind::YesNo => Answer::Text(if yes { "yes" } else { "no" }.into()),
                FieldKind::OneOf(options) => {
                    let option = if first {
                        options.first()
                    } else {
                        options.last()
                    };
                    match option {
                        Some(option) => Answer::Text(option.clone()),
                        None => continue,
                    }
                }
                FieldKind::ManyOf(options) => Answer::Choices(options.clone()),
                FieldKind::Date { .. } => {
                    Answer::Text(if recent { "19.11.2026" } else { "01.01.1950" }.into())
                }
                FieldKind::Number { .. } | FieldKind::Money { .. } => {
                    Answer::Text(if recent { "3" } else { "0" }.into())
                }
                _ => continue,
            };
            answers.set(&field.id, answer);
        }
        sets.push(answers);
    }
    sets
}

fn ids(fields: Vec<&super::model::Field>) -> Vec<String> {
    fields.into_iter().map(|f| f.id.clone()).collect()
}

#[test]
fn a_steps_island_slice_shows_and_checks_what_the_whole_journey_does() {
    let catalog = shipped();
    let today = Date::parse_iso("2026-11-29").expect("a date");
    let mut compared = 0;
    for journey in catalog.definitions().iter().filter(|j| j.has_steps()) {
        for answers in answer_sets(journey) {
            // A step page is shown only for a step on the answers' path.
            let path = flow::walk(journey, &answers, today).path;
            for (step, current) in journey.steps.iter().enumerate() {
                if !path.contains(&step) {
                    continue;
                }
                let walked = flow::walk(journey, &answers, today);
                let (slice, read) = flow::island_slice(journey, step, &walked);
                // The island's answers: the earlier ones it was given, and what is typed here.
                let mut island = read.clone();
                for field in &current.fields {
                    if let Some(answer) = answers.get(&field.id) {
                        island.set(&field.id, answer.clone());
                    }
                }
                let at = flow::ISLAND_STEP;
                let place = format!("{} step {step} ({})", journey.meta.id, current.id);
                assert_eq!(
                    ids(flow::shown_fields(journey, step, &answers, today)),
                    ids(flow::shown_fields(&slice, at, &island, today)),
                    "{place}"
                );
                assert_eq!(
                    flow::validate_step(journey, step, &answers, today),
                    flow::validate_step(&slice, at, &island, today),
                    "{place}"
                );
                // The island reads the step's posted form against the slice alike.
                let pairs: Vec<(String, String)> = current
                    .fields
                    .iter()
                    .filter_map(|f| match answers.get(&f.id) {
                        Some(Answer::Text(t)) => Some((format!("a.{}", f.id), t.clone())),
                        _ => None,
                    })
                    .collect();
                assert_eq!(
                    flow::read_step_form(journey, step, &pairs),
                    flow::read_step_form(&slice, at, &pairs),
                    "{place}"
                );
                compared += 1;
            }
        }
    }
    assert!(compared > 20, "only {compared} steps compared");
}

#[test]
fn a_steps_island_slice_carries_only_the_earlier_answers_its_conditions_read() {
    let catalog = shipped();
    let today = Date::parse_iso("2026-11-29").expect("a date");
    let journey = catalog.definition("fa-barn").expect("Få barn");
    let whole = serde_json::to_string(&**journey).expect("json").len();
    let answers = answer_sets(journey).remove(1);
    for (step, current) in journey.steps.iter().enumerate() {
        let walked = flow::walk(journey, &answers, today);
        let (slice, read) = flow::island_slice(journey, step, &walked);
        let light = serde_json::to_string(&slice).expect("json").len();
        assert!(
            light * 4 < whole,
            "step {}: {light} bytes of {whole}",
            current.id
        );
        // Nothing of another step's questions but what a condition here reads.
        for id in read.0.keys() {
            assert!(
                slice.steps[0].fields.iter().any(|f| &f.id == id),
                "step {}: `{id}` travels but is not read",
                current.id
            );
        }
        assert!(slice.services.is_empty() && slice.prefill.is_empty());
    }
}
