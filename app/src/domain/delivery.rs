//! How far a call to an agency has come, as the outbox (table `delivery`) keeps it.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeliveryState {
    /// Not acknowledged yet: waiting to be sent, or being retried.
    Pending,
    /// The agency acknowledged it with a case number.
    Delivered,
    /// Given up (dead-lettered): an operator may put it back.
    Dead,
}

impl DeliveryState {
    pub const ALL: [DeliveryState; 3] = [
        DeliveryState::Pending,
        DeliveryState::Delivered,
        DeliveryState::Dead,
    ];

    /// The word the database keeps (`pending`, `delivered`, `dead`).
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryState::Pending => "pending",
            DeliveryState::Delivered => "delivered",
            DeliveryState::Dead => "dead",
        }
    }

    /// The state a word names; `None` for a word that is not one.
    pub fn parse(word: &str) -> Option<DeliveryState> {
        DeliveryState::ALL.into_iter().find(|s| s.as_str() == word)
    }
}

impl std::fmt::Display for DeliveryState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::DeliveryState;

    #[test]
    fn every_state_reads_back_from_its_word_and_nothing_else_is_a_state() {
        for state in DeliveryState::ALL {
            assert_eq!(DeliveryState::parse(state.as_str()), Some(state));
        }
        assert_eq!(DeliveryState::parse("retrying"), None);
        assert_eq!(DeliveryState::parse("Dead"), None);
    }
}
