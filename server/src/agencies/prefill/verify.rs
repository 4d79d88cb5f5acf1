//! Register checks of single answers (`verify` on a field): a business name must not be taken in
//! Enhetsregisteret (its name search), a board member must be known to Folkeregisteret. A
//! register that cannot be read does not hold the citizen up: the answer is taken (and the
//! agency checks it again), with a warning in the log.

use super::{reading::Reading, records::Roles, Registers};
use crate::agencies::registers::{ENHETSREGISTERET, FOLKEREGISTERET};
use app::journey::{model::Verify, Problem};

impl Registers {
    /// What the register says against `value` under `check`: `None` when nothing (or when it
    /// cannot be read).
    #[tracing::instrument(skip(self, value))]
    pub async fn verify(&self, check: Verify, value: &str) -> Option<Problem> {
        let mut reading = Reading::new(self);
        match check {
            Verify::NameFree => {
                let query: String = form_urlencoded::Serializer::new(String::new())
                    .append_pair("name", value)
                    .finish();
                let found: Option<Roles> = reading
                    .get(ENHETSREGISTERET, &format!("units?{query}"), "name-free")
                    .await
                    .ok()?;
                let wanted = value.trim().to_lowercase();
                found?
                    .units
                    .iter()
                    .any(|unit| unit.name.trim().to_lowercase() == wanted)
                    .then_some(Problem::NameTaken)
            }
            Verify::KnownPerson => {
                let found: Option<serde_json::Value> = reading
                    .get(FOLKEREGISTERET, &format!("persons/{value}"), "known-person")
                    .await
                    .ok()?;
                found.is_none().then_some(Problem::PersonUnknown)
            }
        }
    }
}
