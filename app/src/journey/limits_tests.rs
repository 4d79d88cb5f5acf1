//! The limits of a definition (issue 15): what the checker accepts, every consumer takes — the
//! island reads the walkable journey through serde_json, which refuses nesting deeper than 128
//! — and checking any definition under the limits is bounded work.

use super::{
    cases_tests::{journey, with_case, APPLYING},
    check::{Checker, RawFile, BUDGET},
    condition,
    untrusted_tests::{assert_error_at, errors_of, place_of, HEAD},
    Catalog, Journey,
};

/// A journey whose deepest field (in a group in a group) shows when `condition` holds; the
/// condition may read `flag` (yes/no) and `born` (a date).
fn deep_field_showing_if(condition: &str) -> String {
    format!(
        "{HEAD}
[[step]]
id = \"about\"

[[step.field]]
id = \"flag\"
type = \"yes_no\"

[[step.field]]
id = \"born\"
type = \"date\"

[[step.field]]
id = \"outer\"
type = \"group\"

[[step.field.field]]
id = \"inner\"
type = \"group\"

[[step.field.field.field]]
id = \"deep\"
type = \"text\"
show_if = \"{condition}\"
"
    )
}

/// The props of the step island, as leptos writes and reads them (serde_json, both ways).
#[derive(serde::Serialize, serde::Deserialize)]
struct IslandProps {
    journey: Journey,
    step: usize,
}

/// Each step's island slice (`flow::island_slice`) through the island's props; the slices as
/// the island reads them.
fn through_the_island(journey: &Journey) -> Result<Vec<Journey>, serde_json::Error> {
    let today = super::Date::parse_iso("2026-11-29").expect("a date");
    let walked = super::flow::walk(journey, &super::Answers::default(), today);
    (0..journey.steps.len())
        .map(|step| {
            let (slice, _) = super::flow::island_slice(journey, step, &walked);
            let json = serde_json::to_string(&IslandProps {
                journey: slice,
                step: super::flow::ISLAND_STEP,
            })
            .expect("serialises");
            serde_json::from_str::<IslandProps>(&json).map(|props| props.journey)
        })
        .collect()
}

/// Conditions `shape(n)` for growing `n`, each nesting one level deeper than the last.
type Shape = fn(usize) -> String;

const SHAPES: [(&str, Shape); 5] = [
    ("not", |n| format!("{}flag", "not ".repeat(n))),
    ("date shifts", |n| {
        format!("born < today{}", " - 1d".repeat(n))
    }),
    ("brackets", |n| {
        format!("{}flag{}", "(flag and ".repeat(n), ")".repeat(n))
    }),
    ("mixed", |n| {
        format!("{}flag == true{}", "not (flag or ".repeat(n), ")".repeat(n))
    }),
    ("group items", |n| {
        format!(
            "{}count(outer) > 0{}",
            "(count(outer) > 0 or ".repeat(n),
            ")".repeat(n)
        )
    }),
];

#[test]
fn the_deepest_condition_the_checker_accepts_goes_through_the_island_and_one_more_is_refused() {
    for (name, shape) in SHAPES {
        let mut deepest = None;
        for n in 1..200 {
            let text = deep_field_showing_if(&shape(n));
            match Catalog::parse([("test.toml", text.as_str())]) {
                Ok(catalog) => deepest = Some((n, catalog)),
                Err(errors) => {
                    let at = text.find("show_if").expect("show_if") + "show_if = \"".len();
                    let line = text[..at].matches('\n').count() + 1;
                    assert!(
                        errors
                            .iter()
                            .any(|e| e.line == line && e.message.contains("nests more than")),
                        "{name} at {n}: {errors:#?}"
                    );
                    break;
                }
            }
        }
        let (n, catalog) = deepest.unwrap_or_else(|| panic!("{name}: none accepted"));
        assert!(n < 199, "{name}: never refused");
        assert!(n >= 10, "{name}: only {n} accepted");
        let journey = catalog.definition("test").expect("test");
        let back = through_the_island(journey).unwrap_or_else(|e| panic!("{name} at {n}: {e}"));
        let island = &back[0].steps[super::flow::ISLAND_STEP];
        assert_eq!(island.fields.len(), journey.steps[0].fields.len());
    }
}

#[test]
fn long_chains_of_and_and_or_stay_shallow_and_go_through_the_island() {
    // 62 chained `and`s went past serde_json's 128 levels when the tree leaned to one side.
    for op in ["and", "or"] {
        let condition = vec!["flag == true"; 200].join(&format!(" {op} "));
        let text = deep_field_showing_if(&condition);
        let catalog = Catalog::parse([("test.toml", text.as_str())])
            .unwrap_or_else(|e| panic!("{op}: {e:#?}"));
        let journey = catalog.definition("test").expect("test");
        through_the_island(journey).unwrap_or_else(|e| panic!("{op}: {e}"));
        let parsed = condition::parse(&condition).expect("parses");
        assert_eq!(
            condition::conjuncts(&parsed).len(),
            if op == "and" { 200 } else { 1 }
        );
    }
}

#[test]
fn deep_input_is_refused_without_exhausting_the_stack() {
    // As deep as fits in the longest condition there is; parsing it used to recurse once a level.
    let fill = |unit: &str| unit.repeat(condition::MAX_LENGTH / unit.len());
    for text in [
        fill("("),
        fill("not "),
        format!("today{}", fill(" - 1d"))
            .split_at(condition::MAX_LENGTH)
            .0
            .to_string(),
        fill("any(g, "),
        fill("(flag == true and "),
    ] {
        let error = condition::parse(&text).expect_err("refused");
        assert!(
            error.message.contains("nests more than"),
            "{}",
            error.message
        );
    }
    let error = condition::parse(&"not ".repeat(100_000)).expect_err("refused");
    assert!(error.message.contains("4096 bytes"), "{}", error.message);
}

#[test]
fn a_definition_over_the_size_limit_is_refused_with_the_limit() {
    let big = format!("{HEAD}\n#{}\n", "x".repeat(300 * 1024));
    let errors = errors_of(&big);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].message.contains("256 KiB"), "{}", errors[0]);

    let mut steps = String::from(HEAD);
    for i in 0..101 {
        steps.push_str(&format!("\n[[step]]\nid = \"s{i}\"\n"));
    }
    let errors = errors_of(&steps);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("at most 100 steps") && e.line > 0),
        "{errors:#?}"
    );

    let mut fields = format!("{HEAD}\n[[step]]\nid = \"s\"\n");
    for i in 0..501 {
        fields.push_str(&format!(
            "\n[[step.field]]\nid = \"f{i}\"\ntype = \"text\"\n"
        ));
    }
    let errors = errors_of(&fields);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("at most 500 fields") && e.line > 0),
        "{errors:#?}"
    );

    let long = vec!["flag == true"; 400].join(" and ");
    let errors = errors_of(&deep_field_showing_if(&long));
    assert!(
        errors.iter().any(|e| e.message.contains("4096 bytes")),
        "{errors:#?}"
    );

    let too_deep = deep_field_showing_if("flag").replace(
        "id = \"deep\"\ntype = \"text\"",
        "id = \"deep\"\ntype = \"group\"\n\n[[step.field.field.field.field]]\nid = \"deeper\"\ntype = \"text\"",
    );
    let errors = errors_of(&too_deep);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("nest at most 3 levels") && e.line > 0),
        "{errors:#?}"
    );
}

/// The shape that took the checker 75 s: nine yes/no questions, a field shown when a
/// 141-term condition holds (it always does) and hundreds of payload mappings of that field.
fn costly() -> String {
    let mut text = format!("{HEAD}\n[[step]]\nid = \"about\"\n");
    for i in 1..=9 {
        text.push_str(&format!(
            "\n[[step.field]]\nid = \"y{i}\"\ntype = \"yes_no\"\n"
        ));
    }
    let terms: Vec<String> = (0..141)
        .map(|t| {
            let i = t % 9 + 1;
            if t % 2 == 0 {
                format!("answered(y{i})")
            } else {
                format!("not answered(y{i})")
            }
        })
        .collect();
    for f in 0..20 {
        text.push_str(&format!(
            "\n[[step.field]]\nid = \"x{f}\"\ntype = \"text\"\nrequired = true\nshow_if = \"{}\"\n",
            terms.join(" or ")
        ));
    }
    text.push_str(
        "\n[[service]]\nid = \"svc\"\nagency = \"nav\"\noperation = \"op\"\n[service.payload]\n",
    );
    for m in 0..600 {
        text.push_str(&format!("k{m} = \"x{}\"\n", m % 20));
    }
    text
}

#[test]
fn a_definition_too_costly_to_prove_is_checked_within_the_budget_with_a_warning() {
    let text = costly();
    let raw: RawFile = toml::from_str(&text).expect("toml");
    let mut checker = Checker::new("test.toml", &text);
    let checked = checker.check(raw);
    assert!(checked.is_ok(), "{checked:#?}");
    assert!(checker.work() <= BUDGET, "{} > {BUDGET}", checker.work());
    assert!(
        checker
            .warnings
            .iter()
            .any(|w| w.message.contains("too complex to prove") && w.line > 0),
        "{:#?}",
        checker.warnings
    );
    let catalog = Catalog::parse([("test.toml", text.as_str())]).expect("accepted");
    assert!(!catalog.warnings().is_empty());
}

#[test]
fn the_shipped_journeys_are_proved_within_the_budget_without_warnings() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../journeys");
    for entry in std::fs::read_dir(dir).expect("journeys") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read");
        let raw: RawFile = toml::from_str(&text).expect("toml");
        let mut checker = Checker::new("shipped", &text);
        assert!(checker.check(raw).is_ok(), "{}", path.display());
        assert!(checker.warnings.is_empty(), "{:#?}", checker.warnings);
        assert!(
            checker.work() < BUDGET / 10,
            "{}: {}",
            path.display(),
            checker.work()
        );
    }
}

#[test]
fn deeply_nested_toml_is_an_error_not_a_stack_overflow() {
    let arrays = format!(
        "{HEAD}x = {}1{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let tables = format!(
        "{HEAD}x = {}1{}\n",
        "{a = ".repeat(40_000),
        "}".repeat(40_000)
    );
    for text in [arrays, tables] {
        assert!(text.len() <= 256 * 1024);
        assert!(!errors_of(&text).is_empty());
    }
}

#[test]
fn a_journey_has_at_most_fifty_cases() {
    let mut text = journey();
    for n in 1..=51 {
        text += &APPLYING.replace("a newborn applying", &format!("case {n}"));
    }
    let errors = errors_of(&text);
    assert_error_at(
        &errors,
        place_of(&text, "\"case 51\""),
        "a journey has at most 50 saved test cases; `case 51` is test 51",
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
    // Fifty are fine; a name used twice is not.
    let fifty = text.replace(&APPLYING.replace("a newborn applying", "case 51"), "");
    assert!(Catalog::parse([("test.toml", fifty.as_str())]).is_ok());
    let twice = with_case(&APPLYING.repeat(2));
    let errors = errors_of(&twice);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].message.contains("is named twice"), "{errors:#?}");
}
