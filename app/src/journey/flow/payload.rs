//! Payloads: the calls to agencies a submission makes — the services whose conditions hold, each
//! with its payload mapped from the shown answers in the form agencies receive.

use super::{holds, top_env, walk::walk, Answers};
use crate::journey::{
    date::Date,
    fields::{self, Answer, FieldKind},
    model::{Field, Journey},
    Agency,
};

/// One call to an agency that a submission makes: what the orchestration stores in its outbox.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceCall {
    pub service: String,
    pub agency: Agency,
    pub operation: String,
    /// Services (of this submission) whose result this call needs first.
    pub after: Vec<String>,
    pub payload: serde_json::Value,
}

/// An answer as an agency receives it: normalised text (digits, ISO dates, øre), a list of
/// choices, an address object, or a list of items.
fn payload_value(field: &Field, answer: &Answer) -> serde_json::Value {
    use serde_json::{json, Value};
    match answer {
        Answer::Text(text) => match &field.kind {
            FieldKind::YesNo => Value::Bool(text.trim() == "yes"),
            FieldKind::Money { .. } | FieldKind::Number { .. } => {
                fields::normalise(&field.kind, text)
                    .parse::<i64>()
                    .map_or_else(|_| Value::String(text.clone()), Value::from)
            }
            kind => Value::String(fields::normalise(kind, text)),
        },
        Answer::Choices(choices) => json!(choices),
        Answer::Address {
            street,
            postcode,
            city,
        } => json!({ "street": street.trim(), "postcode": postcode.trim(), "city": city.trim() }),
        Answer::Items(items) => Value::Array(
            items
                .iter()
                .map(|item| {
                    let object = field
                        .fields
                        .iter()
                        .filter_map(|f| Some((f.id.clone(), payload_value(f, item.get(&f.id)?))))
                        .collect();
                    Value::Object(object)
                })
                .collect(),
        ),
    }
}

/// The calls a submission with these answers makes: every service whose condition holds, its
/// payload mapped from the shown answers (an absent optional answer is left out).
pub fn service_calls(journey: &Journey, answers: &Answers, today: Date) -> Vec<ServiceCall> {
    let shown = walk(journey, answers, today).shown;
    let env = top_env(journey, &shown, today);
    journey
        .services
        .iter()
        .filter(|service| holds(service.condition.as_ref(), &env))
        .map(|service| {
            let payload = service
                .payload
                .iter()
                .filter_map(|mapping| {
                    let (_, field) = journey.field(&mapping.field)?;
                    let answer = shown
                        .get(&mapping.field)
                        .filter(|a| !a.is_empty() || matches!(a, Answer::Items(_)))?;
                    Some((mapping.key.clone(), payload_value(field, answer)))
                })
                .collect();
            ServiceCall {
                service: service.id.clone(),
                agency: service.agency,
                operation: service.operation.clone(),
                after: service.after.clone(),
                payload: serde_json::Value::Object(payload),
            }
        })
        .collect()
}
