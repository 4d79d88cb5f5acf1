//! Form encoding: a posted step read into answers (`a.<field>`, `a.<field>.street`,
//! `a.<group>.<i>.<field>`), refusing whole any post that does not match the step.

use super::Answers;
use crate::journey::{
    fields::{Answer, AnswerShape, HARD_MAX_LENGTH},
    model::{Field, Journey},
};
use std::collections::BTreeMap;

/// A post that does not match the step it was sent to: changes nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormError {
    /// A name that is no field of this step (a tampered or outdated form).
    UnknownField(String),
    /// A value longer than any answer may be.
    Oversized(String),
    /// Two values where one belongs.
    Repeated(String),
}

/// The most items a posted group may have, whatever the definition says.
const HARD_MAX_ITEMS: usize = 200;

/// Reads the answers of one step from a posted form (names `a.<field>`, `a.<field>.street`,
/// `a.<group>.<i>.<field>`, `a.<group>.<i>._` marking an item). Other names (`csrf_token`,
/// `action`) are the caller's.
pub fn read_step_form(
    journey: &Journey,
    step: usize,
    pairs: &[(String, String)],
) -> Result<Answers, FormError> {
    let mut answers = Answers::default();
    let fields = &journey.steps[step].fields;
    let posted: Vec<(&str, &str)> = pairs
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("a.").map(|k| (k, v.as_str())))
        .collect();
    for (name, value) in &posted {
        if value.chars().count() > HARD_MAX_LENGTH {
            return Err(FormError::Oversized(name.to_string()));
        }
        let first = name.split('.').next().unwrap_or_default();
        if !fields.iter().any(|f| f.id == first) {
            return Err(FormError::UnknownField(name.to_string()));
        }
    }
    for field in fields {
        if let Some(answer) = read_field(field, &values_of(&field.id, &posted))? {
            answers.set(&field.id, answer);
        }
    }
    Ok(answers)
}

/// The posted values under the name `id` (`id` itself, or `id.<rest>`), keyed by the rest.
pub(super) fn values_of<'a>(id: &str, posted: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    posted
        .iter()
        .filter_map(|(k, v)| {
            let rest = k.strip_prefix(id)?;
            (rest.is_empty() || rest.starts_with('.')).then(|| (rest.trim_start_matches('.'), *v))
        })
        .collect()
}

fn single(field: &Field, values: &[(&str, &str)]) -> Result<Option<String>, FormError> {
    let own: Vec<&str> = values
        .iter()
        .filter(|(k, _)| k.is_empty())
        .map(|(_, v)| *v)
        .collect();
    if own.len() > 1 {
        return Err(FormError::Repeated(field.id.clone()));
    }
    Ok(own.first().map(|v| v.to_string()))
}

pub(super) fn read_field(
    field: &Field,
    values: &[(&str, &str)],
) -> Result<Option<Answer>, FormError> {
    let unknown = |k: &str| FormError::UnknownField(format!("{}.{k}", field.id));
    match field.kind.shape() {
        AnswerShape::Choices => {
            if let Some((k, _)) = values.iter().find(|(k, _)| !k.is_empty()) {
                return Err(unknown(k));
            }
            Ok(Some(Answer::Choices(
                values.iter().map(|(_, v)| v.to_string()).collect(),
            )))
        }
        AnswerShape::Address => {
            let mut parts = [String::new(), String::new(), String::new()];
            for (k, v) in values {
                let slot = match *k {
                    "street" => 0,
                    "postcode" => 1,
                    "city" => 2,
                    other => return Err(unknown(other)),
                };
                parts[slot] = v.to_string();
            }
            let [street, postcode, city] = parts;
            Ok(Some(Answer::Address {
                street,
                postcode,
                city,
            }))
        }
        AnswerShape::Items => {
            let mut items: BTreeMap<usize, Vec<(&str, &str)>> = BTreeMap::new();
            for (k, v) in values {
                let (index, rest) = k.split_once('.').unwrap_or((k, ""));
                // Digits only: `str::parse` would also take `+5` as item 5.
                if !index.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(unknown(k));
                }
                let index: usize = index.parse().map_err(|_| unknown(k))?;
                if index >= HARD_MAX_ITEMS {
                    return Err(unknown(k));
                }
                items.entry(index).or_default().push((rest, v));
            }
            let mut answers = Vec::new();
            for (_, item_values) in items {
                let mut item = Answers::default();
                for (k, _) in &item_values {
                    let first = k.split('.').next().unwrap_or_default();
                    if first != "_" && !field.fields.iter().any(|f| f.id == first) {
                        return Err(unknown(k));
                    }
                }
                for item_field in &field.fields {
                    let mine = values_of(&item_field.id, &item_values);
                    if let Some(answer) = read_field(item_field, &mine)? {
                        item.set(&item_field.id, answer);
                    }
                }
                answers.push(item);
            }
            Ok(Some(Answer::Items(answers)))
        }
        AnswerShape::Text => {
            if let Some((k, _)) = values.iter().find(|(k, _)| !k.is_empty()) {
                return Err(unknown(k));
            }
            Ok(single(field, values)?.map(Answer::Text))
        }
    }
}
