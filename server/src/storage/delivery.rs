//! The outbox of agency calls, what the agencies report about their cases, and (in the child
//! module) each agency's circuit. The simulated agencies' own cases are the simulator's
//! (`crate::simulator::storage`).

mod circuit;

pub use circuit::Circuit;

use super::{drafts::now, known, Database, StorageError};
use app::domain::{CaseStatus, DeliveryState};

#[derive(Clone, Debug)]
pub struct Delivery {
    pub id: String,
    pub reference: String,
    pub service: String,
    pub agency: String,
    pub operation: String,
    pub payload: String,
    pub after: Vec<String>,
    pub state: DeliveryState,
    pub attempts: i64,
    pub case_number: Option<String>,
    pub last_error: Option<String>,
    pub delivered_at: Option<String>,
    pub created_at: String,
    /// When an operator last put the call back; its give-up time counts from here.
    pub queued_at: Option<String>,
    pub dead_at: Option<String>,
    /// Until when a worker holds the call (`None`: nobody).
    pub claimed_until: Option<String>,
}

impl Delivery {
    /// When the call's retries began: its creation, or an operator's retry.
    pub fn queued_since(&self) -> &str {
        self.queued_at.as_deref().unwrap_or(&self.created_at)
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    delivery_id: String,
    reference: String,
    service_id: String,
    agency: String,
    operation: String,
    payload: String,
    after_services: String,
    state: String,
    attempts: i64,
    case_number: Option<String>,
    last_error: Option<String>,
    delivered_at: Option<String>,
    created_at: String,
    queued_at: Option<String>,
    dead_at: Option<String>,
    claimed_until: Option<String>,
}

impl TryFrom<Row> for Delivery {
    type Error = StorageError;

    fn try_from(row: Row) -> Result<Self, StorageError> {
        Ok(Delivery {
            id: row.delivery_id,
            reference: row.reference,
            service: row.service_id,
            agency: row.agency,
            operation: row.operation,
            payload: row.payload,
            after: serde_json::from_str(&row.after_services).unwrap_or_default(),
            state: known("delivery state", row.state, DeliveryState::parse)?,
            attempts: row.attempts,
            case_number: row.case_number,
            last_error: row.last_error,
            delivered_at: row.delivered_at,
            created_at: row.created_at,
            queued_at: row.queued_at,
            dead_at: row.dead_at,
            claimed_until: row.claimed_until,
        })
    }
}

const COLUMNS: &str = "delivery_id, reference, service_id, agency, operation, payload, \
                       after_services, state, attempts, case_number, last_error, delivered_at, \
                       created_at, queued_at, dead_at, claimed_until";

/// `now` plus some seconds, in the stored format.
pub fn later(seconds: f64) -> String {
    let at = chrono::Utc::now() + chrono::Duration::milliseconds((seconds * 1000.0) as i64);
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Which dead calls an operator puts back: one by id, or all of an agency's, or all dead since a
/// time (stored format), or both of the latter.
#[derive(Clone, Debug, Default)]
pub struct RetryFilter {
    pub id: Option<String>,
    pub agency: Option<String>,
    pub since: Option<String>,
}

/// What a worker hears when it records an attempt: whether its lease still held.
pub type Recorded = bool;

impl Database {
    /// Calls that are due and not leased by a worker, oldest first; none of an agency whose
    /// circuit is open or whose probe call is under way.
    pub async fn due_deliveries(&self, limit: i64) -> Result<Vec<Delivery>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM delivery WHERE state = 'pending' AND next_attempt_at <= $1 \
             AND (claimed_until IS NULL OR claimed_until < $1) \
             AND agency NOT IN (SELECT agency FROM agency_circuit \
                                WHERE open_until > $1 OR probe_until >= $1) \
             ORDER BY next_attempt_at LIMIT $2"
        );
        let at = now();
        let rows: Vec<Row> = on_pool!(self, pool => sqlx::query_as(&sql).bind(&at).bind(limit).fetch_all(pool).await?);
        rows.into_iter().map(Delivery::try_from).collect()
    }

    /// Leases a call to this worker until `until`: the lease's token, or `None` when another
    /// worker has it. Every outcome is recorded with the token (see `Recorded`).
    pub async fn claim_delivery(
        &self,
        id: &str,
        until: &str,
    ) -> Result<Option<String>, StorageError> {
        const SQL: &str = "UPDATE delivery SET claimed_until = $1, claimed_by = $2 \
                           WHERE delivery_id = $3 AND state = 'pending' \
                           AND (claimed_until IS NULL OR claimed_until < $4)";
        let token = crate::ids::random_token(16);
        let at = now();
        let claimed = on_pool!(self, pool => sqlx::query(SQL).bind(until).bind(&token).bind(id).bind(&at).execute(pool).await?.rows_affected());
        Ok((claimed == 1).then_some(token))
    }

    /// Every call not delivered yet (waiting, being retried, or dead), oldest first: what an
    /// operator looks at.
    pub async fn undelivered(&self) -> Result<Vec<Delivery>, StorageError> {
        let sql = format!("SELECT {COLUMNS} FROM delivery WHERE state <> 'delivered' ORDER BY created_at, delivery_id");
        let rows: Vec<Row> = on_pool!(self, pool => sqlx::query_as(&sql).fetch_all(pool).await?);
        rows.into_iter().map(Delivery::try_from).collect()
    }

    /// Every call of a submission, in the order they were written.
    pub async fn deliveries_of(&self, reference: &str) -> Result<Vec<Delivery>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM delivery WHERE reference = $1 ORDER BY created_at, delivery_id"
        );
        let rows: Vec<Row> =
            on_pool!(self, pool => sqlx::query_as(&sql).bind(reference).fetch_all(pool).await?);
        rows.into_iter().map(Delivery::try_from).collect()
    }

    /// One call of the outbox by id.
    pub async fn delivery(&self, id: &str) -> Result<Option<Delivery>, StorageError> {
        let sql = format!("SELECT {COLUMNS} FROM delivery WHERE delivery_id = $1");
        let row: Option<Row> =
            on_pool!(self, pool => sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?);
        row.map(Delivery::try_from).transpose()
    }

    /// Records the agency's case for a call, if `lease` still holds it.
    pub async fn delivery_done(
        &self,
        id: &str,
        lease: &str,
        case_number: &str,
    ) -> Result<Recorded, StorageError> {
        const SQL: &str =
            "UPDATE delivery SET state = 'delivered', case_number = $1, delivered_at = $2, \
                           claimed_until = NULL, claimed_by = NULL, last_error = NULL, \
                           attempts = attempts + 1 \
                           WHERE delivery_id = $3 AND claimed_by = $4 AND state = 'pending'";
        let at = now();
        let done = on_pool!(self, pool => sqlx::query(SQL).bind(case_number).bind(&at).bind(id).bind(lease).execute(pool).await?.rows_affected());
        Ok(done == 1)
    }

    /// Records a failed attempt, if `lease` still holds the call: tried again at
    /// `next_attempt_at`, or given up (`dead`).
    pub async fn delivery_failed(
        &self,
        id: &str,
        lease: &str,
        error: &str,
        next_attempt_at: &str,
        dead: bool,
    ) -> Result<Recorded, StorageError> {
        const SQL: &str = "UPDATE delivery SET attempts = attempts + 1, last_error = $1, \
                           next_attempt_at = $2, claimed_until = NULL, claimed_by = NULL, \
                           state = $3, dead_at = $4 \
                           WHERE delivery_id = $5 AND claimed_by = $6 AND state = 'pending'";
        let (state, dead_at) = if dead {
            (DeliveryState::Dead, Some(now()))
        } else {
            (DeliveryState::Pending, None)
        };
        let recorded = on_pool!(self, pool => sqlx::query(SQL).bind(error).bind(next_attempt_at).bind(state.as_str()).bind(&dead_at).bind(id).bind(lease).execute(pool).await?.rows_affected());
        Ok(recorded == 1)
    }

    /// Gives up a leased call without an attempt (what it needs is dead, or its time ran out
    /// while its agency's circuit was open), if `lease` still holds it.
    pub async fn delivery_given_up(
        &self,
        id: &str,
        lease: &str,
        error: &str,
    ) -> Result<Recorded, StorageError> {
        const SQL: &str = "UPDATE delivery SET last_error = $1, claimed_until = NULL, \
                           claimed_by = NULL, state = 'dead', dead_at = $2 \
                           WHERE delivery_id = $3 AND claimed_by = $4 AND state = 'pending'";
        let at = now();
        let recorded = on_pool!(self, pool => sqlx::query(SQL).bind(error).bind(&at).bind(id).bind(lease).execute(pool).await?.rows_affected());
        Ok(recorded == 1)
    }

    /// Hands a leased call back without an attempt (its dependencies are not done yet, or its
    /// agency's circuit holds it), if `lease` still holds it.
    pub async fn delivery_wait(
        &self,
        id: &str,
        lease: &str,
        next_attempt_at: &str,
    ) -> Result<Recorded, StorageError> {
        const SQL: &str = "UPDATE delivery SET claimed_until = NULL, claimed_by = NULL, \
                           next_attempt_at = $1 \
                           WHERE delivery_id = $2 AND claimed_by = $3 AND state = 'pending'";
        let recorded = on_pool!(self, pool => sqlx::query(SQL).bind(next_attempt_at).bind(id).bind(lease).execute(pool).await?.rows_affected());
        Ok(recorded == 1)
    }

    /// Dead-letters the calls still pending that were queued before `cutoff` (their give-up
    /// time has passed) and that no worker holds: a call held back by its agency's circuit, or
    /// retried and never answered. A call that only waits for another (never tried itself) waits
    /// on: it dies when what it needs dies. Returns `(id, agency)` of each.
    pub async fn give_up_overdue(
        &self,
        cutoff: &str,
        reason: &str,
    ) -> Result<Vec<(String, String)>, StorageError> {
        const SQL: &str = "UPDATE delivery SET state = 'dead', dead_at = $1, claimed_until = NULL, \
                           claimed_by = NULL, last_error = $2 || COALESCE(last_error, 'never sent') \
                           WHERE state = 'pending' AND (claimed_until IS NULL OR claimed_until < $1) \
                           AND COALESCE(queued_at, created_at) < $3 \
                           AND (after_services = '[]' OR attempts > 0) \
                           RETURNING delivery_id, agency";
        let at = now();
        let reason = format!("{reason}; last error: ");
        Ok(
            on_pool!(self, pool => sqlx::query_as(SQL).bind(&at).bind(&reason).bind(cutoff).fetch_all(pool).await?),
        )
    }

    /// Sends a dead call again (an operator's retry).
    pub async fn retry_delivery(&self, id: &str) -> Result<bool, StorageError> {
        let filter = RetryFilter {
            id: Some(id.to_string()),
            ..RetryFilter::default()
        };
        Ok(self
            .retry_dead(&filter)
            .await?
            .iter()
            .any(|queued| queued == id))
    }

    /// Puts the dead calls `filter` names back in the queue (attempts from zero, give-up time
    /// from now, the same idempotency key), and with each the dead calls of its submission that
    /// need it (they died with it). Returns the ids put back.
    pub async fn retry_dead(&self, filter: &RetryFilter) -> Result<Vec<String>, StorageError> {
        const SELECT: &str = "SELECT delivery_id, reference, service_id FROM delivery \
                              WHERE state = 'dead' AND ($1 IS NULL OR delivery_id = $1) \
                              AND ($2 IS NULL OR agency = $2) \
                              AND ($3 IS NULL OR COALESCE(dead_at, created_at) >= $3) \
                              ORDER BY created_at, delivery_id";
        const REQUEUE: &str = "UPDATE delivery SET state = 'pending', attempts = 0, \
                               next_attempt_at = $1, queued_at = $1, dead_at = NULL, \
                               claimed_until = NULL, claimed_by = NULL \
                               WHERE delivery_id = $2 AND state = 'dead'";
        let mut todo: Vec<(String, String, String)> = on_pool!(self, pool => sqlx::query_as(SELECT)
            .bind(&filter.id).bind(&filter.agency).bind(&filter.since)
            .fetch_all(pool).await?);
        todo.reverse();
        let mut queued = Vec::new();
        while let Some((id, reference, service)) = todo.pop() {
            let at = now();
            let requeued = on_pool!(self, pool => sqlx::query(REQUEUE).bind(&at).bind(&id).execute(pool).await?.rows_affected());
            if requeued != 1 {
                continue;
            }
            queued.push(id);
            for dependent in self.deliveries_of(&reference).await? {
                if dependent.state == DeliveryState::Dead && dependent.after.contains(&service) {
                    todo.push((dependent.id, dependent.reference, dependent.service));
                }
            }
        }
        Ok(queued)
    }
}

impl Database {
    /// Stores a reported status once; `false` when it was already stored: a repeated callback,
    /// or one telling what was already known by then (a poll that got no time from the agency
    /// stored it when it was heard, after the agency set it). The same status set again after
    /// that (information asked for twice) is stored.
    pub async fn add_case_event(
        &self,
        delivery_id: &str,
        status: CaseStatus,
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
        let added = on_pool!(self, pool => sqlx::query(SQL).bind(delivery_id).bind(status.as_str()).bind(message).bind(reported_at).bind(&at).execute(pool).await?.rows_affected());
        Ok(added == 1)
    }

    /// Every reported status of a submission's calls: `(delivery id, status, message, reported at)`.
    pub async fn case_events_of(
        &self,
        reference: &str,
    ) -> Result<Vec<(String, CaseStatus, Option<String>, String)>, StorageError> {
        const SQL: &str =
            "SELECT e.delivery_id, e.status, e.message, e.reported_at FROM case_event e \
                           JOIN delivery d ON d.delivery_id = e.delivery_id WHERE d.reference = $1 \
                           ORDER BY e.reported_at, e.received_at";
        let rows: Vec<(String, String, Option<String>, String)> =
            on_pool!(self, pool => sqlx::query_as(SQL).bind(reference).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(id, status, message, at)| {
                Ok((
                    id,
                    known("case status", status, CaseStatus::parse)?,
                    message,
                    at,
                ))
            })
            .collect()
    }

    /// Delivered calls whose case is not decided, from which nothing was heard since
    /// `quiet_since` and which were not asked about since `polled_before`, least recently asked
    /// first: `(delivery id, agency, case number, latest status)`, at most `limit`.
    pub async fn quiet_cases(
        &self,
        quiet_since: &str,
        polled_before: &str,
        limit: i64,
    ) -> Result<Vec<(String, String, String, Option<CaseStatus>)>, StorageError> {
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
        let rows: Vec<(String, String, String, Option<String>)> = on_pool!(self, pool => sqlx::query_as(SQL).bind(quiet_since).bind(polled_before).bind(limit).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(id, agency, case, latest)| {
                let latest = latest
                    .map(|status| known("case status", status, CaseStatus::parse))
                    .transpose()?;
                Ok((id, agency, case, latest))
            })
            .collect()
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
}
