//! The shipped journeys, each compared with itself: nothing changes, nothing is lost, no one is
//! told anything; and every condition they have prints back as text that parses into the same
//! tree.

use crate::journey::{
    check_tests::shipped,
    compare::{condition_text, diff, impact, migrate},
    condition::{canonical, parse, Expr},
    Answer, Answers, FieldKind, Journey,
};

/// Answers that walk the journey's yes branches: yes to every yes/no, the first option of every
/// choice, a text for every text field.
fn some_answers(journey: &Journey) -> Answers {
    let mut answers = Answers::default();
    for field in journey.steps.iter().flat_map(|s| &s.fields) {
        let text = match &field.kind {
            FieldKind::YesNo => "yes".to_string(),
            FieldKind::OneOf(options) => options.first().cloned().unwrap_or_default(),
            FieldKind::Text { .. } | FieldKind::LongText { .. } => "Kari".to_string(),
            _ => continue,
        };
        answers.set(&field.id, Answer::Text(text));
    }
    answers
}

fn conditions(journey: &Journey) -> Vec<&Expr> {
    fn of_fields<'a>(fields: &'a [crate::journey::Field], out: &mut Vec<&'a Expr>) {
        for field in fields {
            out.extend(&field.show_if);
            of_fields(&field.fields, out);
        }
    }
    let mut out = Vec::new();
    for step in &journey.steps {
        out.extend(&step.show_if);
        out.extend(step.next.iter().filter_map(|b| b.condition.as_ref()));
        of_fields(&step.fields, &mut out);
    }
    out.extend(journey.services.iter().filter_map(|s| s.condition.as_ref()));
    out
}

#[test]
fn a_shipped_journey_compared_with_itself_changes_nothing() {
    let today = super::today();
    for journey in shipped().definitions() {
        let answers = some_answers(journey);
        assert_eq!(diff(journey, journey), vec![], "{}", journey.meta.id);
        let migration = migrate(journey, journey, &answers, today);
        assert_eq!(migration.answers, answers, "{}", journey.meta.id);
        assert_eq!(
            (migration.dropped, migration.notices),
            (vec![], vec![]),
            "{}",
            journey.meta.id
        );
        assert_eq!(impact(journey, journey, &answers, today), vec![]);
    }
}

#[test]
fn every_shipped_condition_prints_back_into_the_same_tree() {
    let mut printed = 0;
    for journey in shipped().definitions() {
        for condition in conditions(journey) {
            let text = condition_text(condition);
            let again = parse(&text).unwrap_or_else(|e| panic!("`{text}`: {e:?}"));
            assert_eq!(canonical(&again), canonical(condition), "`{text}`");
            printed += 1;
        }
    }
    assert!(
        printed > 10,
        "the shipped journeys have conditions ({printed})"
    );
}
