//! Payloads: the calls to agencies a submission makes — the services whose conditions hold, each
//! with its payload mapped from the shown answers in the form agencies receive.

use super::{holds, top_env, walk::walk, Answers};
use crate::journey::{
    date::Date,
    fields::Answer,
    model::{Field, Journey},
    value, Agency,
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

/// An answer as an agency receives it: its value ([`value::Value::payload`]: digits, ISO
/// dates, øre, yes/no as a boolean, a list of choices, an address object), or a list of items
/// mapped field by field.
fn payload_value(field: &Field, answer: &Answer) -> serde_json::Value {
    use serde_json::{json, Value as Json};
    match answer {
        Answer::Items(items) => Json::Array(
            items
                .iter()
                .map(|item| {
                    let object = field
                        .fields
                        .iter()
                        .filter_map(|f| Some((f.id.clone(), payload_value(f, item.get(&f.id)?))))
                        .collect();
                    Json::Object(object)
                })
                .collect(),
        ),
        // Only valid answers are sent (submitting needs every step valid); anything else goes
        // as typed.
        answer => match value::parse(&field.kind, answer) {
            Ok(value) => value.payload(),
            Err(_) => match answer {
                Answer::Text(text) => Json::String(text.trim().to_string()),
                Answer::Choices(choices) => json!(choices),
                Answer::Address {
                    street,
                    postcode,
                    city,
                } => {
                    json!({ "street": street.trim(), "postcode": postcode.trim(), "city": city.trim() })
                }
                Answer::Items(_) => Json::Null,
            },
        },
    }
}

/// The calls a submission with these answers makes: every service whose condition holds (and
/// whose party, if it waits for one, takes part), its payload mapped from the shown answers (an absent optional answer is left out).
pub fn service_calls(journey: &Journey, answers: &Answers, today: Date) -> Vec<ServiceCall> {
    let shown = walk(journey, answers, today).shown;
    let env = top_env(journey, &shown, today);
    // A service that carries a party's answer is made only when that party takes part.
    let taking_part: Vec<String> = if journey.services.iter().any(|s| s.party.is_some()) {
        super::participants(journey, answers, today)
            .into_iter()
            .map(|p| p.party)
            .collect()
    } else {
        Vec::new()
    };
    journey
        .services
        .iter()
        .filter(|service| holds(service.condition.as_ref(), &env))
        .filter(|service| {
            service
                .party
                .as_ref()
                .is_none_or(|p| taking_part.contains(p))
        })
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

/// A party's answers as agencies get them beside the payload: each field's value as a payload
/// maps it (`true` for yes, numbers as numbers), by field id.
pub fn party_payload(journey: &Journey, answers: &Answers) -> serde_json::Value {
    let object = answers
        .0
        .iter()
        .filter_map(|(id, answer)| {
            let field = journey.any_field(id)?;
            Some((id.clone(), payload_value(field, answer)))
        })
        .collect();
    serde_json::Value::Object(object)
}
