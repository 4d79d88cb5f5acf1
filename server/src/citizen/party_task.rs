//! A party's task, from the party's side: the page that shows what the journey shows them of
//! the applicant's submission (and nothing else), their own questions or the consent asked of
//! them, and their answer or refusal — once, before the deadline. Another person's task is
//! `NotFound`; one no longer open leads to *My page*.

use super::{internal, page_or_return, today, Citizen};
use crate::storage::{Answered, Answerer, StoredParty};
use app::{
    auth::{CurrentUser, Role},
    domain::{Instant, PartyState},
    error::{AppError, Refusal},
    journey::{
        flow::{self, FieldError, FormError, Row},
        model::PartyTask,
        Answers, Journey,
    },
    pages::citizen::model::{Outcome, PartyAnswered, PartyTaskView},
};
use std::sync::Arc;

/// The top-level fields of a party's own steps.
fn own_fields(journey: &Journey, party: &str) -> Vec<String> {
    journey
        .steps
        .iter()
        .filter(|s| s.party.as_deref() == Some(party))
        .flat_map(|s| s.fields.iter().map(|f| f.id.clone()))
        .collect()
}

/// Who the user answers `party` as: the person it names, or a caseworker of the organisation
/// it is for; `None` when it is neither's.
fn answerer<'a>(user: &'a CurrentUser, party: &StoredParty) -> Option<Answerer<'a>> {
    match party.agency {
        None => (party.person_id == user.pid).then_some(Answerer::Person(&user.pid)),
        Some(agency) => user
            .agencies_with(Role::Caseworker)
            .contains(&agency)
            .then_some(Answerer::Staff {
                pid: &user.pid,
                agency,
            }),
    }
}

/// Where the answerer goes when the task is done: a person to *My page*, an organisation's
/// caseworker to their inbox, where its tasks are listed.
fn home(party: &StoredParty) -> &'static str {
    if party.agency.is_some() {
        "/caseworker"
    } else {
        "/my-page"
    }
}

impl Citizen {
    /// The open task `key` the user may answer — their own, or their organisation's when they
    /// are its caseworker — the journey version its submission was made on, and who the user
    /// answers as.
    async fn open_party<'u>(
        &self,
        user: &'u CurrentUser,
        key: &str,
    ) -> Result<Outcome<(StoredParty, Arc<Journey>, Answerer<'u>)>, AppError> {
        let found = self.database.parties().by_key(key).await;
        let (party, by) = match found {
            Ok(Some(party)) => match answerer(user, &party) {
                Some(by) => (party, by),
                None => {
                    tracing::warn!(
                        "a party task that is not this person's or their organisation's"
                    );
                    return Err(AppError::NotFound);
                }
            },
            Ok(None) => {
                tracing::warn!("a party task that does not exist");
                return Err(AppError::NotFound);
            }
            Err(error) => return Err(internal(&error, "cannot read a party task")),
        };
        if party.state != PartyState::Waiting || party.deadline <= Instant::now() {
            // Answered (twice, or from another tab), past its deadline or stopped: the page it
            // leads back to says which, and nothing is taken.
            let state = match party.state {
                PartyState::Waiting => PartyState::Expired,
                state => state,
            };
            tracing::info!(state = %state.as_str(), "a party task that is no longer open");
            return Ok(Outcome::Elsewhere(format!(
                "{}?party={}",
                home(&party),
                state.closed_word()
            )));
        }
        let journey = self
            .pinned(&party.journey_id, party.journey_version)
            .await?;
        super::level_met(&journey, user)?;
        Ok(Outcome::Page((party, journey, by)))
    }

    async fn party_view(
        &self,
        party: &StoredParty,
        journey: Arc<Journey>,
        answers: Answers,
        errors: Vec<FieldError>,
    ) -> Result<PartyTaskView, AppError> {
        let submission = self
            .database
            .submissions()
            .get(&party.applicant, &party.reference)
            .await
            .map_err(|error| internal(&error, "cannot read a submission"))?
            .ok_or(AppError::NotFound)?;
        let today = today();
        let definition = journey.party(&party.party_id);
        let shown = definition
            .map(|d| d.show.as_slice())
            .unwrap_or_default()
            .iter()
            .filter_map(|id| {
                let (_, field) = journey.field(id)?;
                Some(Row {
                    field: id.clone(),
                    label_id: journey.label_id(field),
                    value: flow::shown_answer(&journey, id, submission.answers.get(id), today),
                })
            })
            .collect();
        Ok(PartyTaskView {
            key: party.key.clone(),
            reference: party.reference.clone(),
            party: party.party_id.clone(),
            task: party.task,
            applicant: self.name_of(&party.applicant).await,
            deadline: party.deadline,
            shown,
            fields: match party.task {
                PartyTask::Answer => own_fields(&journey, &party.party_id),
                PartyTask::Consent => Vec::new(),
            },
            journey,
            answers,
            errors,
        })
    }

    pub(super) async fn party_page(
        &self,
        user: &CurrentUser,
        key: &str,
    ) -> Result<Outcome<PartyTaskView>, AppError> {
        let (party, journey, _) = page_or_return!(self.open_party(user, key).await?);
        let view = self
            .party_view(&party, journey, Answers::default(), Vec::new())
            .await?;
        Ok(Outcome::Page(view))
    }

    /// Takes the party's answer (`decision=answer`, with their fields) or consent, or their
    /// refusal (`decision=refuse`), which stops the submission.
    pub(super) async fn party_answer(
        &self,
        user: &CurrentUser,
        key: &str,
        form: &[(String, String)],
    ) -> Result<PartyAnswered, AppError> {
        let (party, journey, by) = match self.open_party(user, key).await? {
            Outcome::Page(found) => found,
            Outcome::Elsewhere(to) => return Ok(PartyAnswered::Go(to)),
        };
        let home = home(&party);
        let decision = form
            .iter()
            .find(|(k, _)| k == "decision")
            .map_or("answer", |(_, v)| v.as_str());
        let parties = self.database.parties();
        let done = match decision {
            "refuse" => {
                let refused = parties
                    .refuse(by, key)
                    .await
                    .map_err(|error| internal(&error, "cannot record a refusal"))?;
                if refused {
                    tracing::info!(
                        reference = party.reference,
                        "a party refused: the submission is stopped"
                    );
                }
                if !refused {
                    return self.closed_meanwhile(user, key, home).await;
                }
                return Ok(PartyAnswered::Go(format!("{home}?party=refused")));
            }
            "answer" if party.task == PartyTask::Answer => {
                let fields = own_fields(&journey, &party.party_id);
                let answers = match flow::read_asked_form(&journey, &fields, form) {
                    Ok(answers) => answers,
                    Err(FormError::Oversized(_)) => {
                        return Err(AppError::Invalid(Refusal::Oversized))
                    }
                    Err(error) => {
                        tracing::warn!(?error, "a party's form that does not match its questions");
                        return Err(AppError::Invalid(Refusal::FormMismatch));
                    }
                };
                let errors = flow::validate_own(&journey, &fields, &answers, today());
                if !errors.is_empty() {
                    let view = self.party_view(&party, journey, answers, errors).await?;
                    return Ok(PartyAnswered::Invalid(Box::new(view)));
                }
                let payload = flow::party_payload(&journey, &answers);
                parties.answer(by, key, Some(&payload)).await
            }
            "answer" => parties.answer(by, key, None).await,
            _ => return Err(AppError::Invalid(Refusal::FormMismatch)),
        }
        .map_err(|error| internal(&error, "cannot record a party's answer"))?;
        tracing::info!(reference = party.reference, ?done, "a party answered");
        match done {
            Answered::NotOpen => self.closed_meanwhile(user, key, home).await,
            Answered::Waiting | Answered::Released => {
                Ok(PartyAnswered::Go(format!("{home}?party=answered")))
            }
        }
    }

    /// A task that closed between reading it and taking the answer (another tab, the deadline
    /// sweep): back to `home`, told why.
    async fn closed_meanwhile(
        &self,
        user: &CurrentUser,
        key: &str,
        home: &str,
    ) -> Result<PartyAnswered, AppError> {
        Ok(PartyAnswered::Go(
            match self.open_party(user, key).await? {
                Outcome::Elsewhere(to) => to,
                Outcome::Page(_) => home.into(),
            },
        ))
    }
}
