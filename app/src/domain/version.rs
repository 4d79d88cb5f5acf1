//! Where a version of a journey definition stands: `published` (what a new start gets; one per
//! journey), `draft` (what an agency admin prepares; at most one) or `retired` (published before,
//! kept because citizens' drafts and submissions name it); and what an admin did to one
//! (`AuthoringAction`), as the audit trail records it.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VersionState {
    Published,
    Draft,
    Retired,
}

impl VersionState {
    #[cfg(test)]
    const ALL_WORDS: [&'static str; 3] = ["published", "draft", "retired"];

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

/// What an agency admin did, as the audit trail records it (`authoring_event.action`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AuthoringAction {
    /// A draft started from the published version.
    Draft,
    /// The draft's text saved.
    Edit,
    AddQuestion,
    /// A step or a question moved up or down.
    Move,
    /// The draft's own texts saved side by side.
    Texts,
    Schedule,
    Unschedule,
    Publish,
    Rollback,
    Discard,
    /// An agency's connector saved.
    Connector,
    /// An agency's connector set back to an earlier version.
    ConnectorRollback,
    /// A file imported as the draft.
    Import,
    /// A prefill look-up added to the draft, or removed from it.
    AddPrefill,
    RemovePrefill,
    /// A service added to the draft, changed (agency, operation, condition, `after`, payload),
    /// or removed.
    AddService,
    ChangeService,
    RemoveService,
    /// A step added, edited or removed in its own form.
    AddStep,
    EditStep,
    RemoveStep,
    /// A question edited or removed in its own form.
    EditQuestion,
    RemoveQuestion,
}

impl AuthoringAction {
    pub const ALL: [AuthoringAction; 23] = [
        AuthoringAction::Draft,
        AuthoringAction::Edit,
        AuthoringAction::AddQuestion,
        AuthoringAction::Move,
        AuthoringAction::Texts,
        AuthoringAction::Schedule,
        AuthoringAction::Unschedule,
        AuthoringAction::Publish,
        AuthoringAction::Rollback,
        AuthoringAction::Discard,
        AuthoringAction::Connector,
        AuthoringAction::ConnectorRollback,
        AuthoringAction::Import,
        AuthoringAction::AddPrefill,
        AuthoringAction::RemovePrefill,
        AuthoringAction::AddService,
        AuthoringAction::ChangeService,
        AuthoringAction::RemoveService,
        AuthoringAction::AddStep,
        AuthoringAction::EditStep,
        AuthoringAction::RemoveStep,
        AuthoringAction::EditQuestion,
        AuthoringAction::RemoveQuestion,
    ];

    /// The stored word, and the last part of its message id (`authoring-action-<word>`).
    pub fn as_str(self) -> &'static str {
        match self {
            AuthoringAction::Draft => "draft",
            AuthoringAction::Edit => "edit",
            AuthoringAction::AddQuestion => "add-question",
            AuthoringAction::Move => "move",
            AuthoringAction::Texts => "texts",
            AuthoringAction::Schedule => "schedule",
            AuthoringAction::Unschedule => "unschedule",
            AuthoringAction::Publish => "publish",
            AuthoringAction::Rollback => "rollback",
            AuthoringAction::Discard => "discard",
            AuthoringAction::Connector => "connector",
            AuthoringAction::ConnectorRollback => "connector-rollback",
            AuthoringAction::Import => "import",
            AuthoringAction::AddPrefill => "add-prefill",
            AuthoringAction::RemovePrefill => "remove-prefill",
            AuthoringAction::AddService => "add-service",
            AuthoringAction::ChangeService => "change-service",
            AuthoringAction::RemoveService => "remove-service",
            AuthoringAction::AddStep => "add-step",
            AuthoringAction::EditStep => "edit-step",
            AuthoringAction::RemoveStep => "remove-step",
            AuthoringAction::EditQuestion => "edit-question",
            AuthoringAction::RemoveQuestion => "remove-question",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        AuthoringAction::ALL
            .into_iter()
            .find(|a| a.as_str() == word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_reads_back_as_itself_and_no_other_word_is_one() {
        for word in VersionState::ALL_WORDS {
            assert_eq!(
                VersionState::parse(word).map(VersionState::as_str),
                Some(word)
            );
        }
        for action in AuthoringAction::ALL {
            assert_eq!(AuthoringAction::parse(action.as_str()), Some(action));
        }
        assert_eq!(AuthoringAction::parse("publish "), None);
        assert_eq!(VersionState::parse("Published"), None);
    }
}
