//! How an agency's case stands, as the agency reports it.

/// The statuses an agency may report, in the order a case moves through them (the derived
/// order: of two statuses reported at the same time, the later one in this order wins).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CaseStatus {
    Received,
    InProgress,
    NeedsInformation,
    Approved,
    Rejected,
}

impl CaseStatus {
    /// Every status, in the order a case moves through them.
    pub const ALL: [CaseStatus; 5] = [
        CaseStatus::Received,
        CaseStatus::InProgress,
        CaseStatus::NeedsInformation,
        CaseStatus::Approved,
        CaseStatus::Rejected,
    ];

    /// The word agencies send and the database keeps (`in-progress`).
    pub fn as_str(self) -> &'static str {
        match self {
            CaseStatus::Received => "received",
            CaseStatus::InProgress => "in-progress",
            CaseStatus::NeedsInformation => "needs-information",
            CaseStatus::Approved => "approved",
            CaseStatus::Rejected => "rejected",
        }
    }

    /// The status a word names; `None` for a word that is not one.
    pub fn parse(word: &str) -> Option<CaseStatus> {
        CaseStatus::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// The Fluent message that shows it (`status-in-progress`, with the case number as `case`).
    pub fn message_id(self) -> &'static str {
        match self {
            CaseStatus::Received => "status-received",
            CaseStatus::InProgress => "status-in-progress",
            CaseStatus::NeedsInformation => "status-needs-information",
            CaseStatus::Approved => "status-approved",
            CaseStatus::Rejected => "status-rejected",
        }
    }

    /// Whether nothing more happens by itself: the agency has decided, or waits for the citizen.
    pub fn is_settled(self) -> bool {
        matches!(
            self,
            CaseStatus::NeedsInformation | CaseStatus::Approved | CaseStatus::Rejected
        )
    }
}

impl std::fmt::Display for CaseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::CaseStatus;

    #[test]
    fn every_status_reads_back_from_its_word_and_nothing_else_is_a_status() {
        for status in CaseStatus::ALL {
            assert_eq!(CaseStatus::parse(status.as_str()), Some(status));
            assert_eq!(status.message_id(), format!("status-{status}"));
        }
        for word in ["", "Approved", "approved ", "lost", "in_progress"] {
            assert_eq!(CaseStatus::parse(word), None, "{word:?}");
        }
    }

    #[test]
    fn statuses_order_as_a_case_moves_and_only_decisions_and_questions_settle() {
        assert!(CaseStatus::ALL.windows(2).all(|w| w[0] < w[1]));
        let settled: Vec<_> = CaseStatus::ALL
            .into_iter()
            .filter(|s| s.is_settled())
            .collect();
        assert_eq!(
            settled,
            [
                CaseStatus::NeedsInformation,
                CaseStatus::Approved,
                CaseStatus::Rejected
            ]
        );
    }
}
