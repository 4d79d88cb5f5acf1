//! The static checker and navigation, on a small journey written for the tests. Each static
//! error is asserted with its line and column, as an author would see it.

use super::{
    flow::{self, Answers, Shown},
    Answer, Catalog, CatalogError, Date, Journey, Problem,
};

const JOURNEY: &str = r#"[journey]
id = "test"
order = 1
owner = "nav"
security_level = "substantial"
version = 1
agencies = ["nav", "domstol"]

[[prefill]]
register = "folkeregisteret"
lookup = "heirs"
fill = { heirs = "items", heir_pid = "pid" }

[[step]]
id = "about"

[[step.field]]
id = "birth_date"
type = "date"
required = true

[[step.field]]
id = "other_parent"
type = "yes_no"
required = true

[[step.field]]
id = "other_pid"
type = "identity_number"
required = true
show_if = "other_parent == true"

[[step.next]]
step = "settlement"
if = "birth_date < today - 18y"

[[step]]
id = "benefit"
show_if = "other_parent == false"

[[step.field]]
id = "income"
type = "money"
min = 0

[[step]]
id = "settlement"

[[step.field]]
id = "kind"
type = "one_of"
options = ["private", "public"]
required = true

[[step.field]]
id = "heirs"
type = "group"
min = 1
max = 3

[[step.field.field]]
id = "heir_pid"
type = "identity_number"
required = true

[[step.field.field]]
id = "heir_relation"
type = "one_of"
options = ["child", "spouse"]

[[step.field.field]]
id = "heir_guardian"
type = "text"
required = true
show_if = "heir_relation == \"child\""

[[service]]
id = "probate"
agency = "domstol"
operation = "probate"
[service.payload]
kind = "kind"
heirs = "heirs"
other = "other_pid?"

[[service]]
id = "pension"
agency = "nav"
operation = "survivors-pension"
if = "other_parent == true"
after = ["probate"]
[service.payload]
other = "other_pid"
"#;

fn journey() -> Journey {
    let catalog = Catalog::parse([("test.toml", JOURNEY)]).unwrap_or_else(|e| panic!("{e:#?}"));
    Journey::clone(catalog.definition("test").expect("test journey"))
}

fn errors_of(text: &str) -> Vec<CatalogError> {
    Catalog::parse([("test.toml", text)]).expect_err("should be refused")
}

/// Replaces `from` (which must occur once) and returns the one error, checking its place.
fn one_error(from: &str, to: &str, line: usize, column: usize, needle: &str) {
    assert_eq!(
        JOURNEY.matches(from).count(),
        1,
        "`{from}` must be unique in the fixture"
    );
    let text = JOURNEY.replace(from, to);
    let errors = errors_of(&text);
    assert!(
        errors
            .iter()
            .any(|e| e.line == line && e.column == column && e.message.contains(needle)),
        "expected {line}:{column} `{needle}`, got {errors:#?}"
    );
}

fn today() -> Date {
    Date::parse_iso("2026-11-22").expect("date")
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::default();
    for (k, v) in pairs {
        answers.set(k, Answer::Text(v.to_string()));
    }
    answers
}

#[test]
fn the_fixture_is_valid_and_lists_its_messages() {
    let journey = journey();
    assert_eq!(journey.steps.len(), 3);
    let ids: Vec<&str> = journey
        .messages
        .iter()
        .map(|(id, _, _)| id.as_str())
        .collect();
    for id in [
        "test-needs",
        "test-step-about",
        "test-birth_date",
        "test-kind-private",
        "test-heirs-item",
        "test-heir_relation-spouse",
        "test-service-probate",
        "test-service-pension",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let (_, line, column) = journey
        .messages
        .iter()
        .find(|(id, _, _)| id == "test-kind-public")
        .expect("option message");
    assert_eq!(
        (*line, *column),
        (50, 6),
        "a message is needed where its field is defined"
    );
}

#[test]
fn an_unknown_field_in_a_condition_is_an_error_at_its_name() {
    one_error(
        "if = \"birth_date < today - 18y\"",
        "if = \"birth_dato < today - 18y\"",
        35,
        7,
        "unknown field `birth_dato`",
    );
}

#[test]
fn a_type_mismatch_in_a_condition_names_both_types() {
    one_error(
        "if = \"birth_date < today - 18y\"",
        "if = \"birth_date < 18\"",
        35,
        18,
        "cannot compare a date with a number",
    );
}

#[test]
fn an_option_a_one_of_does_not_have_is_an_error() {
    one_error(
        r#"show_if = "heir_relation == \"child\"""#,
        r#"show_if = "heir_relation == \"barn\"""#,
        75,
        26,
        "no option \"barn\"",
    );
}

#[test]
fn a_duplicate_field_id_is_an_error_at_the_second_one() {
    one_error(
        "id = \"income\"",
        "id = \"birth_date\"",
        42,
        6,
        "used twice",
    );
}

#[test]
fn a_duplicate_step_id_is_an_error() {
    one_error(
        "id = \"benefit\"",
        "id = \"about\"",
        38,
        6,
        "step id `about` is used twice",
    );
}

#[test]
fn a_condition_reading_a_later_answer_is_a_cycle() {
    one_error(
        "show_if = \"other_parent == false\"",
        "show_if = \"kind == \\\"private\\\"\"",
        39,
        12,
        "answers flow forward",
    );
    // A field cannot depend on itself either.
    one_error(
        "show_if = \"other_parent == true\"",
        "show_if = \"other_pid == \\\"x\\\"\"",
        31,
        12,
        "answers flow forward",
    );
}

#[test]
fn a_branch_backwards_is_a_cycle() {
    one_error(
        "step = \"settlement\"",
        "step = \"about\"",
        34,
        8,
        "would make a cycle",
    );
}

#[test]
fn a_branch_to_an_unknown_step_is_an_error() {
    one_error(
        "step = \"settlement\"",
        "step = \"oppgjor\"",
        34,
        8,
        "unknown step `oppgjor`",
    );
}

#[test]
fn a_step_no_path_reaches_is_an_error() {
    // Every path jumps from `about` straight to `settlement`.
    one_error(
        "if = \"birth_date < today - 18y\"",
        "if = \"true\"",
        38,
        6,
        "never reached",
    );
    // A step whose condition can never hold.
    one_error(
        "show_if = \"other_parent == false\"",
        "show_if = \"other_parent == false and other_parent == true\"",
        38,
        6,
        "never shown",
    );
}

#[test]
fn a_required_field_hidden_on_every_path_is_an_error() {
    one_error(
        "show_if = \"other_parent == true\"",
        "show_if = \"not answered(other_parent) and other_parent == true\"",
        28,
        6,
        "hidden on every path",
    );
}

#[test]
fn a_service_mapping_a_field_that_may_be_absent_is_an_error() {
    // `other_pid` is shown only when `other_parent` is yes; `probate` is always sent.
    one_error(
        "other = \"other_pid?\"",
        "other = \"other_pid\"",
        84,
        9,
        "may be absent when `probate` is sent",
    );
    // The pension has the same condition as the field, so it may map it plainly; without it, not.
    one_error(
        "\nif = \"other_parent == true\"\n",
        "\n",
        92,
        9,
        "may be absent when `pension` is sent",
    );
    // An optional answer always may be absent.
    one_error(
        "heirs = \"heirs\"",
        "heirs = \"income\"",
        83,
        9,
        "it is optional",
    );
}

#[test]
fn a_service_mapping_an_unknown_or_inner_field_is_an_error() {
    one_error(
        "kind = \"kind\"",
        "kind = \"kinds\"",
        82,
        8,
        "unknown field `kinds`",
    );
    one_error(
        "heirs = \"heirs\"",
        "heirs = \"heir_pid\"",
        83,
        9,
        "map the group `heirs` as a whole",
    );
}

#[test]
fn services_that_wait_for_each_other_are_an_error() {
    let text = JOURNEY.replace(
        "operation = \"probate\"\n",
        "operation = \"probate\"\nafter = [\"pension\"]\n",
    );
    let errors = errors_of(&text);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("waits for itself")),
        "{errors:#?}"
    );
    one_error(
        "after = [\"probate\"]",
        "after = [\"skifte\"]",
        91,
        10,
        "unknown service `skifte`",
    );
}

#[test]
fn unknown_types_agencies_and_prefill_look_ups_are_errors() {
    one_error(
        "type = \"money\"",
        "type = \"kroner\"",
        43,
        8,
        "unknown field type `kroner`",
    );
    one_error(
        "agency = \"nav\"",
        "agency = \"politiet\"",
        88,
        10,
        "unknown agency `politiet`",
    );
    one_error(
        "lookup = \"heirs\"",
        "lookup = \"arvinger\"",
        11,
        10,
        "no look-up `arvinger`",
    );
    one_error(
        "heir_pid = \"pid\"",
        "heir_pid = \"pin\"",
        12,
        38,
        "gives no `pin`",
    );
    // A list fills a group and its own fields; one record fills plain fields.
    one_error(
        "lookup = \"heirs\"",
        "lookup = \"deceased\"",
        12,
        10,
        "`deceased` gives one record",
    );
    one_error(
        "fill = { heirs = \"items\", heir_pid = \"pid\" }",
        "fill = { heir_pid = \"pid\" }",
        11,
        10,
        "gives a list: fill a group",
    );
    one_error(
        "fill = { heirs = \"items\", heir_pid = \"pid\" }",
        "fill = { heirs = \"items\", birth_date = \"pid\" }",
        12,
        27,
        "`birth_date` is not the group `heirs` or one of its fields",
    );
    // A list fills one group: a second `= "items"` is refused, not silently left empty.
    let two_groups = JOURNEY
        .replace(
            "id = \"birth_date\"\ntype = \"date\"",
            "id = \"birth_date\"\ntype = \"group\"",
        )
        .replace(
            "fill = { heirs = \"items\", heir_pid = \"pid\" }",
            "fill = { heirs = \"items\", birth_date = \"items\", heir_pid = \"pid\" }",
        );
    let errors = errors_of(&two_groups);
    assert!(
        errors
            .iter()
            .any(|e| e.line == 12 && e.message.contains("is not the group")),
        "{errors:#?}"
    );
}

#[test]
fn an_unknown_key_is_refused_by_the_parser_with_its_place() {
    let text = JOURNEY.replace(
        "required = true\nshow_if = \"other_parent == true\"",
        "required = true\nvisible_if = \"x\"",
    );
    let errors = errors_of(&text);
    assert_eq!((errors[0].line, errors[0].column), (31, 1), "{errors:#?}");
    assert!(errors[0].message.contains("visible_if"), "{errors:#?}");
}

#[test]
fn every_error_in_a_file_is_reported_at_once() {
    let text = JOURNEY
        .replace("type = \"money\"", "type = \"kroner\"")
        .replace("agency = \"nav\"", "agency = \"politiet\"");
    assert!(errors_of(&text).len() >= 2);
}

#[test]
fn the_path_follows_the_branches_the_answers_take() {
    let journey = journey();
    // A young child, the other parent takes part: `benefit` is skipped by its own condition.
    let young = answers(&[("birth_date", "01.01.2026"), ("other_parent", "yes")]);
    assert_eq!(flow::walk(&journey, &young, today()).path, [0, 2]);
    // The other parent does not take part: `benefit` is shown.
    let alone = answers(&[("birth_date", "01.01.2026"), ("other_parent", "no")]);
    assert_eq!(flow::walk(&journey, &alone, today()).path, [0, 1, 2]);
    assert_eq!(flow::next_step(&journey, 0, &alone, today()), Some(1));
    assert_eq!(flow::previous_step(&journey, 2, &alone, today()), Some(1));
    // An adult: the branch jumps from `about` to `settlement` even without the other parent.
    let adult = answers(&[("birth_date", "01.01.2000"), ("other_parent", "no")]);
    assert_eq!(flow::walk(&journey, &adult, today()).path, [0, 2]);
}

#[test]
fn hidden_answers_are_not_kept_checked_or_shown() {
    let journey = journey();
    let mut answers = answers(&[
        ("birth_date", "01.01.2026"),
        ("other_parent", "no"),
        ("other_pid", "bad"),
    ]);
    answers.set("income", Answer::Text("1 000".into()));
    let walk = flow::walk(&journey, &answers, today());
    assert!(
        walk.shown.get("other_pid").is_none(),
        "hidden: not submitted"
    );
    assert!(
        flow::validate_step(&journey, 0, &answers, today()).is_empty(),
        "hidden: not checked"
    );
    let summary = flow::summary(&journey, &answers, today());
    assert!(summary
        .iter()
        .all(|s| s.rows.iter().all(|r| r.field != "other_pid")));
    let income = summary[1]
        .rows
        .iter()
        .find(|r| r.field == "income")
        .expect("income row");
    assert_eq!(income.value, Shown::Plain("1\u{a0}000 kr".into()));
}

#[test]
fn validation_names_each_problem_with_its_form_field() {
    let journey = journey();
    let answers = answers(&[("other_parent", "yes"), ("other_pid", "12345")]);
    let errors = flow::validate_step(&journey, 0, &answers, today());
    let found: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.name.as_str(), e.problem.message_id()))
        .collect();
    assert_eq!(
        found,
        [
            ("birth_date", "error-required"),
            ("other_pid", "error-identity-number-length")
        ]
    );
}

#[test]
fn group_items_are_read_checked_and_counted() {
    let journey = journey();
    let pairs: Vec<(String, String)> = [
        ("csrf_token", "x"),
        ("a.kind", "private"),
        ("a.heirs.0._", ""),
        ("a.heirs.0.heir_pid", "15858510055"),
        ("a.heirs.0.heir_relation", "child"),
        ("a.heirs.1._", ""),
        ("a.heirs.1.heir_relation", "spouse"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let answers = flow::read_step_form(&journey, 2, &pairs).expect("a valid form");
    let Some(Answer::Items(items)) = answers.get("heirs") else {
        panic!("items: {answers:?}")
    };
    assert_eq!(items.len(), 2);
    let errors = flow::validate_step(&journey, 2, &answers, today());
    let names: Vec<&str> = errors.iter().map(|e| e.name.as_str()).collect();
    // The child needs a guardian; the spouse has no identity number; the spouse needs no guardian.
    assert_eq!(names, ["heirs.0.heir_guardian", "heirs.1.heir_pid"]);
}

#[test]
fn a_tampered_or_oversized_form_is_refused_whole() {
    let journey = journey();
    let post = |pairs: &[(&str, &str)]| {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        flow::read_step_form(&journey, 0, &pairs)
    };
    assert_eq!(
        post(&[("a.income", "5")]),
        Err(flow::FormError::UnknownField("income".into()))
    );
    assert_eq!(
        post(&[("a.birth_date.x", "5")]),
        Err(flow::FormError::UnknownField("birth_date.x".into()))
    );
    assert_eq!(
        post(&[("a.birth_date", "1"), ("a.birth_date", "2")]),
        Err(flow::FormError::Repeated("birth_date".into()))
    );
    let long = "x".repeat(10_001);
    assert_eq!(
        post(&[("a.birth_date", long.as_str())]),
        Err(flow::FormError::Oversized("birth_date".into()))
    );
    assert!(post(&[("a.birth_date", "01.01.2026"), ("csrf_token", "t")]).is_ok());
}

/// The journeys in `journeys/`, checked.
pub(super) fn shipped() -> Catalog {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../journeys");
    let files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("journeys dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).expect("read"),
            )
        })
        .collect();
    Catalog::parse(files.iter().map(|(n, t)| (n.as_str(), t.as_str()))).unwrap_or_else(|e| {
        panic!(
            "{}",
            e.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

#[test]
fn the_shipped_journeys_pass_the_checker() {
    let catalog = shipped();
    for id in [
        "fa-barn",
        "dodsfall-og-arv",
        "miste-jobb",
        "alvorlig-sykt-barn",
        "ny-i-norge",
    ] {
        let journey = catalog.definition(id).expect(id);
        assert!(journey.steps.len() >= 4, "{id} is authored");
        assert!(
            journey.steps.iter().any(|s| s
                .fields
                .iter()
                .any(|f| matches!(f.kind, super::FieldKind::Group { .. }))),
            "{id} has a repeating group"
        );
        assert!(!journey.services.is_empty(), "{id} sends to agencies");
    }
}

#[test]
fn a_newborn_born_on_1_january_2099_is_refused_with_the_not_after_message() {
    let catalog = shipped();
    let journey = catalog.definition("fa-barn").expect("fa-barn");
    let (step, _) = journey.step("child").expect("the child step");
    let problems = |born: &str| -> Vec<Problem> {
        let answers = answers(&[("child_pid", "15858510055"), ("child_birth_date", born)]);
        flow::validate_step(journey, step, &answers, today())
            .into_iter()
            .map(|e| {
                assert_eq!(e.name, "child_birth_date");
                e.problem
            })
            .collect()
    };
    // Today is 22.11.2026.
    let refused = problems("01.01.2099");
    assert_eq!(refused, [Problem::DateTooLate { max: today() }]);
    #[cfg(feature = "ssr")]
    {
        use crate::i18n::{translate, Lang};
        let problem = &refused[0];
        assert_eq!(
            translate(Lang::Nb, problem.message_id(), &problem.args()),
            "Datoen kan ikke være etter 22.11.2026."
        );
        assert_eq!(
            translate(Lang::En, problem.message_id(), &problem.args()),
            "The date cannot be after 22.11.2026."
        );
    }
    assert_eq!(
        problems("23.11.2026"),
        [Problem::DateTooLate { max: today() }]
    );
    // Within the last twelve months, as the newborn look-up reads it.
    assert_eq!(problems("22.11.2026"), []);
    assert_eq!(problems("22.12.2025"), []);
    assert_eq!(
        problems("22.10.2025"),
        [Problem::DateTooEarly {
            min: Date::parse_iso("2025-11-22").expect("date")
        }]
    );
}

#[test]
fn a_malformed_date_bound_is_an_error_at_its_place() {
    // The fixture's `birth_date` is on line 18; a bound added to it is on line 20.
    let field = "id = \"birth_date\"\ntype = \"date\"";
    one_error(
        field,
        &format!("{field}\nnot_after = \"today - 12w\""),
        20,
        22,
        "a period is counted in y, m or d",
    );
    one_error(
        field,
        &format!("{field}\nnot_before = \"01.01.1900\""),
        20,
        17,
        "a bound is a date such as 1900-01-01",
    );
    one_error(
        field,
        &format!("{field}\nnot_before = \"tomorrow\""),
        20,
        15,
        "`tomorrow` is not a bound",
    );
    one_error(
        field,
        &format!("{field}\nnot_after = \"today + 9000y\""),
        20,
        13,
        "out of the calendar",
    );
    one_error(
        "id = \"other_parent\"\ntype = \"yes_no\"",
        "id = \"other_parent\"\ntype = \"yes_no\"\nnot_after = \"today\"",
        25,
        13,
        "only a `date` has `not_before` and `not_after`",
    );
}

#[test]
fn date_bounds_that_leave_no_day_to_answer_are_an_error() {
    let field = "id = \"birth_date\"\ntype = \"date\"";
    one_error(
        field,
        &format!("{field}\nnot_before = \"2026-01-01\"\nnot_after = \"2025-12-31\""),
        20,
        14,
        "is later than `not_after = \"2025-12-31\"`",
    );
    one_error(
        field,
        &format!("{field}\nnot_before = \"today\"\nnot_after = \"today - 1d\""),
        20,
        14,
        "is later than `not_after = \"today - 1d\"`",
    );
    one_error(
        field,
        &format!("{field}\nnot_after = \"1850-01-01\""),
        20,
        13,
        "is before 1900-01-01",
    );
    // An earlier floor, stated, allows it.
    let older = JOURNEY.replace(
        field,
        &format!("{field}\nnot_before = \"1800-01-01\"\nnot_after = \"1850-01-01\""),
    );
    assert!(Catalog::parse([("test.toml", older.as_str())]).is_ok());
}

#[test]
fn the_complete_example_in_the_journeys_readme_passes_the_checker() {
    let readme = include_str!("../../../journeys/README.md");
    let example = readme
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the README has a TOML example");
    let catalog = Catalog::parse([("README.md", example)]).unwrap_or_else(|e| panic!("{e:#?}"));
    let journey = catalog.definition("fa-barn").expect("the example journey");
    assert_eq!(journey.steps.len(), 4);
    assert_eq!(journey.services.len(), 1);
}

#[test]
fn a_submission_calls_the_services_whose_conditions_hold_with_mapped_answers() {
    let journey = journey();
    let mut answers = answers(&[
        ("birth_date", "01.01.2026"),
        ("other_parent", "no"),
        ("kind", "private"),
        ("income", "1 000"),
    ]);
    answers.set(
        "heirs",
        Answer::Items(vec![answers_of(&[
            ("heir_pid", "15858510055"),
            ("heir_relation", "spouse"),
        ])]),
    );
    let calls = flow::service_calls(&journey, &answers, today());
    let ids: Vec<&str> = calls.iter().map(|c| c.service.as_str()).collect();
    assert_eq!(ids, ["probate"], "the pension needs the other parent");
    assert_eq!(
        calls[0].payload,
        serde_json::json!({ "kind": "private", "heirs": [{ "heir_pid": "15858510055", "heir_relation": "spouse" }] }),
        "an absent optional answer is left out"
    );
    answers.set("other_parent", Answer::Text("yes".into()));
    answers.set("other_pid", Answer::Text("158585 10055".into()));
    let calls = flow::service_calls(&journey, &answers, today());
    let pension = calls
        .iter()
        .find(|c| c.service == "pension")
        .expect("pension");
    assert_eq!(pension.after, ["probate"]);
    assert_eq!(
        pension.payload,
        serde_json::json!({ "other": "15858510055" }),
        "normalised"
    );
}

fn answers_of(pairs: &[(&str, &str)]) -> Answers {
    answers(pairs)
}

#[test]
fn show_if_text_needs_a_condition_and_needs_its_message() {
    one_error(
        "id = \"income\"\ntype = \"money\"",
        "id = \"income\"\ntype = \"money\"\nshow_if_text = true",
        42,
        6,
        "`income` has no `show_if`",
    );
    let text = JOURNEY.replace(
        "id = \"other_pid\"\n",
        "id = \"other_pid\"\nshow_if_text = true\n",
    );
    let catalog =
        Catalog::parse([("test.toml", text.as_str())]).unwrap_or_else(|e| panic!("{e:#?}"));
    let journey = catalog.definition("test").expect("test journey");
    let (_, field) = journey.field("other_pid").expect("field");
    assert!(field.show_if_text);
    assert_eq!(journey.show_if_id(field), "test-other_pid-show-if");
    assert!(
        journey
            .messages
            .iter()
            .any(|(id, line, column)| id == "test-other_pid-show-if" && (*line, *column) == (28, 6)),
        "the text is needed in every language, where the field is defined"
    );
    assert!(!journey.field("birth_date").expect("field").1.show_if_text);
}

#[test]
fn about_marks_a_text_field_outside_groups() {
    one_error(
        "id = \"birth_date\"\ntype = \"date\"",
        "id = \"birth_date\"\ntype = \"date\"\nabout = true",
        18,
        6,
        "`about` marks a `text` field",
    );
    one_error(
        "id = \"heir_guardian\"\ntype = \"text\"",
        "id = \"heir_guardian\"\ntype = \"text\"\nabout = true",
        72,
        6,
        "`about` marks a `text` field",
    );
}

#[test]
fn a_draft_is_about_the_shown_answers_of_its_about_fields() {
    let text = JOURNEY.replace(
        "[[step]]\nid = \"about\"\n",
        "[[step]]\nid = \"about\"\n\n[[step.field]]\nid = \"first_name\"\ntype = \"text\"\nabout = true\n\n[[step.field]]\nid = \"last_name\"\ntype = \"text\"\nabout = true\nshow_if = \"answered(first_name)\"\n",
    );
    let catalog =
        Catalog::parse([("test.toml", text.as_str())]).unwrap_or_else(|e| panic!("{e:#?}"));
    let journey = catalog.definition("test").expect("test journey");
    assert_eq!(flow::about(journey, &answers(&[]), today()), None);
    assert_eq!(
        flow::about(
            journey,
            &answers(&[
                ("first_name", "  Lars \t"),
                ("last_name", "Dahl"),
                ("kind", "private")
            ]),
            today()
        )
        .as_deref(),
        Some("Lars Dahl"),
        "the marked answers, in order, spaces tidied"
    );
    assert_eq!(
        flow::about(journey, &answers(&[("last_name", "Dahl")]), today()),
        None,
        "a hidden answer does not count"
    );
    let long = "x".repeat(200);
    let about = flow::about(journey, &answers(&[("first_name", &long)]), today()).expect("about");
    assert_eq!(about.chars().count(), 81, "cut, with an ellipsis");
    assert!(about.ends_with('…'));
}

#[test]
fn every_conditional_field_of_a_shipped_journey_says_in_words_when_it_applies() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../journeys");
    let mut sources = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("journeys") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).expect("read");
            sources.push((path.display().to_string(), text));
        }
    }
    let catalog = Catalog::parse(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        .unwrap_or_else(|e| panic!("{e:#?}"));
    let mut silent = Vec::new();
    let mut about = Vec::new();
    for journey in catalog.definitions() {
        fn walk<'a>(fields: &'a [super::Field], out: &mut Vec<&'a super::Field>) {
            for field in fields {
                out.push(field);
                walk(&field.fields, out);
            }
        }
        let mut fields = Vec::new();
        for step in &journey.steps {
            walk(&step.fields, &mut fields);
        }
        silent.extend(
            fields
                .iter()
                .filter(|f| f.show_if.is_some() && !f.show_if_text)
                .map(|f| format!("{}: {}", journey.meta.id, f.id)),
        );
        if journey.has_steps() && !fields.iter().any(|f| f.about) {
            about.push(journey.meta.id.to_string());
        }
    }
    assert!(
        silent.is_empty(),
        "conditional fields without show_if_text: {silent:#?}"
    );
    assert!(
        about.is_empty(),
        "journeys whose drafts say nothing about what they are about: {about:?}"
    );
}
