//! What can go wrong with a call, and what it means: whether trying again can ever help, and
//! what it says about the agency.

/// A successful answer's body (see `crate::agencies::answer_body`).
pub(super) async fn answer_body(response: reqwest::Response) -> Result<Vec<u8>, CallError> {
    let status = response.status();
    if !status.is_success() {
        return Err(CallError::Status(status.as_u16()));
    }
    crate::agencies::answer_body(response)
        .await
        .map_err(|error| match error {
            crate::agencies::BodyError::TooLarge => CallError::Hostile("the answer is too large"),
            crate::agencies::BodyError::Broken(e) => {
                CallError::Unreachable(e.without_url().to_string())
            }
        })
}

/// What went wrong with one attempt, for the log and the outbox row.
#[derive(Debug, thiserror::Error)]
pub(super) enum CallError {
    #[error("the agency answered {0}")]
    Status(u16),
    #[error("the agency could not be reached: {0}")]
    Unreachable(String),
    #[error("the agency's answer was refused: {0}")]
    Hostile(&'static str),
    #[error("no access token: {0}")]
    NoToken(String),
    /// The portal's own inbox could not file the call (storage): tried again.
    #[error("the inbox could not file the call: {0}")]
    Inbox(String),
}

/// What an attempt's outcome says about the agency, for its circuit.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Health {
    /// It answered (even if it refused the call).
    Up,
    /// It is down, overloaded or broken.
    Down,
    /// Nothing (the failure was ours).
    Unknown,
}

impl CallError {
    /// Whether trying again can never succeed: the agency refused the call as it is (a 4xx
    /// other than 408 and 429), or answered something we refuse. Everything else is transient.
    pub(super) fn permanent(&self) -> bool {
        match self {
            CallError::Status(status) => {
                (400..500).contains(status) && *status != 408 && *status != 429
            }
            CallError::Hostile(_) => true,
            CallError::Unreachable(_) | CallError::NoToken(_) | CallError::Inbox(_) => false,
        }
    }

    pub(super) fn health(&self) -> Health {
        match self {
            CallError::Status(status)
                if (400..500).contains(status) && *status != 408 && *status != 429 =>
            {
                Health::Up
            }
            CallError::Status(_) | CallError::Unreachable(_) | CallError::Hostile(_) => {
                Health::Down
            }
            CallError::NoToken(_) | CallError::Inbox(_) => Health::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_answers_that_will_never_succeed_are_permanent() {
        for status in [400, 401, 403, 404, 409, 410, 413, 422] {
            assert!(CallError::Status(status).permanent(), "{status}");
        }
        for status in [408, 429, 500, 502, 503, 504] {
            assert!(!CallError::Status(status).permanent(), "{status}");
        }
        assert!(CallError::Hostile("no case number").permanent());
        assert!(!CallError::Unreachable("timed out".into()).permanent());
        assert!(!CallError::NoToken("token endpoint down".into()).permanent());
    }

    #[test]
    fn a_refusal_means_the_agency_is_up_and_an_outage_that_it_is_down() {
        assert_eq!(CallError::Status(422).health(), Health::Up);
        assert_eq!(CallError::Status(408).health(), Health::Down);
        assert_eq!(CallError::Status(429).health(), Health::Down);
        assert_eq!(CallError::Status(503).health(), Health::Down);
        assert_eq!(
            CallError::Unreachable("refused".into()).health(),
            Health::Down
        );
        assert_eq!(CallError::NoToken("x".into()).health(), Health::Unknown);
    }
}
