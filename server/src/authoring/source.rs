//! A definition's text as the portal changes it: renumbered (a draft or a rollback's copy), with
//! a question added (`question`). `toml_edit` keeps everything else as written: comments, order,
//! blank lines, so what an author exports is what they would have written.

use crate::storage::StoredVersion;
use sha2::{Digest, Sha256};
use toml_edit::{value, DocumentMut, Item, Table};

/// The text with `[journey] version` set to `version`; an error when it is not TOML or has no
/// `[journey]` table (the checker then says more).
pub fn renumbered(source: &str, version: i64) -> Result<String, String> {
    let mut document: DocumentMut = source
        .parse()
        .map_err(|e: toml_edit::TomlError| e.message().to_string())?;
    let Some(journey) = document.get_mut("journey").and_then(|j| j.as_table_mut()) else {
        return Err("no [journey] table".into());
    };
    journey["version"] = value(version);
    Ok(document.to_string())
}

/// The text with a step (or a question within its step) moved one place up or down; `None`
/// when there is no such step or question, or it is already first (last). Comments written
/// above a step or a question move with it.
pub fn moved(source: &str, step: &str, field: Option<&str>, up: bool) -> Option<String> {
    let mut document: DocumentMut = source.parse().ok()?;
    let steps = document.get_mut("step")?.as_array_of_tables_mut()?;
    let has_id = |table: &Table, id: &str| table.get("id").and_then(Item::as_str) == Some(id);
    let list = match field {
        None => steps,
        Some(field) => {
            let step = steps.iter_mut().find(|s| has_id(s, step))?;
            let fields = step.get_mut("field")?.as_array_of_tables_mut()?;
            fields.iter().find(|f| has_id(f, field))?;
            fields
        }
    };
    let id = field.unwrap_or(step);
    let from = list.iter().position(|t| has_id(t, id))?;
    let to = if up { from.checked_sub(1)? } else { from + 1 };
    if to >= list.len() {
        return None;
    }
    let mut tables: Vec<Table> = list.iter().cloned().collect();
    tables.swap(from, to);
    list.clear();
    for table in tables {
        list.push(table);
    }
    // `toml_edit` writes tables in the order of their place in the file read, not of the data:
    // number them again in the data's order, so the text follows the move.
    renumber(document.as_table_mut(), &mut 0);
    Some(document.to_string())
}

/// Numbers every table's place in the file in the order of the data (after a table was added
/// or moved within an array of tables), so the text follows the data.
pub fn renumber_tables(document: &mut DocumentMut) {
    renumber(document.as_table_mut(), &mut 0);
}

/// Numbers every table's place in the file in the order of the data, as `toml_edit` visits it.
fn renumber(table: &mut Table, next: &mut usize) {
    if !table.is_dotted() {
        table.set_position(*next);
        *next += 1;
    }
    for (_, item) in table.iter_mut() {
        match item {
            Item::Table(child) => renumber(child, next),
            Item::ArrayOfTables(children) => {
                for child in children.iter_mut() {
                    renumber(child, next);
                }
            }
            _ => {}
        }
    }
}

/// The version's own texts in `lang` (`[texts.<lang>]`), made when there are none; `None` when
/// the text has `texts` or `texts.<lang>` as something other than a table (the checker says so).
pub fn texts_table<'a>(document: &'a mut DocumentMut, lang: &str) -> Option<&'a mut Table> {
    document
        .entry("texts")
        .or_insert_with(|| Item::Table(Table::new()))
        .as_table_mut()?
        .entry(lang)
        .or_insert_with(|| Item::Table(Table::new()))
        .as_table_mut()
}

/// What a form about a draft was made from: a draft saved since has another revision.
pub fn revision(draft: &StoredVersion) -> String {
    let mut hash = Sha256::new();
    hash.update(draft.made_at.stored().as_bytes());
    hash.update([0]);
    hash.update(draft.source.as_bytes());
    hash.finalize()[..12]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renumbering_changes_the_version_and_keeps_comments_and_order() {
        let text = "# Få barn\n[journey]\nid = \"x\" # the id\nversion = 5\norder = 1\n\n[[step]]\nid = \"a\"\n";
        let renumbered = renumbered(text, 7).expect("renumbered");
        assert_eq!(
            renumbered,
            text.replace("version = 5", "version = 7"),
            "only the number changes"
        );
    }

    const TWO_STEPS: &str = "[journey]\nid = \"x\"\n\n# First.\n[[step]]\nid = \"a\"\n\n[[step.field]]\nid = \"f1\"\n\n[[step.field]]\nid = \"f2\"\n\n# Second.\n[[step]]\nid = \"b\"\n";

    #[test]
    fn a_step_moves_with_its_fields_and_comment_and_a_field_within_its_step() {
        let down = moved(TWO_STEPS, "a", None, false).expect("moved");
        let (b, a) = (
            down.find("id = \"b\"").expect("b"),
            down.find("id = \"a\"").expect("a"),
        );
        assert!(b < a, "{down}");
        assert!(
            down.find("# First.").expect("comment") > b,
            "the comment moves with its step"
        );
        assert!(
            down.find("id = \"f1\"").expect("f1") > a,
            "the fields move with their step"
        );
        let fields = moved(TWO_STEPS, "a", Some("f2"), true).expect("moved");
        assert!(
            fields.find("id = \"f2\"") < fields.find("id = \"f1\""),
            "{fields}"
        );
    }

    #[test]
    fn nothing_moves_past_the_ends_or_for_what_is_not_there() {
        assert_eq!(moved(TWO_STEPS, "a", None, true), None, "first already");
        assert_eq!(moved(TWO_STEPS, "b", None, false), None, "last already");
        assert_eq!(moved(TWO_STEPS, "c", None, true), None);
        assert_eq!(
            moved(TWO_STEPS, "b", Some("f1"), true),
            None,
            "not on that step"
        );
        assert_eq!(moved("not toml [", "a", None, true), None);
    }

    #[test]
    fn a_text_that_is_not_toml_or_has_no_journey_cannot_be_renumbered() {
        assert!(renumbered("[journey\n", 2).is_err());
        assert_eq!(
            renumbered("[other]\na = 1\n", 2),
            Err("no [journey] table".into())
        );
    }
}
