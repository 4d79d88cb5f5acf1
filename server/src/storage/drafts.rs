//! Drafts (journeys in progress, saved at every step) and submissions (immutable, one per
//! draft). Every query names the person: a draft id alone never reaches another citizen's data.

use super::{Database, StorageError};
use app::journey::{Answers, Sources};

#[derive(Clone, Debug)]
pub struct Draft {
    pub id: String,
    pub journey_id: String,
    pub journey_version: i64,
    pub answers: Answers,
    pub current_step: String,
    pub revision: i64,
    /// A save that clashed with another tab's: the step and what was typed there.
    pub pending: Option<(String, Answers)>,
    pub updated_at: String,
    /// Set once submitted.
    pub reference: Option<String>,
    /// Where prefilled answers came from.
    pub sources: Sources,
    /// The steps the answers took when a step was last saved without errors (none before the
    /// first save): what "step x of y" counts, so that an error page counts as the page before.
    pub path: Option<StablePath>,
}

/// The path the answers took at the last save of a step without errors.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StablePath {
    /// Step ids, in order.
    pub steps: Vec<String>,
    /// That save changed the number of steps (the count then says why it moved).
    pub changed: bool,
}

#[derive(Clone, Debug)]
pub struct Submission {
    pub reference: String,
    pub draft_id: String,
    pub journey_id: String,
    pub journey_version: i64,
    pub answers: Answers,
    pub submitted_at: String,
}

/// What a save found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    Saved,
    /// The draft changed since the page was shown (another tab); nothing was written.
    Stale,
    /// No such draft for this person, or it is already submitted.
    Missing,
}

type DraftRow = (
    String,
    String,
    i64,
    String,
    String,
    i64,
    Option<String>,
    String,
    Option<String>,
    String,
    Option<String>,
);
type SubmissionRow = (String, String, String, i64, String, String);

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "{}".into())
}

fn answers(text: &str) -> Answers {
    serde_json::from_str(text).unwrap_or_else(|error| {
        tracing::error!(%error, "stored answers cannot be read; treating them as empty");
        Answers::default()
    })
}

fn draft(row: DraftRow) -> Draft {
    let (
        id,
        journey_id,
        journey_version,
        stored,
        current_step,
        revision,
        pending,
        updated_at,
        reference,
        sources,
        path,
    ) = row;
    Draft {
        id,
        journey_id,
        journey_version,
        answers: answers(&stored),
        current_step,
        revision,
        pending: pending.and_then(|p| serde_json::from_str(&p).ok()),
        updated_at,
        reference,
        sources: serde_json::from_str(&sources).unwrap_or_default(),
        path: path.and_then(|p| serde_json::from_str(&p).ok()),
    }
}

/// A draft as a journey starts: the prefilled answers and where they came from.
pub struct NewDraft<'a> {
    pub person_id: &'a str,
    pub draft_id: &'a str,
    pub journey_id: &'a str,
    pub journey_version: i64,
    pub first_step: &'a str,
    pub answers: &'a Answers,
    pub sources: &'a Sources,
}

pub use app::domain::RegisterRead;

const DRAFT_COLUMNS: &str =
    "d.draft_id, d.journey_id, d.journey_version, d.answers, d.current_step, \
     d.revision, d.pending, d.updated_at, s.reference, d.sources, d.path \
     FROM draft d LEFT JOIN submission s ON s.draft_id = d.draft_id";

/// `(register, lookup, journey id, draft id, outcome, read at)`.
type ReadRow = (String, String, String, String, String, String);

fn register_read(
    (register, lookup, journey_id, draft_id, outcome, read_at): ReadRow,
) -> Result<RegisterRead, StorageError> {
    Ok(RegisterRead {
        register,
        lookup,
        journey_id,
        draft_id,
        outcome: super::known("read outcome", outcome, app::domain::ReadOutcome::parse)?,
        read_at,
    })
}

pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Database {
    pub async fn create_draft(&self, new: NewDraft<'_>) -> Result<(), StorageError> {
        const SQL: &str =
            "INSERT INTO draft (draft_id, person_id, journey_id, journey_version, answers, \
                           current_step, created_at, updated_at, sources) \
                           VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)";
        let at = now();
        on_pool!(self, pool => {
            sqlx::query(SQL)
                .bind(new.draft_id)
                .bind(new.person_id)
                .bind(new.journey_id)
                .bind(new.journey_version)
                .bind(json(new.answers))
                .bind(new.first_step)
                .bind(&at)
                .bind(json(new.sources))
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// Records register reads made for `person_id` when starting `draft_id` of `journey_id`,
    /// with whose records each read, in one transaction: no read is logged without them.
    pub async fn record_register_reads(
        &self,
        person_id: &str,
        journey_id: &str,
        draft_id: &str,
        reads: &[crate::agencies::prefill::Read],
    ) -> Result<(), StorageError> {
        const SQL: &str =
            "INSERT INTO register_read (person_id, register, lookup, journey_id, draft_id, \
                           outcome, read_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING read_id";
        const SUBJECT: &str =
            "INSERT INTO register_read_subject (read_id, person_id) VALUES ($1, $2)";
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            for read in reads {
                let read_id: i64 = sqlx::query_scalar(SQL)
                    .bind(person_id)
                    .bind(read.register)
                    .bind(&read.lookup)
                    .bind(journey_id)
                    .bind(draft_id)
                    .bind(read.outcome.as_str())
                    .bind(&read.read_at)
                    .fetch_one(&mut *tx)
                    .await?;
                for subject in &read.subjects {
                    sqlx::query(SUBJECT).bind(read_id).bind(subject).execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Reads of the person's records made for someone else's start (as their spouse, child,
    /// heir…), newest first (at most 200): what they were read as, from where, when and why.
    pub async fn reads_about(&self, person_id: &str) -> Result<Vec<RegisterRead>, StorageError> {
        // Not the draft it was read for: someone else's draft id stays with them.
        const SQL: &str =
            "SELECT r.register, r.lookup, r.journey_id, '' AS draft_id, r.outcome, r.read_at \
                           FROM register_read_subject s \
                           JOIN register_read r ON r.read_id = s.read_id \
                           WHERE s.person_id = $1 AND r.person_id <> $1 \
                           ORDER BY r.read_at DESC, r.read_id DESC LIMIT 200";
        let rows: Vec<ReadRow> =
            on_pool!(self, pool => sqlx::query_as(SQL).bind(person_id).fetch_all(pool).await?);
        rows.into_iter().map(register_read).collect()
    }

    /// The person's register access log, newest first (at most 200 entries).
    pub async fn register_reads(&self, person_id: &str) -> Result<Vec<RegisterRead>, StorageError> {
        const SQL: &str =
            "SELECT register, lookup, journey_id, draft_id, outcome, read_at FROM register_read \
                           WHERE person_id = $1 ORDER BY read_at DESC, read_id DESC LIMIT 200";
        let rows: Vec<ReadRow> =
            on_pool!(self, pool => sqlx::query_as(SQL).bind(person_id).fetch_all(pool).await?);
        rows.into_iter().map(register_read).collect()
    }

    pub async fn draft(
        &self,
        person_id: &str,
        draft_id: &str,
    ) -> Result<Option<Draft>, StorageError> {
        let sql = format!("SELECT {DRAFT_COLUMNS} WHERE d.draft_id = $1 AND d.person_id = $2");
        let row: Option<DraftRow> = on_pool!(self, pool => sqlx::query_as(&sql).bind(draft_id).bind(person_id).fetch_optional(pool).await?);
        Ok(row.map(draft))
    }

    /// Whether a draft with this id exists and is not submitted (whoever's it is).
    pub async fn draft_is_open(&self, draft_id: &str) -> Result<bool, StorageError> {
        const SQL: &str = "SELECT COUNT(*) FROM draft d WHERE d.draft_id = $1 \
                           AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.draft_id = d.draft_id)";
        let found: i64 =
            on_pool!(self, pool => sqlx::query_scalar(SQL).bind(draft_id).fetch_one(pool).await?);
        Ok(found > 0)
    }

    /// The person's open (unsubmitted) draft of `journey_id`, the most recently saved if there
    /// are several: what Start continues.
    pub async fn open_draft_of(
        &self,
        person_id: &str,
        journey_id: &str,
    ) -> Result<Option<Draft>, StorageError> {
        let sql = format!(
            "SELECT {DRAFT_COLUMNS} WHERE d.person_id = $1 AND d.journey_id = $2 \
             AND s.reference IS NULL ORDER BY d.updated_at DESC LIMIT 1"
        );
        let row: Option<DraftRow> = on_pool!(self, pool => sqlx::query_as(&sql).bind(person_id).bind(journey_id).fetch_optional(pool).await?);
        Ok(row.map(draft))
    }

    /// Deletes the person's open draft `draft_id` (its answers, sources and pending save); the
    /// register access log of its start stays. False when there is no such open draft of theirs.
    pub async fn delete_draft(
        &self,
        person_id: &str,
        draft_id: &str,
    ) -> Result<bool, StorageError> {
        const SQL: &str = "DELETE FROM draft WHERE draft_id = $1 AND person_id = $2 \
                           AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.draft_id = $1)";
        let deleted = on_pool!(self, pool => sqlx::query(SQL)
            .bind(draft_id)
            .bind(person_id)
            .execute(pool)
            .await?
            .rows_affected());
        Ok(deleted == 1)
    }

    /// The person's drafts and submitted drafts, newest first.
    pub async fn drafts_of(&self, person_id: &str) -> Result<Vec<Draft>, StorageError> {
        let sql =
            format!("SELECT {DRAFT_COLUMNS} WHERE d.person_id = $1 ORDER BY d.updated_at DESC");
        let rows: Vec<DraftRow> =
            on_pool!(self, pool => sqlx::query_as(&sql).bind(person_id).fetch_all(pool).await?);
        Ok(rows.into_iter().map(draft).collect())
    }

    /// Saves the answers (and the path step counts follow) if the draft is still at `revision`
    /// and not submitted.
    pub async fn save_draft(
        &self,
        person_id: &str,
        draft_id: &str,
        revision: i64,
        answers: &Answers,
        current_step: &str,
        path: &StablePath,
    ) -> Result<Saved, StorageError> {
        const SQL: &str =
            "UPDATE draft SET answers = $1, current_step = $2, revision = revision + 1, \
                           pending = NULL, updated_at = $3, path = $7 \
                           WHERE draft_id = $4 AND person_id = $5 AND revision = $6 \
                           AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.draft_id = $4)";
        let at = now();
        let updated = on_pool!(self, pool => sqlx::query(SQL)
            .bind(json(answers))
            .bind(current_step)
            .bind(&at)
            .bind(draft_id)
            .bind(person_id)
            .bind(revision)
            .bind(json(path))
            .execute(pool)
            .await?
            .rows_affected());
        if updated == 1 {
            return Ok(Saved::Saved);
        }
        Ok(match self.draft(person_id, draft_id).await? {
            Some(draft) if draft.reference.is_none() => Saved::Stale,
            _ => Saved::Missing,
        })
    }

    /// Keeps what was typed in a save that clashed with another tab, to show it back.
    pub async fn keep_pending(
        &self,
        person_id: &str,
        draft_id: &str,
        step: &str,
        typed: &Answers,
    ) -> Result<(), StorageError> {
        const SQL: &str = "UPDATE draft SET pending = $1 WHERE draft_id = $2 AND person_id = $3";
        on_pool!(self, pool => {
            sqlx::query(SQL).bind(json(&(step, typed))).bind(draft_id).bind(person_id).execute(pool).await?;
        });
        Ok(())
    }

    /// Submits a draft once: the first call stores the submission and returns its reference;
    /// later calls (a double click, a replayed post, another tab) return the same reference.
    /// The submission and one outbox row per agency call are written in one transaction, and
    /// the reference is returned only once that transaction's commit has succeeded.
    ///
    /// References and the agencies' idempotency keys are random, never counted: a number that a
    /// rolled-back, lost or restored-over submission once had is never handed out again, so an
    /// agency never answers a new application with an old one's case.
    pub async fn submit(
        &self,
        person_id: &str,
        draft: &Draft,
        shown: &Answers,
        calls: &[app::journey::flow::ServiceCall],
    ) -> Result<String, StorageError> {
        const OUTBOX: &str =
            "INSERT INTO delivery (delivery_id, reference, service_id, agency, operation, \
                              payload, after_services, next_attempt_at, created_at) \
                              VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)";
        const INSERT: &str =
            "INSERT INTO submission (reference, draft_id, person_id, journey_id, journey_version, \
                              answers, submitted_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                              ON CONFLICT (draft_id) DO NOTHING";
        const READ: &str =
            "SELECT reference FROM submission WHERE draft_id = $1 AND person_id = $2";
        let at = now();
        let mut attempt = 0;
        loop {
            let reference = crate::ids::new_reference(&at[..4]);
            // The idempotency key of every call: 128 random bits, unique for ever.
            let key = crate::ids::random_hex(16);
            let written: Result<bool, sqlx::Error> = on_pool!(self, pool => async {
                let mut tx = pool.begin().await?;
                let inserted = sqlx::query(INSERT)
                    .bind(&reference)
                    .bind(&draft.id)
                    .bind(person_id)
                    .bind(&draft.journey_id)
                    .bind(draft.journey_version)
                    .bind(json(shown))
                    .bind(&at)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    == 1;
                if inserted {
                    for call in calls {
                        sqlx::query(OUTBOX)
                            .bind(format!("{key}:{}", call.service))
                            .bind(&reference)
                            .bind(&call.service)
                            .bind(call.agency.id())
                            .bind(&call.operation)
                            .bind(call.payload.to_string())
                            .bind(json(&call.after))
                            .bind(&at)
                            .execute(&mut *tx)
                            .await?;
                    }
                }
                tx.commit().await?;
                Ok(inserted)
            }.await);
            match written {
                Ok(true) => return Ok(reference),
                Ok(false) => break,
                // Another submission drew the same reference: draw again.
                Err(sqlx::Error::Database(error)) if error.is_unique_violation() && attempt < 3 => {
                    attempt += 1;
                }
                Err(error) => return Err(error.into()),
            }
        }
        // Already submitted (by this call's twin): the first submission's reference.
        let reference: String = on_pool!(self, pool => sqlx::query_scalar(READ).bind(&draft.id).bind(person_id).fetch_one(pool).await?);
        Ok(reference)
    }

    pub async fn submission(
        &self,
        person_id: &str,
        reference: &str,
    ) -> Result<Option<Submission>, StorageError> {
        const SQL: &str =
            "SELECT reference, draft_id, journey_id, journey_version, answers, submitted_at \
                           FROM submission WHERE reference = $1 AND person_id = $2";
        let row: Option<SubmissionRow> = on_pool!(self, pool => sqlx::query_as(SQL).bind(reference).bind(person_id).fetch_optional(pool).await?);
        Ok(row.map(
            |(reference, draft_id, journey_id, journey_version, stored, submitted_at)| Submission {
                reference,
                draft_id,
                journey_id,
                journey_version,
                answers: answers(&stored),
                submitted_at,
            },
        ))
    }
}
