//! What the forms for a draft's prefill look-ups (`prefill`) and services (`services`) share:
//! the draft read for its owner's admins at the revision the form was made from, the change
//! made with `toml_edit` (the rest of the text as written), and the checker asked before and
//! after — only a problem the draft did not have before refuses the change, at the form field
//! whose line it is on. The port (`app::ports::AuthoringPartsPort`) is implemented here.

use super::{read::checked, source, Authoring};
use crate::journeys::versions::version_name;
use app::{
    auth::CurrentUser,
    domain::AuthoringAction,
    error::AppError,
    pages::admin::parts::{PartProblem, PrefillChange, ServiceChange},
    ports::AuthoringPartsPort,
};
use toml_edit::{ImDocument, Item, Table, Value};

/// A change to a draft's text, ready to be checked and stored.
#[derive(Debug)]
pub(super) struct Edit {
    pub text: String,
    /// Which form field each line of the new text belongs to: `(first, last, field)`, 1-based.
    pub spots: Vec<(usize, usize, String)>,
    pub action: AuthoringAction,
    pub detail: String,
}

/// What a form made of the draft: an edit, what is wrong with the form, or no such part.
pub(super) type Made = Result<Result<Edit, Vec<PartProblem>>, AppError>;

impl Authoring {
    /// Makes `edit` of the owner's draft at `revision`, checks it, and stores it when the checker
    /// finds nothing new.
    pub(super) async fn change_part(
        &self,
        user: &CurrentUser,
        id: &str,
        revision: &str,
        edit: impl FnOnce(&str) -> Made,
    ) -> Result<Result<(), Vec<PartProblem>>, AppError> {
        let published = self.owned(user, id)?;
        let draft = self.stored_draft(id).await?;
        if source::revision(&draft) != revision {
            return Err(AppError::Conflict);
        }
        let edit = match edit(&draft.source)? {
            Ok(edit) => edit,
            Err(problems) => return Ok(Err(problems)),
        };
        let name = version_name(id, draft.version);
        let new = new_problems(&name, &draft.source, &edit.text, &edit.spots);
        if !new.is_empty() {
            return Ok(Err(new));
        }
        self.replace(
            user,
            &published,
            &draft,
            &edit.text,
            edit.action,
            edit.detail,
        )
        .await?;
        Ok(Ok(()))
    }
}

/// The checker's problems with `after` that `before` did not have, each at the field whose
/// lines it is on (the checker's words as they are).
fn new_problems(
    name: &str,
    before: &str,
    after: &str,
    spots: &[(usize, usize, String)],
) -> Vec<PartProblem> {
    let (_, before) = checked(name, before);
    let (_, after) = checked(name, after);
    after
        .into_iter()
        .filter(|p| !before.iter().any(|b| b.message == p.message))
        .map(|p| {
            let field = spots
                .iter()
                .find(|(first, last, _)| (*first..=*last).contains(&p.line))
                .map(|(_, _, field)| field.clone())
                .unwrap_or_default();
            PartProblem {
                field,
                message: p.message,
                what: String::new(),
            }
        })
        .collect()
}

/// The draft's text as a document to change; a text that is not TOML cannot be changed in a
/// form (the text editor is the way then).
pub(super) fn document(text: &str) -> Result<toml_edit::DocumentMut, Vec<PartProblem>> {
    text.parse()
        .map_err(|_| vec![PartProblem::new("", "admin-part-draft-broken")])
}

/// The `index`-th table of the array `array` in `text`, parsed again with its places.
pub(super) fn placed(
    text: &str,
    array: &str,
    index: usize,
    fields: &[(&str, &str)],
) -> Vec<(usize, usize, String)> {
    let Ok(document) = ImDocument::parse(text) else {
        return Vec::new();
    };
    let Some(table) = document
        .get(array)
        .and_then(Item::as_array_of_tables)
        .and_then(|tables| tables.get(index))
    else {
        return Vec::new();
    };
    spots_of(text, table, fields)
}

/// The lines of each key of `table` (and of a sub-table, header and all), as `fields` names
/// them: `(key, form field)`.
fn spots_of(text: &str, table: &Table, fields: &[(&str, &str)]) -> Vec<(usize, usize, String)> {
    let mut spots = Vec::new();
    for (key, field) in fields {
        let Some((name, item)) = table.get_key_value(key) else {
            continue;
        };
        let start = name.span().or_else(|| item.span()).map(|s| s.start);
        let end = match item {
            Item::Table(sub) => sub
                .iter()
                .filter_map(|(_, v)| v.span())
                .map(|s| s.end)
                .max()
                .or_else(|| sub.span().map(|s| s.end)),
            _ => item.span().map(|s| s.end),
        };
        let start = match item {
            Item::Table(sub) => sub.span().map(|s| s.start).or(start),
            _ => start,
        };
        if let (Some(start), Some(end)) = (start, end) {
            spots.push((
                line(text, start),
                line(text, end.max(start)),
                field.to_string(),
            ));
        }
    }
    spots
}

/// The 1-based line of a byte offset.
pub(super) fn line(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).matches('\n').count() + 1
}

/// Sets `key` to `new`, keeping what was written around the old value (a comment after it).
pub(super) fn set(table: &mut Table, key: &str, mut new: Value) {
    if let Some(old) = table.get(key).and_then(Item::as_value) {
        *new.decor_mut() = old.decor().clone();
    }
    table[key] = Item::Value(new);
}

/// Lines of `name = value`, blank lines left out: each as `(name, value)` trimmed, quotes
/// around either taken away; `Err(line)` for the first that is not.
pub(super) fn pairs(raw: &str) -> Result<Vec<(String, String)>, String> {
    let unquote = |s: &str| s.trim().trim_matches('"').trim().to_string();
    raw.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| match line.split_once('=') {
            Some((name, value)) if !unquote(name).is_empty() && !unquote(value).is_empty() => {
                Ok((unquote(name), unquote(value)))
            }
            _ => Err(line.trim().to_string()),
        })
        .collect()
}

#[async_trait::async_trait]
impl AuthoringPartsPort for Authoring {
    async fn change_prefill(
        &self,
        user: &CurrentUser,
        id: &str,
        change: &PrefillChange,
    ) -> Result<Result<(), Vec<PartProblem>>, AppError> {
        let revision = match change {
            PrefillChange::Add(form) => &form.revision,
            PrefillChange::Remove { revision, .. } => revision,
        };
        self.change_part(user, id, revision, |text| {
            super::prefill::edited(text, change)
        })
        .await
    }

    async fn change_service(
        &self,
        user: &CurrentUser,
        id: &str,
        change: &ServiceChange,
    ) -> Result<Result<(), Vec<PartProblem>>, AppError> {
        let revision = match change {
            ServiceChange::Save(form) => &form.revision,
            ServiceChange::Remove { revision, .. } => revision,
        };
        self.change_part(user, id, revision, |text| {
            super::services::edited(id, text, change)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_read_one_per_line_with_quotes_taken_away() {
        assert_eq!(
            pairs("child_pid = pid\n\n \"a\" = \"b?\"\n"),
            Ok(vec![
                ("child_pid".into(), "pid".into()),
                ("a".into(), "b?".into())
            ])
        );
        assert_eq!(pairs("a = b\nno equals sign"), Err("no equals sign".into()));
        assert_eq!(pairs(" = b"), Err("= b".into()));
    }

    #[test]
    fn a_key_keeps_the_comment_after_its_value() {
        let mut document: toml_edit::DocumentMut = "a = 1 # why\nb = 2\n".parse().expect("toml");
        set(document.as_table_mut(), "a", Value::from(3));
        assert_eq!(document.to_string(), "a = 3 # why\nb = 2\n");
    }

    #[test]
    fn each_key_is_placed_on_its_lines() {
        let text = "[x]\n\n[[s]]\nid = \"a\"\n[[s]]\nid = \"b\"\nafter = [\n \"a\",\n]\n[s.payload]\nk = \"v\"\nl = \"w\"\n";
        let spots = placed(
            text,
            "s",
            1,
            &[("id", "id"), ("after", "after"), ("payload", "payload")],
        );
        assert_eq!(
            spots,
            [
                (6, 6, "id".to_string()),
                (7, 9, "after".to_string()),
                (10, 12, "payload".to_string())
            ]
        );
    }
}
