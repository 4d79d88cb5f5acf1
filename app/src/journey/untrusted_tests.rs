//! Definitions as untrusted input: whatever an author writes, the checker answers with errors
//! at their place (never a panic), and what it accepts every consumer can take. Each test here
//! began as a crash or a stall found by fuzzing (issue 15).

use super::{flow, Catalog, CatalogError, Date};

/// A journey head; tests append steps and services to it (also the limits' tests).
pub(super) const HEAD: &str = r#"[journey]
id = "test"
order = 1
owner = "nav"
security_level = "substantial"
version = 1
agencies = ["nav"]
"#;

pub(super) fn errors_of(text: &str) -> Vec<CatalogError> {
    match Catalog::parse([("test.toml", text)]) {
        Ok(_) => panic!("should be refused"),
        Err(errors) => errors,
    }
}

/// 1-based line and column of the first `needle` in `text`, counted in characters.
pub(super) fn place_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("needle in text");
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

pub(super) fn assert_error_at(errors: &[CatalogError], at: (usize, usize), needle: &str) {
    assert!(
        errors
            .iter()
            .any(|e| (e.line, e.column) == at && e.message.contains(needle)),
        "expected {at:?} `{needle}`, got {errors:#?}"
    );
}

#[test]
fn fields_under_a_field_that_is_not_a_group_are_an_error_at_their_id() {
    let text = format!(
        "{HEAD}
[[step]]
id = \"about\"

[[step.field]]
id = \"name\"
type = \"text\"

[[step.field.field]]
id = \"inner\"
type = \"text\"
"
    );
    let errors = errors_of(&text);
    assert_error_at(
        &errors,
        place_of(&text, "\"inner\""),
        "only a `group` has fields of its own",
    );
}

#[test]
fn fields_under_a_field_that_shares_its_id_with_a_group_are_an_error_too() {
    // Found by fuzzing: the second pass asked the table whether `heirs` is a group, and the table
    // held the later field of that id, a group.
    let text = format!(
        "{HEAD}
[[step]]
id = \"about\"

[[step.field]]
id = \"heirs\"
type = \"text\"

[[step.field.field]]
id = \"inner\"
type = \"text\"

[[step.field]]
id = \"heirs\"
type = \"group\"

[[step.field.field]]
id = \"heir_name\"
type = \"text\"
"
    );
    let errors = errors_of(&text);
    assert_error_at(
        &errors,
        place_of(&text, "\"inner\""),
        "only a `group` has fields of its own",
    );
    assert!(errors.iter().any(|e| e.message.contains("used twice")));
}

/// A step whose `show_if` is written as `condition` (the TOML text between the quotes).
fn with_show_if(condition: &str) -> String {
    format!(
        "{HEAD}
[[step]]
id = \"about\"

[[step.field]]
id = \"name\"
type = \"text\"

[[step]]
id = \"more\"
show_if = \"{condition}\"
"
    )
}

#[test]
fn an_error_after_unicode_escapes_points_at_its_place() {
    // `\u00e9` is é (two bytes), `\U0001F600` an emoji (four): the escapes are longer in the file
    // than their text, and the text's bytes are more than one per escape.
    for condition in [
        r#"name == \"\u00e9\" and nope == 1"#,
        r#"name == \"\U0001F600\U0001F600\" and nope == 1"#,
        r#"name == \"\u00e9\u00e9\u00e9\" or name == \"ééé\" and nope == 1"#,
    ] {
        let text = with_show_if(condition);
        let errors = errors_of(&text);
        assert_error_at(&errors, place_of(&text, "nope"), "unknown field `nope`");
    }
}

#[test]
fn an_error_position_never_lands_inside_a_character() {
    // Before the fix, each `\U…` was counted as one byte of four: the offset drifted by three a
    // time and landed inside the `é`s after them.
    let condition = r#"\"\U0001F600\" == \"éééééééé\" and (nope"#;
    let text = with_show_if(condition);
    let errors = errors_of(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let (line, column) = place_of(&text, "(nope");
    assert_eq!((errors[0].line, errors[0].column), (line, column + 5));
    // And the position of any byte offset is a place in the text.
    for offset in 0..=text.len() + 3 {
        let (line, column) = super::catalog::line_column(&text, offset);
        assert!(line >= 1 && column >= 1);
    }
}

#[test]
fn multi_line_and_literal_strings_place_errors_too() {
    let literal = with_show_if("X").replace("\"X\"", "'name == \"é\" and nope == 1'");
    assert_error_at(&errors_of(&literal), place_of(&literal, "nope"), "nope");
    let multi = with_show_if("X").replace(
        "\"X\"",
        "\"\"\"\nname == \\\"\\u00e9\\\" and \\\n    nope == 1\"\"\"",
    );
    assert_error_at(&errors_of(&multi), place_of(&multi, "nope"), "nope");
}

#[test]
fn a_leading_plus_is_no_date() {
    for text in [
        "+1.+1.2026",
        "+01.01.2026",
        "01.+1.2026",
        "2026-+1-+1",
        "+026-01-01",
    ] {
        assert_eq!(Date::parse_input(text), None, "{text}");
        assert_eq!(Date::parse_iso(text), None, "{text}");
    }
    assert!(Date::parse_input("1.1.2026").is_some());
}

#[test]
fn day_numbers_out_of_any_calendar_are_no_date() {
    for days in [
        i64::MAX,
        i64::MIN,
        i64::MAX - 719_468,
        i64::MIN + 1,
        1 << 40,
    ] {
        assert_eq!(Date::from_days(days), None, "{days}");
    }
    let last = Date::new(9999, 12, 31).expect("a date");
    assert_eq!(Date::from_days(last.days()), Some(last));
    assert_eq!(Date::from_days(last.days() + 1), None);
    let first = Date::new(1000, 1, 1).expect("a date");
    assert_eq!(Date::from_days(first.days() - 1), None);
}

#[test]
fn a_posted_group_index_with_a_sign_is_refused() {
    let text = format!(
        "{HEAD}
[[step]]
id = \"about\"

[[step.field]]
id = \"kids\"
type = \"group\"

[[step.field.field]]
id = \"kid_name\"
type = \"text\"
"
    );
    let catalog = Catalog::parse([("test.toml", text.as_str())]).expect("valid");
    let journey = catalog.definition("test").expect("test");
    let post = |name: &str| {
        let pairs = vec![(name.to_string(), "Kari".to_string())];
        flow::read_step_form(journey, 0, &pairs)
    };
    assert!(post("a.kids.5.kid_name").is_ok());
    assert_eq!(
        post("a.kids.+5.kid_name"),
        Err(flow::FormError::UnknownField("kids.+5.kid_name".into()))
    );
}
