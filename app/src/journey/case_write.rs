//! A walk written as a saved test case (`[[test]]`), for an admin who previews a draft as a
//! citizen and keeps that walk: the answers it shows, as typed, the path they take and the
//! services a submission with them calls, on the day it was walked. The checker reads it back
//! (`check::cases`), and on the version it was walked on it passes.

use super::{
    date::Date,
    fields::Answer,
    flow::{self, Answers},
    model::Journey,
};

/// The `[[test]]` block for `answers` walked on `today`, named `name`.
pub fn case_block(journey: &Journey, name: &str, answers: &Answers, today: Date) -> String {
    let walked = flow::walk(journey, answers, today);
    let path: Vec<String> = walked
        .path
        .iter()
        .map(|&step| journey.steps[step].id.clone())
        .collect();
    let services: Vec<String> = flow::service_calls(journey, answers, today)
        .into_iter()
        .map(|call| call.service)
        .collect();
    let mut block = String::from("[[test]]\n");
    block += &format!("name = {}\n", quote(name));
    block += &format!("today = {}\n", quote(&today.to_string()));
    block += &format!("path = {}\n", list(&path));
    block += &format!("services = {}\n\n[test.answers]\n", list(&services));
    for (id, answer) in walked.shown.0.iter().filter(|(_, a)| !a.is_empty()) {
        block += &format!("{} = {}\n", key(id), value(answer));
    }
    block
}

/// An answer as the case reader takes it: text in quotes, choices as a list, an address as a
/// table, a group's items as an array of tables of their own answers.
fn value(answer: &Answer) -> String {
    match answer {
        Answer::Text(text) => quote(text),
        Answer::Choices(choices) => list(choices),
        Answer::Address {
            street,
            postcode,
            city,
        } => format!(
            "{{ street = {}, postcode = {}, city = {} }}",
            quote(street),
            quote(postcode),
            quote(city)
        ),
        Answer::Items(items) => {
            let tables: Vec<String> = items.iter().map(table).collect();
            format!("[{}]", tables.join(", "))
        }
    }
}

fn table(answers: &Answers) -> String {
    let pairs: Vec<String> = answers
        .0
        .iter()
        .filter(|(_, a)| !a.is_empty())
        .map(|(id, a)| format!("{} = {}", key(id), value(a)))
        .collect();
    format!("{{ {} }}", pairs.join(", "))
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|item| quote(item)).collect();
    format!("[{}]", quoted.join(", "))
}

/// A bare key when it can be one, else quoted.
fn key(id: &str) -> String {
    let bare = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if bare {
        id.to_string()
    } else {
        quote(id)
    }
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn quote(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            '\r' => quoted.push_str("\\r"),
            c if c.is_control() => quoted.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::case_block;
    use crate::journey::{
        date::Date,
        flow::{self, Answers},
        Answer, Catalog,
    };

    fn fa_barn() -> String {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../journeys/fa-barn.toml");
        std::fs::read_to_string(path).expect("fa-barn.toml")
    }

    #[test]
    fn a_walk_written_as_a_case_passes_on_its_version_and_says_what_it_walked() {
        let source = fa_barn();
        let catalog = Catalog::parse([("fa-barn.toml", source.as_str())]).expect("Få barn");
        let journey = catalog.definition("fa-barn").expect("journey").clone();
        let today = Date::try_from("2026-11-30".to_string()).expect("a day");
        let mut answers = Answers::default();
        for (id, text) in [
            ("child_pid", "05862650087"),
            ("child_birth_date", "2026-11-20"),
            ("child_first_name", "Ida \"Lille\""),
            ("child_last_name", "Hansen"),
            ("other_parent_takes_part", "no"),
            ("parents_relationship", "apart"),
            ("apply_parental_benefit", "no"),
            ("apply_child_benefit", "no"),
            ("kindergarten_wanted", "no"),
        ] {
            answers.set(id, Answer::Text(text.into()));
        }
        assert_eq!(flow::first_incomplete_step(&journey, &answers, today), None);
        let block = case_block(&journey, "Ida, \"named\"\nat once", &answers, today);
        assert!(
            block.starts_with("[[test]]\nname = \"Ida, \\\"named\\\"\\nat once\"\n"),
            "{block}"
        );
        assert!(block.contains("today = \"2026-11-30\"\n"), "{block}");
        assert!(block.contains("services = [\"child-name\"]\n"), "{block}");

        // Appended to the definition, the checker runs it, and it passes.
        let with_case = format!("{}\n\n{block}", source.trim_end());
        let checked = Catalog::parse([("fa-barn.toml", with_case.as_str())]);
        assert!(checked.is_ok(), "{:?}\n{block}", checked.err());
        // Walked differently, the same case is red: it holds what was walked.
        let other = with_case.replace("services = [\"child-name\"]", "services = []");
        assert!(Catalog::parse([("fa-barn.toml", other.as_str())]).is_err());
    }
}
