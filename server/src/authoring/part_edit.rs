//! What the step and question forms share: a problem at a form field, a text of the version's
//! own set in one language, and the change itself (`Authoring::change`): the draft read for it
//! (owned, the revision the form was made from, its text as `toml_edit` keeps it), edited, and
//! kept only when the checker finds nothing it did not find before (its new problems are put at
//! the form field whose key they are written at).

use super::{read::checked, source, Authoring};
use crate::journeys::versions::version_name;
use app::{
    auth::CurrentUser,
    domain::AuthoringAction,
    error::AppError,
    i18n::{has_message, translate, Lang},
    pages::admin::model::QuestionProblem,
};
use toml_edit::{value, DocumentMut, Item, Table};

/// What a form's change comes to: done, or its problems (nothing written).
pub type Outcome = Result<(), Vec<QuestionProblem>>;

pub fn problem(field: &str, message: &str) -> QuestionProblem {
    QuestionProblem {
        field: field.to_string(),
        message: message.to_string(),
    }
}

/// What a form's edit of the text comes to, to be kept if the checker agrees: the table its
/// checker problems are looked for in (`id = "<at>"`), the reason put before them (a removal's),
/// and the audit trail's entry.
pub struct Change {
    pub at: String,
    pub lead: Option<&'static str>,
    pub action: AuthoringAction,
    pub detail: String,
}

/// An edit's answer: the change made to the text, or the form's problems (`Err` outside:
/// `NotFound` and the like).
pub type Edited = Result<Result<Change, Vec<QuestionProblem>>, AppError>;

/// A problem at `<name>-<language>` for each language whose text is empty, when `needed`.
pub fn missing_texts(
    texts: &[String; 3],
    name: &str,
    message: &str,
    needed: bool,
) -> Vec<QuestionProblem> {
    Lang::ALL
        .iter()
        .zip(texts)
        .filter(|(_, text)| needed && text.trim().is_empty())
        .map(|(lang, _)| problem(&format!("{name}-{}", lang.code()), message))
        .collect()
}

/// `id = "<id>"` in a table of an array of tables.
pub fn has_id(table: &Table, id: &str) -> bool {
    table.get("id").and_then(Item::as_str) == Some(id)
}

/// The step `id`'s table.
pub fn step_mut<'a>(document: &'a mut DocumentMut, id: &str) -> Option<&'a mut Table> {
    document
        .get_mut("step")?
        .as_array_of_tables_mut()?
        .iter_mut()
        .find(|s| has_id(s, id))
}

/// The question at `path` (`field` or `group.field`) within a step's table.
pub fn field_mut<'a>(step: &'a mut Table, path: &str) -> Option<&'a mut Table> {
    let mut table = step;
    for part in path.split('.') {
        table = table
            .get_mut("field")?
            .as_array_of_tables_mut()?
            .iter_mut()
            .find(|f| has_id(f, part))?;
    }
    Some(table)
}

/// Sets `key` to `text` (trimmed), or removes it when empty; a value as it was is left as
/// written (with its comment).
pub fn set_or_remove(table: &mut Table, key: &str, text: &str) {
    match text.trim() {
        "" => {
            table.remove(key);
        }
        text if table.get(key).and_then(Item::as_str) == Some(text) => {}
        text => table[key] = value(text),
    }
}

/// Sets `key = true`, or removes it (false is the default); left as written when unchanged.
pub fn set_flag(table: &mut Table, key: &str, on: bool) {
    let was = table.get(key).and_then(Item::as_bool);
    if on && was != Some(true) {
        table[key] = value(true);
    } else if !on && was.is_some() {
        table.remove(key);
    }
}

/// The version's own text `id` in `lang` becomes `text`; one the locale files have as it is (or
/// an empty one) is not kept as the version's own. `None`: `texts` is not a table.
pub fn put_text(document: &mut DocumentMut, lang: Lang, id: &str, text: &str) -> Option<()> {
    let text = text.trim();
    let shipped = has_message(lang, id).then(|| translate(lang, id, &[]));
    let table = source::texts_table(document, lang.code())?;
    if text.is_empty() || shipped.as_deref() == Some(text) {
        table.remove(id);
    } else {
        table[id] = value(text);
    }
    Some(())
}

/// Takes away `[texts.<lang>]` tables left empty by an edit (and `[texts]` when nothing is
/// left), so a change that sets no text of the version's own leaves no trace of it.
fn drop_empty_texts(document: &mut DocumentMut) {
    let Some(texts) = document.get_mut("texts").and_then(Item::as_table_mut) else {
        return;
    };
    texts.retain(|_, table| table.as_table().is_none_or(|t| !t.is_empty()));
    if texts.is_empty() {
        document.remove("texts");
    }
}

/// Drops the version's own texts `ids` in every language.
pub fn drop_texts(document: &mut DocumentMut, ids: &[String]) {
    let Some(texts) = document.get_mut("texts").and_then(Item::as_table_mut) else {
        return;
    };
    for (_, table) in texts.iter_mut() {
        if let Some(table) = table.as_table_mut() {
            for id in ids {
                table.remove(id);
            }
        }
    }
}

/// The form field of each key a checker's problem may be written at.
const KEYS: [(&str, &str); 9] = [
    ("show_if", "condition"),
    ("show_if_text", "show_if_text"),
    ("about", "about"),
    ("max_length", "max_length"),
    ("min", "min"),
    ("max", "max"),
    ("not_before", "not_before"),
    ("not_after", "not_after"),
    ("options", "options"),
];

/// The form field a line (1-based) of `text` is, within the table with `id = "<id>"`: one of
/// its keys in `KEYS`; `type` is the options' field for a choice (the checker's words about
/// options are at the type).
fn field_at(text: &str, id: &str, line: usize) -> Option<&'static str> {
    // A line in a step's `[[step.next]]` is the step form's branches.
    let table = text
        .lines()
        .take(line)
        .filter(|l| l.trim_start().starts_with('['))
        .last();
    if table.is_some_and(|header| header.trim() == "[[step.next]]") {
        return Some("branches");
    }
    let id_line = format!("id = \"{id}\"");
    let mut lines = text.lines().enumerate();
    lines.find(|(_, l)| l.trim() == id_line)?;
    let (_, written) = lines
        .take_while(|(_, l)| !l.trim_start().starts_with('['))
        .find(|(index, _)| index + 1 == line)?;
    let key = written.split('=').next()?.trim();
    if key == "type" && (written.contains("one_of") || written.contains("many_of")) {
        return Some("options");
    }
    KEYS.iter()
        .find(|(k, _)| *k == key)
        .map(|(_, field)| *field)
}

impl Authoring {
    /// Edits the draft of `id` as a form made at `revision` asks (`Conflict`: saved since), and
    /// keeps the text if the checker finds no problem it did not find before (each new one at
    /// the form field of the key it is written at in the table `Change::at`, else the whole
    /// form's, after `Change::lead` when given), recorded in the audit trail.
    pub(super) async fn change(
        &self,
        user: &CurrentUser,
        id: &str,
        revision: &str,
        edit: impl FnOnce(&mut DocumentMut) -> Edited,
    ) -> Result<Outcome, AppError> {
        let published = self.owned(user, id)?;
        let draft = self.stored_draft(id).await?;
        if source::revision(&draft) != revision {
            return Err(AppError::Conflict);
        }
        let Ok(mut document) = draft.source.parse::<DocumentMut>() else {
            return Ok(Err(vec![problem("", "authoring-parts-draft-broken")]));
        };
        let change = match edit(&mut document)? {
            Ok(change) => change,
            Err(problems) => return Ok(Err(problems)),
        };
        drop_empty_texts(&mut document);
        let text = document.to_string();
        let name = version_name(id, draft.version);
        let (_, before) = checked(&name, &draft.source);
        let (_, after) = checked(&name, &text);
        let mut new: Vec<QuestionProblem> = after
            .into_iter()
            .filter(|p| !before.iter().any(|b| b.message == p.message))
            .map(|p| QuestionProblem {
                field: (p.line > 0)
                    .then(|| field_at(&text, &change.at, p.line))
                    .flatten()
                    .unwrap_or_default()
                    .to_string(),
                message: p.message,
            })
            .collect();
        if !new.is_empty() {
            if let Some(lead) = change.lead {
                new.insert(0, problem("", lead));
            }
            return Ok(Err(new));
        }
        let Change { action, detail, .. } = change;
        self.replace(user, &published, &draft, &text, action, detail)
            .await?;
        Ok(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_the_form_field_of_its_key_within_its_table() {
        let text = "[[step]]\nid = \"a\"\nshow_if = \"x\"\n\n[[step.field]]\nid = \"f\"\ntype = \"one_of\"\nnot_before = \"today\"\nshow_if = \"y\"\n";
        assert_eq!(field_at(text, "a", 3), Some("condition"));
        assert_eq!(field_at(text, "f", 7), Some("options"));
        assert_eq!(field_at(text, "f", 8), Some("not_before"));
        assert_eq!(field_at(text, "f", 9), Some("condition"));
        assert_eq!(field_at(text, "a", 9), None, "another table's");
    }
}
