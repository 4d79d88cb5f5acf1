//! The simulated agencies' cases, in the simulator's own table `sim_case` (its migrations are in
//! `server/migrations/<backend>/` with everyone else's). Each case keeps its own progress — its
//! status, when it moves on, where and when its status is to be reported — so a restarted
//! simulator carries on where it stopped, and several instances sharing a database move each
//! case once (every step is a conditional update).
//!
//! A repository like those of `crate::storage` (`database.sim_cases()`), kept here so that a
//! portal built without the simulator has neither its table's SQL nor its types. Statuses stay
//! words: a simulated agency may be told to report one the portal does not know.

use crate::storage::{instant, on_pool, optional_instant, Database, StorageError};
use app::domain::Instant;

/// The simulated agencies' cases.
#[derive(Clone, Copy)]
pub struct SimCases<'a>(&'a Database);

impl Database {
    pub fn sim_cases(&self) -> SimCases<'_> {
        SimCases(self)
    }
}

/// A case a simulated agency opens for a call.
#[derive(Clone, Debug)]
pub struct NewSimCase<'a> {
    pub agency: &'a str,
    pub key: &'a str,
    pub operation: &'a str,
    pub payload: &'a str,
    /// Where its status callbacks go (`None`: the simulator's own server).
    pub callback_url: Option<&'a str>,
    /// How it ends (`None`: approved), and with what message.
    pub outcome: Option<&'a str>,
    pub message: Option<&'a str>,
    /// Never reported by callback: only polling finds it.
    pub silent: bool,
    /// When it moves on from `received`.
    pub next_step_at: Instant,
}

/// A simulated agency's case for a submission.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct SimCase {
    pub agency: String,
    pub case_number: String,
}

/// How a case stands, for polling.
#[derive(Clone, Debug)]
pub struct SimStatus {
    pub agency: String,
    pub status: String,
    pub message: Option<String>,
    /// When the status was set.
    pub since: Option<Instant>,
}

/// A case due to move on.
#[derive(Clone, Debug)]
pub struct SimStep {
    pub case_number: String,
    pub status: String,
    pub outcome: Option<String>,
    pub outcome_message: Option<String>,
    pub next_step_at: Instant,
}

/// A case whose current status is due to be reported by callback.
#[derive(Clone, Debug)]
pub struct SimCallback {
    pub agency: String,
    pub idempotency_key: String,
    pub case_number: String,
    pub status: String,
    pub message: Option<String>,
    pub status_at: Instant,
    pub callback_url: Option<String>,
    pub callback_attempts: i64,
    pub callback_due_at: Instant,
}

#[derive(sqlx::FromRow)]
struct StatusRow {
    agency: String,
    status: String,
    message: Option<String>,
    status_at: Option<String>,
}

#[derive(sqlx::FromRow)]
struct StepRow {
    case_number: String,
    status: String,
    outcome: Option<String>,
    outcome_message: Option<String>,
    next_step_at: String,
}

#[derive(sqlx::FromRow)]
struct CallbackRow {
    agency: String,
    idempotency_key: String,
    case_number: String,
    status: String,
    message: Option<String>,
    status_at: String,
    callback_url: Option<String>,
    callback_attempts: i64,
    callback_due_at: String,
}

impl SimCases<'_> {
    /// The case for an idempotency key, made once: `(case number, whether it was made now)`.
    pub async fn create(self, new: NewSimCase<'_>) -> Result<(String, bool), StorageError> {
        const INSERT: &str = "INSERT INTO sim_case (agency, idempotency_key, case_number, operation, \
                              payload, created_at, status, status_at, callback_url, outcome, \
                              outcome_message, silent, next_step_at, callback_due_at) \
                              VALUES ($1, $2, $3, $4, $5, $6, 'received', $6, $7, $8, $9, $10, $11, $12) \
                              ON CONFLICT (agency, idempotency_key) DO NOTHING";
        const READ: &str =
            "SELECT case_number FROM sim_case WHERE agency = $1 AND idempotency_key = $2";
        let candidate = format!(
            "{}-{}",
            new.agency.to_uppercase(),
            crate::ids::random_token(6)
        );
        let at = Instant::now().stored();
        let callback_due = (!new.silent).then_some(at.as_str());
        let created = on_pool!(self.0, pool => sqlx::query(INSERT)
            .bind(new.agency).bind(new.key).bind(&candidate).bind(new.operation).bind(new.payload)
            .bind(&at).bind(new.callback_url).bind(new.outcome).bind(new.message)
            .bind(i64::from(new.silent)).bind(new.next_step_at.stored()).bind(callback_due)
            .execute(pool).await?.rows_affected());
        let case: String = on_pool!(self.0, pool => sqlx::query_scalar(READ)
            .bind(new.agency).bind(new.key).fetch_one(pool).await?);
        Ok((case, created == 1))
    }

    /// The simulated agencies' cases for a submission.
    pub async fn for_submission(self, reference: &str) -> Result<Vec<SimCase>, StorageError> {
        const SQL: &str = "SELECT agency, case_number FROM sim_case WHERE idempotency_key LIKE $1 \
                           OR idempotency_key IN (SELECT delivery_id FROM delivery WHERE reference = $2) \
                           ORDER BY agency";
        Ok(on_pool!(self.0, pool => sqlx::query_as(SQL)
            .bind(format!("{reference}:%")).bind(reference).fetch_all(pool).await?))
    }

    /// The payload a simulated agency received for a key.
    pub async fn payload(self, agency: &str, key: &str) -> Result<Option<String>, StorageError> {
        const SQL: &str = "SELECT payload FROM sim_case WHERE agency = $1 AND idempotency_key = $2";
        Ok(on_pool!(self.0, pool => sqlx::query_scalar(SQL)
            .bind(agency).bind(key).fetch_optional(pool).await?))
    }

    /// How a case stands, for polling.
    pub async fn status(self, case_number: &str) -> Result<Option<SimStatus>, StorageError> {
        const SQL: &str =
            "SELECT agency, status, message, status_at FROM sim_case WHERE case_number = $1";
        let row: Option<StatusRow> = on_pool!(self.0, pool => sqlx::query_as(SQL)
            .bind(case_number).fetch_optional(pool).await?);
        row.map(|row| {
            Ok(SimStatus {
                agency: row.agency,
                status: row.status,
                message: row.message,
                since: optional_instant("status at", row.status_at.as_deref())?,
            })
        })
        .transpose()
    }

    /// Cases due to move on by `at`, the longest due first. A case whose status is still to be
    /// reported waits for that (or for its callback to be given up), so every status is told.
    pub async fn due_steps(self, at: Instant, limit: i64) -> Result<Vec<SimStep>, StorageError> {
        const SQL: &str = "SELECT case_number, status, outcome, outcome_message, next_step_at \
                           FROM sim_case WHERE next_step_at <= $1 AND callback_due_at IS NULL \
                           ORDER BY next_step_at LIMIT $2";
        let rows: Vec<StepRow> = on_pool!(self.0, pool => sqlx::query_as(SQL)
            .bind(at.stored()).bind(limit).fetch_all(pool).await?);
        rows.into_iter()
            .map(|row| {
                Ok(SimStep {
                    case_number: row.case_number,
                    status: row.status,
                    outcome: row.outcome,
                    outcome_message: row.outcome_message,
                    next_step_at: instant("next step at", &row.next_step_at)?,
                })
            })
            .collect()
    }

    /// Moves a case from `step` to `status` at `at` (then on at `next_step_at`, or never), its
    /// callback due now unless it is silent. `false` when another instance moved it first.
    pub async fn advance(
        self,
        step: &SimStep,
        status: &str,
        message: Option<&str>,
        at: Instant,
        next_step_at: Option<Instant>,
    ) -> Result<bool, StorageError> {
        const SQL: &str = "UPDATE sim_case SET status = $1, message = $2, status_at = $3, \
                           next_step_at = $4, callback_attempts = 0, \
                           callback_due_at = CASE WHEN silent = 0 THEN $3 ELSE NULL END \
                           WHERE case_number = $5 AND status = $6 AND next_step_at = $7";
        let next_step_at = next_step_at.map(Instant::stored);
        let moved = on_pool!(self.0, pool => sqlx::query(SQL).bind(status).bind(message)
            .bind(at.stored()).bind(&next_step_at).bind(&step.case_number).bind(&step.status)
            .bind(step.next_step_at.stored())
            .execute(pool).await?.rows_affected());
        Ok(moved == 1)
    }

    /// Cases whose status is due to be reported by `at`, the longest due first.
    pub async fn due_callbacks(
        self,
        at: Instant,
        limit: i64,
    ) -> Result<Vec<SimCallback>, StorageError> {
        const SQL: &str = "SELECT agency, idempotency_key, case_number, status, message, \
                           status_at, callback_url, callback_attempts, callback_due_at \
                           FROM sim_case WHERE callback_due_at <= $1 AND status_at IS NOT NULL \
                           ORDER BY callback_due_at LIMIT $2";
        let rows: Vec<CallbackRow> = on_pool!(self.0, pool => sqlx::query_as(SQL)
            .bind(at.stored()).bind(limit).fetch_all(pool).await?);
        rows.into_iter()
            .map(|row| {
                Ok(SimCallback {
                    agency: row.agency,
                    idempotency_key: row.idempotency_key,
                    case_number: row.case_number,
                    status: row.status,
                    message: row.message,
                    status_at: instant("status at", &row.status_at)?,
                    callback_url: row.callback_url,
                    callback_attempts: row.callback_attempts,
                    callback_due_at: instant("callback due at", &row.callback_due_at)?,
                })
            })
            .collect()
    }

    /// Takes a due callback to send it, holding it until `until`: `false` when another
    /// instance took it.
    pub async fn claim_callback(
        self,
        due: &SimCallback,
        until: Instant,
    ) -> Result<bool, StorageError> {
        const SQL: &str = "UPDATE sim_case SET callback_due_at = $1 \
                           WHERE case_number = $2 AND callback_due_at = $3";
        let claimed = on_pool!(self.0, pool => sqlx::query(SQL).bind(until.stored())
            .bind(&due.case_number).bind(due.callback_due_at.stored())
            .execute(pool).await?.rows_affected());
        Ok(claimed == 1)
    }

    /// Records how a callback went: sent (`next` `None` and `sent`), to be tried again at
    /// `next`, or given up. A status that changed meanwhile has its own callback due.
    pub async fn callback_tried(
        self,
        due: &SimCallback,
        sent: bool,
        next: Option<Instant>,
    ) -> Result<(), StorageError> {
        const SQL: &str = "UPDATE sim_case SET callback_due_at = $1, \
                           callback_attempts = CASE WHEN $2 = 1 THEN 0 ELSE callback_attempts + 1 END \
                           WHERE case_number = $3 AND status_at = $4";
        let next = next.map(Instant::stored);
        on_pool!(self.0, pool => {
            sqlx::query(SQL).bind(&next).bind(i64::from(sent)).bind(&due.case_number)
                .bind(due.status_at.stored()).execute(pool).await?;
        });
        Ok(())
    }
}
