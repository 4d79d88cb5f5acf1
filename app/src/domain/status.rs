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

    /// The statuses a caseworker may move a case on to from this one: received → in progress;
    /// in progress → needs information, approved or rejected; needs information → in progress,
    /// approved or rejected; a decision is final.
    pub fn next(self) -> &'static [CaseStatus] {
        use CaseStatus::*;
        match self {
            Received => &[InProgress],
            InProgress => &[NeedsInformation, Approved, Rejected],
            NeedsInformation => &[InProgress, Approved, Rejected],
            Approved | Rejected => &[],
        }
    }

    /// Whether a caseworker may move a case from this status to `to`.
    pub fn may_move_to(self, to: CaseStatus) -> bool {
        self.next().contains(&to)
    }

    /// Approved or rejected: nothing more happens to the case.
    pub fn is_decided(self) -> bool {
        matches!(self, CaseStatus::Approved | CaseStatus::Rejected)
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
    fn a_case_moves_on_along_the_rule_and_a_decision_is_final() {
        use CaseStatus::*;
        assert!(Received.may_move_to(InProgress));
        assert!(!Received.may_move_to(Approved), "not decided unseen");
        assert!(InProgress.may_move_to(NeedsInformation));
        assert!(NeedsInformation.may_move_to(InProgress));
        assert!(NeedsInformation.may_move_to(Rejected));
        assert!(!InProgress.may_move_to(Received));
        assert!(!InProgress.may_move_to(InProgress));
        for decided in [Approved, Rejected] {
            assert!(decided.is_decided());
            assert!(decided.next().is_empty());
        }
        assert!(!NeedsInformation.is_decided());
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
