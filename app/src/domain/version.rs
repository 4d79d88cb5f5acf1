//! Where a version of a journey definition stands: `published` (what a new start gets; one per
//! journey), `draft` (what an agency admin prepares; at most one) or `retired` (published before,
//! kept because citizens' drafts and submissions name it).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VersionState {
    Published,
    Draft,
    Retired,
}

impl VersionState {
    pub fn as_str(self) -> &'static str {
        match self {
            VersionState::Published => "published",
            VersionState::Draft => "draft",
            VersionState::Retired => "retired",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        match word {
            "published" => Some(VersionState::Published),
            "draft" => Some(VersionState::Draft),
            "retired" => Some(VersionState::Retired),
            _ => None,
        }
    }
}
