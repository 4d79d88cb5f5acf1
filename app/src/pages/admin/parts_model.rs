//! What the step and question forms of the draft editor send (`crate::ports::AuthoringPort`'s
//! `add_step`, `edit_step`, `edit_question`, …), and how a form is filled from the draft as it is
//! written: the TOML values themselves (a condition as typed, not as the checker reads it) and
//! the texts in force in every language.
//!
//! A question is named by its path within its step: `<field>`, or `<group>.<field>` for a
//! question inside a repeating group.

use crate::pages::admin::model::TextRow;
use toml::{Table, Value};

/// A step, as the "add a step" and "edit a step" forms send it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepForm {
    /// The step's id (for an edit, the step edited; it is not renamed).
    pub id: String,
    /// Add: the step it goes after (empty: first). Not used by an edit.
    pub after: String,
    pub intro: bool,
    /// `show_if`, as typed (empty: always shown).
    pub condition: String,
    /// The heading in nb, nn, en.
    pub heading: [String; 3],
    /// The intro text in nb, nn, en (needed when `intro`).
    pub intro_text: [String; 3],
    /// Where the citizen goes next when a condition holds (`[[step.next]]`), one a line as
    /// `step | condition` (the first that holds wins; none: the next step in order).
    pub branches: String,
    pub revision: String,
}

/// A step's branches as the form writes them: `step | condition` (`step` alone: always).
pub fn branch_lines(branches: &[(String, String)]) -> String {
    branches
        .iter()
        .map(|(to, condition)| match condition.as_str() {
            "" => to.clone(),
            condition => format!("{to} | {condition}"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A question's settings, as the "edit a question" form sends them. Which of the type's own
/// settings apply depends on its type, which the form does not change (`kind` is shown only).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuestionForm {
    pub step: String,
    /// `<field>` or `<group>.<field>`.
    pub path: String,
    /// Its type, as written (not sent back by the form: read from the draft).
    pub kind: String,
    pub required: bool,
    pub help: bool,
    pub condition: String,
    /// `text`, `long_text`.
    pub max_length: String,
    /// `number`, `money`, `group`.
    pub min: String,
    pub max: String,
    /// `date`.
    pub not_before: String,
    pub not_after: String,
    /// `one_of`, `many_of`: one per line, `value | bokmål | nynorsk | English`.
    pub options: String,
    pub label: [String; 3],
    pub help_text: [String; 3],
    /// `about`: the answer names what a draft is about (its card on My page).
    pub about: bool,
    /// `show_if_text`: without JavaScript, the question says when it applies in these words
    /// (nb, nn, en) while its condition does not hold.
    pub show_if_text: bool,
    pub show_if_words: [String; 3],
    pub revision: String,
}

/// The settings each type has of its own, as the form's field names.
pub fn settings_of(kind: &str) -> &'static [&'static str] {
    match kind {
        "text" | "long_text" => &["max_length"],
        "number" | "money" | "group" => &["min", "max"],
        "date" => &["not_before", "not_after"],
        "one_of" | "many_of" => &["options"],
        _ => &[],
    }
}

/// The last id of a question's path (`group.field` → `field`).
pub fn field_id(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path)
}

fn steps(source: &str) -> Option<Vec<Table>> {
    let document: Table = source.parse().ok()?;
    let steps = document.get("step")?.as_array()?;
    Some(steps.iter().filter_map(|s| s.as_table().cloned()).collect())
}

fn has_id(table: &Table, id: &str) -> bool {
    table.get("id").and_then(Value::as_str) == Some(id)
}

fn text(table: &Table, key: &str) -> String {
    match table.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Integer(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn flag(table: &Table, key: &str) -> bool {
    table.get(key).and_then(Value::as_bool).unwrap_or(false)
}

/// A text in force per language (`""`: none), from the draft's side-by-side rows.
fn in_force(texts: &[TextRow], id: &str) -> [String; 3] {
    let row = texts.iter().find(|r| r.id == id);
    std::array::from_fn(|i| row.and_then(|r| r.values[i].clone()).unwrap_or_default())
}

/// The step as written in the draft, with its texts in force; `None` when there is no such step.
pub fn written_step(source: &str, journey: &str, texts: &[TextRow], id: &str) -> Option<StepForm> {
    let step = steps(source)?.into_iter().find(|s| has_id(s, id))?;
    Some(StepForm {
        id: id.to_string(),
        after: String::new(),
        intro: flag(&step, "intro"),
        condition: text(&step, "show_if"),
        heading: in_force(texts, &format!("{journey}-step-{id}")),
        intro_text: in_force(texts, &format!("{journey}-step-{id}-intro")),
        branches: branch_lines(&written_branches(&step)),
        revision: String::new(),
    })
}

/// A step's `[[step.next]]` as written: `(step, condition)`.
fn written_branches(step: &Table) -> Vec<(String, String)> {
    let next = step.get("next").and_then(Value::as_array);
    next.into_iter()
        .flatten()
        .filter_map(Value::as_table)
        .map(|branch| (text(branch, "step"), text(branch, "if")))
        .collect()
}

/// The step's questions as written: `(path, type)`, a group's items after the group.
pub fn written_questions(source: &str, step: &str) -> Vec<(String, String)> {
    let Some(step) = steps(source).and_then(|s| s.into_iter().find(|s| has_id(s, step))) else {
        return Vec::new();
    };
    let mut paths = Vec::new();
    for field in fields_of(&step) {
        let id = text(&field, "id");
        let kind = text(&field, "type");
        if kind == "group" {
            paths.push((id.clone(), kind));
            for item in fields_of(&field) {
                paths.push((format!("{id}.{}", text(&item, "id")), text(&item, "type")));
            }
        } else {
            paths.push((id, kind));
        }
    }
    paths
}

fn fields_of(table: &Table) -> Vec<Table> {
    table
        .get("field")
        .and_then(Value::as_array)
        .map(|fields| {
            fields
                .iter()
                .filter_map(|f| f.as_table().cloned())
                .collect()
        })
        .unwrap_or_default()
}

/// The question as written in the draft, with its texts in force; `None` when there is no such
/// step or question.
pub fn written_question(
    source: &str,
    journey: &str,
    texts: &[TextRow],
    step: &str,
    path: &str,
) -> Option<QuestionForm> {
    let step_table = steps(source)?.into_iter().find(|s| has_id(s, step))?;
    let mut field = None;
    let mut within = fields_of(&step_table);
    for part in path.split('.') {
        let found = within.into_iter().find(|f| has_id(f, part))?;
        within = fields_of(&found);
        field = Some(found);
    }
    let field = field?;
    let id = field_id(path);
    let options = field
        .get("options")
        .and_then(Value::as_array)
        .map(|options| {
            options
                .iter()
                .filter_map(Value::as_str)
                .map(|option| {
                    let [nb, nn, en] = in_force(texts, &format!("{journey}-{id}-{option}"));
                    format!("{option} | {nb} | {nn} | {en}")
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default();
    Some(QuestionForm {
        step: step.to_string(),
        path: path.to_string(),
        kind: text(&field, "type"),
        required: flag(&field, "required"),
        help: flag(&field, "help"),
        condition: text(&field, "show_if"),
        max_length: text(&field, "max_length"),
        min: text(&field, "min"),
        max: text(&field, "max"),
        not_before: text(&field, "not_before"),
        not_after: text(&field, "not_after"),
        options,
        label: in_force(texts, &format!("{journey}-{id}")),
        help_text: in_force(texts, &format!("{journey}-{id}-help")),
        about: flag(&field, "about"),
        show_if_text: flag(&field, "show_if_text"),
        show_if_words: in_force(texts, &format!("{journey}-{id}-show-if")),
        revision: String::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = r#"
[journey]
id = "x"

[[step]]
id = "a"
show_if = "b == true"
intro = true

[[step.field]]
id = "kids"
type = "group"
min = 1

[[step.field.field]]
id = "kid_name"
type = "text"
max_length = 40

[[step.field]]
id = "colour"
type = "one_of"
required = true
options = ["red", "blue"]
"#;

    fn row(id: &str, nb: &str) -> TextRow {
        TextRow {
            id: id.into(),
            values: [Some(nb.into()), Some(nb.into()), None],
            own: [true; 3],
        }
    }

    #[test]
    fn a_step_and_its_questions_are_read_as_written() {
        let texts = [row("x-step-a", "Steg A")];
        let step = written_step(SOURCE, "x", &texts, "a").expect("step");
        assert_eq!(step.condition, "b == true");
        assert!(step.intro);
        assert_eq!(
            step.heading,
            ["Steg A".to_string(), "Steg A".into(), String::new()]
        );
        assert_eq!(
            written_questions(SOURCE, "a"),
            vec![
                ("kids".to_string(), "group".to_string()),
                ("kids.kid_name".into(), "text".into()),
                ("colour".into(), "one_of".into())
            ]
        );
        assert!(written_step(SOURCE, "x", &texts, "zz").is_none());
    }

    #[test]
    fn a_question_is_read_with_its_settings_options_and_texts() {
        let texts = [row("x-colour-red", "Rød"), row("x-colour", "Farge")];
        let colour = written_question(SOURCE, "x", &texts, "a", "colour").expect("colour");
        assert!(colour.required);
        assert_eq!(colour.options, "red | Rød | Rød | \nblue |  |  | ");
        assert_eq!(colour.label[0], "Farge");
        let item = written_question(SOURCE, "x", &texts, "a", "kids.kid_name").expect("item");
        assert_eq!(
            (item.kind.as_str(), item.max_length.as_str()),
            ("text", "40")
        );
        assert_eq!(settings_of("group"), ["min", "max"]);
        assert!(written_question(SOURCE, "x", &texts, "a", "kid_name").is_none());
    }
}
