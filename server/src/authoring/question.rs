//! "Add a question": one field added to a step of the draft, with its label (and its options'
//! labels) in every language as the version's own texts (`[texts.<lang>]`). The form is read
//! strictly: each problem is given at the form field it concerns, in the admin's language where
//! it is the form's own and in the checker's words where the checker found it (the same words
//! as `check-journeys`). Nothing is written unless the draft, with the question, has no problem
//! it did not have before.

use super::{read::checked, source, Authoring};
use crate::journeys::versions::version_name;
use app::{
    auth::CurrentUser,
    domain::AuthoringAction,
    error::AppError,
    i18n::Lang,
    pages::admin::model::{NewQuestion, QuestionProblem, GROUP_KIND, QUESTION_KINDS},
};
use toml_edit::{value, Array, ArrayOfTables, DocumentMut, Item, Table};

fn problem(field: &str, message: &str) -> QuestionProblem {
    QuestionProblem {
        field: field.to_string(),
        message: message.to_string(),
    }
}

/// A field id as the checker takes it: lowercase letters, digits and underscores, from a letter.
pub(super) fn valid_id(id: &str) -> bool {
    id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The options, one per line as `value | bokmål | nynorsk | English`.
pub(super) fn options(raw: &str) -> Result<Vec<(String, [String; 3])>, ()> {
    raw.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            match parts.as_slice() {
                [value, nb, nn, en] if [value, nb, nn, en].iter().all(|p| !p.is_empty()) => {
                    Ok((value.to_string(), [nb, nn, en].map(|s| s.to_string())))
                }
                _ => Err(()),
            }
        })
        .collect()
}

/// The options written in a question's table.
pub(super) fn option_labels(field: &Table) -> impl Iterator<Item = String> + '_ {
    field
        .get("options")
        .and_then(Item::as_array)
        .into_iter()
        .flat_map(|options| options.iter())
        .filter_map(|option| option.as_str().map(str::to_string))
}

impl Authoring {
    pub(super) async fn add(
        &self,
        user: &CurrentUser,
        id: &str,
        question: &NewQuestion,
    ) -> Result<Result<(), Vec<QuestionProblem>>, AppError> {
        let published = self.owned(user, id)?;
        let draft = self.stored_draft(id).await?;
        if source::revision(&draft) != question.revision {
            return Err(AppError::Conflict);
        }
        let text = match with_question(id, &draft.source, question) {
            Ok(text) => text,
            Err(problems) => return Ok(Err(problems)),
        };
        let name = version_name(id, draft.version);
        let (_, before) = checked(&name, &draft.source);
        let (_, after) = checked(&name, &text);
        let condition_line = condition_line(&text, &question.id);
        let new: Vec<QuestionProblem> = after
            .into_iter()
            .filter(|p| !before.iter().any(|b| b.message == p.message))
            .map(|p| QuestionProblem {
                field: if p.line > 0 && Some(p.line) == condition_line {
                    "condition".into()
                } else {
                    String::new()
                },
                message: p.message,
            })
            .collect();
        if !new.is_empty() {
            return Ok(Err(new));
        }
        let detail = format!("{} on step {}", question.id, question.step);
        self.replace(
            user,
            &published,
            &draft,
            &text,
            AuthoringAction::AddQuestion,
            detail,
        )
        .await?;
        Ok(Ok(()))
    }
}

/// What is wrong with a new group's first question: its id, its type (one without options: a
/// question with options is added to the group afterwards), its label and the item's heading
/// in every language.
fn item_problems(question: &NewQuestion) -> Vec<QuestionProblem> {
    let item = &question.item;
    let mut problems = Vec::new();
    if !valid_id(&item.id) || item.id == question.id {
        problems.push(problem("item_id", "admin-question-item-id-invalid"));
    }
    let plain = QUESTION_KINDS.contains(&item.kind.as_str())
        && !matches!(item.kind.as_str(), "one_of" | "many_of");
    if !plain {
        problems.push(problem("item_kind", "admin-question-item-kind-invalid"));
    }
    let texts = [
        (
            "item-heading",
            &item.heading,
            "admin-question-item-heading-missing",
        ),
        ("item-label", &item.label, "admin-question-label-missing"),
    ];
    for (name, texts, message) in texts {
        for (lang, text) in Lang::ALL.iter().zip(texts) {
            if text.trim().is_empty() {
                problems.push(problem(&format!("{name}-{}", lang.code()), message));
            }
        }
    }
    problems
}

/// The line (1-based) of the new field's `show_if`, to put the checker's words about it at the
/// form's condition.
fn condition_line(text: &str, field: &str) -> Option<usize> {
    let id_line = format!("id = \"{field}\"");
    let mut lines = text.lines().enumerate();
    lines.find(|(_, line)| line.trim() == id_line)?;
    lines
        .take_while(|(_, line)| !line.trim_start().starts_with('['))
        .find(|(_, line)| line.trim_start().starts_with("show_if"))
        .map(|(index, _)| index + 1)
}

/// The draft's text with the question added, or what is wrong with the form.
fn with_question(
    journey: &str,
    draft: &str,
    question: &NewQuestion,
) -> Result<String, Vec<QuestionProblem>> {
    let mut problems = Vec::new();
    let mut document: DocumentMut = draft
        .parse()
        .map_err(|_| vec![problem("", "admin-question-draft-broken")])?;
    if !valid_id(&question.id) {
        problems.push(problem("id", "admin-question-id-invalid"));
    }
    let group_kind = question.kind == GROUP_KIND;
    if !QUESTION_KINDS.contains(&question.kind.as_str()) && !group_kind {
        problems.push(problem("kind", "admin-question-kind-invalid"));
    }
    if group_kind {
        problems.extend(item_problems(question));
    }
    for (lang, label) in Lang::ALL.iter().zip(&question.label) {
        if label.trim().is_empty() {
            problems.push(problem(
                &format!("label-{}", lang.code()),
                "admin-question-label-missing",
            ));
        }
    }
    let choice = matches!(question.kind.as_str(), "one_of" | "many_of");
    let options = match options(&question.options) {
        Ok(options) if choice && options.is_empty() => {
            problems.push(problem("options", "admin-question-options-missing"));
            Vec::new()
        }
        Ok(options) => options,
        Err(()) => {
            problems.push(problem("options", "admin-question-options-invalid"));
            Vec::new()
        }
    };
    // The place is a step, or a repeating group on a step (`<step>.<group>`).
    let (step, group) = match question.step.split_once('.') {
        Some((step, group)) => (step, Some(group)),
        None => (question.step.as_str(), None),
    };
    let place = super::part_edit::step_mut(&mut document, step).and_then(|step| match group {
        None => Some(step),
        Some(group) => super::part_edit::field_mut(step, group)
            .filter(|g| g.get("type").and_then(Item::as_str) == Some("group")),
    });
    let Some(step) = place else {
        problems.push(problem("step", "admin-question-step-unknown"));
        return Err(problems);
    };
    if group_kind && group.is_some() {
        problems.push(problem("step", "admin-question-group-in-group"));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut field = Table::new();
    field["id"] = value(question.id.as_str());
    field["type"] = value(question.kind.as_str());
    if group_kind {
        // Required: at least one item; as many as ten until the admin says otherwise.
        field["min"] = value(i64::from(question.required));
        field["max"] = value(10);
        let mut item = Table::new();
        item["id"] = value(question.item.id.as_str());
        item["type"] = value(question.item.kind.as_str());
        item["required"] = value(true);
        let mut items = ArrayOfTables::new();
        items.push(item);
        field.insert("field", Item::ArrayOfTables(items));
    } else if question.required {
        field["required"] = value(true);
    }
    if !question.condition.trim().is_empty() {
        field["show_if"] = value(question.condition.trim());
    }
    if choice {
        let mut values = Array::new();
        for (option, _) in &options {
            values.push(option.as_str());
        }
        field["options"] = value(values);
    }
    match step.get_mut("field").and_then(Item::as_array_of_tables_mut) {
        Some(fields) => fields.push(field),
        None => {
            let mut fields = ArrayOfTables::new();
            fields.push(field);
            step.insert("field", Item::ArrayOfTables(fields));
        }
    }
    for (index, lang) in Lang::ALL.iter().enumerate() {
        let Some(table) = source::texts_table(&mut document, lang.code()) else {
            return Err(vec![problem("", "admin-question-draft-broken")]);
        };
        let label_id = format!("{journey}-{}", question.id);
        table[label_id.as_str()] = value(question.label[index].trim());
        if group_kind {
            let heading = format!("{journey}-{}-item", question.id);
            table[heading.as_str()] = value(question.item.heading[index].trim());
            let item = format!("{journey}-{}", question.item.id);
            table[item.as_str()] = value(question.item.label[index].trim());
        }
        for (option, labels) in &options {
            let option_id = format!("{journey}-{}-{option}", question.id);
            table[option_id.as_str()] = value(labels[index].as_str());
        }
    }
    Ok(document.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_read_one_per_line_with_a_label_per_language() {
        assert_eq!(
            options("a | Ja | Ja | Yes\n\nb|Nei|Nei|No\n"),
            Ok(vec![
                ("a".into(), ["Ja".into(), "Ja".into(), "Yes".into()]),
                ("b".into(), ["Nei".into(), "Nei".into(), "No".into()]),
            ])
        );
        assert_eq!(options("a | Ja | Ja"), Err(()));
        assert_eq!(options("a | Ja | | Yes"), Err(()));
    }

    #[test]
    fn a_field_id_is_lowercase_letters_digits_and_underscores() {
        assert!(valid_id("twins_count2"));
        assert!(!valid_id("Twins") && !valid_id("2x") && !valid_id("a-b") && !valid_id(""));
    }
}
