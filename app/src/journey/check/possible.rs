//! The search the path checks ask: can some answers to the finite-choice fields (yes/no,
//! one-of) make the conditions come out as wanted? Three-valued evaluation covers the rest.

use super::FieldInfo;
use crate::journey::{
    condition::{self, Env, Expr, Val},
    date::Date,
};
use std::collections::HashMap;

/// Is there an assignment of the finite-choice answers (yes/no, one-of) the conditions read
/// under which `wanted` holds for their three-valued results? Other answers are unknown. Too
/// many combinations to try counts as possible (the checker only reports certainties).
pub(super) fn possible(
    conditions: &[&Expr],
    fields: &HashMap<String, FieldInfo>,
    wanted: impl Fn(&[Option<bool>]) -> bool,
) -> bool {
    let mut names = Vec::new();
    for c in conditions {
        condition::references(c, &mut names);
    }
    // An answer is present only where it is shown: follow what its showing depends on.
    let mut i = 0;
    while i < names.len() {
        if let Some(info) = fields.get(&names[i]) {
            for c in &info.shown_if {
                condition::references(c, &mut names);
            }
        }
        i += 1;
        if names.len() > 64 {
            break;
        }
    }
    names.sort();
    names.dedup();
    let domains: Vec<(String, Vec<Val>)> = names
        .into_iter()
        .filter_map(|name| {
            let info = fields.get(&name)?;
            let mut values = vec![Val::Absent];
            values.extend(info.kind.finite_values()?);
            Some((name, values))
        })
        .collect();
    let combinations: usize = domains
        .iter()
        .map(|(_, v)| v.len())
        .try_fold(1usize, |a, b| a.checked_mul(b))
        .unwrap_or(usize::MAX);
    if combinations > 20_000 {
        return true;
    }
    let mut choice = vec![0usize; domains.len()];
    loop {
        let env = Assignment {
            values: domains
                .iter()
                .zip(&choice)
                .map(|((n, v), &i)| (n.as_str(), v[i].clone()))
                .collect(),
        };
        // An answer given where its field would be hidden is no real case.
        let consistent = env.values.iter().all(|(name, value)| {
            *value == Val::Absent
                || fields[*name]
                    .shown_if
                    .iter()
                    .all(|c| condition::eval(c, &env) != Some(false))
        });
        let results: Vec<Option<bool>> = conditions
            .iter()
            .map(|c| condition::eval(c, &env))
            .collect();
        if consistent && wanted(&results) {
            return true;
        }
        // Next combination (odometer).
        let mut k = 0;
        loop {
            if k == choice.len() {
                return false;
            }
            choice[k] += 1;
            if choice[k] < domains[k].1.len() {
                break;
            }
            choice[k] = 0;
            k += 1;
        }
    }
}

struct Assignment<'a> {
    values: HashMap<&'a str, Val>,
}

impl Env for Assignment<'_> {
    fn value(&self, name: &str) -> Val {
        self.values.get(name).cloned().unwrap_or(Val::Unknown)
    }
    fn items(&self, _: &str) -> Option<Vec<Box<dyn Env + '_>>> {
        None
    }
    fn today(&self) -> Option<Date> {
        None
    }
}
