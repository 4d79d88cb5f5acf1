//! Register checks of single answers (`verify` on a field): a business name must not be taken in
//! Enhetsregisteret (its name search), a board member must be known to Folkeregisteret. A
//! register that cannot be read does not hold the citizen up: the answer is taken (and the
//! agency checks it again), with a warning in the log. Every check is a read, for the access log.

use super::{reading::Reading, records::Roles, Read, Registers};
use crate::agencies::registers::{ENHETSREGISTERET, FOLKEREGISTERET};
use app::domain::{Instant, ReadOutcome};
use app::journey::{model::Verify, Problem};

/// What a register check found, and the read it made.
pub struct Verified {
    /// What the register says against the answer: `None` when nothing, or when it could not be
    /// read.
    pub problem: Option<Problem>,
    /// The read, for the access log of the person the draft is about; a person it found is its
    /// subject, and sees it in their own log.
    pub read: Read,
}

impl Registers {
    /// Checks `value` under `check` against its register.
    #[tracing::instrument(skip(self, value))]
    pub async fn verify(&self, check: Verify, value: &str) -> Verified {
        let mut reading = Reading::new(self);
        let read_at = Instant::now();
        let (register, found, problem, subjects) = match check {
            Verify::NameFree => {
                let query: String = form_urlencoded::Serializer::new(String::new())
                    .append_pair("name", value)
                    .finish();
                let found: Result<Option<Roles>, _> = reading
                    .get(ENHETSREGISTERET, &format!("units?{query}"), check.name())
                    .await;
                let wanted = value.trim().to_lowercase();
                let taken = found
                    .as_ref()
                    .ok()
                    .and_then(Option::as_ref)
                    .is_some_and(|roles| {
                        roles
                            .units
                            .iter()
                            .any(|unit| unit.name.trim().to_lowercase() == wanted)
                    });
                // Found when the search gave any unit: records were read, the name's or others'.
                let outcome = found.map(|roles| roles.is_some_and(|r| !r.units.is_empty()));
                let problem = taken.then_some(Problem::NameTaken);
                (ENHETSREGISTERET, outcome, problem, Vec::new())
            }
            Verify::KnownPerson => {
                let found: Result<Option<serde_json::Value>, _> = reading
                    .get(FOLKEREGISTERET, &format!("persons/{value}"), check.name())
                    .await;
                let known = found.as_ref().is_ok_and(Option::is_some);
                let problem = matches!(found, Ok(None)).then_some(Problem::PersonUnknown);
                let subjects = if known {
                    vec![value.to_string()]
                } else {
                    Vec::new()
                };
                (FOLKEREGISTERET, found.map(|_| known), problem, subjects)
            }
        };
        Verified {
            problem,
            read: Read {
                register,
                lookup: check.name().to_string(),
                outcome: match found {
                    Ok(true) => ReadOutcome::Found,
                    Ok(false) => ReadOutcome::NotFound,
                    Err(_) => ReadOutcome::Failed,
                },
                read_at,
                subjects,
            },
        }
    }
}
