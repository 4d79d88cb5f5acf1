//! The `child` look-up against a stand-in Folkeregisteret over real HTTP: the citizen's youngest
//! living child under 18, never an adult child nor one who has died.

use super::tests::registers_serving;
use app::journey::{Answer, Catalog, Date, IdentityNumber, Journey};
use axum::{extract::Path, routing::get, Json, Router};
use serde_json::{json, Value};

const JOURNEY: &str = r#"[journey]
id = "barn"
order = 1
owner = "nav"
security_level = "substantial"
version = 1
agencies = ["nav"]

[[prefill]]
register = "folkeregisteret"
lookup = "child"
fill = { child_pid = "pid", child_name = "name", child_birth = "birth_date" }

[[step]]
id = "child"

[[step.field]]
id = "child_pid"
type = "identity_number"

[[step.field]]
id = "child_name"
type = "text"

[[step.field]]
id = "child_birth"
type = "date"
"#;

/// A valid synthetic number for a birth date `ddmmyy` (real month).
fn pid(birth: &str) -> String {
    let (day, rest) = birth.split_at(2);
    let (month, year) = rest.split_at(2);
    let month = month.parse::<u32>().expect("month") + 80;
    (100..1000)
        .find_map(|i| IdentityNumber::with_check_digits(&format!("{day}{month}{year}{i}")))
        .map(|n| n.as_str().to_string())
        .expect("a valid number")
}

fn person(pid: &str, name: &str, birth: &str, died: Option<&str>, children: &[&str]) -> Value {
    let relations: Vec<Value> = children
        .iter()
        .map(|c| json!({ "relation": "child", "pid": c }))
        .collect();
    json!({ "pid": pid, "name": name, "birth_date": birth, "death_date": died, "relations": relations })
}

/// What `child` fills for a parent of `children` (name, birth date, death date), on 22.11.2026.
async fn child_of(children: &[(&str, &str, Option<&str>)]) -> Option<String> {
    let parent = pid("150585");
    let mut people = Vec::new();
    let mut pids = Vec::new();
    for (name, birth, died) in children {
        let (year, rest) = birth.split_at(4);
        let number = pid(&format!("{}{}{}", &rest[4..6], &rest[1..3], &year[2..]));
        people.push(person(&number, name, birth, *died, &[]));
        pids.push(number);
    }
    let refs: Vec<&str> = pids.iter().map(String::as_str).collect();
    people.push(person(&parent, "Kari Nordmann", "1985-05-15", None, &refs));
    let router = Router::new().route(
        "/folkeregisteret/persons/{pid}",
        get(move |Path(wanted): Path<String>| {
            let found = people.iter().find(|p| p["pid"] == wanted.as_str()).cloned();
            async move { found.map(Json).ok_or(axum::http::StatusCode::NOT_FOUND) }
        }),
    );
    let catalog = Catalog::parse([("barn.toml", JOURNEY)]).unwrap_or_else(|e| panic!("{e:#?}"));
    let journey = Journey::clone(catalog.definition("barn").expect("barn"));
    let today = Date::parse_iso("2026-11-22").expect("date");
    let prefilled = registers_serving(router, "")
        .await
        .prefill(&journey, &parent, today)
        .await;
    match prefilled.answers.get("child_name") {
        Some(Answer::Text(name)) => Some(name.clone()),
        _ => None,
    }
}

#[tokio::test]
async fn the_child_is_the_youngest_living_child_under_18() {
    let family = [
        ("Astrid", "2004-02-10", None),
        ("Nora", "2021-03-14", None),
        ("Emil", "2026-11-01", Some("2026-11-05")),
    ];
    assert_eq!(child_of(&family).await.as_deref(), Some("Nora"));
}

#[tokio::test]
async fn a_parent_of_adult_children_only_gets_no_child() {
    let grown = [("Astrid", "2004-02-10", None), ("Per", "2008-11-21", None)];
    assert_eq!(child_of(&grown).await, None, "both are 18 or older");
}
