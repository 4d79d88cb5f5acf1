//! The summary: "check your answers" and the receipt (every shown answer, as a reader sees it,
//! grouped by step), and what a draft is about for its card on My page.

use super::{
    top_env,
    walk::{fields_shown, shown_item_fields, walk},
    AnswerEnv, Answers,
};
use crate::journey::{
    date::Date,
    fields::Answer,
    model::{Field, Journey},
    value::{self, Value},
};

/// How an answer is shown on "check your answers" and the receipt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    /// For reading: the answer's value shown (dates `dd.mm.yyyy`, money in kroner, numbers
    /// grouped), or, when it is not valid, as typed.
    Plain(String),
    /// A Fluent message (an option's label, yes or no).
    Message(String),
    Messages(Vec<String>),
    Items(Vec<Vec<Row>>),
    NotAnswered,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub field: String,
    pub label_id: String,
    pub value: Shown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryStep {
    pub step: usize,
    pub rows: Vec<Row>,
}

pub(super) fn shown_value(
    journey: &Journey,
    field: &Field,
    answer: Option<&Answer>,
    outer: &AnswerEnv,
    today: Date,
) -> Shown {
    let Some(answer) = answer.filter(|a| !a.is_empty() || matches!(a, Answer::Items(_))) else {
        return Shown::NotAnswered;
    };
    let items = match answer {
        Answer::Items(items) => items,
        answer => {
            return match value::parse(&field.kind, answer) {
                Ok(Value::YesNo(yes)) => {
                    Shown::Message(format!("answer-{}", if yes { "yes" } else { "no" }))
                }
                Ok(Value::OneOf(option)) => Shown::Message(journey.option_id(field, &option)),
                Ok(Value::ManyOf(options)) => Shown::Messages(
                    options
                        .iter()
                        .map(|o| journey.option_id(field, o))
                        .collect(),
                ),
                Ok(value) => Shown::Plain(value.to_string()),
                Err(_) => as_typed(journey, field, answer),
            }
        }
    };
    Shown::Items(
        items
            .iter()
            .map(|item| {
                shown_item_fields(journey, field, item, outer, today)
                    .into_iter()
                    .map(|f| Row {
                        field: f.id.clone(),
                        label_id: journey.label_id(f),
                        value: shown_value(journey, f, item.get(&f.id), outer, today),
                    })
                    .collect()
            })
            .collect(),
    )
}

/// An answer that is not valid for its field, shown as typed (trimmed): the check page lists it
/// beside the problem that keeps it from being sent.
fn as_typed(journey: &Journey, field: &Field, answer: &Answer) -> Shown {
    match answer {
        Answer::Text(text) => Shown::Plain(text.trim().to_string()),
        Answer::Choices(choices) => Shown::Messages(
            choices
                .iter()
                .map(|o| journey.option_id(field, o))
                .collect(),
        ),
        Answer::Address {
            street,
            postcode,
            city,
        } => Shown::Plain(format!(
            "{}, {} {}",
            street.trim(),
            postcode.trim(),
            city.trim()
        )),
        Answer::Items(_) => Shown::NotAnswered,
    }
}

/// "Check your answers": every shown answer, grouped by the steps on the path.
pub fn summary(journey: &Journey, answers: &Answers, today: Date) -> Vec<SummaryStep> {
    let walk = walk(journey, answers, today);
    let outer = top_env(journey, &walk.shown, today);
    walk.path
        .iter()
        .map(|&step| SummaryStep {
            step,
            rows: fields_shown(journey, step, &outer)
                .into_iter()
                .map(|field| Row {
                    field: field.id.clone(),
                    label_id: journey.label_id(field),
                    value: shown_value(journey, field, walk.shown.get(&field.id), &outer, today),
                })
                .collect(),
        })
        .collect()
}

/// The most characters of what a draft is about that its card shows.
const ABOUT_MAX_CHARS: usize = 80;

/// What a draft is about, for its card on My page: the shown answers of the fields marked
/// `about = true` (the child's name, the deceased's name), in the order of the definition,
/// joined by a space; `None` while none of them is answered.
pub fn about(journey: &Journey, answers: &Answers, today: Date) -> Option<String> {
    let shown = walk(journey, answers, today).shown;
    let words: Vec<&str> = journey
        .steps
        .iter()
        .flat_map(|step| &step.fields)
        .filter(|field| field.about)
        .filter_map(|field| match shown.get(&field.id) {
            Some(Answer::Text(text)) => Some(text.split_whitespace()),
            _ => None,
        })
        .flatten()
        .collect();
    if words.is_empty() {
        return None;
    }
    let text = words.join(" ");
    Some(if text.chars().count() > ABOUT_MAX_CHARS {
        let cut: String = text.chars().take(ABOUT_MAX_CHARS).collect();
        format!("{}…", cut.trim_end())
    } else {
        text
    })
}
