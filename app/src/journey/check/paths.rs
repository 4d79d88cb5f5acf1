//! Paths: steps that no path through the journey reaches or that are never shown, and required
//! fields hidden on every path — found by asking whether some answers make a condition hold.

use super::{
    raw::{RawField, RawStep},
    Checker, FieldInfo,
};
use crate::journey::{
    condition::Expr,
    model::{Field, Step},
};
use std::collections::HashMap;

impl Checker<'_> {
    /// Which steps some path reaches, under any answers; one error per step none reaches. What
    /// is too complex to prove counts as reached.
    pub(super) fn reachability(
        &mut self,
        raw: &[RawStep],
        steps: &[Step],
        fields: &HashMap<String, FieldInfo>,
    ) {
        let n = steps.len();
        let mut entered = vec![false; n + 1];
        let mut shown = vec![false; n];
        if n > 0 {
            entered[0] = true;
        }
        for (i, step) in steps.iter().enumerate() {
            if !entered[i] {
                continue;
            }
            let at = raw[i].id.span().start;
            let what = format!("which paths reach step `{}`", step.id);
            let condition: Vec<&Expr> = step.show_if.iter().collect();
            shown[i] = self
                .prove(&condition, fields, at, &what, |r| {
                    r.iter().all(|v| *v != Some(false))
                })
                .unwrap_or(true);
            if step.show_if.is_some()
                && self
                    .prove(&condition, fields, at, &what, |r| r[0] != Some(true))
                    .unwrap_or(true)
            {
                entered[i + 1] = true;
            }
            if !shown[i] {
                continue;
            }
            let mut rules = Vec::new();
            let mut unconditional = false;
            for branch in &step.next {
                match &branch.condition {
                    None => {
                        entered[branch.to] = true;
                        unconditional = true;
                        break;
                    }
                    Some(c) => {
                        if self
                            .prove(&[c], fields, at, &what, |r| r[0] != Some(false))
                            .unwrap_or(true)
                        {
                            entered[branch.to] = true;
                        }
                        rules.push(c);
                    }
                }
            }
            if !unconditional
                && self
                    .prove(&rules, fields, at, &what, |r| {
                        r.iter().all(|v| *v != Some(true))
                    })
                    .unwrap_or(true)
            {
                entered[i + 1] = true;
            }
        }
        for (i, step) in raw.iter().enumerate() {
            if !entered[i] {
                self.error(
                    &step.id,
                    format!(
                        "step `{}` is never reached: every path branches around it",
                        step.id.get_ref()
                    ),
                );
            } else if !shown[i] {
                self.error(
                    &step.id,
                    format!(
                        "step `{}` is never shown: its show_if can never hold",
                        step.id.get_ref()
                    ),
                );
            }
        }
    }

    pub(super) fn hidden_required(
        &mut self,
        raw: &[RawStep],
        steps: &[Step],
        fields: &HashMap<String, FieldInfo>,
    ) {
        fn walk<'f>(
            raw: &'f [RawField],
            checked: &'f [Field],
            out: &mut Vec<(&'f RawField, &'f Field)>,
        ) {
            for (r, f) in raw.iter().zip(checked) {
                out.push((r, f));
                walk(&r.field, &f.fields, out);
            }
        }
        let mut all = Vec::new();
        for (r, s) in raw.iter().zip(steps) {
            walk(&r.field, &s.fields, &mut all);
        }
        for (raw_field, field) in all {
            if let (true, Some(condition)) = (field.required, &field.show_if) {
                let what = format!("that `{}` can be shown", field.id);
                let at = raw_field.id.span().start;
                let shown = self.prove(&[condition], fields, at, &what, |r| r[0] != Some(false));
                if shown == Some(false) {
                    self.error(&raw_field.id, format!("required field `{}` is hidden on every path: its show_if can never hold", field.id));
                }
            }
        }
    }
}
