//! Conditions in their scope: which fields a condition may read where it is written (only
//! answers given before it, a group's item fields only inside `any`). A field type's type in the
//! condition language is the kind's own (`FieldKind::condition_type`).

use super::{Checker, FieldInfo};
use crate::journey::condition::{self, ConditionError, Expr, FieldSig, Scope};
use std::collections::HashMap;
use toml::Spanned;

pub(super) struct Names<'a> {
    pub(super) fields: &'a HashMap<String, FieldInfo>,
    /// Fields with `seq` below this may be read.
    pub(super) limit: usize,
    pub(super) group: Option<&'a str>,
}

impl Scope for Names<'_> {
    fn resolve(&self, name: &str) -> Result<FieldSig, String> {
        let info = self
            .fields
            .get(name)
            .ok_or_else(|| format!("unknown field `{name}`"))?;
        if let Some(group) = &info.group {
            if self.group != Some(group.as_str()) {
                return Err(format!(
                    "`{name}` is a field inside the group `{group}`; use any({group}, …) or count({group})"
                ));
            }
        }
        if info.seq >= self.limit {
            return Err(format!(
                "`{name}` is not answered before this condition is used (answers flow forward; \
                 reading a later answer would make a cycle)"
            ));
        }
        Ok(info.sig.clone())
    }

    fn item_scope(&self, group: &str) -> Option<Box<dyn Scope + '_>> {
        let has_items = self
            .fields
            .values()
            .any(|f| f.group.as_deref() == Some(group));
        let (key, _) = self.fields.get_key_value(group)?;
        has_items.then(|| {
            Box::new(Names {
                fields: self.fields,
                limit: usize::MAX,
                group: Some(key.as_str()),
            }) as Box<dyn Scope>
        })
    }
}

impl Checker<'_> {
    /// Parses and type-checks a condition; errors point into the condition text.
    pub(super) fn condition(&mut self, raw: &Spanned<String>, scope: &Names) -> Option<Expr> {
        let start = raw.span().start;
        let result = condition::parse(raw.get_ref()).and_then(|expr| {
            condition::check(&expr, scope)?;
            Ok(expr)
        });
        match result {
            Ok(expr) => Some(expr),
            Err(ConditionError { offset, message }) => {
                self.broken_conditions = true;
                self.error_at(start + self.source_offset(start, offset), message);
                None
            }
        }
    }
}
