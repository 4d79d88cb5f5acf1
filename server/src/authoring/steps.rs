//! A step of the draft in a form of its own: added (its id, the step it goes after, whether it
//! has an intro, when it is shown, where it branches to and when, its heading and intro in every
//! language as the version's own texts), edited (all but its id) or removed (with the version's own texts of it and of its
//! questions). These are the edits of the text; the port makes each with `Authoring::change`,
//! which keeps it only when the checker finds nothing new: removing a step whose questions a
//! service's payload or a condition still reads is refused with the checker's words, after the
//! form's own reason.

use super::{
    part_edit::{
        drop_texts, has_id, missing_texts, problem, put_text, set_flag, set_or_remove, step_mut,
        Change, Edited,
    },
    question::option_labels,
    source,
};
use app::{
    domain::AuthoringAction,
    error::AppError,
    i18n::Lang,
    journey::JourneyId,
    pages::admin::{model::QuestionProblem, parts_model::StepForm},
};
use toml_edit::{DocumentMut, Item, Table};

/// What is wrong with the texts typed: a heading in every language, an intro when it has one.
fn text_problems(form: &StepForm) -> Vec<QuestionProblem> {
    let mut problems = missing_texts(
        &form.heading,
        "heading",
        "authoring-parts-heading-missing",
        true,
    );
    let intro = "authoring-parts-intro-missing";
    problems.extend(missing_texts(&form.intro_text, "intro", intro, form.intro));
    problems
}

/// The branches typed, one a line as `step | condition` (`step` alone: always); the problem at
/// the field when a line is not that.
fn typed_branches(typed: &str) -> Result<Vec<(String, String)>, Vec<QuestionProblem>> {
    typed
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (to, condition) = line.split_once('|').unwrap_or((line, ""));
            let (to, condition) = (to.trim(), condition.trim());
            if JourneyId::parse(to).is_err() || condition.contains('|') {
                return Err(vec![problem(
                    "branches",
                    "authoring-parts-branches-invalid",
                )]);
            }
            Ok((to.to_string(), condition.to_string()))
        })
        .collect()
}

/// The step's `[[step.next]]` as the form says; left as written (comments and all) when the
/// same.
fn set_branches(step: &mut Table, branches: &[(String, String)]) {
    let written: Vec<(String, String)> = step
        .get("next")
        .and_then(Item::as_array_of_tables)
        .into_iter()
        .flat_map(|next| next.iter())
        .map(|b| {
            let get = |key| {
                b.get(key)
                    .and_then(Item::as_str)
                    .unwrap_or_default()
                    .to_string()
            };
            (get("step"), get("if"))
        })
        .collect();
    if written == branches {
        return;
    }
    if branches.is_empty() {
        step.remove("next");
        return;
    }
    let mut next = toml_edit::ArrayOfTables::new();
    for (to, condition) in branches {
        let mut branch = Table::new();
        branch["step"] = toml_edit::value(to.as_str());
        if !condition.is_empty() {
            branch["if"] = toml_edit::value(condition.as_str());
        }
        next.push(branch);
    }
    step.insert("next", Item::ArrayOfTables(next));
}

/// The step's heading and intro as the version's own texts.
fn put_step_texts(document: &mut DocumentMut, journey: &str, form: &StepForm) -> Option<()> {
    let heading = format!("{journey}-step-{}", form.id);
    let intro = format!("{heading}-intro");
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        put_text(document, lang, &heading, &form.heading[i])?;
        let text = if form.intro {
            form.intro_text[i].as_str()
        } else {
            ""
        };
        put_text(document, lang, &intro, text)?;
    }
    Some(())
}

/// The ids of every text a step's table names (heading, intro, its questions' and theirs).
fn texts_of_step(journey: &str, step: &Table) -> Vec<String> {
    let id = step.get("id").and_then(Item::as_str).unwrap_or_default();
    let mut ids = vec![
        format!("{journey}-step-{id}"),
        format!("{journey}-step-{id}-intro"),
    ];
    ids.extend(texts_of_fields(journey, step));
    ids
}

/// The ids of every text the questions in a table name (label, help, options, item, …).
pub(super) fn texts_of_fields(journey: &str, table: &Table) -> Vec<String> {
    let mut ids = Vec::new();
    let fields = table.get("field").and_then(Item::as_array_of_tables);
    for field in fields.into_iter().flat_map(|f| f.iter()) {
        let id = field.get("id").and_then(Item::as_str).unwrap_or_default();
        ids.extend(texts_of_field(journey, id, field));
        ids.extend(texts_of_fields(journey, field));
    }
    ids
}

/// The ids of one question's own texts.
pub(super) fn texts_of_field(journey: &str, id: &str, field: &Table) -> Vec<String> {
    let label = format!("{journey}-{id}");
    let mut ids: Vec<String> = ["help", "show-if", "item"]
        .iter()
        .map(|suffix| format!("{label}-{suffix}"))
        .collect();
    ids.extend(option_labels(field).map(|option| format!("{label}-{option}")));
    ids.push(label);
    ids
}

/// The text with the step added where the form says.
pub(super) fn with_step(document: &mut DocumentMut, journey: &str, form: &StepForm) -> Edited {
    let mut problems = Vec::new();
    let steps = document
        .get("step")
        .and_then(Item::as_array_of_tables)
        .map(|steps| steps.iter().cloned().collect::<Vec<Table>>())
        .unwrap_or_default();
    if JourneyId::parse(&form.id).is_err() {
        problems.push(problem("id", "authoring-parts-step-id-invalid"));
    } else if steps.iter().any(|s| has_id(s, &form.id)) {
        problems.push(problem("id", "authoring-parts-step-id-taken"));
    }
    let place = match form.after.as_str() {
        "" => Some(0),
        after => steps.iter().position(|s| has_id(s, after)).map(|i| i + 1),
    };
    if place.is_none() {
        problems.push(problem("after", "authoring-parts-step-after-unknown"));
    }
    problems.extend(text_problems(form));
    let branches = typed_branches(&form.branches).unwrap_or_else(|mut wrong| {
        problems.append(&mut wrong);
        Vec::new()
    });
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let mut step = Table::new();
    step["id"] = toml_edit::value(form.id.as_str());
    set_flag(&mut step, "intro", form.intro);
    set_or_remove(&mut step, "show_if", &form.condition);
    set_branches(&mut step, &branches);
    let mut tables = steps;
    tables.insert(place.unwrap_or(0), step);
    let list = document
        .entry("step")
        .or_insert_with(|| Item::ArrayOfTables(Default::default()));
    let Some(list) = list.as_array_of_tables_mut() else {
        return Ok(Err(vec![problem("", "authoring-parts-draft-broken")]));
    };
    list.clear();
    for table in tables {
        list.push(table);
    }
    source::renumber_tables(document);
    if put_step_texts(document, journey, form).is_none() {
        return Ok(Err(vec![problem("", "authoring-parts-draft-broken")]));
    }
    let detail = match form.after.as_str() {
        "" => format!("{} first", form.id),
        after => format!("{} after {after}", form.id),
    };
    Ok(Ok(Change {
        at: form.id.clone(),
        lead: None,
        action: AuthoringAction::AddStep,
        detail,
    }))
}

/// The text with the step's intro, condition and texts as the form says.
pub(super) fn with_step_changed(
    document: &mut DocumentMut,
    journey: &str,
    form: &StepForm,
) -> Edited {
    let step = step_mut(document, &form.id).ok_or(AppError::NotFound)?;
    let mut problems = text_problems(form);
    let branches = typed_branches(&form.branches).unwrap_or_else(|mut wrong| {
        problems.append(&mut wrong);
        Vec::new()
    });
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    set_flag(step, "intro", form.intro);
    set_or_remove(step, "show_if", &form.condition);
    set_branches(step, &branches);
    source::renumber_tables(document);
    if put_step_texts(document, journey, form).is_none() {
        return Ok(Err(vec![problem("", "authoring-parts-draft-broken")]));
    }
    Ok(Ok(Change {
        at: form.id.clone(),
        lead: None,
        action: AuthoringAction::EditStep,
        detail: form.id.clone(),
    }))
}

/// The text without the step, its questions and their own texts.
pub(super) fn without_step(document: &mut DocumentMut, journey: &str, step: &str) -> Edited {
    let list = document
        .get_mut("step")
        .and_then(Item::as_array_of_tables_mut)
        .ok_or(AppError::NotFound)?;
    let index = list
        .iter()
        .position(|s| has_id(s, step))
        .ok_or(AppError::NotFound)?;
    let texts = list
        .get(index)
        .map(|t| texts_of_step(journey, t))
        .unwrap_or_default();
    list.remove(index);
    drop_texts(document, &texts);
    Ok(Ok(Change {
        at: String::new(),
        lead: Some("authoring-parts-remove-refused"),
        action: AuthoringAction::RemoveStep,
        detail: step.to_string(),
    }))
}
