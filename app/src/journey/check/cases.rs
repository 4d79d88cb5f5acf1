//! Saved test cases (`[[test]]`): answers as a citizen types them, with the path of steps they
//! must take and the services a submission with them must call. The checker runs every case on
//! every check, so a change to a journey that breaks one is an error at the case, and a draft
//! with errors cannot be published — the case is versioned, exported and imported with its
//! definition because it is written in it.
//!
//! Each answer is read as a form post is (its field's own parser, and its bounds as of the case's
//! day), then the journey is walked as the portal walks it (`flow::walk`, `flow::service_calls`),
//! so a case says what a citizen would get. There is no clock here: a case runs on its `today`
//! or on [`DEFAULT_TODAY`], and a date answer may be written relative to that day
//! (`today - 10d`), so a case reads as meant and gives the same result on any day.

use super::{
    raw::{RawService, RawStep, RawTest},
    Checker,
};
use crate::journey::{
    condition,
    date::{Date, DateBound},
    fields::{self, Answer, AnswerShape, FieldKind, Problem},
    flow::{self, Answers, Walk},
    model::{Field, Journey},
};
use std::collections::BTreeSet;
use toml::{Spanned, Value as Toml};

/// The day a case runs on when it states none (`yyyy-mm-dd`).
pub(super) const DEFAULT_TODAY: &str = "2026-06-15";

/// The journey as checked and as written: messages quote conditions as the author wrote them.
pub(super) struct Written<'a> {
    pub journey: &'a Journey,
    /// Aligned with `journey.steps` (and each step's `next` with its branches).
    pub steps: &'a [RawStep],
    /// Aligned with `journey.services`.
    pub services: &'a [RawService],
}

/// Conditions as written, for messages; looked up, not indexed, so a message never panics.
impl Written<'_> {
    fn step_condition(&self, step: usize) -> Option<&str> {
        let written = self.steps.get(step)?.show_if.as_ref()?;
        Some(written.get_ref())
    }

    fn branch_condition(&self, step: usize, branch: usize) -> Option<&str> {
        let written = self.steps.get(step)?.next.get(branch)?.condition.as_ref()?;
        Some(written.get_ref())
    }

    fn field_condition(&self, step: usize, field: &str) -> Option<&str> {
        let fields = &self.steps.get(step)?.field;
        let written = fields.iter().find(|f| f.id.get_ref() == field)?;
        Some(written.show_if.as_ref()?.get_ref())
    }

    fn service_condition(&self, service: &str) -> Option<&str> {
        let written = self.services.iter().find(|s| s.id.get_ref() == service)?;
        Some(written.condition.as_ref()?.get_ref())
    }
}

impl Checker<'_> {
    /// Runs every saved test case; each failure is an error at the case's name, or at the
    /// answer, step list or service list at fault.
    pub(super) fn cases(&mut self, tests: &[RawTest], written: &Written) {
        let mut names = BTreeSet::new();
        for test in tests {
            if !names.insert(test.name.get_ref().as_str()) {
                let name = test.name.get_ref();
                self.error(&test.name, format!("test \"{name}\" is named twice"));
            }
            self.case(test, written);
        }
    }

    fn case(&mut self, test: &RawTest, written: &Written) {
        let journey = written.journey;
        let name = test.name.get_ref();
        let before = self.errors.len();
        let Some(today) = self.case_day(test) else {
            return;
        };
        let (answers, placed) = self.case_answers(test, journey, today);
        let expected = test.path.get_ref();
        for id in expected {
            if journey.step(id).is_none() {
                self.error(
                    &test.path,
                    format!("test \"{name}\": no step `{id}` in this journey"),
                );
            }
        }
        for id in test.services.get_ref() {
            if !journey.services.iter().any(|s| s.id == *id) {
                let message = format!("test \"{name}\": no service `{id}` in this journey");
                self.error(&test.services, message);
            }
        }
        // Answers the case cannot mean: comparing would only add noise.
        let unreadable = self.errors.len() > before;
        for (key, step) in &placed {
            let step = &journey.steps[*step].id;
            if !expected.contains(step) {
                let id = key.get_ref();
                let message = format!("test \"{name}\": answer {id} is on step {step}, which this test's path does not reach");
                self.error(key, message);
            }
        }
        if unreadable {
            return;
        }

        let walked = flow::walk(journey, &answers, today);
        // An answer its own condition hides is dropped, as the portal drops it: the case would
        // test something other than it says.
        for (key, step) in placed {
            let id = key.get_ref();
            if walked.path.contains(&step) && walked.shown.get(id).is_none() {
                let condition = written.field_condition(step, id);
                let message = format!(
                    "test \"{name}\": answer {id} is hidden, so not used ({})",
                    condition.map_or("its step is hidden".into(), |c| format!("`{c}` is false"))
                );
                self.error(key, message);
            }
        }
        let got: Vec<&str> = walked
            .path
            .iter()
            .map(|&i| journey.steps[i].id.as_str())
            .collect();
        if got != *expected {
            let mut message = format!(
                "test \"{name}\": expected path {}, got {}",
                arrows(expected.iter().map(String::as_str)),
                arrows(got.iter().copied())
            );
            if let Some(why) = why_path(written, &walked, expected, today) {
                message += &format!(" ({why})");
            }
            self.error(&test.name, message);
        }

        let called: BTreeSet<String> = flow::service_calls(journey, &answers, today)
            .into_iter()
            .map(|call| call.service)
            .collect();
        let wanted: BTreeSet<&String> = test.services.get_ref().iter().collect();
        for service in &journey.services {
            let id = &service.id;
            let condition = written.service_condition(id);
            let message = match (wanted.contains(id), called.contains(id)) {
                (true, false) => format!(
                    "test \"{name}\": service {id} is expected but not called{}",
                    condition.map_or(String::new(), |c| format!(" (`{c}` is false)"))
                ),
                (false, true) => format!(
                    "test \"{name}\": service {id} is called but not expected ({})",
                    condition.map_or("it has no condition".into(), |c| format!("`{c}` holds"))
                ),
                _ => continue,
            };
            self.error(&test.name, message);
        }
    }

    /// The day a case runs on. One that cannot be read is reported, and the rest of the case is
    /// still read on the default day, so every mistake in it shows at once.
    fn case_day(&mut self, test: &RawTest) -> Option<Date> {
        let stated = test
            .today
            .as_ref()
            .map(|raw| (raw, Date::parse_iso(raw.get_ref())));
        if let Some((raw, None)) = stated {
            let name = test.name.get_ref();
            self.error(
                raw,
                format!("test \"{name}\": `today` is a day, yyyy-mm-dd"),
            );
        }
        stated
            .and_then(|(_, day)| day)
            .or_else(|| Date::parse_iso(DEFAULT_TODAY))
    }

    /// The case's answers that its fields take, each with the key it was written at and the
    /// index of its step; the others are errors at their keys.
    fn case_answers<'t>(
        &mut self,
        test: &'t RawTest,
        journey: &Journey,
        today: Date,
    ) -> (Answers, Vec<(&'t Spanned<String>, usize)>) {
        let name = test.name.get_ref();
        let mut answers = Answers::default();
        let mut placed = Vec::new();
        for (key, value) in &test.answers {
            let id = key.get_ref();
            let Some((step, field)) = journey.field(id) else {
                let message = if journey.any_field(id).is_some() {
                    format!("test \"{name}\": `{id}` is a field of a group's items; give it in the group's answer, an array of tables")
                } else {
                    format!("test \"{name}\": no field `{id}` in this journey")
                };
                self.error(key, message);
                continue;
            };
            match answer_of(field, value.get_ref(), today) {
                Ok(answer) => {
                    answers.set(id, answer);
                    placed.push((key, step));
                }
                Err(why) => self.error(key, format!("test \"{name}\": answer `{id}` {why}")),
            }
        }
        (answers, placed)
    }
}

/// `child → name → family`, or `(no steps)`.
fn arrows<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let ids: Vec<&str> = ids.collect();
    if ids.is_empty() {
        "(no steps)".into()
    } else {
        ids.join(" → ")
    }
}

/// Why the walk left the expected path where it first did: a branch taken, a step hidden by its
/// condition, or a step shown by its condition.
fn why_path(written: &Written, walked: &Walk, expected: &[String], today: Date) -> Option<String> {
    let journey = written.journey;
    let at = expected
        .iter()
        .zip(&walked.path)
        .take_while(|(id, &step)| **id == journey.steps[step].id)
        .count();
    let previous = at.checked_sub(1).map(|i| walked.path[i]);
    let condition_of = |step: usize| written.step_condition(step);
    if let Some(from) = previous {
        let step = &journey.steps[from];
        for (index, branch) in step.next.iter().enumerate() {
            if flow::holds_walked(journey, walked, branch.condition.as_ref(), today) {
                let to = &journey.steps[branch.to].id;
                return Some(match written.branch_condition(from, index) {
                    Some(c) => {
                        format!("after step {}, `{c}` holds and leads to step {to}", step.id)
                    }
                    None => format!("step {} always leads to step {to}", step.id),
                });
            }
        }
    }
    let wanted = expected
        .get(at)
        .and_then(|id| journey.step(id))
        .map(|(i, _)| i);
    let next = walked.path.get(at).copied();
    match (wanted, next) {
        (Some(w), _) if previous.is_some_and(|p| w <= p) => Some(format!(
            "step {} comes before step {} in the file",
            journey.steps[w].id, journey.steps[previous?].id
        )),
        (Some(w), next) if next.is_none_or(|n| w < n) => condition_of(w)
            .map(|c| format!("step {} is hidden: `{c}` is false", journey.steps[w].id)),
        (_, Some(n)) => Some(match condition_of(n) {
            Some(c) => format!("step {} is shown: `{c}` holds", journey.steps[n].id),
            None => format!("step {} is always shown", journey.steps[n].id),
        }),
        _ => None,
    }
}

/// One answer of a case, read and checked as a form post of it would be.
fn answer_of(field: &Field, value: &Toml, today: Date) -> Result<Answer, String> {
    let answer = typed(field, value, today)?;
    // An empty answer is an unanswered field, as an empty input is.
    if answer.is_empty() {
        return Ok(answer);
    }
    match fields::check(&field.kind, &answer, today) {
        None => Ok(answer),
        Some(problem) => Err(refused(&field.kind, &problem)),
    }
}

/// The answer as typed, from its TOML value: text (a date also `today - 10d`), a list of
/// choices, an address table, or a group's items as an array of tables.
fn typed(field: &Field, value: &Toml, today: Date) -> Result<Answer, String> {
    let text = |value: &Toml| value.as_str().map(str::to_string);
    match (field.kind.shape(), value) {
        (AnswerShape::Text, Toml::String(typed)) => relative_date(&field.kind, typed, today),
        (AnswerShape::Text, Toml::Datetime(date)) => Ok(Answer::Text(date.to_string())),
        (AnswerShape::Choices, Toml::Array(choices)) => choices
            .iter()
            .map(text)
            .collect::<Option<_>>()
            .map(Answer::Choices)
            .ok_or_else(|| "must be a list of option ids, each in quotes".into()),
        (AnswerShape::Address, Toml::Table(parts)) => {
            if let Some(key) = parts
                .keys()
                .find(|k| !["street", "postcode", "city"].contains(&k.as_str()))
            {
                return Err(format!(
                    "has `{key}`; an address has street, postcode and city"
                ));
            }
            let part = |key: &str| parts.get(key).and_then(text).unwrap_or_default();
            Ok(Answer::Address {
                street: part("street"),
                postcode: part("postcode"),
                city: part("city"),
            })
        }
        (AnswerShape::Items, Toml::Array(items)) => {
            let mut read = Vec::new();
            for (n, item) in items.iter().enumerate() {
                let n = n + 1;
                let Toml::Table(item) = item else {
                    return Err(format!("item {n} must be a table of its fields' answers"));
                };
                let mut answers = Answers::default();
                for (id, value) in item {
                    let inner =
                        field.fields.iter().find(|f| f.id == *id).ok_or_else(|| {
                            format!("item {n}: no field `{id}` in the group's items")
                        })?;
                    let answer = answer_of(inner, value, today)
                        .map_err(|why| format!("item {n}: `{id}` {why}"))?;
                    answers.set(id, answer);
                }
                read.push(answers);
            }
            Ok(Answer::Items(read))
        }
        (shape, _) => Err(format!(
            "must be written {}",
            match shape {
                AnswerShape::Text => "as typed, in quotes",
                AnswerShape::Choices => "as a list of option ids",
                AnswerShape::Address => "as a table { street, postcode, city }",
                AnswerShape::Items => "as an array of tables, one per item",
            }
        )),
    }
}

/// A typed text; for a date, `today` moved by periods is the day it stands for (ISO, which the
/// date field reads), with the condition language's periods.
fn relative_date(kind: &FieldKind, typed: &str, today: Date) -> Result<Answer, String> {
    if !matches!(kind, FieldKind::Date { .. }) || !typed.trim().starts_with("today") {
        return Ok(Answer::Text(typed.to_string()));
    }
    match condition::parse_date_bound(typed.trim()) {
        Ok(bound @ DateBound::Today(_)) => bound
            .on(today)
            .map(|day| Answer::Text(day.to_string()))
            .ok_or_else(|| format!("`{typed}` moves today out of the calendar")),
        Ok(_) | Err(_) => Err(format!(
            "`{typed}` is not a date: write dd.mm.yyyy, yyyy-mm-dd or today with periods (`today - 10d`, `today - 6m`, `today - 1y`)"
        )),
    }
}

/// Why a form would refuse an answer, for an author.
fn refused(kind: &FieldKind, problem: &Problem) -> String {
    let what = match problem {
        Problem::TooLong { max } => format!("is longer than {max} characters"),
        Problem::TooSmall { min } => format!("is below the least allowed, {min}"),
        Problem::TooLarge { max } => format!("is above the most allowed, {max}"),
        Problem::DateTooEarly { min } => format!("is before the earliest day allowed, {min}"),
        Problem::DateTooLate { max } => format!("is after the latest day allowed, {max}"),
        Problem::TooFewItems { min } => format!("has fewer than {min} items"),
        Problem::TooManyItems { max } => format!("has more than {max} items"),
        _ => format!("is not a valid `{}` answer", kind.name()),
    };
    format!("{what} ({})", problem.message_id())
}
