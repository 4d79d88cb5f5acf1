//! What the fuzz targets share: answers made up for a journey from the fuzzer's bytes, and every
//! flow function run over a journey with them, as the server and the island would.

use app::journey::{
    date::Date,
    flow::{self, Answers},
    Answer, Field, FieldKind, Journey,
};

/// Days the flow is run on: an ordinary one and the ends of the calendar.
pub fn todays() -> [Date; 3] {
    [
        Date::new(2026, 11, 29).expect("a date"),
        Date::new(1000, 1, 1).expect("a date"),
        Date::new(9999, 12, 31).expect("a date"),
    ]
}

/// Texts a person might type, valid for some kind and not for others.
const TEXTS: [&str; 20] = [
    "",
    " ",
    "ja",
    "12",
    "-5",
    "12 500,50 kr",
    "9223372036854775807",
    "2026-01-31",
    "31.12.9999",
    "1.1.1000",
    "01010012356",
    "974760673",
    "1234.56.78903",
    "kari@example.no",
    "+4712345678",
    "éé\u{202e}",
    "a\nb",
    "x",
    "yes",
    "true",
];

/// A source of choices: the fuzzer's bytes, read one at a time, then zeros.
pub struct Bytes<'a>(pub &'a [u8]);

impl Bytes<'_> {
    pub fn next(&mut self) -> usize {
        match self.0.split_first() {
            Some((first, rest)) => {
                self.0 = rest;
                usize::from(*first)
            }
            None => 0,
        }
    }
}

/// An answer to `field` as the bytes choose: a typed text, options (and one that is none),
/// an address, or up to three items of a group.
pub fn answer(field: &Field, bytes: &mut Bytes, depth: usize) -> Option<Answer> {
    let pick = bytes.next();
    if pick % 7 == 0 {
        return None;
    }
    Some(match &field.kind {
        FieldKind::OneOf(options) | FieldKind::ManyOf(options) => Answer::Choices(
            options
                .iter()
                .map(String::as_str)
                .chain(["none-of-these"])
                .filter(|_| bytes.next() % 2 == 0)
                .map(str::to_string)
                .collect(),
        ),
        FieldKind::Address => Answer::Address {
            street: TEXTS[pick % TEXTS.len()].to_string(),
            postcode: ["0150", "x", ""][pick % 3].to_string(),
            city: "Oslo".to_string(),
        },
        FieldKind::Group { .. } if depth < 4 => Answer::Items(
            (0..bytes.next() % 4)
                .map(|_| answers(&field.fields, bytes, depth + 1))
                .collect(),
        ),
        _ => Answer::Text(TEXTS[pick % TEXTS.len()].to_string()),
    })
}

/// Answers to `fields` as the bytes choose.
pub fn answers(fields: &[Field], bytes: &mut Bytes, depth: usize) -> Answers {
    let mut answers = Answers::default();
    for field in fields {
        if let Some(a) = answer(field, bytes, depth) {
            answers.set(&field.id, a);
        }
    }
    answers
}

/// A form post of `answers` as a browser would send it (`a.<field>`, `a.<group>.<i>.<field>`).
pub fn post(prefix: &str, answers: &Answers, out: &mut Vec<(String, String)>) {
    for (id, answer) in &answers.0 {
        let name = format!("{prefix}{id}");
        match answer {
            Answer::Text(t) => out.push((name, t.clone())),
            Answer::Choices(c) => out.extend(c.iter().map(|c| (name.clone(), c.clone()))),
            Answer::Address {
                street,
                postcode,
                city,
            } => {
                out.push((format!("{name}.street"), street.clone()));
                out.push((format!("{name}.postcode"), postcode.clone()));
                out.push((format!("{name}.city"), city.clone()));
            }
            Answer::Items(items) => {
                for (i, item) in items.iter().enumerate() {
                    out.push((format!("{name}.{i}._"), String::new()));
                    post(&format!("{name}.{i}."), item, out);
                }
            }
        }
    }
}

/// Every flow function over `journey` with `answers`, on each of [`todays`].
pub fn run_flow(journey: &Journey, answers: &Answers) {
    for today in todays() {
        let walk = flow::walk(journey, answers, today);
        assert!(walk.path.iter().all(|&s| s < journey.steps.len()));
        for step in 0..journey.steps.len() {
            flow::shown_fields(journey, step, answers, today);
            flow::validate_step(journey, step, answers, today);
            flow::next_step(journey, step, answers, today);
            flow::previous_step(journey, step, answers, today);
        }
        flow::first_incomplete_step(journey, answers, today);
        flow::summary(journey, answers, today);
        flow::about(journey, answers, today);
        flow::service_calls(journey, answers, today);
        let asked: Vec<String> = flow::askable_fields(journey)
            .iter()
            .map(|f| f.id.clone())
            .collect();
        flow::validate_asked(journey, &asked, answers, today);
        for id in &asked {
            flow::shown_answer(journey, id, answers.get(id), today);
        }
    }
}
