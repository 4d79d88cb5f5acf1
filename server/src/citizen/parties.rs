//! Parties on the applicant's side: the people a submission names as parties are checked at the
//! field where they are named (not the applicant, in the register, of full age), written with
//! the submission, and shown with how each stands on the receipt and *My page*.

use super::{internal, today, Citizen};
use crate::{
    agencies::{prefill::Read, registers::FOLKEREGISTERET},
    storage::{Draft, NewParty, StoredParty},
};
use app::{
    auth::CurrentUser,
    domain::{Instant, PartyCard, PartyStatus, ReadOutcome, PARTY_LOOKUP},
    error::AppError,
    journey::{
        date::Period,
        flow::{self, FieldError},
        Answer, Answers, Date, IdentityNumber, Journey, Problem,
    },
};
use std::time::Duration;

/// A party's problem, said at the field that names them.
fn problem(id: &'static str) -> Problem {
    Problem::IdentityNumber(id)
}

impl Citizen {
    /// The problems with the one person a step names as a party (a co-applicant): the applicant
    /// themself, a number the register does not know, a person under 18. (A register that cannot
    /// be read is no problem here: the number's own checks stand.) Each look-up is in the access
    /// log of the draft's person, and of the person it found.
    pub(super) async fn party_problems(
        &self,
        user: &CurrentUser,
        draft: &Draft,
        journey: &Journey,
        step: usize,
        answers: &Answers,
    ) -> Result<Vec<FieldError>, AppError> {
        let fields = &journey.steps[step].fields;
        let mut named: Vec<(String, String)> = Vec::new();
        for party in &journey.parties {
            // One named person is checked; a group's (every heir) are filtered on submit.
            if party.person.contains('.') {
                continue;
            }
            let top = party.person.as_str();
            if !fields.iter().any(|f| f.id == top) {
                continue;
            }
            if let Some(Answer::Text(text)) = answers.get(top) {
                named.push((top.to_string(), text.clone()));
            }
        }
        let adult = today().shift(Period::Years(-18));
        let mut errors = Vec::new();
        let mut reads = Vec::new();
        for (name, text) in named {
            let Ok(number) = IdentityNumber::parse(&text) else {
                continue;
            };
            let found = if number.as_str() == user.pid {
                Some("error-party-is-you")
            } else {
                let (problem, read) = self.register_problem(number.as_str(), adult).await;
                reads.extend(read);
                problem
            };
            if let Some(id) = found {
                errors.push(FieldError {
                    field: name.rsplit('.').next().unwrap_or_default().to_string(),
                    name,
                    problem: problem(id),
                });
            }
        }
        self.log_reads(user, draft, &reads).await?;
        Ok(errors)
    }

    /// What Folkeregisteret says against `pid` taking part, and the read (none without registers).
    async fn register_problem(
        &self,
        pid: &str,
        adult: Option<Date>,
    ) -> (Option<&'static str>, Option<Read>) {
        let Some(registers) = self.registers.as_ref() else {
            return (None, None);
        };
        let read_at = Instant::now();
        let read = tokio::time::timeout(
            registers.timeout,
            registers.read::<crate::agencies::prefill::Person>(
                FOLKEREGISTERET,
                &format!("persons/{pid}"),
            ),
        )
        .await;
        let (problem, outcome) = match read {
            Ok(Ok(None)) => (Some("error-party-unknown"), ReadOutcome::NotFound),
            Ok(Ok(Some(person))) if person.is_sound() && person.pid == pid => {
                // Their name, for the receipt and the applicant's My page to say who.
                self.note_name(pid, person.name()).await;
                let of_age = person.birth().zip(adult).is_some_and(|(b, a)| b <= a);
                (
                    (!of_age).then_some("error-party-under-age"),
                    ReadOutcome::Found,
                )
            }
            _ => {
                tracing::warn!(
                    "a party could not be looked up in the register; the number's own checks stand"
                );
                (None, ReadOutcome::Failed)
            }
        };
        let subjects = match outcome {
            ReadOutcome::Found => vec![pid.to_string()],
            _ => Vec::new(),
        };
        let read = Read {
            register: FOLKEREGISTERET,
            lookup: PARTY_LOOKUP.to_string(),
            outcome,
            read_at,
            subjects,
        };
        (problem, Some(read))
    }

    /// Learns, from Folkeregisteret, the names of the people among `parties` the portal has no
    /// name for (an heir named in a group, who has never used the portal): the receipt and *My
    /// page* then say who, not their number. Each read is in the access log; a register that
    /// cannot be read leaves the number.
    pub(super) async fn learn_party_names(
        &self,
        user: &CurrentUser,
        draft: &Draft,
        parties: &[NewParty],
    ) -> Result<(), AppError> {
        let mut reads = Vec::new();
        for party in parties.iter().filter(|p| p.agency.is_none()) {
            let known = self.database.people().who(&party.person_id).await;
            if known.is_ok_and(|who| who.name.is_some_and(|n| !n.is_empty())) {
                continue;
            }
            let (_, read) = self.register_problem(&party.person_id, None).await;
            reads.extend(read);
        }
        self.log_reads(user, draft, &reads).await
    }

    /// Records `name` as `pid`'s, as Folkeregisteret gave it (a row for them if they have none).
    async fn note_name(&self, pid: &str, name: &str) {
        let people = self.database.people();
        let noted = match people.remember(pid).await {
            Ok(()) => people.registered_name(pid, name).await,
            Err(error) => Err(error),
        };
        if let Err(error) = noted {
            tracing::warn!(%error, "cannot record a party's name from the register");
        }
    }

    /// The parties a submission's answers name, to write with it. Of a group's people (every
    /// heir), the applicant and those under 18 (by their number's birth date) take no part: the
    /// applicant acts by applying, a minor through a guardian. One named person who is the
    /// applicant is `Conflict` (logged): the step's own check refuses that, so it is a replayed or
    /// forged post.
    pub(super) fn new_parties(
        &self,
        user: &CurrentUser,
        journey: &Journey,
        answers: &Answers,
    ) -> Result<Vec<NewParty>, AppError> {
        let now = Instant::now();
        let adult = today().shift(Period::Years(-18));
        let mut parties = Vec::new();
        for participant in flow::participants(journey, answers, today()) {
            let Some(party) = journey.party(&participant.party) else {
                continue;
            };
            let days = u64::from(party.deadline_days);
            let deadline = now.plus(Duration::from_secs(days * 24 * 3600));
            // A party that does not block holds only the calls of the services carrying it.
            let services = (!party.blocking).then(|| {
                journey
                    .services
                    .iter()
                    .filter(|s| s.party.as_deref() == Some(party.id.as_str()))
                    .map(|s| s.id.clone())
                    .collect()
            });
            if let Some(agency) = participant.organisation {
                parties.push(NewParty {
                    party_id: participant.party,
                    person_id: String::new(),
                    agency: Some(agency),
                    services,
                    task: party.task,
                    deadline,
                });
                continue;
            }
            let many = party.person.contains('.');
            if participant.pid == user.pid {
                if many {
                    continue;
                }
                tracing::warn!("a submission names its applicant as a party: refused");
                return Err(AppError::Conflict);
            }
            let of_age = IdentityNumber::parse(&participant.pid)
                .ok()
                .and_then(|n| n.birth_date())
                .zip(adult)
                .is_some_and(|(born, adult)| born <= adult);
            if many && !of_age {
                continue;
            }
            parties.push(NewParty {
                party_id: participant.party,
                person_id: participant.pid,
                agency: None,
                services,
                task: party.task,
                deadline,
            });
        }
        Ok(parties)
    }

    /// How each party of a submission stands.
    pub(super) async fn party_statuses(
        &self,
        reference: &str,
    ) -> Result<Vec<PartyStatus>, AppError> {
        let parties = self
            .database
            .parties()
            .of_submission(reference)
            .await
            .map_err(|error| internal(&error, "cannot read a submission's parties"))?;
        Ok(parties.into_iter().map(status).collect())
    }

    /// The person's party tasks still to do, and those stopped under them lately, for *My page*.
    pub(super) async fn party_tasks_of(
        &self,
        user: &CurrentUser,
    ) -> Result<Vec<PartyCard>, AppError> {
        // A stopped task is told for a month.
        let since = Instant::now().minus(Duration::from_secs(30 * 24 * 3600));
        let waiting = self
            .database
            .parties()
            .tasks_of(&user.pid, since)
            .await
            .map_err(|error| internal(&error, "cannot read party tasks"))?;
        let mut cards = Vec::new();
        for party in waiting {
            let applicant = self.name_of(&party.applicant).await;
            cards.push(party.card(applicant));
        }
        Ok(cards)
    }

    /// A person's name as the portal knows it, or their number.
    pub(super) async fn name_of(&self, pid: &str) -> String {
        match self.database.people().who(pid).await {
            Ok(who) => who.name.unwrap_or_else(|| pid.to_string()),
            Err(_) => pid.to_string(),
        }
    }
}

fn status(party: StoredParty) -> PartyStatus {
    PartyStatus {
        name: if party.name.is_empty() {
            party.person_id
        } else {
            party.name
        },
        organisation: party.agency,
        blocking: party.blocking,
        party: party.party_id,
        state: party.state,
        deadline: party.deadline,
    }
}
