//! "The texts in every language side by side": every text a draft needs (its title, steps,
//! questions, help, options, services), with what is in force per language — the version's own
//! (`[texts.<lang>]`) or the locale files' — and the form that saves the version's own.

use super::{source, Authoring};
use app::{
    auth::CurrentUser,
    domain::AuthoringAction,
    error::{AppError, Refusal},
    i18n::{has_message, translate, Lang},
    journey::Journey,
    pages::admin::model::TextRow,
};
use toml_edit::{value, DocumentMut};

/// Every message id the journey needs, in the order it needs them.
fn ids(journey: &Journey) -> Vec<String> {
    let mut ids = journey.meta.message_ids();
    for (id, _, _) in &journey.messages {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    ids
}

/// The side-by-side rows of a checked draft.
pub(super) fn rows(journey: &Journey) -> Vec<TextRow> {
    ids(journey)
        .into_iter()
        .map(|id| {
            let own = Lang::ALL.map(|lang| {
                journey
                    .texts
                    .get(lang.code())
                    .and_then(|m| m.get(&id))
                    .cloned()
            });
            let values = std::array::from_fn(|i| {
                let lang = Lang::ALL[i];
                own[i]
                    .clone()
                    .or_else(|| has_message(lang, &id).then(|| translate(lang, &id, &[])))
            });
            TextRow {
                own: own.map(|o| o.is_some()),
                values,
                id,
            }
        })
        .collect()
}

/// Each text a language lacks, from the side-by-side rows: `(language code, message id)`.
pub(super) fn missing(rows: &[TextRow]) -> Vec<(String, String)> {
    rows.iter()
        .flat_map(|row| {
            Lang::ALL
                .iter()
                .zip(&row.values)
                .filter(|(_, value)| value.is_none())
                .map(|(lang, _)| (lang.code().to_string(), row.id.clone()))
        })
        .collect()
}

impl Authoring {
    pub(super) async fn save_own_texts(
        &self,
        user: &CurrentUser,
        id: &str,
        revision: &str,
        texts: &[(String, String, String)],
    ) -> Result<(), AppError> {
        let published = self.owned(user, id)?;
        let draft = self.stored_draft(id).await?;
        if source::revision(&draft) != revision {
            return Err(AppError::Conflict);
        }
        let name = crate::journeys::versions::version_name(id, draft.version);
        let (Some(journey), _) = super::read::checked(&name, &draft.source) else {
            return Err(AppError::Conflict);
        };
        let needed = ids(&journey);
        let mut document: DocumentMut = draft.source.parse().map_err(|_| AppError::Conflict)?;
        let mut changed = 0;
        for (code, message, text) in texts {
            let (Some(lang), true) = (Lang::from_tag(code), needed.contains(message)) else {
                tracing::warn!("a text for a language or an id the journey does not have");
                return Err(AppError::Invalid(Refusal::FormMismatch));
            };
            let text = text.trim();
            let shipped = has_message(lang, message).then(|| translate(lang, message, &[]));
            let own = journey.texts.get(lang.code()).and_then(|m| m.get(message));
            // Kept as the version's own only where it differs from the locale files.
            let wanted = (!text.is_empty() && shipped.as_deref() != Some(text)).then_some(text);
            if own.map(String::as_str) == wanted {
                continue;
            }
            changed += 1;
            let table =
                source::texts_table(&mut document, lang.code()).ok_or(AppError::Conflict)?;
            match wanted {
                Some(text) => table[message.as_str()] = value(text),
                None => {
                    table.remove(message);
                }
            }
        }
        if changed == 0 {
            return Ok(());
        }
        let detail = format!("{changed} texts");
        self.replace(
            user,
            &published,
            &draft,
            &document.to_string(),
            AuthoringAction::Texts,
            detail,
        )
        .await
    }
}
