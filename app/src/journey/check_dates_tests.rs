//! Date bounds: a shipped journey's bound refusing a date, and bounds the checker refuses.

use super::{
    check_tests::{answers, one_error, shipped, today, JOURNEY},
    flow, Catalog, Date, Problem,
};

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
