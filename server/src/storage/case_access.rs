//! Who read a citizen's case (table `case_access`): one record each time a caseworker opens a
//! case, shown to the citizen on *My page*. The log is a hash chain: records are numbered
//! without gaps, each one's hash is SHA-256 over its fields and the previous record's hash, and
//! the chain's head (`case_access_head`: the last number and hash) is updated first in each
//! record's transaction, so records are written one at a time on every backend. `verify` finds
//! the first record that was changed, removed or put in.

use super::{columns::instant, known, Database, StorageError};
use app::{
    auth::Role,
    domain::{CaseRead, Instant},
    journey::Agency,
};
use sha2::{Digest, Sha256};

/// The access log of caseworkers' reads.
#[derive(Clone, Copy)]
pub struct CaseAccess<'a>(pub(super) &'a Database);

/// The hash before the first record.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One access record as stored.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct AccessRecord {
    pub case_access_id: i64,
    /// Who read (a person id).
    pub who_pid: String,
    pub agency: String,
    pub inbox_case_id: String,
    pub reference: String,
    pub citizen_pid: String,
    /// When (as stored, `2026-11-22T10:15:00.000Z`).
    pub at: String,
    /// Why: the case action (`open`).
    pub why: String,
    pub prev_hash: String,
    pub hash: String,
}

impl AccessRecord {
    /// SHA-256 over the record's fields and the previous record's hash, as lowercase hex. The
    /// fields are hashed as a JSON array of strings, so no two records hash the same text.
    pub fn expected_hash(&self) -> String {
        let fields = serde_json::json!([
            self.case_access_id.to_string(),
            self.who_pid,
            self.agency,
            self.inbox_case_id,
            self.reference,
            self.citizen_pid,
            self.at,
            self.why,
            self.prev_hash,
        ]);
        let digest = Sha256::digest(fields.to_string().as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// What a read is about: the case, its agency and its citizen.
pub struct Access<'a> {
    pub who_pid: &'a str,
    pub agency: Agency,
    pub case_id: &'a str,
    pub reference: &'a str,
    pub citizen_pid: &'a str,
    pub why: &'a str,
}

/// How the chain stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every record is as written; this many.
    Intact(usize),
    /// The first record that is not as written (or the place where one is missing), and why.
    Broken { record: i64, reason: String },
}

#[derive(sqlx::FromRow)]
struct ReadRow {
    agency: String,
    journey_id: String,
    service_id: String,
    reference: String,
    at: String,
}

#[derive(sqlx::FromRow)]
struct Head {
    seq: i64,
    hash: String,
}

const COLUMNS: &str = "case_access_id, who_pid, agency, inbox_case_id, reference, citizen_pid, \
                       at, why, prev_hash, hash";

impl CaseAccess<'_> {
    /// Writes a read to the end of the chain.
    pub async fn record(self, access: Access<'_>) -> Result<AccessRecord, StorageError> {
        // The head first: the write lock (SQLite) or the row lock (PostgreSQL) orders writers.
        const HEAD: &str = "UPDATE case_access_head SET seq = seq + 1 \
                            WHERE case_access_head_id = 1 RETURNING seq, hash";
        const INSERT: &str = "INSERT INTO case_access (case_access_id, who_pid, agency, \
             inbox_case_id, reference, citizen_pid, at, why, prev_hash, hash) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
        const MOVE: &str = "UPDATE case_access_head SET hash = $1 WHERE case_access_head_id = 1";
        on_pool!(self.0, pool => {
            let mut tx = pool.begin().await?;
            let head: Head = sqlx::query_as(HEAD).fetch_one(&mut *tx).await?;
            let mut record = AccessRecord {
                case_access_id: head.seq,
                who_pid: access.who_pid.into(),
                agency: access.agency.id().into(),
                inbox_case_id: access.case_id.into(),
                reference: access.reference.into(),
                citizen_pid: access.citizen_pid.into(),
                at: Instant::now().stored(),
                why: access.why.into(),
                prev_hash: head.hash,
                hash: String::new(),
            };
            record.hash = record.expected_hash();
            sqlx::query(INSERT)
                .bind(record.case_access_id).bind(&record.who_pid).bind(&record.agency)
                .bind(&record.inbox_case_id).bind(&record.reference).bind(&record.citizen_pid)
                .bind(&record.at).bind(&record.why).bind(&record.prev_hash).bind(&record.hash)
                .execute(&mut *tx).await?;
            sqlx::query(MOVE).bind(&record.hash).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(record)
        })
    }

    /// The reads of a citizen's cases, newest first, for *My page*.
    pub async fn of_citizen(self, citizen_pid: &str) -> Result<Vec<CaseRead>, StorageError> {
        const SQL: &str = "SELECT r.agency, c.journey_id, c.service_id, r.reference, r.at \
             FROM case_access r JOIN inbox_case c ON c.inbox_case_id = r.inbox_case_id \
             WHERE r.citizen_pid = $1 ORDER BY r.case_access_id DESC";
        let rows: Vec<ReadRow> = on_pool!(self.0, pool => sqlx::query_as(SQL)
            .bind(citizen_pid).fetch_all(pool).await?);
        rows.into_iter()
            .map(|row| {
                Ok(CaseRead {
                    agency: known("agency", row.agency, Agency::parse)?,
                    role: Role::Caseworker,
                    journey_id: row.journey_id,
                    service: row.service_id,
                    reference: row.reference,
                    at: instant("read at", &row.at)?,
                })
            })
            .collect()
    }

    /// Checks the whole chain against its head.
    pub async fn verify(self) -> Result<Verdict, StorageError> {
        let sql = format!("SELECT {COLUMNS} FROM case_access ORDER BY case_access_id");
        let records: Vec<AccessRecord> =
            on_pool!(self.0, pool => sqlx::query_as(&sql).fetch_all(pool).await?);
        let head: Head = on_pool!(self.0, pool => sqlx::query_as(
            "SELECT seq, hash FROM case_access_head WHERE case_access_head_id = 1")
            .fetch_one(pool).await?);
        Ok(verify(&records, head.seq, &head.hash))
    }
}

/// The first record of `records` (in order) that breaks the chain ending at `head`.
pub fn verify(records: &[AccessRecord], head_seq: i64, head_hash: &str) -> Verdict {
    let mut prev = GENESIS.to_string();
    for (index, record) in records.iter().enumerate() {
        let expected_id = i64::try_from(index).unwrap_or(i64::MAX).saturating_add(1);
        let broken = |reason: &str| Verdict::Broken {
            record: record.case_access_id,
            reason: reason.into(),
        };
        if record.case_access_id != expected_id {
            return broken("a record before it is missing");
        }
        if record.prev_hash != prev {
            return broken("it does not follow the record before it");
        }
        if record.hash != record.expected_hash() {
            return broken("its fields are not as they were written");
        }
        prev = record.hash.clone();
    }
    let last = i64::try_from(records.len()).unwrap_or(i64::MAX);
    if last != head_seq || prev != head_hash {
        return Verdict::Broken {
            record: last.saturating_add(1).min(head_seq),
            reason: "records at the end are missing".into(),
        };
    }
    Verdict::Intact(records.len())
}
