//! The outbox of agency calls, and the simulated agencies' cases.

use super::{drafts::now, Database, StorageError};

#[derive(Clone, Debug)]
pub struct Delivery {
    pub id: String,
    pub reference: String,
    pub service: String,
    pub agency: String,
    pub operation: String,
    pub payload: String,
    pub after: Vec<String>,
    pub state: String,
    pub attempts: i64,
    pub case_number: Option<String>,
    pub last_error: Option<String>,
    pub delivered_at: Option<String>,
}

type Row = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn delivery(row: Row) -> Delivery {
    let (
        id,
        reference,
        service,
        agency,
        operation,
        payload,
        after,
        state,
        attempts,
        case_number,
        last_error,
        delivered_at,
    ) = row;
    Delivery {
        id,
        reference,
        service,
        agency,
        operation,
        payload,
        after: serde_json::from_str(&after).unwrap_or_default(),
        state,
        attempts,
        case_number,
        last_error,
        delivered_at,
    }
}

const COLUMNS: &str =
    "delivery_id, reference, service_id, agency, operation, payload, after_services, \
                       state, attempts, case_number, last_error, delivered_at";

/// `now` plus some seconds, in the stored format.
pub fn later(seconds: f64) -> String {
    let at = chrono::Utc::now() + chrono::Duration::milliseconds((seconds * 1000.0) as i64);
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Database {
    /// Calls that are due and not leased by a worker, oldest first.
    pub async fn due_deliveries(&self, limit: i64) -> Result<Vec<Delivery>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM delivery WHERE state = 'pending' AND next_attempt_at <= $1 \
             AND (claimed_until IS NULL OR claimed_until < $1) ORDER BY next_attempt_at LIMIT $2"
        );
        let at = now();
        let rows: Vec<Row> = on_pool!(self, pool => sqlx::query_as(&sql).bind(&at).bind(limit).fetch_all(pool).await?);
        Ok(rows.into_iter().map(delivery).collect())
    }

    /// Leases a call to this worker until `until`; false when another worker has it.
    pub async fn claim_delivery(&self, id: &str, until: &str) -> Result<bool, StorageError> {
        const SQL: &str =
            "UPDATE delivery SET claimed_until = $1 WHERE delivery_id = $2 AND state = 'pending' \
                           AND (claimed_until IS NULL OR claimed_until < $3)";
        let at = now();
        let claimed = on_pool!(self, pool => sqlx::query(SQL).bind(until).bind(id).bind(&at).execute(pool).await?.rows_affected());
        Ok(claimed == 1)
    }

    /// Every call not delivered yet (waiting, being retried, or dead), oldest first: what an
    /// operator looks at.
    pub async fn undelivered(&self) -> Result<Vec<Delivery>, StorageError> {
        let sql = format!("SELECT {COLUMNS} FROM delivery WHERE state <> 'delivered' ORDER BY created_at, delivery_id");
        let rows: Vec<Row> = on_pool!(self, pool => sqlx::query_as(&sql).fetch_all(pool).await?);
        Ok(rows.into_iter().map(delivery).collect())
    }

    /// Every call of a submission, in the order they were written.
    pub async fn deliveries_of(&self, reference: &str) -> Result<Vec<Delivery>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM delivery WHERE reference = $1 ORDER BY created_at, delivery_id"
        );
        let rows: Vec<Row> =
            on_pool!(self, pool => sqlx::query_as(&sql).bind(reference).fetch_all(pool).await?);
        Ok(rows.into_iter().map(delivery).collect())
    }

    pub async fn delivery_done(&self, id: &str, case_number: &str) -> Result<(), StorageError> {
        const SQL: &str = "UPDATE delivery SET state = 'delivered', case_number = $1, delivered_at = $2, \
                           claimed_until = NULL, last_error = NULL, attempts = attempts + 1 WHERE delivery_id = $3";
        let at = now();
        on_pool!(self, pool => { sqlx::query(SQL).bind(case_number).bind(&at).bind(id).execute(pool).await?; });
        Ok(())
    }

    /// Records a failed attempt: tried again at `next_attempt_at`, or given up (`dead`).
    pub async fn delivery_failed(
        &self,
        id: &str,
        error: &str,
        next_attempt_at: &str,
        dead: bool,
    ) -> Result<(), StorageError> {
        const SQL: &str =
            "UPDATE delivery SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2, \
                           claimed_until = NULL, state = $3 WHERE delivery_id = $4";
        let state = if dead { "dead" } else { "pending" };
        on_pool!(self, pool => { sqlx::query(SQL).bind(error).bind(next_attempt_at).bind(state).bind(id).execute(pool).await?; });
        Ok(())
    }

    /// Hands a leased call back without an attempt (its dependencies are not done yet).
    pub async fn delivery_wait(&self, id: &str, next_attempt_at: &str) -> Result<(), StorageError> {
        const SQL: &str =
            "UPDATE delivery SET claimed_until = NULL, next_attempt_at = $1 WHERE delivery_id = $2";
        on_pool!(self, pool => { sqlx::query(SQL).bind(next_attempt_at).bind(id).execute(pool).await?; });
        Ok(())
    }

    /// Sends a dead call again (an operator's retry).
    pub async fn retry_delivery(&self, id: &str) -> Result<bool, StorageError> {
        const SQL: &str =
            "UPDATE delivery SET state = 'pending', attempts = 0, next_attempt_at = $1, \
                           claimed_until = NULL WHERE delivery_id = $2 AND state = 'dead'";
        let at = now();
        Ok(
            on_pool!(self, pool => sqlx::query(SQL).bind(&at).bind(id).execute(pool).await?.rows_affected())
                == 1,
        )
    }

    /// The simulator: the case for an idempotency key, made once.
    pub async fn sim_case(
        &self,
        agency: &str,
        key: &str,
        operation: &str,
        payload: &str,
    ) -> Result<(String, bool), StorageError> {
        const INSERT: &str = "INSERT INTO sim_case (agency, idempotency_key, case_number, operation, payload, created_at) \
                              VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (agency, idempotency_key) DO NOTHING";
        const READ: &str =
            "SELECT case_number FROM sim_case WHERE agency = $1 AND idempotency_key = $2";
        let candidate = format!(
            "{}-{}",
            agency.to_uppercase(),
            crate::identity::dev_provider::random_token(6)
        );
        let at = now();
        let created = on_pool!(self, pool => sqlx::query(INSERT)
            .bind(agency).bind(key).bind(&candidate).bind(operation).bind(payload).bind(&at)
            .execute(pool).await?.rows_affected());
        let case: String = on_pool!(self, pool => sqlx::query_scalar(READ).bind(agency).bind(key).fetch_one(pool).await?);
        Ok((case, created == 1))
    }

    /// How many cases the simulated agency has for a key prefix (a submission's reference).
    pub async fn sim_cases_for(
        &self,
        key_prefix: &str,
    ) -> Result<Vec<(String, String)>, StorageError> {
        const SQL: &str = "SELECT agency, case_number FROM sim_case WHERE idempotency_key LIKE $1 ORDER BY agency";
        Ok(
            on_pool!(self, pool => sqlx::query_as(SQL).bind(format!("{key_prefix}%")).fetch_all(pool).await?),
        )
    }

    /// The payload a simulated agency received for a key.
    pub async fn sim_payload(
        &self,
        agency: &str,
        key: &str,
    ) -> Result<Option<String>, StorageError> {
        const SQL: &str = "SELECT payload FROM sim_case WHERE agency = $1 AND idempotency_key = $2";
        Ok(
            on_pool!(self, pool => sqlx::query_scalar(SQL).bind(agency).bind(key).fetch_optional(pool).await?),
        )
    }
}

/// The statuses an agency may report (shared with the pages that show them).
pub use app::pages::journey::CASE_STATUSES as STATUSES;

impl Database {
    /// Stores a reported status once; `false` when it was already stored: a repeated callback,
    /// or one telling what was already known by then (a poll that got no time from the agency
    /// stored it when it was heard, after the agency set it). The same status set again after
    /// that (information asked for twice) is stored.
    pub async fn add_case_event(
        &self,
        delivery_id: &str,
        status: &str,
        message: Option<&str>,
        reported_at: &str,
    ) -> Result<bool, StorageError> {
        const SQL: &str = "INSERT INTO case_event (delivery_id, status, message, reported_at, received_at) \
                           SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS (\
                             SELECT 1 FROM (SELECT status, message, received_at FROM case_event \
                               WHERE delivery_id = $1 ORDER BY reported_at DESC, received_at DESC LIMIT 1) latest \
                             WHERE latest.status = $2 AND latest.message IS NOT DISTINCT FROM $3 \
                               AND latest.received_at >= $4) \
                           ON CONFLICT (delivery_id, status, reported_at) DO NOTHING";
        let at = now();
        let added = on_pool!(self, pool => sqlx::query(SQL).bind(delivery_id).bind(status).bind(message).bind(reported_at).bind(&at).execute(pool).await?.rows_affected());
        Ok(added == 1)
    }

    /// Every reported status of a submission's calls: `(delivery id, status, message, reported at)`.
    pub async fn case_events_of(
        &self,
        reference: &str,
    ) -> Result<Vec<(String, String, Option<String>, String)>, StorageError> {
        const SQL: &str =
            "SELECT e.delivery_id, e.status, e.message, e.reported_at FROM case_event e \
                           JOIN delivery d ON d.delivery_id = e.delivery_id WHERE d.reference = $1 \
                           ORDER BY e.reported_at, e.received_at";
        Ok(on_pool!(self, pool => sqlx::query_as(SQL).bind(reference).fetch_all(pool).await?))
    }

    /// Delivered calls whose case is not decided, from which nothing was heard since
    /// `quiet_since` and which were not asked about since `polled_before`, least recently asked
    /// first: `(delivery id, agency, case number, latest status)`, at most `limit`.
    pub async fn quiet_cases(
        &self,
        quiet_since: &str,
        polled_before: &str,
        limit: i64,
    ) -> Result<Vec<(String, String, String, Option<String>)>, StorageError> {
        const SQL: &str = "SELECT d.delivery_id, d.agency, d.case_number, \
             (SELECT e.status FROM case_event e WHERE e.delivery_id = d.delivery_id \
              ORDER BY e.reported_at DESC, e.received_at DESC LIMIT 1) FROM delivery d \
             WHERE d.state = 'delivered' AND d.case_number IS NOT NULL \
             AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.delivery_id = d.delivery_id \
                             AND e.status IN ('approved', 'rejected')) \
             AND COALESCE((SELECT MAX(e.received_at) FROM case_event e \
                           WHERE e.delivery_id = d.delivery_id), d.delivered_at) < $1 \
             AND COALESCE(d.last_polled_at, d.delivered_at) < $2 \
             ORDER BY COALESCE(d.last_polled_at, d.delivered_at) LIMIT $3";
        Ok(
            on_pool!(self, pool => sqlx::query_as(SQL).bind(quiet_since).bind(polled_before).bind(limit).fetch_all(pool).await?),
        )
    }

    /// Claims this round's poll of a call's case (`at`), unless it was asked about since
    /// `polled_before` (by another instance): `true` when this instance is to ask.
    pub async fn claim_poll(
        &self,
        delivery_id: &str,
        at: &str,
        polled_before: &str,
    ) -> Result<bool, StorageError> {
        const SQL: &str = "UPDATE delivery SET last_polled_at = $1 WHERE delivery_id = $2 \
                           AND COALESCE(last_polled_at, delivered_at) < $3";
        let claimed = on_pool!(self, pool => sqlx::query(SQL).bind(at).bind(delivery_id).bind(polled_before).execute(pool).await?.rows_affected());
        Ok(claimed == 1)
    }

    /// One call of the outbox by id.
    pub async fn delivery(&self, id: &str) -> Result<Option<Delivery>, StorageError> {
        let sql = format!("SELECT {COLUMNS} FROM delivery WHERE delivery_id = $1");
        let row: Option<Row> =
            on_pool!(self, pool => sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?);
        Ok(row.map(delivery))
    }

    /// The simulator moves a case on, at `at`.
    pub async fn sim_set_status(
        &self,
        case_number: &str,
        status: &str,
        message: Option<&str>,
        at: &str,
    ) -> Result<(), StorageError> {
        const SQL: &str =
            "UPDATE sim_case SET status = $1, message = $2, status_at = $3 WHERE case_number = $4";
        on_pool!(self, pool => { sqlx::query(SQL).bind(status).bind(message).bind(at).bind(case_number).execute(pool).await?; });
        Ok(())
    }

    /// The simulator's case for polling: `(agency, status, message, since)`.
    pub async fn sim_status(
        &self,
        case_number: &str,
    ) -> Result<Option<(String, String, Option<String>, Option<String>)>, StorageError> {
        const SQL: &str =
            "SELECT agency, status, message, status_at FROM sim_case WHERE case_number = $1";
        Ok(
            on_pool!(self, pool => sqlx::query_as(SQL).bind(case_number).fetch_optional(pool).await?),
        )
    }
}
