//! What a version changes, read before publishing: the structural diff (`compare::diff`), the
//! texts it adds, changes or removes, and its impact on citizens' drafts in progress — how many
//! are on each older version, and which of them the change touches (`compare::impact`: a removed
//! field they answered, a new required question on a step they passed, an answer now hidden or
//! no longer fitting).

use super::{failed, read::checked, Authoring};
use crate::{citizen::today, journeys::versions::version_name};
use app::{
    auth::CurrentUser,
    error::AppError,
    journey::{compare, texts::Texts, Journey},
    pages::admin::model::{ImpactRow, TextChange, VersionDiff},
};
use std::{collections::BTreeSet, sync::Arc};

impl Authoring {
    /// Every open draft below `new`'s version, by version, with how `new` touches each.
    pub(super) async fn impact_of(&self, new: &Journey) -> Result<Vec<ImpactRow>, AppError> {
        let id = new.meta.id.as_str();
        let drafts = self
            .database
            .authoring()
            .drafts_below(id, i64::from(new.meta.version))
            .await
            .map_err(failed("cannot read the drafts in progress"))?;
        let today = today();
        let mut rows: Vec<ImpactRow> = Vec::new();
        for draft in drafts {
            let Ok(Some(old)) = self.versions.get(id, draft.version).await else {
                continue;
            };
            let touches = compare::impact(&old, new, &draft.answers, today);
            let row = match rows.iter_mut().find(|r| r.version == draft.version) {
                Some(row) => row,
                None => {
                    rows.push(ImpactRow {
                        version: draft.version,
                        drafts: 0,
                        touched: 0,
                        touches: Vec::new(),
                    });
                    rows.last_mut()
                        .unwrap_or_else(|| unreachable!("just pushed"))
                }
            };
            row.drafts += 1;
            row.touched += usize::from(!touches.is_empty());
            for touch in touches {
                match row.touches.iter_mut().find(|(t, _)| *t == touch) {
                    Some((_, count)) => *count += 1,
                    None => row.touches.push((touch, 1)),
                }
            }
        }
        rows.sort_by_key(|r| std::cmp::Reverse(r.version));
        Ok(rows)
    }

    pub(super) async fn compare_versions(
        &self,
        user: &CurrentUser,
        id: &str,
        from: i64,
        to: i64,
    ) -> Result<VersionDiff, AppError> {
        Self::reader(user)?;
        let published = self.published(id)?;
        let history = self
            .database
            .journey_versions()
            .history(id)
            .await
            .map_err(failed("cannot read a journey's versions"))?;
        let version = |number: i64| -> Result<Arc<Journey>, AppError> {
            let stored = history
                .iter()
                .find(|v| v.version == number)
                .ok_or(AppError::NotFound)?;
            if stored.state == app::domain::VersionState::Draft
                && !Self::may_change(user, published.meta.owner)
            {
                // A draft is its owner's admins' until published.
                return Err(AppError::Forbidden);
            }
            checked(&version_name(id, number), &stored.source)
                .0
                .ok_or(AppError::NotFound)
        };
        let (old, new) = (version(from)?, version(to)?);
        Ok(VersionDiff {
            id: id.to_string(),
            title_id: published.meta.title_id(),
            from,
            to,
            changes: compare::diff(&old, &new),
            text_changes: text_changes(&old.texts, &new.texts),
            versions: history.iter().map(|v| v.version).collect(),
            old,
            new,
        })
    }
}

/// The texts `new` adds, changes or removes against `old`, by language and id.
pub(super) fn text_changes(old: &Texts, new: &Texts) -> Vec<TextChange> {
    let mut keys = BTreeSet::new();
    for texts in [old, new] {
        for (lang, messages) in texts {
            keys.extend(messages.keys().map(|id| (lang.clone(), id.clone())));
        }
    }
    keys.into_iter()
        .filter_map(|(lang, id)| {
            let get = |texts: &Texts| texts.get(&lang).and_then(|m| m.get(&id)).cloned();
            let (old, new) = (get(old), get(new));
            (old != new).then_some(TextChange { lang, id, old, new })
        })
        .collect()
}
