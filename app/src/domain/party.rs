//! Parties to a submission: the people besides the applicant who must answer or consent before
//! it is delivered, and how each stands.

use super::Instant;

/// How a party to a submission stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartyState {
    /// Has not answered yet: the submission waits.
    Waiting,
    /// Has answered or consented.
    Answered,
    /// Refused to take part or to consent: the submission is stopped.
    Refused,
    /// Did not answer before the deadline: the submission is stopped.
    Expired,
    /// Another party refused or let the deadline pass: nothing more is asked of this one.
    Stopped,
}

impl PartyState {
    pub const ALL: [PartyState; 5] = [
        PartyState::Waiting,
        PartyState::Answered,
        PartyState::Refused,
        PartyState::Expired,
        PartyState::Stopped,
    ];

    /// The word the database keeps.
    pub fn as_str(self) -> &'static str {
        match self {
            PartyState::Waiting => "waiting",
            PartyState::Answered => "answered",
            PartyState::Refused => "refused",
            PartyState::Expired => "expired",
            PartyState::Stopped => "stopped",
        }
    }

    pub fn parse(word: &str) -> Option<PartyState> {
        PartyState::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// The word a task that is no longer open in this state sends its page back with
    /// (`?party=closed-answered`): a task answered twice, past its deadline or stopped is told
    /// so, not silently dropped.
    pub fn closed_word(self) -> String {
        format!("closed-{}", self.as_str())
    }

    /// The message that says why a task is closed, from its `closed_word`; `None` for any other
    /// word (a waiting task is not closed).
    pub fn closed_message(word: &str) -> Option<&'static str> {
        match PartyState::parse(word.strip_prefix("closed-")?)? {
            PartyState::Waiting => None,
            PartyState::Answered => Some("party-closed-answered"),
            PartyState::Refused => Some("party-closed-refused"),
            PartyState::Expired => Some("party-closed-expired"),
            PartyState::Stopped => Some("party-closed-stopped"),
        }
    }

    /// The Fluent message that says it (`party-state-waiting`), with `$name` and `$date`.
    pub fn message_id(self) -> &'static str {
        match self {
            PartyState::Waiting => "party-state-waiting",
            PartyState::Answered => "party-state-answered",
            PartyState::Refused => "party-state-refused",
            PartyState::Expired => "party-state-expired",
            PartyState::Stopped => "party-state-stopped",
        }
    }
}

/// One party of a submission as the applicant and the other parties see it on the receipt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartyStatus {
    /// The journey's party id (`other-parent`, `heirs`).
    pub party: String,
    /// The person's name as the portal knows it, or their number when it does not.
    pub name: String,
    /// The organisation, for an organisation party (then named by it, not `name`).
    pub organisation: Option<crate::journey::Agency>,
    /// Whether the submission waits for this party.
    pub blocking: bool,
    pub state: PartyState,
    pub deadline: Instant,
}

/// A party's task on their *My page*.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartyCard {
    pub key: String,
    pub journey_id: String,
    pub party: String,
    pub reference: String,
    pub applicant: String,
    pub deadline: Instant,
    /// `Waiting`: to do; `Stopped` or `Expired`: to be told it is over.
    pub state: PartyState,
}

#[cfg(test)]
mod tests {
    use super::PartyState;

    #[test]
    fn states_read_back_from_their_words() {
        for state in PartyState::ALL {
            assert_eq!(PartyState::parse(state.as_str()), Some(state));
        }
        assert_eq!(PartyState::parse("done"), None);
    }
}
