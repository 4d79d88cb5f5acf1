//! Prefill ("once only"): when a journey starts, its `[[prefill]]` look-ups are read from the
//! registers over HTTP and fill the answers they name. Every read is recorded for the citizen's
//! access log. A register that is down, slow or answers nonsense does not stop the journey: its
//! fields are left for the citizen to fill in, marked so the step can say why, and the register
//! is not asked again during that start.
//!
//! Here: the registers' address, what a start's reads give (answers, their sources, the access
//! log), and how a record's attributes become answers. Beside it: `records.rs` (what
//! Folkeregisteret and Enhetsregisteret send, checked as sound), `employments.rs` (the same for
//! Aa-registeret) and `reading.rs` (one start's reads and look-ups).

#[cfg(test)]
mod child_tests;
mod employments;
mod reading;
mod records;
pub(crate) use records::Person;
#[cfg(test)]
pub(crate) mod tests;
mod verify;

use super::registers::{ENHETSREGISTERET, REGISTERS};
use app::domain::ReadOutcome;
use app::journey::{Answer, Answers, Date, FieldKind, Journey, Source, Sources};
use reading::{Reading, Unread};
use records::Record;
use std::time::Duration;

/// Where the registers are and how to reach them.
#[derive(Clone)]
pub struct Registers {
    pub client: reqwest::Client,
    /// `…/registers`: `<base>/folkeregisteret/persons/<pid>` and so on.
    pub base: String,
    pub auth: super::AgencyAuth,
    pub timeout: Duration,
}

/// One look-up, for the access log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Read {
    pub register: &'static str,
    /// The look-up it served (`person`, `spouse`, `newborn`, …).
    pub lookup: String,
    pub outcome: ReadOutcome,
    pub read_at: app::domain::Instant,
    /// The other people whose records it read (the spouse, the children…), who see the read
    /// in their own access log.
    pub subjects: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Prefilled {
    pub answers: Answers,
    pub sources: Sources,
    pub reads: Vec<Read>,
    /// The citizen's own name, when a look-up read their record in Folkeregisteret (a login
    /// through ID-porten carries no name; the register is where the portal learns it).
    pub citizen_name: Option<String>,
}

impl Registers {
    /// `GET <base>/<register>/<path>` with the register's token, read as JSON (at most
    /// `MAX_ANSWER_BYTES`): `Ok(None)` when the register has no such thing (404), `Err` with the
    /// reason when it could not be read.
    pub(crate) async fn read<T: serde::de::DeserializeOwned>(
        &self,
        register: &str,
        path: &str,
    ) -> Result<Option<T>, String> {
        // The scope is the kind of thing read: `folkeregisteret:persons`, `enhetsregisteret:roles`.
        let service = path.split(['/', '?']).next().unwrap_or_default();
        let token = self.auth.bearer(register, service).await?;
        let response = self
            .client
            .get(format!("{}/{register}/{path}", self.base))
            .bearer_auth(token)
            .send()
            .await
            .map_err(|e| format!("no answer: {e}"))?;
        match response.status() {
            reqwest::StatusCode::OK => {}
            reqwest::StatusCode::NOT_FOUND => return Ok(None),
            status => return Err(format!("answered {status}")),
        }
        let body = crate::agencies::answer_body(response)
            .await
            .map_err(|error| match error {
                crate::agencies::BodyError::TooLarge => {
                    format!(
                        "answer larger than {} bytes",
                        crate::agencies::MAX_ANSWER_BYTES
                    )
                }
                crate::agencies::BodyError::Broken(e) => e.to_string(),
            })?;
        serde_json::from_slice(&body)
            .map(Some)
            .map_err(|e| format!("not the expected JSON: {e}"))
    }

    /// Runs the journey's look-ups for `citizen` (their identity number).
    #[tracing::instrument(skip_all, fields(journey = %journey.meta.id))]
    pub async fn prefill(&self, journey: &Journey, citizen: &str, today: Date) -> Prefilled {
        let mut reading = Reading::new(self);
        let mut reads = Vec::new();
        let mut answers = Answers::default();
        let mut sources = Sources::default();
        for prefill in &journey.prefill {
            // The checker let only known registers through.
            let register = REGISTERS
                .into_iter()
                .find(|r| *r == prefill.register)
                .unwrap_or(ENHETSREGISTERET);
            let looked_up = reading.lookup(prefill, citizen, today).await;
            let read_at = app::domain::Instant::now();
            let mut subjects = reading.take_consulted();
            subjects.retain(|pid| pid != citizen);
            subjects.sort();
            subjects.dedup();
            reads.push(Read {
                register,
                lookup: prefill.lookup.clone(),
                outcome: match &looked_up {
                    Ok(records) if records.is_empty() => ReadOutcome::NotFound,
                    Ok(_) => ReadOutcome::Found,
                    Err(Unread::Failed) => ReadOutcome::Failed,
                },
                read_at,
                subjects,
            });
            let mut fill = |field: &str, value: Option<Answer>| {
                if let Some(answer) = &value {
                    answers.set(field, answer.clone());
                }
                let source = Source {
                    register: register.to_string(),
                    read_at,
                    value,
                };
                sources.0.insert(field.to_string(), source);
            };
            let group = prefill
                .fill
                .iter()
                .find(|(_, attribute)| attribute == "items")
                .map(|(field, _)| field.as_str());
            match (looked_up, group) {
                (Err(Unread::Failed), Some(group)) => fill(group, None),
                (Err(Unread::Failed), None) => {
                    for (field, _) in &prefill.fill {
                        fill(field, None);
                    }
                }
                (Ok(records), Some(group)) if !records.is_empty() => {
                    let items = records
                        .iter()
                        .map(|record| answers_from(journey, &prefill.fill, record))
                        .collect();
                    fill(group, Some(Answer::Items(items)));
                }
                (Ok(records), None) => {
                    let Some(record) = records.first() else {
                        continue;
                    };
                    for (field, answer) in answers_from(journey, &prefill.fill, record).0 {
                        fill(&field, Some(answer));
                    }
                }
                (Ok(_), Some(_)) => {}
            }
        }
        Prefilled {
            answers,
            sources,
            reads,
            citizen_name: reading.name_read(citizen),
        }
    }
}

/// The answers a record gives: each field its attribute, where it fits (a group item, or the
/// top-level fields of a single-record look-up).
fn answers_from(journey: &Journey, fill: &[(String, String)], record: &Record) -> Answers {
    let mut answers = Answers::default();
    for (field, attribute) in fill {
        if let Some(answer) = record.get(attribute).filter(|a| fits(journey, field, a)) {
            answers.set(field, answer.clone());
        }
    }
    answers
}

/// Whether a register's value can be an answer to `field` (a relation only when it is one of
/// the field's options).
fn fits(journey: &Journey, field: &str, answer: &Answer) -> bool {
    match (journey.any_field(field).map(|f| &f.kind), answer) {
        (Some(FieldKind::OneOf(options)), Answer::Text(text)) => options.contains(text),
        (Some(FieldKind::Group { .. } | FieldKind::OneOf(_)) | None, _) => false,
        _ => true,
    }
}
