//! A draft's prefill look-ups, in a form: one added (a register's look-up, chosen from what the
//! registers offer, and which field each register value fills, `field = register key` a line),
//! or one removed. The checker says whether the register has the look-up, whether it gives the
//! keys named and whether the fields exist and can take them (its words, at the form's field).

use super::parts::{document, pairs, placed, Edit, Made};
use app::{
    domain::AuthoringAction,
    pages::admin::parts::{PartProblem, PrefillChange, PrefillForm},
};
use toml_edit::{value, ArrayOfTables, InlineTable, Item, Table};

/// The form fields each key of a `[[prefill]]` is checked at.
const FIELDS: [(&str, &str); 3] = [
    ("register", "lookup"),
    ("lookup", "lookup"),
    ("fill", "fill"),
];

pub(super) fn edited(text: &str, change: &PrefillChange) -> Made {
    Ok(match change {
        PrefillChange::Add(form) => added(text, form),
        PrefillChange::Remove { index, .. } => match removed(text, *index) {
            Some(edit) => Ok(edit),
            None => return Err(app::error::AppError::NotFound),
        },
    })
}

/// The draft with the look-up added after the others, or what is wrong with the form.
fn added(text: &str, form: &PrefillForm) -> Result<Edit, Vec<PartProblem>> {
    let mut problems = Vec::new();
    let chosen = form
        .lookup
        .split_once(':')
        .filter(|(register, lookup)| !register.is_empty() && !lookup.is_empty());
    if chosen.is_none() {
        problems.push(PartProblem::new("lookup", "admin-part-lookup-missing"));
    }
    let fill = match pairs(&form.fill) {
        Ok(fill) if fill.is_empty() => {
            problems.push(PartProblem::new("fill", "admin-part-fill-missing"));
            fill
        }
        Ok(fill) => {
            for (index, (field, _)) in fill.iter().enumerate() {
                if fill[..index].iter().any(|(f, _)| f == field) {
                    problems.push(PartProblem::naming("fill", "admin-part-fill-twice", field));
                }
            }
            fill
        }
        Err(line) => {
            problems.push(PartProblem::naming(
                "fill",
                "admin-part-fill-invalid",
                &line,
            ));
            Vec::new()
        }
    };
    let mut document = document(text)?;
    let Some((register, lookup)) = chosen.filter(|_| problems.is_empty()) else {
        return Err(problems);
    };
    let mut table = Table::new();
    table["register"] = value(register);
    table["lookup"] = value(lookup);
    let mut fills = InlineTable::new();
    for (field, key) in &fill {
        fills.insert(field, key.as_str().into());
    }
    table["fill"] = value(fills);
    let index = match document
        .get_mut("prefill")
        .and_then(Item::as_array_of_tables_mut)
    {
        Some(prefill) => {
            prefill.push(table);
            prefill.len() - 1
        }
        None => {
            let mut prefill = ArrayOfTables::new();
            prefill.push(table);
            document.insert("prefill", Item::ArrayOfTables(prefill));
            0
        }
    };
    let text = document.to_string();
    Ok(Edit {
        spots: placed(&text, "prefill", index, &FIELDS),
        text,
        action: AuthoringAction::AddPrefill,
        detail: format!("{register} {lookup}"),
    })
}

/// The draft without its `index`-th look-up (and the comment above it); `None`: no such one.
fn removed(text: &str, index: usize) -> Option<Edit> {
    let mut document: toml_edit::DocumentMut = text.parse().ok()?;
    let prefill = document
        .get_mut("prefill")
        .and_then(Item::as_array_of_tables_mut)?;
    let gone = prefill.get(index)?;
    let what = ["register", "lookup"].map(|key| {
        gone.get(key)
            .and_then(Item::as_str)
            .unwrap_or("?")
            .to_string()
    });
    prefill.remove(index);
    Some(Edit {
        text: document.to_string(),
        spots: Vec::new(),
        action: AuthoringAction::RemovePrefill,
        detail: what.join(" "),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "[journey]\nid = \"x\"\n\n# First.\n[[prefill]]\nregister = \"folkeregisteret\"\nlookup = \"person\"\nfill = { a = \"pid\" }\n\n# Second.\n[[prefill]]\nregister = \"folkeregisteret\"\nlookup = \"spouse\"\nfill = { b = \"pid\" }\n\n[[step]]\nid = \"s\"\n";

    fn form(lookup: &str, fill: &str) -> PrefillForm {
        PrefillForm {
            lookup: lookup.into(),
            fill: fill.into(),
            revision: String::new(),
        }
    }

    #[test]
    fn a_look_up_is_added_after_the_others_and_the_rest_is_kept() {
        let edit = added(
            TEXT,
            &form("folkeregisteret:newborn", "c = pid\nd = birth_date"),
        )
        .expect("added");
        let expected = TEXT.replace(
            "fill = { b = \"pid\" }\n",
            "fill = { b = \"pid\" }\n\n[[prefill]]\nregister = \"folkeregisteret\"\nlookup = \"newborn\"\nfill = { c = \"pid\", d = \"birth_date\" }\n",
        );
        assert_eq!(edit.text, expected);
        assert_eq!(
            edit.spots,
            [
                (17, 17, "lookup".to_string()),
                (18, 18, "lookup".to_string()),
                (19, 19, "fill".to_string())
            ]
        );
    }

    #[test]
    fn a_form_without_a_look_up_or_with_a_bad_line_says_so_at_its_field() {
        let problems = added(TEXT, &form("", "c pid")).expect_err("refused");
        assert_eq!(
            problems,
            [
                PartProblem::new("lookup", "admin-part-lookup-missing"),
                PartProblem::naming("fill", "admin-part-fill-invalid", "c pid")
            ]
        );
        let problems =
            added(TEXT, &form("folkeregisteret:person", "a = pid\na = name")).expect_err("refused");
        assert_eq!(
            problems,
            [PartProblem::naming("fill", "admin-part-fill-twice", "a")]
        );
        let problems = added(TEXT, &form("folkeregisteret:person", "\n")).expect_err("refused");
        assert_eq!(
            problems,
            [PartProblem::new("fill", "admin-part-fill-missing")]
        );
    }

    #[test]
    fn a_look_up_is_removed_with_its_comment() {
        let edit = removed(TEXT, 0).expect("removed");
        assert!(
            !edit.text.contains("# First.") && !edit.text.contains("person"),
            "{}",
            edit.text
        );
        assert!(
            edit.text.contains("# Second.\n[[prefill]]"),
            "{}",
            edit.text
        );
        assert_eq!(edit.detail, "folkeregisteret person");
        assert!(removed(TEXT, 2).is_none());
    }
}
