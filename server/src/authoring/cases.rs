//! A draft's saved test cases (`[[test]]`) and how each fares: the checker runs them all on every
//! check and reports a failing one as errors inside its block, so a case passes when no problem
//! falls between its `[[test]]` and the next part of the file. A draft that is not TOML at all
//! has no cases to show (its one problem says why).

use app::pages::admin::model::{CaseVerdict, DraftProblem};

/// Each `[[test]]` block of `source` with its name and its lines (1-based, inclusive).
fn blocks(source: &str) -> Vec<(String, usize, usize)> {
    let mut blocks: Vec<(String, usize, usize)> = Vec::new();
    let mut open = false;
    for (index, line) in source.lines().enumerate() {
        let number = index + 1;
        let trimmed = line.trim();
        if trimmed == "[[test]]" {
            blocks.push((String::new(), number, number));
            open = true;
            continue;
        }
        // Another part of the file ends the case; its own sub-tables do not.
        if trimmed.starts_with('[') && !trimmed.starts_with("[test.") {
            open = false;
        }
        let Some(block) = blocks.last_mut().filter(|_| open) else {
            continue;
        };
        block.2 = number;
        if block.0.is_empty() {
            if let Some(name) = name_in(trimmed) {
                block.0 = name;
            }
        }
    }
    blocks
}

/// The case's name on a `name = "…"` line.
fn name_in(line: &str) -> Option<String> {
    let table: toml_edit::DocumentMut = line.parse().ok()?;
    Some(table.get("name")?.as_str()?.to_string())
}

/// The names of the saved cases of `source`, in order.
pub(super) fn names(source: &str) -> impl Iterator<Item = String> {
    blocks(source).into_iter().map(|(name, _, _)| name)
}

/// Every saved case of `source`, in order, failed when one of `problems` is inside it.
pub(super) fn verdicts(source: &str, problems: &[DraftProblem]) -> Vec<CaseVerdict> {
    blocks(source)
        .into_iter()
        .map(|(name, first, last)| CaseVerdict {
            name,
            passed: !problems.iter().any(|p| (first..=last).contains(&p.line)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::verdicts;
    use app::pages::admin::model::{CaseVerdict, DraftProblem};

    const SOURCE: &str = r#"[journey]
id = "x"

[[test]]
name = "the first"
path = ["a"]

[test.answers]
pet = "cat"

[[test]]
services = ["s"]
name = "the second"

[[step]]
id = "a"
"#;

    fn at(line: usize) -> DraftProblem {
        DraftProblem {
            line,
            column: 1,
            message: "wrong".into(),
            place: Default::default(),
        }
    }

    fn verdict(name: &str, passed: bool) -> CaseVerdict {
        CaseVerdict {
            name: name.into(),
            passed,
        }
    }

    #[test]
    fn a_case_fails_by_a_problem_inside_its_block_and_only_then() {
        assert_eq!(
            verdicts(SOURCE, &[]),
            [verdict("the first", true), verdict("the second", true)]
        );
        // An answer in the first case's sub-table; a service list before the second's name.
        assert_eq!(
            verdicts(SOURCE, &[at(9)]),
            [verdict("the first", false), verdict("the second", true)]
        );
        assert_eq!(
            verdicts(SOURCE, &[at(12)]),
            [verdict("the first", true), verdict("the second", false)]
        );
        // A problem in a step after the cases, or before them, is neither's.
        assert_eq!(
            verdicts(SOURCE, &[at(16), at(2)]),
            [verdict("the first", true), verdict("the second", true)]
        );
    }
}
