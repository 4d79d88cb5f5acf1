//! A draft's services, in a form: one added (with its name in every language, as the version's
//! own texts), one changed (its agency, operation, condition, the services it waits for and its
//! payload mappings, `key = field` a line, `field?` for an answer that may be absent — as the
//! definition spells it), or one removed. The checker says whether the fields exist, may be
//! absent, whether the services wait for each other in a circle and, for a removal, which
//! service still waits for it (its words, at the form's field or at that service).

use super::{
    parts::{document, pairs, placed, set, Edit, Made},
    source,
};
use app::{
    domain::AuthoringAction,
    error::AppError,
    i18n::Lang,
    journey::Agency,
    pages::admin::parts::{PartProblem, ServiceChange, ServiceForm},
};
use toml_edit::{value, Array, ArrayOfTables, DocumentMut, Item, Table, Value};

/// The form fields each key of a `[[service]]` is checked at. The checker puts "waits for
/// itself" at the service's id (the form's own checks keep every other problem from it).
const FIELDS: [(&str, &str); 6] = [
    ("id", "after"),
    ("agency", "agency"),
    ("operation", "operation"),
    ("if", "condition"),
    ("after", "after"),
    ("payload", "payload"),
];

pub(super) fn edited(journey: &str, text: &str, change: &ServiceChange) -> Made {
    match change {
        ServiceChange::Save(form) => saved(journey, text, form),
        ServiceChange::Remove { id, .. } => removed(journey, text, id),
    }
}

/// A service id as the definitions spell them: lowercase letters, digits and single hyphens.
fn valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.len() <= 64
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn ids(document: &DocumentMut) -> Vec<String> {
    document
        .get("service")
        .and_then(Item::as_array_of_tables)
        .map(|services| {
            services
                .iter()
                .filter_map(|s| s.get("id").and_then(Item::as_str).map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// What is wrong with the form itself (before the checker is asked).
fn form_problems(
    form: &ServiceForm,
    known: &[String],
) -> (Vec<PartProblem>, Vec<(String, String)>) {
    let mut problems = Vec::new();
    if form.original.is_empty() {
        if !valid_id(&form.id) {
            problems.push(PartProblem::new("id", "admin-part-service-id-invalid"));
        } else if known.contains(&form.id) {
            problems.push(PartProblem::naming(
                "id",
                "admin-part-service-id-taken",
                &form.id,
            ));
        }
        for (lang, name) in Lang::ALL.iter().zip(&form.name) {
            if name.trim().is_empty() {
                let field = format!("name-{}", lang.code());
                problems.push(PartProblem::new(&field, "admin-part-service-name-missing"));
            }
        }
    }
    if Agency::parse(&form.agency).is_none() {
        problems.push(PartProblem::naming(
            "agency",
            "admin-part-agency-unknown",
            &form.agency,
        ));
    }
    if form.operation.trim().is_empty() {
        problems.push(PartProblem::new(
            "operation",
            "admin-part-operation-missing",
        ));
    }
    let payload = match pairs(&form.payload) {
        Ok(payload) => {
            for (index, (key, _)) in payload.iter().enumerate() {
                if payload[..index].iter().any(|(k, _)| k == key) {
                    problems.push(PartProblem::naming(
                        "payload",
                        "admin-part-payload-twice",
                        key,
                    ));
                }
            }
            payload
        }
        Err(line) => {
            problems.push(PartProblem::naming(
                "payload",
                "admin-part-payload-invalid",
                &line,
            ));
            Vec::new()
        }
    };
    (problems, payload)
}

/// The draft with the service added after the others or changed in place.
fn saved(journey: &str, text: &str, form: &ServiceForm) -> Made {
    let mut document = match document(text) {
        Ok(document) => document,
        Err(problems) => return Ok(Err(problems)),
    };
    let known = ids(&document);
    let adding = form.original.is_empty();
    if !adding && !known.contains(&form.original) {
        return Err(AppError::NotFound);
    }
    let (problems, payload) = form_problems(form, &known);
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let id = if adding { &form.id } else { &form.original };
    let services = match document
        .get_mut("service")
        .and_then(Item::as_array_of_tables_mut)
    {
        Some(services) => services,
        None => {
            document.insert("service", Item::ArrayOfTables(ArrayOfTables::new()));
            document["service"]
                .as_array_of_tables_mut()
                .ok_or(AppError::Conflict)?
        }
    };
    if adding {
        let mut table = Table::new();
        table["id"] = value(id.as_str());
        services.push(table);
    }
    let index = known
        .iter()
        .position(|k| k == id)
        .unwrap_or(services.len() - 1);
    let table = services.get_mut(index).ok_or(AppError::NotFound)?;
    fill(table, form, &payload);
    if adding {
        for (lang, name) in Lang::ALL.iter().zip(&form.name) {
            let Some(texts) = source::texts_table(&mut document, lang.code()) else {
                return Ok(Err(vec![PartProblem::new("", "admin-part-draft-broken")]));
            };
            texts[format!("{journey}-service-{id}").as_str()] = value(name.trim());
        }
    }
    let text = document.to_string();
    Ok(Ok(Edit {
        spots: placed(&text, "service", index, &FIELDS),
        text,
        action: if adding {
            AuthoringAction::AddService
        } else {
            AuthoringAction::ChangeService
        },
        detail: id.clone(),
    }))
}

/// Writes the form's agency, operation, condition, `after` and payload into the service's table:
/// what it had kept where it was, a mapping no longer listed taken away.
fn fill(table: &mut Table, form: &ServiceForm, payload: &[(String, String)]) {
    set(table, "agency", Value::from(form.agency.as_str()));
    set(table, "operation", Value::from(form.operation.trim()));
    match form.condition.trim() {
        "" => {
            table.remove("if");
        }
        condition => set(table, "if", Value::from(condition)),
    }
    let mut after = Array::new();
    for service in &form.after {
        after.push(service.as_str());
    }
    set(table, "after", Value::Array(after));
    if !matches!(table.get("payload"), Some(Item::Table(_))) {
        table.insert("payload", Item::Table(Table::new()));
    }
    if let Some(mappings) = table.get_mut("payload").and_then(Item::as_table_mut) {
        let gone: Vec<String> = mappings
            .iter()
            .map(|(key, _)| key.to_string())
            .filter(|key| !payload.iter().any(|(k, _)| k == key))
            .collect();
        for key in gone {
            mappings.remove(&key);
        }
        for (key, field) in payload {
            set(mappings, key, Value::from(field.as_str()));
        }
    }
}

/// The draft without the service (with the comment above it, and its own name texts); the
/// checker then names any service that still waits for it.
fn removed(journey: &str, text: &str, id: &str) -> Made {
    let mut document = match document(text) {
        Ok(document) => document,
        Err(problems) => return Ok(Err(problems)),
    };
    let known = ids(&document);
    let index = known
        .iter()
        .position(|k| k == id)
        .ok_or(AppError::NotFound)?;
    if let Some(services) = document
        .get_mut("service")
        .and_then(Item::as_array_of_tables_mut)
    {
        services.remove(index);
    }
    if let Some(texts) = document.get_mut("texts").and_then(Item::as_table_mut) {
        let name = format!("{journey}-service-{id}");
        for (_, lang) in texts.iter_mut() {
            if let Some(lang) = lang.as_table_mut() {
                lang.remove(&name);
            }
        }
    }
    let text = document.to_string();
    // A problem is put at the service whose lines it is on.
    let spots = known
        .iter()
        .filter(|k| *k != id)
        .enumerate()
        .flat_map(|(i, other)| {
            placed(&text, "service", i, &FIELDS)
                .into_iter()
                .map(move |(first, last, _)| (first, last, other.clone()))
        })
        .collect();
    Ok(Ok(Edit {
        text,
        spots,
        action: AuthoringAction::RemoveService,
        detail: id.to_string(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "[journey]\nid = \"x\"\n\n# One.\n[[service]]\nid = \"a\"\nagency = \"nav\"\noperation = \"op\"\nif = \"f == true\" # when\nafter = []\n[service.payload]\n# The person.\npid = \"f\"\nold = \"g?\"\n\n# Two.\n[[service]]\nid = \"b\"\nagency = \"nav\"\noperation = \"op\"\nafter = [\"a\"]\n[service.payload]\npid = \"f\"\n\n[[test]]\nname = \"t\"\n";

    fn form(original: &str, id: &str) -> ServiceForm {
        ServiceForm {
            original: original.into(),
            id: id.into(),
            agency: "kommune".into(),
            operation: "op2".into(),
            condition: "f == false".into(),
            after: vec![],
            payload: "pid = f\nnew = h?".into(),
            name: ["Navn".into(), "Namn".into(), "Name".into()],
            revision: String::new(),
        }
    }

    fn made(made: Made) -> Result<Edit, Vec<PartProblem>> {
        made.expect("no such service")
    }

    #[test]
    fn a_service_changes_in_place_keeping_comments_and_order() {
        let edit = made(saved("x", TEXT, &form("a", ""))).expect("saved");
        let expected = TEXT
            .replace(
                "agency = \"nav\"\noperation = \"op\"\nif = \"f == true\"",
                "agency = \"kommune\"\noperation = \"op2\"\nif = \"f == false\"",
            )
            .replace("pid = \"f\"\nold = \"g?\"\n", "pid = \"f\"\nnew = \"h?\"\n");
        assert_eq!(edit.text, expected);
        assert_eq!(edit.action, AuthoringAction::ChangeService);
        let fields: Vec<&str> = edit.spots.iter().map(|(_, _, f)| f.as_str()).collect();
        assert_eq!(
            fields,
            [
                "after",
                "agency",
                "operation",
                "condition",
                "after",
                "payload"
            ],
            "the checker's words at the id are about `after`"
        );
        assert_eq!(edit.spots[3].0, 9, "the condition's line");
    }

    #[test]
    fn a_new_service_goes_after_the_others_with_its_names() {
        let edit = made(saved("x", TEXT, &form("", "c"))).expect("added");
        let (b, c, test) = (
            edit.text.find("id = \"b\"").expect("b"),
            edit.text.find("id = \"c\"").expect("c"),
            edit.text.find("[[test]]").expect("test"),
        );
        assert!(b < c && c < test, "{}", edit.text);
        assert!(
            edit.text.contains("[texts.nn]\nx-service-c = \"Namn\""),
            "{}",
            edit.text
        );
        assert!(edit
            .text
            .starts_with(&TEXT[..TEXT.find("[[test]]").expect("test")]));
    }

    #[test]
    fn the_form_is_read_strictly() {
        let mut bad = form("", "a");
        bad.agency = "nasa".into();
        bad.operation = " ".into();
        bad.payload = "pid = f\npid = g".into();
        bad.name[2] = String::new();
        let problems = made(saved("x", TEXT, &bad)).expect_err("refused");
        assert_eq!(
            problems,
            [
                PartProblem::naming("id", "admin-part-service-id-taken", "a"),
                PartProblem::new("name-en", "admin-part-service-name-missing"),
                PartProblem::naming("agency", "admin-part-agency-unknown", "nasa"),
                PartProblem::new("operation", "admin-part-operation-missing"),
                PartProblem::naming("payload", "admin-part-payload-twice", "pid"),
            ]
        );
        assert!(
            !valid_id("Bad") && !valid_id("a--b") && !valid_id("b-") && valid_id("child-name2")
        );
        assert_eq!(
            saved("x", TEXT, &form("zz", "")).err(),
            Some(AppError::NotFound)
        );
    }

    #[test]
    fn a_removed_service_takes_its_comment_and_problems_are_put_at_the_others() {
        let edit = made(removed("x", TEXT, "a")).expect("removed");
        assert!(
            !edit.text.contains("# One.") && edit.text.contains("# Two.\n[[service]]\nid = \"b\""),
            "{}",
            edit.text
        );
        assert!(edit.spots.iter().all(|(_, _, s)| s == "b"));
        assert!(
            edit.spots
                .iter()
                .any(|(first, last, _)| (*first..=*last).contains(&9)),
            "{:?}",
            edit.spots
        );
        assert_eq!(removed("x", TEXT, "zz").err(), Some(AppError::NotFound));
    }
}
