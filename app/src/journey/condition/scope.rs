//! A condition checked on its own, against the fields a new question placed at the end of a
//! step could read: every field of that step and of the steps before it, a group's item fields
//! only inside `any(group, …)`. The "add a question" form's island checks the condition as the
//! admin types with this (the fields travel with the page, a few hundred bytes); the server's
//! check of the whole draft, with the question in it, says the same words when the form is
//! posted (`journey::check`, whose scope this follows).

use super::{check, parse, ConditionError, FieldSig, Scope};
use crate::journey::model::{Field, Journey};
use serde::{Deserialize, Serialize};

/// A field a condition may name, with its type (and options) and the group it is inside.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScopeField {
    pub name: String,
    pub sig: FieldSig,
    pub group: Option<String>,
    /// On a later step: named, but not answered yet where the condition is read.
    pub later: bool,
}

fn scope_field(field: &Field, group: Option<&str>, later: bool) -> ScopeField {
    ScopeField {
        name: field.id.clone(),
        sig: FieldSig {
            ty: field.kind.condition_type(),
            options: field.kind.options().map(<[String]>::to_vec),
        },
        group: group.map(str::to_string),
        later,
    }
}

/// The fields a question added at the end of step `step` (an index) may read — those of the
/// steps up to and including it — and, marked `later`, the others, in document order.
pub fn readable_after(journey: &Journey, step: usize) -> Vec<ScopeField> {
    readable_before(journey, step + 1, None)
}

/// The fields a condition at step `step` may read: for the step's own `show_if` (`field`
/// `None`), those of the steps before it; for the question `field` on it (a group's question:
/// the group), also the step's questions before that one. The others are marked `later`.
pub fn readable_before(journey: &Journey, step: usize, field: Option<&str>) -> Vec<ScopeField> {
    let mut fields = Vec::new();
    for (index, step_def) in journey.steps.iter().enumerate() {
        let at = match field {
            Some(id) if index == step => step_def.fields.iter().position(|f| f.id == id),
            _ => None,
        };
        for (position, question) in step_def.fields.iter().enumerate() {
            let later = index > step || (index == step && at.is_none_or(|at| position >= at));
            fields.push(scope_field(question, None, later));
            fields.extend(
                question
                    .fields
                    .iter()
                    .map(|f| scope_field(f, Some(&question.id), later)),
            );
        }
    }
    fields
}

struct Listed<'a> {
    fields: &'a [ScopeField],
    group: Option<&'a str>,
}

impl Scope for Listed<'_> {
    fn resolve(&self, name: &str) -> Result<FieldSig, String> {
        let field = self
            .fields
            .iter()
            .find(|f| f.name == name)
            .ok_or_else(|| format!("unknown field `{name}`"))?;
        if let Some(group) = &field.group {
            if self.group != Some(group.as_str()) {
                return Err(format!(
                    "`{name}` is a field inside the group `{group}`; use any({group}, …) or count({group})"
                ));
            }
        }
        if field.later {
            return Err(format!(
                "`{name}` is not answered before this condition is used (answers flow forward; \
                 reading a later answer would make a cycle)"
            ));
        }
        Ok(field.sig.clone())
    }

    fn item_scope(&self, group: &str) -> Option<Box<dyn Scope + '_>> {
        let outer = self.fields.iter().find(|f| f.name == group)?;
        let has_items = self
            .fields
            .iter()
            .any(|f| f.group.as_deref() == Some(group));
        has_items.then(|| {
            Box::new(Listed {
                fields: self.fields,
                group: Some(outer.name.as_str()),
            }) as Box<dyn Scope>
        })
    }
}

/// Parses and type-checks `text` against `fields`; an empty condition is no condition (fine).
pub fn check_alone(text: &str, fields: &[ScopeField]) -> Result<(), ConditionError> {
    if text.trim().is_empty() {
        return Ok(());
    }
    let expr = parse(text)?;
    check(
        &expr,
        &Listed {
            fields,
            group: None,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::Catalog;

    fn fa_barn() -> std::sync::Arc<Journey> {
        let catalog = Catalog::parse([(
            "fa-barn.toml",
            include_str!("../../../../journeys/fa-barn.toml"),
        )])
        .expect("Få barn checks");
        catalog.definition("fa-barn").cloned().expect("Få barn")
    }

    fn family(journey: &Journey) -> Vec<ScopeField> {
        let (index, _) = journey.step("family").expect("the family step");
        readable_after(journey, index)
    }

    #[test]
    fn a_well_typed_condition_over_earlier_answers_passes() {
        let journey = fa_barn();
        let fields = family(&journey);
        for ok in [
            "",
            "other_parent_takes_part == true",
            "parents_relationship == \"apart\"",
            "child_birth_date > today - 6m",
            "count(other_children) > 0",
            "any(other_children, other_child_name != \"\")",
        ] {
            assert_eq!(check_alone(ok, &fields), Ok(()), "{ok}");
        }
    }

    #[test]
    fn a_step_reads_the_steps_before_it_and_a_question_the_questions_before_it_too() {
        let journey = fa_barn();
        let (family, _) = journey.step("family").expect("family");
        let step = readable_before(&journey, family, None);
        assert_eq!(check_alone("child_birth_date > today - 6m", &step), Ok(()));
        assert!(
            check_alone("other_parent_takes_part == true", &step).is_err(),
            "its own question"
        );
        let pid = readable_before(&journey, family, Some("other_parent_pid"));
        assert_eq!(check_alone("other_parent_takes_part == true", &pid), Ok(()));
        assert!(
            check_alone("parents_relationship == \"apart\"", &pid).is_err(),
            "after it"
        );
    }

    #[test]
    fn type_errors_unknown_names_options_and_later_answers_are_refused_in_the_checkers_words() {
        let journey = fa_barn();
        let fields = family(&journey);
        let refused = |text: &str| check_alone(text, &fields).expect_err(text).message;
        assert!(
            refused("child_birth_date == true").contains("date"),
            "{}",
            refused("child_birth_date == true")
        );
        assert_eq!(refused("twins == true"), "unknown field `twins`");
        assert!(refused("parents_relationship == \"divorced\"").contains("divorced"));
        assert!(refused("other_child_name == \"Ola\"").contains("use any(other_children"));
        assert!(
            !refused("other_parent_takes_part ==").is_empty(),
            "does not parse"
        );
        // A step after the family step is not readable from it.
        let (first, _) = journey.step("child").expect("child");
        let early = readable_after(&journey, first);
        assert!(check_alone("other_parent_takes_part == true", &early)
            .expect_err("a later answer")
            .message
            .contains("is not answered before this condition is used"));
    }
}
