//! A journey in motion: answers, the path the citizen's answers take through the steps, which
//! fields are shown, validation, reading a posted step, and "check your answers". Pure: the
//! caller passes today's date.

use super::{
    condition::{self, Env, Expr, Val},
    date::Date,
    fields::{self, Answer, FieldKind, Problem, HARD_MAX_LENGTH},
    model::{Field, Journey},
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The answers of a draft or a submission, by field id. What the person typed is kept as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub BTreeMap<String, Answer>);

impl Answers {
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.0.get(id)
    }

    pub fn set(&mut self, id: &str, answer: Answer) {
        self.0.insert(id.to_string(), answer);
    }
}

/// Conditions read answers through this: only answers that are shown count.
struct AnswerEnv<'a> {
    fields: &'a [Field],
    answers: &'a Answers,
    outer: Option<&'a AnswerEnv<'a>>,
    today: Date,
    journey: &'a Journey,
}

impl Env for AnswerEnv<'_> {
    fn value(&self, name: &str) -> Val {
        match self.fields.iter().find(|f| f.id == name) {
            Some(field) => fields::condition_value(&field.kind, self.answers.get(name), self.today),
            None => match self.outer {
                Some(outer) => outer.value(name),
                None => match self.journey.field(name) {
                    Some((_, field)) => {
                        fields::condition_value(&field.kind, self.answers.get(name), self.today)
                    }
                    None => Val::Absent,
                },
            },
        }
    }

    fn items(&self, group: &str) -> Option<Vec<Box<dyn Env + '_>>> {
        let field = self
            .fields
            .iter()
            .find(|f| f.id == group)
            .or_else(|| self.journey.field(group).map(|(_, f)| f))?;
        let Some(Answer::Items(items)) = self.answers.get(group) else {
            return Some(Vec::new());
        };
        Some(
            items
                .iter()
                .map(|item| {
                    Box::new(AnswerEnv {
                        fields: &field.fields,
                        answers: item,
                        outer: Some(self),
                        today: self.today,
                        journey: self.journey,
                    }) as Box<dyn Env>
                })
                .collect(),
        )
    }

    fn today(&self) -> Option<Date> {
        Some(self.today)
    }
}

/// Where the answers lead: the steps on the path, in order, and the answers that are shown
/// (hidden branches' answers are left out — this is what gets submitted).
#[derive(Clone, Debug, PartialEq)]
pub struct Walk {
    pub path: Vec<usize>,
    pub shown: Answers,
}

fn holds(condition: Option<&Expr>, env: &dyn Env) -> bool {
    condition.is_none_or(|c| condition::eval(c, env) == Some(true))
}

/// Keeps the shown parts of one answer (a group's items keep only their shown fields).
fn shown_answer(
    journey: &Journey,
    field: &Field,
    answer: &Answer,
    outer: &AnswerEnv,
    today: Date,
) -> Answer {
    let Answer::Items(items) = answer else {
        return answer.clone();
    };
    Answer::Items(
        items
            .iter()
            .map(|item| {
                let mut kept = Answers::default();
                for item_field in &field.fields {
                    let env = AnswerEnv {
                        fields: &field.fields,
                        answers: &kept,
                        outer: Some(outer),
                        today,
                        journey,
                    };
                    if holds(item_field.show_if.as_ref(), &env) {
                        if let Some(a) = item.get(&item_field.id) {
                            kept.set(&item_field.id, a.clone());
                        }
                    }
                }
                kept
            })
            .collect(),
    )
}

fn top_env<'a>(journey: &'a Journey, answers: &'a Answers, today: Date) -> AnswerEnv<'a> {
    AnswerEnv {
        fields: &[],
        answers,
        outer: None,
        today,
        journey,
    }
}

/// Walks the steps with the given answers, as the citizen would.
pub fn walk(journey: &Journey, answers: &Answers, today: Date) -> Walk {
    let mut shown = Answers::default();
    let mut path = Vec::new();
    let mut index = 0;
    while let Some(step) = journey.steps.get(index) {
        if !holds(step.show_if.as_ref(), &top_env(journey, &shown, today)) {
            index += 1;
            continue;
        }
        path.push(index);
        for field in &step.fields {
            let visible = holds(field.show_if.as_ref(), &top_env(journey, &shown, today));
            if let (true, Some(answer)) = (visible, answers.get(&field.id)) {
                let kept = shown_answer(
                    journey,
                    field,
                    answer,
                    &top_env(journey, &shown, today),
                    today,
                );
                shown.set(&field.id, kept);
            }
        }
        let after = top_env(journey, &shown, today);
        index = step
            .next
            .iter()
            .find(|b| holds(b.condition.as_ref(), &after))
            .map_or(index + 1, |b| b.to);
    }
    Walk { path, shown }
}

/// One problem with one answer. `name` is the form field it belongs to (`child_pid`,
/// `heirs.0.heir_name`, `home.postcode`), so the error summary can link to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub name: String,
    pub field: String,
    pub problem: Problem,
}

fn check_field(
    field: &Field,
    answer: Option<&Answer>,
    name: &str,
    today: Date,
    errors: &mut Vec<FieldError>,
) {
    let error = |problem| FieldError {
        name: name.to_string(),
        field: field.id.clone(),
        problem,
    };
    if let FieldKind::Group { min, max } = field.kind {
        let count = match answer {
            Some(Answer::Items(items)) => items.len(),
            _ => 0,
        };
        if count < min {
            errors.push(error(Problem::TooFewItems { min }));
        } else if count > max {
            errors.push(error(Problem::TooManyItems { max }));
        }
        return;
    }
    match answer.filter(|a| !a.is_empty()) {
        None if field.required => errors.push(error(Problem::Required)),
        None => {}
        Some(answer) => {
            if let Some(problem) = fields::check(&field.kind, answer, today) {
                let name = match (&field.kind, &problem) {
                    (FieldKind::Address, Problem::Postcode) => format!("{name}.postcode"),
                    (FieldKind::Address, _) => format!("{name}.street"),
                    _ => name.to_string(),
                };
                errors.push(FieldError {
                    name,
                    field: field.id.clone(),
                    problem,
                });
            }
        }
    }
}

/// The problems with a step's shown answers, in the order of the fields.
pub fn validate_step(
    journey: &Journey,
    step: usize,
    answers: &Answers,
    today: Date,
) -> Vec<FieldError> {
    validate_shown(journey, step, &walk(journey, answers, today).shown, today)
}

/// `validate_step` over answers already walked (`shown`), so a caller that checks several steps
/// walks once.
fn validate_shown(journey: &Journey, step: usize, shown: &Answers, today: Date) -> Vec<FieldError> {
    let outer = top_env(journey, shown, today);
    let mut errors = Vec::new();
    for field in fields_shown(journey, step, &outer) {
        let answer = shown.get(&field.id);
        check_field(field, answer, &field.id, today, &mut errors);
        if let Some(Answer::Items(items)) = answer {
            for (i, item) in items.iter().enumerate() {
                for item_field in shown_item_fields(journey, field, item, &outer, today) {
                    let name = format!("{}.{i}.{}", field.id, item_field.id);
                    check_field(
                        item_field,
                        item.get(&item_field.id),
                        &name,
                        today,
                        &mut errors,
                    );
                }
            }
        }
    }
    errors
}

/// The item fields of one group item that its answers show.
fn shown_item_fields<'a>(
    journey: &'a Journey,
    group: &'a Field,
    item: &Answers,
    outer: &AnswerEnv,
    today: Date,
) -> Vec<&'a Field> {
    let env = AnswerEnv {
        fields: &group.fields,
        answers: item,
        outer: Some(outer),
        today,
        journey,
    };
    group
        .fields
        .iter()
        .filter(|f| holds(f.show_if.as_ref(), &env))
        .collect()
}

/// The step's fields that the current answers show. Without JavaScript, every field of the step
/// is on the page (a conditional one says when it applies); this decides what is checked and kept.
pub fn shown_fields<'a>(
    journey: &'a Journey,
    step: usize,
    answers: &Answers,
    today: Date,
) -> Vec<&'a Field> {
    let shown = walk(journey, answers, today).shown;
    fields_shown(journey, step, &top_env(journey, &shown, today))
}

/// The step's fields whose conditions hold in `env` (an environment over walked answers).
fn fields_shown<'a>(journey: &'a Journey, step: usize, env: &AnswerEnv) -> Vec<&'a Field> {
    journey.steps[step]
        .fields
        .iter()
        .filter(|f| holds(f.show_if.as_ref(), env))
        .collect()
}

/// The step after `step` on the path, or `None` when it is the last.
pub fn next_step(journey: &Journey, step: usize, answers: &Answers, today: Date) -> Option<usize> {
    let path = walk(journey, answers, today).path;
    let at = path.iter().position(|&s| s == step)?;
    path.get(at + 1).copied()
}

/// The step before `step` on the path.
pub fn previous_step(
    journey: &Journey,
    step: usize,
    answers: &Answers,
    today: Date,
) -> Option<usize> {
    let path = walk(journey, answers, today).path;
    let at = path.iter().position(|&s| s == step)?;
    at.checked_sub(1).map(|i| path[i])
}

/// The first step on the path with a problem, if any (submit is allowed only without).
pub fn first_incomplete_step(journey: &Journey, answers: &Answers, today: Date) -> Option<usize> {
    let walk = walk(journey, answers, today);
    walk.path
        .into_iter()
        .find(|&s| !validate_shown(journey, s, &walk.shown, today).is_empty())
}

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
fn values_of<'a>(id: &str, posted: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
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

fn read_field(field: &Field, values: &[(&str, &str)]) -> Result<Option<Answer>, FormError> {
    let unknown = |k: &str| FormError::UnknownField(format!("{}.{k}", field.id));
    match &field.kind {
        FieldKind::ManyOf(_) => {
            if let Some((k, _)) = values.iter().find(|(k, _)| !k.is_empty()) {
                return Err(unknown(k));
            }
            Ok(Some(Answer::Choices(
                values.iter().map(|(_, v)| v.to_string()).collect(),
            )))
        }
        FieldKind::Address => {
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
        FieldKind::Group { .. } => {
            let mut items: BTreeMap<usize, Vec<(&str, &str)>> = BTreeMap::new();
            for (k, v) in values {
                let (index, rest) = k.split_once('.').unwrap_or((k, ""));
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
        _ => {
            if let Some((k, _)) = values.iter().find(|(k, _)| !k.is_empty()) {
                return Err(unknown(k));
            }
            Ok(single(field, values)?.map(Answer::Text))
        }
    }
}

/// How an answer is shown on "check your answers" and the receipt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    /// As typed, for reading (`fields::display`: dates `dd.mm.yyyy`, money in kroner, numbers
    /// grouped).
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

fn shown_value(
    journey: &Journey,
    field: &Field,
    answer: Option<&Answer>,
    outer: &AnswerEnv,
    today: Date,
) -> Shown {
    let Some(answer) = answer.filter(|a| !a.is_empty() || matches!(a, Answer::Items(_))) else {
        return Shown::NotAnswered;
    };
    match (&field.kind, answer) {
        (FieldKind::YesNo, Answer::Text(t)) => Shown::Message(format!("answer-{}", t.trim())),
        (FieldKind::OneOf(_), Answer::Text(t)) => {
            Shown::Message(journey.option_id(field, t.trim()))
        }
        (FieldKind::ManyOf(_), Answer::Choices(c)) => {
            Shown::Messages(c.iter().map(|o| journey.option_id(field, o)).collect())
        }
        (_, Answer::Text(t)) => Shown::Plain(fields::display(&field.kind, t)),
        (
            _,
            Answer::Address {
                street,
                postcode,
                city,
            },
        ) => Shown::Plain(format!(
            "{}, {} {}",
            street.trim(),
            postcode.trim(),
            city.trim()
        )),
        (_, Answer::Items(items)) => Shown::Items(
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
        ),
        _ => Shown::NotAnswered,
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

/// One call to an agency that a submission makes: what the orchestration stores in its outbox.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceCall {
    pub service: String,
    pub agency: super::Agency,
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
