//! Register look-ups made on a citizen's behalf, for the access logs on *My page*.

/// How a look-up went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReadOutcome {
    /// The register had records.
    Found,
    /// The register answered, with nothing.
    NotFound,
    /// The register was down, slow or answered something unsound.
    Failed,
}

impl ReadOutcome {
    pub const ALL: [ReadOutcome; 3] = [
        ReadOutcome::Found,
        ReadOutcome::NotFound,
        ReadOutcome::Failed,
    ];

    /// The word the database keeps (`found`, `not-found`, `failed`).
    pub fn as_str(self) -> &'static str {
        match self {
            ReadOutcome::Found => "found",
            ReadOutcome::NotFound => "not-found",
            ReadOutcome::Failed => "failed",
        }
    }

    /// The outcome a word names; `None` for a word that is not one.
    pub fn parse(word: &str) -> Option<ReadOutcome> {
        ReadOutcome::ALL.into_iter().find(|o| o.as_str() == word)
    }

    /// The Fluent message that shows it (`read-outcome-not-found`).
    pub fn message_id(self) -> &'static str {
        match self {
            ReadOutcome::Found => "read-outcome-found",
            ReadOutcome::NotFound => "read-outcome-not-found",
            ReadOutcome::Failed => "read-outcome-failed",
        }
    }
}

impl std::fmt::Display for ReadOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The look-ups made while a draft is filled in, beside the journey's own prefill look-ups:
/// whether a business name is free (`verify = "name-free"`), whether a number given is a person
/// (`verify = "known-person"`), and whether a person named to take part can. Each is in the
/// access log like the reads at the start, with a `lookup-<word>` message; those that read a
/// person's record (`true`) are in that person's log too, with a `read-as-<word>` message.
pub const CHECK_LOOKUPS: [(&str, bool); 3] = [
    ("name-free", false),
    ("known-person", true),
    (PARTY_LOOKUP, true),
];

/// The look-up of a person named to take part (a co-applicant): in the register, of full age.
pub const PARTY_LOOKUP: &str = "party";

/// One register read made on the citizen's behalf, for the access log on "My page".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegisterRead {
    pub register: String,
    /// The look-up: `person`, `spouse`, `newborn`, `children`, `deceased`, `heirs`, `roles`, …,
    /// or one of the `CHECK_LOOKUPS`.
    pub lookup: String,
    /// Why: the journey it was read for.
    pub journey_id: String,
    /// The start it was read for (the draft the start created).
    pub draft_id: String,
    pub outcome: ReadOutcome,
    pub read_at: super::Instant,
}

#[cfg(test)]
mod tests {
    use super::ReadOutcome;

    #[test]
    fn every_outcome_reads_back_from_its_word_and_nothing_else_is_one() {
        for outcome in ReadOutcome::ALL {
            assert_eq!(ReadOutcome::parse(outcome.as_str()), Some(outcome));
            assert_eq!(outcome.message_id(), format!("read-outcome-{outcome}"));
        }
        assert_eq!(ReadOutcome::parse("missing"), None);
    }

    #[test]
    fn every_check_a_journey_can_name_is_a_look_up_the_access_log_can_show() {
        for (_, name, _) in crate::journey::model::Verify::ALL {
            assert!(
                super::CHECK_LOOKUPS
                    .iter()
                    .any(|(lookup, _)| *lookup == name),
                "`{name}` is not in CHECK_LOOKUPS"
            );
        }
    }
}
