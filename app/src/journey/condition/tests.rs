//! The condition language end to end: text parsed, checked against a small scope of fields and
//! evaluated against answers, with the errors an author would see.

use super::*;
use std::collections::HashMap;

/// Fields for the tests: a date, a yes/no, a one-of, a many-of, a number and a group.
struct TestScope;
impl Scope for TestScope {
    fn resolve(&self, name: &str) -> Result<FieldSig, String> {
        let (ty, options) = match name {
            "birth_date" => (Ty::Date, None),
            "takes_part" => (Ty::Bool, None),
            "settlement" => (
                Ty::Text,
                Some(vec!["private".into(), "public".into(), "undivided".into()]),
            ),
            "needs" => (Ty::Set, Some(vec!["diet".into(), "wheelchair".into()])),
            "income" => (Ty::Number, None),
            "name" => (Ty::Text, None),
            "heirs" => (Ty::Group, None),
            _ => return Err(format!("unknown field `{name}`")),
        };
        Ok(FieldSig { ty, options })
    }
    fn item_scope(&self, group: &str) -> Option<Box<dyn Scope + '_>> {
        (group == "heirs").then(|| Box::new(HeirScope) as Box<dyn Scope>)
    }
}
struct HeirScope;
impl Scope for HeirScope {
    fn resolve(&self, name: &str) -> Result<FieldSig, String> {
        match name {
            "relation" => Ok(FieldSig {
                ty: Ty::Text,
                options: Some(vec!["child".into(), "spouse".into()]),
            }),
            "heir_birth_date" => Ok(FieldSig {
                ty: Ty::Date,
                options: None,
            }),
            other => TestScope.resolve(other),
        }
    }
    fn item_scope(&self, _: &str) -> Option<Box<dyn Scope + '_>> {
        None
    }
}

#[derive(Default)]
struct TestEnv {
    values: HashMap<&'static str, Val>,
    heirs: Vec<TestEnv>,
    today: Option<Date>,
}
impl Env for TestEnv {
    fn value(&self, name: &str) -> Val {
        self.values.get(name).cloned().unwrap_or(Val::Absent)
    }
    fn items(&self, _: &str) -> Option<Vec<Box<dyn Env + '_>>> {
        Some(
            self.heirs
                .iter()
                .map(|h| Box::new(HeirEnv(h, self)) as Box<dyn Env>)
                .collect(),
        )
    }
    fn today(&self) -> Option<Date> {
        self.today
    }
}
struct HeirEnv<'a>(&'a TestEnv, &'a TestEnv);
impl Env for HeirEnv<'_> {
    fn value(&self, name: &str) -> Val {
        match self.0.values.get(name) {
            Some(v) => v.clone(),
            None => self.1.value(name),
        }
    }
    fn items(&self, g: &str) -> Option<Vec<Box<dyn Env + '_>>> {
        self.1.items(g)
    }
    fn today(&self) -> Option<Date> {
        self.1.today
    }
}

fn checked(text: &str) -> Expr {
    let expr = parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
    check(&expr, &TestScope).unwrap_or_else(|e| panic!("{text}: {e:?}"));
    expr
}

fn error(text: &str) -> ConditionError {
    parse(text)
        .and_then(|expr| check(&expr, &TestScope))
        .expect_err(text)
}

fn date(text: &str) -> Val {
    Val::Date(Date::parse_iso(text).expect("date"))
}

#[test]
fn precedence_is_not_then_and_then_or() {
    let expr = checked("takes_part or income > 10 and not takes_part");
    let Expr::Or(_, right) = expr else {
        panic!("or at the top: {expr:?}")
    };
    assert!(matches!(*right, Expr::And(_, _)));
}

#[test]
fn a_child_under_eighteen_is_a_date_comparison_with_today() {
    let expr = checked("birth_date > today - 18y");
    let mut env = TestEnv {
        today: Date::parse_iso("2026-11-22"),
        ..Default::default()
    };
    env.values.insert("birth_date", date("2008-11-23"));
    assert_eq!(eval(&expr, &env), Some(true));
    env.values.insert("birth_date", date("2008-11-22"));
    assert_eq!(
        eval(&expr, &env),
        Some(false),
        "18 today is no longer under 18"
    );
    env.values.remove("birth_date");
    assert_eq!(eval(&expr, &env), Some(false), "no answer, no match");
    env.today = None;
    env.values.insert("birth_date", date("2020-01-01"));
    assert_eq!(
        eval(&expr, &env),
        None,
        "without today the checker cannot know"
    );
}

#[test]
fn any_of_lists_and_many_of_sets() {
    let list = checked(r#"settlement in ["private", "public"]"#);
    let set = checked(r#""diet" in needs"#);
    let mut env = TestEnv::default();
    env.values.insert("settlement", Val::Text("public".into()));
    env.values
        .insert("needs", Val::Set(vec!["wheelchair".into()]));
    assert_eq!(eval(&list, &env), Some(true));
    assert_eq!(eval(&set, &env), Some(false));
    env.values
        .insert("settlement", Val::Text("undivided".into()));
    env.values.insert("needs", Val::Set(vec!["diet".into()]));
    assert_eq!(eval(&list, &env), Some(false));
    assert_eq!(eval(&set, &env), Some(true));
}

#[test]
fn group_items_are_counted_and_searched() {
    let any = checked(r#"any(heirs, relation == "child" and heir_birth_date > today - 18y)"#);
    let count = checked("count(heirs) >= 2");
    let mut env = TestEnv {
        today: Date::parse_iso("2026-11-22"),
        ..Default::default()
    };
    let mut adult = TestEnv::default();
    adult.values.insert("relation", Val::Text("child".into()));
    adult.values.insert("heir_birth_date", date("1990-01-01"));
    env.heirs.push(adult);
    assert_eq!(eval(&any, &env), Some(false));
    assert_eq!(eval(&count, &env), Some(false));
    let mut minor = TestEnv::default();
    minor.values.insert("relation", Val::Text("child".into()));
    minor.values.insert("heir_birth_date", date("2015-06-01"));
    env.heirs.push(minor);
    assert_eq!(eval(&any, &env), Some(true));
    assert_eq!(eval(&count, &env), Some(true));
}

#[test]
fn absent_answers_make_comparisons_false_and_their_negation_true() {
    let expr = checked("not (income == 1)");
    assert_eq!(eval(&expr, &TestEnv::default()), Some(true));
    let answered = checked("answered(income)");
    assert_eq!(eval(&answered, &TestEnv::default()), Some(false));
}

#[test]
fn unknown_values_propagate_through_logic() {
    let expr = checked("takes_part and income > 5");
    let mut env = TestEnv::default();
    env.values.insert("income", Val::Unknown);
    env.values.insert("takes_part", Val::Bool(true));
    assert_eq!(eval(&expr, &env), None);
    env.values.insert("takes_part", Val::Bool(false));
    assert_eq!(eval(&expr, &env), Some(false), "false and unknown is false");
}

#[test]
fn type_errors_name_the_place_and_the_types() {
    let e = error(r#"birth_date == "x""#);
    assert_eq!(e.offset, 11);
    assert!(
        e.message.contains("cannot compare a date with a text"),
        "{e:?}"
    );
    let e = error("income and takes_part");
    assert_eq!(e.offset, 0);
    assert!(e.message.contains("not a number"), "{e:?}");
    let e = error("takes_part > false");
    assert!(e.message.contains("only be compared with `==`"), "{e:?}");
    let e = error("name - 3d > today");
    assert!(e.message.contains("only a date can be moved"), "{e:?}");
    let e = error(r#"count(name) > 1"#);
    assert!(e.message.contains("needs a group"), "{e:?}");
    let e = error("income");
    assert!(e.message.contains("must be yes/no"), "{e:?}");
}

#[test]
fn unknown_fields_and_options_are_refused_where_they_are_written() {
    let e = error("takes_part and childs_name == \"x\"");
    assert_eq!(e.offset, 15);
    assert!(e.message.contains("unknown field `childs_name`"), "{e:?}");
    let e = error(r#"settlement in ["private", "privat"]"#);
    assert_eq!(e.offset, 26);
    assert!(e.message.contains("no option \"privat\""), "{e:?}");
    let e = error(r#"settlement == "shared""#);
    assert!(e.message.contains("no option \"shared\""), "{e:?}");
    let e = error(r#""bike" in needs"#);
    assert!(e.message.contains("no option \"bike\""), "{e:?}");
    let e = error(r#"any(heirs, relation == "cousin")"#);
    assert!(e.message.contains("no option \"cousin\""), "{e:?}");
}

#[test]
fn syntax_errors_say_what_was_expected_and_where() {
    for (text, offset, needle) in [
        ("", 0, "empty"),
        ("income = 3", 7, "use `==`"),
        ("income == ", 10, "ends too early"),
        ("(takes_part", 11, "expected `)`"),
        ("takes_part takes_part", 11, "expected `and`, `or`"),
        (r#"name == "open"#, 8, "not closed"),
        ("birth_date > today - 18", 21, "period"),
        ("birth_date > today - 18w", 21, "y, m or d"),
        ("birth_date > 2026-02-30", 13, "not a date"),
        ("income > 3 and", 14, "ends too early"),
        ("takes_part && income > 1", 11, "unexpected `&`"),
        ("settlement in [private]", 15, "text value"),
    ] {
        let e = parse(text).expect_err(text);
        assert_eq!(e.offset, offset, "{text}: {e:?}");
        assert!(e.message.contains(needle), "{text}: {e:?}");
    }
}

#[test]
fn references_lists_every_field_read() {
    let mut refs = Vec::new();
    references(
        &checked(r#"takes_part and "diet" in needs or count(heirs) > 1"#),
        &mut refs,
    );
    assert_eq!(refs, ["takes_part", "needs", "heirs"]);
}

#[test]
fn date_bounds_are_a_day_or_today_moved_by_periods() {
    use crate::journey::date::DateBound;
    let date = |text: &str| Date::parse_iso(text).expect(text);
    assert_eq!(
        parse_date_bound("1900-01-01"),
        Ok(DateBound::On(date("1900-01-01")))
    );
    assert_eq!(parse_date_bound("today"), Ok(DateBound::Today(vec![])));
    let bound = parse_date_bound("today + 1y - 14d").expect("a bound");
    assert_eq!(
        bound,
        DateBound::Today(vec![Period::Years(1), Period::Days(-14)])
    );
    assert_eq!(bound.to_string(), "today + 1y - 14d");
    assert_eq!(
        bound.on(Date::parse_iso("2026-11-22").expect("date")),
        Some(date("2027-11-08"))
    );
    for (text, offset, needle) in [
        ("01.01.1900", 2, "unexpected `.`"),
        ("today - 12", 8, "period"),
        ("today - 12w", 8, "y, m or d"),
        ("2026-02-30", 0, "not a date"),
        ("tomorrow", 0, "not a bound"),
        ("2026-01-01 + 1m", 0, "not a bound"),
        ("today > 2026-01-01", 6, "not a bound"),
        ("", 0, "empty"),
    ] {
        let e = parse_date_bound(text).expect_err(text);
        assert_eq!(e.offset, offset, "{text}: {e:?}");
        assert!(e.message.contains(needle), "{text}: {e:?}");
    }
}
