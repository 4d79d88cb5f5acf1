//! The register access log: every register read made on a citizen's behalf (table
//! `register_read`), and whose records each read (`register_read_subject`), for the logs on
//! *My page*.

use super::{columns::instant, known, Database, StorageError};
use crate::agencies::prefill::Read;
use app::domain::{ReadOutcome, RegisterRead};

/// The register access log, of whoever is named in each call.
#[derive(Clone, Copy)]
pub struct RegisterLog<'a>(pub(super) &'a Database);

#[derive(sqlx::FromRow)]
struct Row {
    register: String,
    lookup: String,
    journey_id: String,
    draft_id: String,
    outcome: String,
    read_at: String,
}

impl TryFrom<Row> for RegisterRead {
    type Error = StorageError;

    fn try_from(row: Row) -> Result<RegisterRead, StorageError> {
        Ok(RegisterRead {
            register: row.register,
            lookup: row.lookup,
            journey_id: row.journey_id,
            draft_id: row.draft_id,
            outcome: known("read outcome", row.outcome, ReadOutcome::parse)?,
            read_at: instant("read at", &row.read_at)?,
        })
    }
}

impl RegisterLog<'_> {
    /// Records register reads made for `person_id` when starting `draft_id` of `journey_id`,
    /// with whose records each read, in one transaction: no read is logged without them.
    pub async fn record(
        self,
        person_id: &str,
        journey_id: &str,
        draft_id: &str,
        reads: &[Read],
    ) -> Result<(), StorageError> {
        const SQL: &str =
            "INSERT INTO register_read (person_id, register, lookup, journey_id, draft_id, \
             outcome, read_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING read_id";
        const SUBJECT: &str =
            "INSERT INTO register_read_subject (read_id, person_id) VALUES ($1, $2)";
        on_pool!(self.0, pool => {
            let mut tx = pool.begin().await?;
            for read in reads {
                let read_id: i64 = sqlx::query_scalar(SQL)
                    .bind(person_id)
                    .bind(read.register)
                    .bind(&read.lookup)
                    .bind(journey_id)
                    .bind(draft_id)
                    .bind(read.outcome.as_str())
                    .bind(read.read_at.stored())
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

    /// The person's register access log, newest first (at most 200 entries).
    pub async fn of(self, person_id: &str) -> Result<Vec<RegisterRead>, StorageError> {
        const SQL: &str =
            "SELECT register, lookup, journey_id, draft_id, outcome, read_at FROM register_read \
             WHERE person_id = $1 ORDER BY read_at DESC, read_id DESC LIMIT 200";
        let rows: Vec<Row> =
            on_pool!(self.0, pool => sqlx::query_as(SQL).bind(person_id).fetch_all(pool).await?);
        rows.into_iter().map(RegisterRead::try_from).collect()
    }

    /// Reads of the person's records made for someone else's start (as their spouse, child,
    /// heir…), newest first (at most 200): what they were read as, from where, when and why.
    pub async fn about(self, person_id: &str) -> Result<Vec<RegisterRead>, StorageError> {
        // Not the draft it was read for: someone else's draft id stays with them.
        const SQL: &str =
            "SELECT r.register, r.lookup, r.journey_id, '' AS draft_id, r.outcome, r.read_at \
             FROM register_read_subject s \
             JOIN register_read r ON r.read_id = s.read_id \
             WHERE s.person_id = $1 AND r.person_id <> $1 \
             ORDER BY r.read_at DESC, r.read_id DESC LIMIT 200";
        let rows: Vec<Row> =
            on_pool!(self.0, pool => sqlx::query_as(SQL).bind(person_id).fetch_all(pool).await?);
        rows.into_iter().map(RegisterRead::try_from).collect()
    }
}
