//! Every message id exists in every shipped language, and every id the code or a journey uses
//! exists in the Fluent files. These tests read the repository's files directly.

use super::{has_message, missing_journey_messages, translate, Lang};
use crate::journey::Catalog;
use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files_with_extension(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|entry| entry.expect("dir entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files_with_extension(&path, extension, out);
        } else if path.extension().is_some_and(|e| e == extension) {
            out.push(path);
        }
    }
}

/// Message ids per language, parsed from `locales/<lang>/**/*.ftl`. A syntax error fails the test.
fn ids_by_language() -> BTreeMap<Lang, BTreeSet<String>> {
    use fluent_syntax::{ast::Entry, parser};
    let mut result = BTreeMap::new();
    for lang in Lang::ALL {
        let mut files = Vec::new();
        files_with_extension(&repo().join("locales").join(lang.code()), "ftl", &mut files);
        assert!(!files.is_empty(), "no Fluent files for {lang}");
        let mut ids = BTreeSet::new();
        for file in files {
            let text = fs::read_to_string(&file).expect("read ftl");
            let resource = parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| {
                panic!("{}: Fluent syntax errors: {errors:?}", file.display())
            });
            for entry in resource.body {
                if let Entry::Message(message) = entry {
                    let id = message.id.name.to_string();
                    assert!(
                        ids.insert(id.clone()),
                        "{}: `{id}` defined twice",
                        file.display()
                    );
                }
            }
        }
        result.insert(lang, ids);
    }
    result
}

/// The literal ids passed to `tr(...)`/`tr_with(...)` in the app and `t(lang, ...)` in the
/// server's own pages, anywhere in the source.
fn ids_used_in_code() -> BTreeSet<String> {
    let mut files = Vec::new();
    files_with_extension(&repo().join("app/src"), "rs", &mut files);
    files_with_extension(&repo().join("server/src"), "rs", &mut files);
    let mut ids = BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("read source");
        for call in ["tr(\"", "tr_with(\"", "t(lang, \""] {
            for (start, _) in text.match_indices(call) {
                let preceded_by_ident = text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
                if preceded_by_ident {
                    continue;
                }
                let rest = &text[start + call.len()..];
                if let Some(end) = rest.find('"') {
                    ids.insert(rest[..end].to_string());
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_id_exists_in_every_language() {
    let by_lang = ids_by_language();
    let all: BTreeSet<&String> = by_lang.values().flatten().collect();
    let mut missing = Vec::new();
    for (lang, ids) in &by_lang {
        for id in &all {
            if !ids.contains(*id) {
                missing.push(format!("{lang}: {id}"));
            }
        }
    }
    assert!(missing.is_empty(), "message ids missing: {missing:#?}");
}

#[test]
fn every_message_id_used_in_code_exists_in_every_language() {
    let by_lang = ids_by_language();
    let used = ids_used_in_code();
    assert!(
        used.contains("service-name"),
        "the scan found no ids: {used:?}"
    );
    let mut missing = Vec::new();
    for id in &used {
        for (lang, ids) in &by_lang {
            if !ids.contains(id) || !has_message(*lang, id) {
                missing.push(format!("{lang}: {id}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "ids used in app/src but missing: {missing:#?}"
    );
}

#[test]
fn every_message_id_a_shipped_journey_needs_exists_in_every_language() {
    let mut files = Vec::new();
    files_with_extension(&repo().join("journeys"), "toml", &mut files);
    let sources: Vec<(String, String)> = files
        .iter()
        .map(|f| {
            (
                f.display().to_string(),
                fs::read_to_string(f).expect("read journey"),
            )
        })
        .collect();
    let catalog = Catalog::parse(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        .unwrap_or_else(|errors| panic!("shipped journeys are broken: {errors:#?}"));
    assert_eq!(catalog.journeys().len(), 7, "the seven life events");
    let missing = missing_journey_messages(&catalog);
    assert!(missing.is_empty(), "journey messages missing: {missing:#?}");
}

#[test]
fn a_missing_message_shows_its_id_rather_than_another_language() {
    assert_eq!(
        translate(Lang::En, "no-such-message", &[]),
        "no-such-message"
    );
    assert_eq!(
        translate(Lang::Nn, "home-heading", &[]),
        "Kva skjer i livet ditt?"
    );
    assert_eq!(
        translate(Lang::En, "home-heading", &[]),
        "What is happening in your life?"
    );
}

#[test]
fn every_identity_number_error_has_a_message_in_every_language() {
    use crate::journey::IdentityNumberError::*;
    for error in [Length, NotDigits, Date, Checksum] {
        for lang in Lang::ALL {
            assert!(
                has_message(lang, error.message_id()),
                "{lang}: {}",
                error.message_id()
            );
        }
    }
}

#[test]
fn a_message_with_placeables_exists_and_an_unknown_one_does_not() {
    assert!(has_message(Lang::Nb, "session-idle-note"));
    assert!(!has_message(Lang::Nb, "session-idle-notes"));
    assert_eq!(
        translate(Lang::En, "session-idle-note", &[("minutes", "30".into())]),
        "You are logged out after 30 minutes without activity. What you have saved is not lost."
    );
}

#[test]
fn every_answer_problem_and_yes_no_label_has_a_message_in_every_language() {
    use crate::domain::{CaseStatus, ReadOutcome};
    let statuses = CaseStatus::ALL.map(|s| s.message_id().to_string());
    let generated = crate::journey::Problem::MESSAGE_IDS
        .iter()
        .map(|id| id.to_string())
        .chain(["answer-yes".to_string(), "answer-no".to_string()])
        .chain(statuses)
        .chain(ReadOutcome::ALL.map(|o| o.message_id().to_string()))
        .chain(
            crate::domain::PartyState::ALL
                .iter()
                .filter_map(|s| crate::domain::PartyState::closed_message(&s.closed_word()))
                .map(str::to_string),
        )
        .chain([
            "register-folkeregisteret".into(),
            "register-enhetsregisteret".into(),
            "register-aa-registeret".into(),
        ])
        .chain(
            crate::journey::check::FOLKEREGISTERET
                .iter()
                .chain(crate::journey::check::ENHETSREGISTERET)
                .chain(crate::journey::check::AA_REGISTERET)
                .map(|(lookup, _, _)| format!("lookup-{lookup}")),
        )
        .chain(
            crate::domain::CHECK_LOOKUPS
                .iter()
                .flat_map(|&(lookup, about)| {
                    let mut ids = vec![format!("lookup-{lookup}")];
                    if about {
                        ids.push(format!("read-as-{lookup}"));
                    }
                    ids
                }),
        );
    for id in generated {
        let id = id.as_str();
        for lang in Lang::ALL {
            assert!(has_message(lang, id), "`{id}` is missing in {lang:?}");
        }
    }
}

#[test]
fn a_missing_step_message_is_reported_with_the_line_and_column_that_needs_it() {
    let text = "[journey]\nid = \"uten-tekst\"\norder = 9\nowner = \"nav\"\nsecurity_level = \"substantial\"\nversion = 1\nagencies = [\"nav\"]\n\n[[step]]\nid = \"first\"\n\n[[step.field]]\nid = \"answer\"\ntype = \"yes_no\"\n";
    let catalog = Catalog::parse([("uten-tekst.toml", text)]).expect("valid apart from texts");
    let missing = missing_journey_messages(&catalog);
    assert!(
        missing.contains(&"uten-tekst.toml:10:6: message `uten-tekst-step-first` is missing in [texts.nn] or locales/nn/journeys/uten-tekst.ftl".to_string()),
        "{missing:#?}"
    );
    assert!(
        missing
            .iter()
            .any(|m| m.starts_with("uten-tekst.toml:13:6: message `uten-tekst-answer`")),
        "{missing:#?}"
    );
}

/// Every `dd.mm.yyyy` date written in a text (digits not part of a longer number such as an
/// account number `1234.56.78903`).
fn example_dates(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let pattern = "dd.dd.dddd";
    let mut dates = Vec::new();
    for start in 0..chars.len().saturating_sub(pattern.len() - 1) {
        let window = &chars[start..start + pattern.len()];
        let fits = pattern.chars().zip(window).all(|(p, c)| match p {
            'd' => c.is_ascii_digit(),
            _ => *c == p,
        });
        let digit_at = |i: Option<usize>| {
            i.and_then(|i| chars.get(i))
                .is_some_and(char::is_ascii_digit)
        };
        if fits && !digit_at(start.checked_sub(1)) && !digit_at(Some(start + pattern.len())) {
            dates.push(window.iter().collect());
        }
    }
    dates
}

#[test]
fn every_example_date_in_a_text_is_the_one_the_date_error_gives() {
    for lang in Lang::ALL {
        let expected = example_dates(&translate(lang, "error-not-date", &[]));
        assert_eq!(
            expected.len(),
            1,
            "{lang}: error-not-date gives one example"
        );
        let mut files = Vec::new();
        files_with_extension(&repo().join("locales").join(lang.code()), "ftl", &mut files);
        for file in files {
            let text = fs::read_to_string(&file).expect("read ftl");
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                for date in example_dates(line) {
                    assert_eq!(
                        date,
                        expected[0],
                        "{}: `{line}` gives another example date than error-not-date",
                        file.display()
                    );
                }
            }
        }
    }
}

#[test]
fn the_life_event_page_heads_its_start_section_otherwise_than_its_button() {
    for lang in Lang::ALL {
        assert_ne!(
            translate(lang, "life-event-start-heading", &[]),
            translate(lang, "life-event-start", &[]),
            "{lang}: a heading right above a button of the same name"
        );
    }
}

#[test]
fn a_number_error_says_what_such_a_number_is_like_not_what_was_typed() {
    // "Organisasjonsnummeret er ikke gyldig. Det har ni sifre." reads as if the number typed had
    // nine digits; the message says what a valid one looks like, with an example.
    for (id, example) in [
        ("error-organisation-number", "974 760 673"),
        ("error-bank-account", "1234.56.78903"),
        ("error-postcode", "0155"),
    ] {
        for lang in Lang::ALL {
            let text = translate(lang, id, &[]);
            assert!(text.contains(example), "{lang} {id}: {text}");
            for misleading in [
                "Det har",
                "It has",
                "er ikke gyldig",
                "er ikkje gyldig",
                "is not valid",
            ] {
                assert!(!text.contains(misleading), "{lang} {id}: {text}");
            }
        }
    }
}

#[test]
fn a_count_chooses_the_plural_form_and_other_numbers_stay_as_written() {
    let unread = |lang, n: &str| translate(lang, "inbox-unread", &[("count", n.to_string())]);
    assert_eq!(unread(Lang::Nb, "1"), "1 ulest melding");
    assert_eq!(unread(Lang::Nb, "3"), "3 uleste meldinger");
    assert_eq!(unread(Lang::Nn, "1"), "1 ulesen melding");
    assert_eq!(unread(Lang::En, "1"), "1 unread message");
    assert_eq!(unread(Lang::En, "12"), "12 unread messages");
    // A number that is not a count (a case number, an identity number) keeps its digits.
    assert_eq!(
        translate(Lang::En, "case-title", &[("reference", "0123".to_string())]),
        "Case 0123"
    );
}
