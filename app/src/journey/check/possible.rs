//! The search the path checks ask: can some answers to the finite-choice fields (yes/no,
//! one-of) make the conditions come out as wanted? Three-valued evaluation covers the rest.
//!
//! The search is bounded twice: at most 20 000 combinations of answers a question, and a
//! [`Budget`] of evaluations for the whole definition. Past the budget a question has no answer
//! (`None`): the checker then warns that it could not prove what it asked rather than take
//! minutes (a 10 KB definition once took 75 s).

use super::FieldInfo;
use crate::journey::{
    condition::{self, Env, Expr, Val},
    date::Date,
};
use std::collections::HashMap;

/// What the path checks may spend on one definition: a count of condition nodes evaluated.
#[derive(Debug)]
pub(super) struct Budget {
    pub(super) spent: u64,
    pub(super) limit: u64,
}

/// Is there an assignment of the finite-choice answers (yes/no, one-of) the conditions read
/// under which `wanted` holds for their three-valued results? Other answers are unknown. Too
/// many combinations to try counts as possible (the checker only reports certainties); `None`
/// when the budget runs out before the answer is known.
pub(super) fn possible(
    conditions: &[&Expr],
    fields: &HashMap<String, FieldInfo>,
    budget: &mut Budget,
    wanted: impl Fn(&[Option<bool>]) -> bool,
) -> Option<bool> {
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
        return Some(true);
    }
    // One combination sets each answer, then evaluates every condition and every answer's
    // showing once.
    let cost: usize = domains.len()
        + conditions.iter().map(|c| condition::size(c)).sum::<usize>()
        + domains
            .iter()
            .flat_map(|(name, _)| &fields[name].shown_if)
            .map(condition::size)
            .sum::<usize>();
    let cost = cost as u64;
    let mut choice = vec![0usize; domains.len()];
    loop {
        if budget.spent + cost > budget.limit {
            return None;
        }
        budget.spent += cost;
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
            return Some(true);
        }
        // Next combination (odometer).
        let mut k = 0;
        loop {
            if k == choice.len() {
                return Some(false);
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
