//! Answers asked for again: when an agency asks the citizen for more information, it picks the
//! answers that need correcting, and the citizen answers those fields alone, on a page of their
//! own. Which fields may be asked (top-level, not a repeating group), reading and checking a
//! form of just those fields, and showing an answer as the summary shows it (for the diff the
//! caseworker sees).

use super::{
    form::{read_field, values_of, FormError},
    summary::{shown_value, Shown},
    top_env,
    validate::{check_field, FieldError},
    Answers,
};
use crate::journey::{
    date::Date,
    fields::{Answer, HARD_MAX_LENGTH},
    model::{Field, Journey},
};

/// The fields an agency may ask about again: every top-level field that is not a group.
pub fn askable_fields(journey: &Journey) -> Vec<&Field> {
    journey
        .steps
        .iter()
        .flat_map(|step| step.fields.iter())
        .filter(|field| !field.kind.is_group())
        .collect()
}

/// The askable field `id`, if the journey has one.
fn askable<'a>(journey: &'a Journey, id: &str) -> Option<&'a Field> {
    askable_fields(journey).into_iter().find(|f| f.id == id)
}

/// Reads a form of the fields `ids` (named `a.<field>` as on a step). A value for any other
/// field, or one over the hard size limit, refuses the form.
pub fn read_asked_form(
    journey: &Journey,
    ids: &[String],
    pairs: &[(String, String)],
) -> Result<Answers, FormError> {
    let posted: Vec<(&str, &str)> = pairs
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("a.").map(|k| (k, v.as_str())))
        .collect();
    for (name, value) in &posted {
        if value.chars().count() > HARD_MAX_LENGTH {
            return Err(FormError::Oversized(name.to_string()));
        }
        let first = name.split('.').next().unwrap_or_default();
        if !ids.iter().any(|id| id == first) {
            return Err(FormError::UnknownField(name.to_string()));
        }
    }
    let mut answers = Answers::default();
    for id in ids {
        let field = askable(journey, id).ok_or_else(|| FormError::UnknownField(id.clone()))?;
        if let Some(answer) = read_field(field, &values_of(id, &posted))? {
            answers.set(id, answer);
        }
    }
    Ok(answers)
}

/// The problems with the answers to the fields `ids`: each asked field must be answered (an
/// agency asks because it needs the answer) and valid for its kind.
pub fn validate_asked(
    journey: &Journey,
    ids: &[String],
    answers: &Answers,
    today: Date,
) -> Vec<FieldError> {
    check_asked(journey, (ids, answers), today, true)
}

/// The problems with a party's answers to its own questions `ids`: each valid for its kind, and
/// answered where the journey requires it (unlike an agency's question, one may be optional).
pub fn validate_own(
    journey: &Journey,
    ids: &[String],
    answers: &Answers,
    today: Date,
) -> Vec<FieldError> {
    check_asked(journey, (ids, answers), today, false)
}

fn check_asked(
    journey: &Journey,
    (ids, answers): (&[String], &Answers),
    today: Date,
    all_required: bool,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for id in ids {
        if let Some(field) = askable(journey, id) {
            let field = Field {
                required: all_required || field.required,
                ..field.clone()
            };
            check_field(&field, answers.get(id), id, today, &mut errors);
        }
    }
    errors
}

/// An answer to the field `id` as the summary shows it.
pub fn shown_answer(journey: &Journey, id: &str, answer: Option<&Answer>, today: Date) -> Shown {
    let Some(field) = journey.any_field(id) else {
        return Shown::NotAnswered;
    };
    let none = Answers::default();
    shown_value(
        journey,
        field,
        answer,
        &top_env(journey, &none, today),
        today,
    )
}

#[cfg(test)]
mod tests {
    use super::{askable_fields, read_asked_form, validate_asked};
    use crate::journey::{flow::FormError, Answer, Catalog, Date};

    const JOURNEY: &str = r#"[journey]
id = "t"
order = 1
owner = "kommune"
security_level = "substantial"
version = 1
agencies = ["kommune"]

[[step]]
id = "one"

[[step.field]]
id = "start"
type = "date"

[[step.field]]
id = "hours"
type = "one_of"
options = ["100", "50"]
required = true

[[step.field]]
id = "kids"
type = "group"

[[step.field.field]]
id = "kid"
type = "text"
"#;

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn only_the_fields_asked_are_read_and_each_must_be_answered_and_valid() {
        let catalog = Catalog::parse([("t.toml", JOURNEY)]).expect("journey");
        let journey = catalog.definition("t").expect("t");
        let ids: Vec<String> = vec!["start".into()];
        let asked: Vec<&str> = askable_fields(journey)
            .iter()
            .map(|f| f.id.as_str())
            .collect();
        assert_eq!(
            asked,
            ["start", "hours"],
            "a group is not asked about again"
        );
        let answers =
            read_asked_form(journey, &ids, &form(&[("a.start", "01.08.2027")])).expect("read");
        assert_eq!(
            answers.get("start"),
            Some(&Answer::Text("01.08.2027".into()))
        );
        let today = Date::parse_iso("2026-11-29").expect("date");
        assert!(validate_asked(journey, &ids, &answers, today).is_empty());
        // Not asked: refused, even a field the journey has.
        assert!(matches!(
            read_asked_form(journey, &ids, &form(&[("a.hours", "50")])),
            Err(FormError::UnknownField(_))
        ));
        // An optional field asked about must still be answered, and validly.
        let empty = read_asked_form(journey, &ids, &form(&[("a.start", "")])).expect("read");
        assert_eq!(validate_asked(journey, &ids, &empty, today).len(), 1);
        let wrong =
            read_asked_form(journey, &ids, &form(&[("a.start", "32.13.2027")])).expect("read");
        assert_eq!(validate_asked(journey, &ids, &wrong, today).len(), 1);
    }
}
