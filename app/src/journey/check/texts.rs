//! `[texts.<lang>]`: the texts a version carries itself (`journey::texts`). Each language must
//! be one the portal speaks, each id the journey's own (`<journey id>-…`), each text non-empty,
//! one line or a short paragraph, with no Fluent syntax (it is shown as written).

use super::Checker;
use crate::{i18n::Lang, journey::texts::Texts};
use std::collections::BTreeMap;
use toml::Spanned;

/// The longest text a version may carry (a help text is a short paragraph).
const MAX_TEXT: usize = 2000;

type RawTexts = BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Spanned<String>>>;

impl Checker<'_> {
    pub(super) fn texts(&mut self, raw: &RawTexts, journey_id: &str) -> Texts {
        let mut texts = Texts::new();
        let prefix = format!("{journey_id}-");
        for (code, messages) in raw {
            if Lang::from_tag(code.get_ref()).map(Lang::code) != Some(code.get_ref().as_str()) {
                let known: Vec<_> = Lang::ALL.iter().map(|l| l.code()).collect();
                self.error(
                    code,
                    format!(
                        "texts in `{}`: the languages are {}",
                        code.get_ref(),
                        known.join(", ")
                    ),
                );
                continue;
            }
            let mut checked = BTreeMap::new();
            for (id, text) in messages {
                let problem = if !id.get_ref().starts_with(&prefix) {
                    Some(format!(
                        "text `{}`: a journey's texts are its own, named `{prefix}…`",
                        id.get_ref()
                    ))
                } else if text.get_ref().trim().is_empty() {
                    Some(format!("text `{}` is empty", id.get_ref()))
                } else if text.get_ref().chars().count() > MAX_TEXT {
                    Some(format!(
                        "text `{}` is longer than {MAX_TEXT} characters",
                        id.get_ref()
                    ))
                } else if text.get_ref().contains(['{', '}']) {
                    Some(format!(
                        "text `{}` has `{{` or `}}`: texts here are plain, without placeables",
                        id.get_ref()
                    ))
                } else {
                    None
                };
                match problem {
                    Some(message) => self.error(id, message),
                    None => {
                        checked.insert(id.get_ref().clone(), text.get_ref().trim().to_string());
                    }
                }
            }
            texts.insert(code.get_ref().clone(), checked);
        }
        texts
    }
}
