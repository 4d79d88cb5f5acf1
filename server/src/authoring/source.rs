//! A definition's text as the portal changes it: renumbered (a draft or a rollback's copy), with
//! a question added (`question`). `toml_edit` keeps everything else as written: comments, order,
//! blank lines, so what an author exports is what they would have written.

use crate::storage::StoredVersion;
use sha2::{Digest, Sha256};
use toml_edit::{value, DocumentMut};

/// The text with `[journey] version` set to `version`; an error when it is not TOML or has no
/// `[journey]` table (the checker then says more).
pub fn renumbered(source: &str, version: i64) -> Result<String, String> {
    let mut document: DocumentMut = source
        .parse()
        .map_err(|e: toml_edit::TomlError| e.message().to_string())?;
    let Some(journey) = document.get_mut("journey").and_then(|j| j.as_table_mut()) else {
        return Err("no [journey] table".into());
    };
    journey["version"] = value(version);
    Ok(document.to_string())
}

/// What a form about a draft was made from: a draft saved since has another revision.
pub fn revision(draft: &StoredVersion) -> String {
    let mut hash = Sha256::new();
    hash.update(draft.made_at.stored().as_bytes());
    hash.update([0]);
    hash.update(draft.source.as_bytes());
    hash.finalize()[..12]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renumbering_changes_the_version_and_keeps_comments_and_order() {
        let text = "# Få barn\n[journey]\nid = \"x\" # the id\nversion = 5\norder = 1\n\n[[step]]\nid = \"a\"\n";
        let renumbered = renumbered(text, 7).expect("renumbered");
        assert_eq!(
            renumbered,
            text.replace("version = 5", "version = 7"),
            "only the number changes"
        );
    }

    #[test]
    fn a_text_that_is_not_toml_or_has_no_journey_cannot_be_renumbered() {
        assert!(renumbered("[journey\n", 2).is_err());
        assert_eq!(
            renumbered("[other]\na = 1\n", 2),
            Err("no [journey] table".into())
        );
    }
}
