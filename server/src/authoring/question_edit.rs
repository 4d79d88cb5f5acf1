//! A question of the draft in a form of its own (`<field>`, or `<group>.<field>` inside a
//! repeating group): whether it is required and has help, when it is shown, the settings its
//! type has (`max_length`; `min`/`max`; `not_before`/`not_after`; the options), its label and
//! help in every language as the version's own texts. Or removed, with its own texts. These are
//! the edits of the text; the port makes each with `Authoring::change`, which keeps it only when
//! the checker finds nothing new.

use super::{
    part_edit::{
        drop_texts, field_mut, has_id, missing_texts, problem, put_text, set_flag, set_or_remove,
        step_mut, Change, Edited,
    },
    question::{option_labels, options},
    steps::{texts_of_field, texts_of_fields},
};
use app::{
    domain::AuthoringAction,
    error::AppError,
    i18n::Lang,
    pages::admin::{
        model::QuestionProblem,
        parts_model::{field_id, settings_of, QuestionForm},
    },
};
use toml_edit::{value, Array, DocumentMut, Item, Table};

/// The form's settings written into the question's table (`Err`: what is wrong with them).
fn apply(field: &mut Table, form: &QuestionForm, kind: &str) -> Vec<QuestionProblem> {
    let mut problems = Vec::new();
    set_flag(field, "required", form.required);
    set_flag(field, "help", form.help);
    set_flag(field, "about", form.about);
    set_flag(field, "show_if_text", form.show_if_text);
    set_or_remove(field, "show_if", &form.condition);
    for setting in settings_of(kind) {
        let typed = match *setting {
            "max_length" => &form.max_length,
            "min" => &form.min,
            "max" => &form.max,
            "not_before" => &form.not_before,
            "not_after" => &form.not_after,
            _ => continue,
        };
        let typed = typed.trim();
        if typed.is_empty() {
            field.remove(setting);
        } else if setting.starts_with("not_") {
            set_or_remove(field, setting, typed);
        } else {
            let number = typed.parse::<i64>().ok();
            match number.filter(|n| *setting != "max_length" || *n > 0) {
                Some(number) if field.get(setting).and_then(Item::as_integer) == Some(number) => {}
                Some(number) => field[*setting] = value(number),
                None => problems.push(problem(setting, "authoring-parts-number-invalid")),
            }
        }
    }
    problems
}

/// The options typed, written into the question's table with their labels as the version's own
/// texts; the own texts of options no longer listed are dropped.
fn apply_options(
    document: &mut DocumentMut,
    (journey, step, path): (&str, &str, &str),
    typed: &str,
) -> Result<(), QuestionProblem> {
    let options = match options(typed) {
        Ok(options) if options.is_empty() => {
            return Err(problem("options", "authoring-parts-options-missing"))
        }
        Ok(options) => options,
        Err(()) => return Err(problem("options", "authoring-parts-options-invalid")),
    };
    let id = field_id(path);
    let field = step_mut(document, step)
        .and_then(|s| field_mut(s, path))
        .ok_or_else(|| problem("", "authoring-parts-draft-broken"))?;
    let before: Vec<String> = option_labels(field).collect();
    let mut values = Array::new();
    for (option, _) in &options {
        values.push(option.as_str());
    }
    field["options"] = value(values);
    let gone: Vec<String> = before
        .iter()
        .filter(|old| !options.iter().any(|(new, _)| new == *old))
        .map(|old| format!("{journey}-{id}-{old}"))
        .collect();
    drop_texts(document, &gone);
    for (option, labels) in &options {
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            put_text(
                document,
                lang,
                &format!("{journey}-{id}-{option}"),
                &labels[i],
            )
            .ok_or_else(|| problem("", "authoring-parts-draft-broken"))?;
        }
    }
    Ok(())
}

/// What is wrong with the texts typed: a label in every language, help in every language when
/// the question has help.
fn text_problems(form: &QuestionForm) -> Vec<QuestionProblem> {
    let mut problems = missing_texts(&form.label, "label", "authoring-parts-label-missing", true);
    let help = "authoring-parts-help-missing";
    problems.extend(missing_texts(&form.help_text, "help", help, form.help));
    let words = "authoring-parts-show-if-missing";
    problems.extend(missing_texts(
        &form.show_if_words,
        "show-if",
        words,
        form.show_if_text,
    ));
    problems
}

/// The text with the question's settings, options and texts as the form says.
pub(super) fn with_question_changed(
    document: &mut DocumentMut,
    journey: &str,
    form: &QuestionForm,
) -> Edited {
    let field = step_mut(document, &form.step)
        .and_then(|s| field_mut(s, &form.path))
        .ok_or(AppError::NotFound)?;
    let kind = field
        .get("type")
        .and_then(Item::as_str)
        .unwrap_or_default()
        .to_string();
    let mut problems = apply(field, form, &kind);
    if settings_of(&kind).contains(&"options") {
        let place = (journey, form.step.as_str(), form.path.as_str());
        if let Err(wrong) = apply_options(document, place, &form.options) {
            problems.push(wrong);
        }
    }
    problems.extend(text_problems(form));
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let label = format!("{journey}-{}", field_id(&form.path));
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        let help = if form.help {
            form.help_text[i].as_str()
        } else {
            ""
        };
        let words = if form.show_if_text {
            form.show_if_words[i].as_str()
        } else {
            ""
        };
        let written = put_text(document, lang, &label, &form.label[i])
            .and_then(|()| put_text(document, lang, &format!("{label}-help"), help))
            .and_then(|()| put_text(document, lang, &format!("{label}-show-if"), words));
        if written.is_none() {
            return Ok(Err(vec![problem("", "authoring-parts-draft-broken")]));
        }
    }
    Ok(Ok(Change {
        at: field_id(&form.path).to_string(),
        lead: None,
        action: AuthoringAction::EditQuestion,
        detail: format!("{} on step {}", form.path, form.step),
    }))
}

/// The text without the question (`<field>` or `<group>.<field>` on `step`) and its own texts.
pub(super) fn without_question(
    document: &mut DocumentMut,
    journey: &str,
    (step, path): (&str, &str),
) -> Edited {
    let (parent, last) = match path.rsplit_once('.') {
        Some((parent, last)) => (Some(parent), last),
        None => (None, path),
    };
    let within = step_mut(document, step).and_then(|s| match parent {
        Some(parent) => field_mut(s, parent),
        None => Some(s),
    });
    let list = within
        .and_then(|t| t.get_mut("field"))
        .and_then(Item::as_array_of_tables_mut)
        .ok_or(AppError::NotFound)?;
    let index = list
        .iter()
        .position(|f| has_id(f, last))
        .ok_or(AppError::NotFound)?;
    let mut texts = Vec::new();
    if let Some(field) = list.get(index) {
        texts.extend(texts_of_field(journey, last, field));
        texts.extend(texts_of_fields(journey, field));
    }
    list.remove(index);
    drop_texts(document, &texts);
    Ok(Ok(Change {
        at: String::new(),
        lead: Some("authoring-parts-remove-refused"),
        action: AuthoringAction::RemoveQuestion,
        detail: format!("{path} on step {step}"),
    }))
}
