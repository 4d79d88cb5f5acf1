//! Submissions: immutable, one per draft (table `submission`), written together with the
//! submission's agency calls (into the outbox) in one transaction.

use super::{
    columns::{from_json, instant, to_json},
    outbox::NEW_CALL,
    Database, Draft, StorageError,
};
use app::{
    domain::Instant,
    journey::{flow::ServiceCall, Answers},
};

/// The submissions, of whoever is named in each call.
#[derive(Clone, Copy)]
pub struct Submissions<'a>(pub(super) &'a Database);

#[derive(Clone, Debug)]
pub struct Submission {
    pub reference: String,
    pub draft_id: String,
    pub journey_id: String,
    pub journey_version: i64,
    pub answers: Answers,
    pub submitted_at: Instant,
}

#[derive(sqlx::FromRow)]
struct Row {
    reference: String,
    draft_id: String,
    journey_id: String,
    journey_version: i64,
    answers: String,
    submitted_at: String,
}

impl TryFrom<Row> for Submission {
    type Error = StorageError;

    fn try_from(row: Row) -> Result<Submission, StorageError> {
        Ok(Submission {
            reference: row.reference,
            draft_id: row.draft_id,
            journey_id: row.journey_id,
            journey_version: row.journey_version,
            answers: from_json("answers", &row.answers)?,
            submitted_at: instant("submitted at", &row.submitted_at)?,
        })
    }
}

/// One agency call of a submission, ready to be written.
struct NewCall {
    service: String,
    agency: &'static str,
    operation: String,
    payload: String,
    after: String,
}

impl Submissions<'_> {
    /// Submits a draft once: the first call stores the submission and returns its reference;
    /// later calls (a double click, a replayed post, another tab) return the same reference.
    /// The submission and one outbox row per agency call are written in one transaction, and
    /// the reference is returned only once that transaction's commit has succeeded.
    ///
    /// References and the agencies' idempotency keys are random, never counted: a number that a
    /// rolled-back, lost or restored-over submission once had is never handed out again, so an
    /// agency never answers a new application with an old one's case.
    pub async fn submit(
        self,
        person_id: &str,
        draft: &Draft,
        shown: &Answers,
        calls: &[ServiceCall],
    ) -> Result<String, StorageError> {
        self.submit_with(person_id, draft, shown, calls, &[]).await
    }

    /// `submit`, with the parties who must answer or consent: written in the same transaction,
    /// each person with a notification record; every call held while a blocking party is
    /// waiting, and a service's call while the party it carries is (`Parties::answer`).
    pub async fn submit_with(
        self,
        person_id: &str,
        draft: &Draft,
        shown: &Answers,
        calls: &[ServiceCall],
        parties: &[super::NewParty],
    ) -> Result<String, StorageError> {
        const INSERT: &str =
            "INSERT INTO submission (reference, draft_id, person_id, journey_id, journey_version, \
             answers, submitted_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (draft_id) DO NOTHING";
        const READ: &str =
            "SELECT reference FROM submission WHERE draft_id = $1 AND person_id = $2";
        let answers = to_json("answers", shown)?;
        let calls = calls
            .iter()
            .map(|call| {
                Ok(NewCall {
                    service: call.service.clone(),
                    agency: call.agency.id(),
                    operation: call.operation.clone(),
                    payload: call.payload.to_string(),
                    after: to_json("after services", &call.after)?,
                })
            })
            .collect::<Result<Vec<_>, StorageError>>()?;
        let services = parties
            .iter()
            .map(super::NewParty::services_json)
            .collect::<Result<Vec<_>, StorageError>>()?;
        let now = Instant::now();
        let at = now.stored();
        let year = format!("{:04}", now.year());
        let mut attempt = 0;
        loop {
            let reference = crate::ids::new_reference(&year);
            // The idempotency key of every call: 128 random bits, unique for ever.
            let key = crate::ids::random_hex(16);
            let written: Result<bool, sqlx::Error> = on_pool!(self.0, pool => async {
                let mut tx = pool.begin().await?;
                let inserted = sqlx::query(INSERT)
                    .bind(&reference)
                    .bind(&draft.id)
                    .bind(person_id)
                    .bind(&draft.journey_id)
                    .bind(draft.journey_version)
                    .bind(&answers)
                    .bind(&at)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    == 1;
                if inserted {
                    for call in &calls {
                        sqlx::query(NEW_CALL)
                            .bind(format!("{key}:{}", call.service))
                            .bind(&reference)
                            .bind(&call.service)
                            .bind(call.agency)
                            .bind(&call.operation)
                            .bind(&call.payload)
                            .bind(&call.after)
                            .bind(&at)
                            .execute(&mut *tx)
                            .await?;
                    }
                    for (party, services) in parties.iter().zip(&services) {
                        sqlx::query(super::parties::NEW_PARTY)
                            .bind(crate::ids::random_token(16))
                            .bind(&reference)
                            .bind(&party.party_id)
                            .bind(&party.person_id)
                            .bind(party.task.as_str())
                            .bind(party.deadline.stored())
                            .bind(&at)
                            .bind(party.agency.map(|a| a.id()))
                            .bind(services)
                            .execute(&mut *tx)
                            .await?;
                        // An organisation sees its tasks in its inbox; a person is told.
                        if party.agency.is_none() {
                            sqlx::query(super::parties::NOTIFY)
                                .bind(crate::ids::random_token(16))
                                .bind(&party.person_id)
                                .bind("party-task")
                                .bind(&reference)
                                .bind(&at)
                                .execute(&mut *tx)
                                .await?;
                        }
                        for service in party.services.iter().flatten() {
                            sqlx::query(super::parties::HOLD_SERVICE)
                                .bind(super::parties::HELD)
                                .bind(&reference)
                                .bind(service)
                                .execute(&mut *tx)
                                .await?;
                        }
                    }
                    if parties.iter().any(|p| p.services.is_none()) {
                        sqlx::query(super::parties::HOLD_CALLS)
                            .bind(super::parties::HELD)
                            .bind(&reference)
                            .execute(&mut *tx)
                            .await?;
                    }
                }
                tx.commit().await?;
                Ok(inserted)
            }.await);
            match written {
                Ok(true) => {
                    super::outbox::work_waiting().notify_waiters();
                    return Ok(reference);
                }
                Ok(false) => break,
                // Another submission drew the same reference: draw again.
                Err(sqlx::Error::Database(error)) if error.is_unique_violation() && attempt < 3 => {
                    attempt += 1;
                }
                Err(error) => return Err(error.into()),
            }
        }
        // Already submitted (by this call's twin): the first submission's reference.
        let reference: String = on_pool!(self.0, pool => sqlx::query_scalar(READ)
            .bind(&draft.id).bind(person_id).fetch_one(pool).await?);
        Ok(reference)
    }

    /// The person's submission `reference`; `None` when there is no such submission of theirs.
    pub async fn get(
        self,
        person_id: &str,
        reference: &str,
    ) -> Result<Option<Submission>, StorageError> {
        const SQL: &str =
            "SELECT reference, draft_id, journey_id, journey_version, answers, submitted_at \
             FROM submission WHERE reference = $1 AND person_id = $2";
        let row: Option<Row> = on_pool!(self.0, pool => sqlx::query_as(SQL)
            .bind(reference).bind(person_id).fetch_optional(pool).await?);
        row.map(Submission::try_from).transpose()
    }
}
