//! One agency's calls as its admins and caseworkers look at them (the deliveries page): the
//! calls not delivered yet or the ones delivered, each with its submission's journey and the
//! agency's latest reported status, and who put which call back in the queue (`delivery_retry`).

use super::{
    super::{
        columns::{from_json, instant, optional_instant},
        known, StorageError,
    },
    Outbox,
};
use app::domain::{CaseStatus, DeliveryState, Instant};

/// A call of one agency, with what the deliveries page shows beside it.
#[derive(Clone, Debug)]
pub struct AgencyCall {
    pub id: String,
    pub reference: String,
    pub journey_id: String,
    pub service: String,
    pub operation: String,
    pub payload: serde_json::Value,
    pub state: DeliveryState,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: Instant,
    /// When an operator or admin last put it back (`None`: never).
    pub queued_at: Option<Instant>,
    pub next_attempt_at: Instant,
    pub dead_at: Option<Instant>,
    pub delivered_at: Option<Instant>,
    pub case_number: Option<String>,
    /// The latest status the agency reported, and when it set it.
    pub latest: Option<(CaseStatus, Instant)>,
}

/// A call put back in the queue: when, and by whom (`None`: the operator's command).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Retry {
    pub delivery_id: String,
    pub at: Instant,
    /// The person's name.
    pub who: Option<String>,
}

#[derive(sqlx::FromRow)]
struct CallRow {
    delivery_id: String,
    reference: String,
    journey_id: String,
    service_id: String,
    operation: String,
    payload: String,
    state: String,
    attempts: i64,
    last_error: Option<String>,
    created_at: String,
    queued_at: Option<String>,
    next_attempt_at: String,
    dead_at: Option<String>,
    delivered_at: Option<String>,
    case_number: Option<String>,
    latest: Option<String>,
    latest_at: Option<String>,
}

impl TryFrom<CallRow> for AgencyCall {
    type Error = StorageError;

    fn try_from(row: CallRow) -> Result<AgencyCall, StorageError> {
        let latest = match (row.latest, row.latest_at) {
            (Some(status), Some(at)) => Some((
                known("case status", status, CaseStatus::parse)?,
                instant("reported at", &at)?,
            )),
            _ => None,
        };
        Ok(AgencyCall {
            id: row.delivery_id,
            reference: row.reference,
            journey_id: row.journey_id,
            service: row.service_id,
            operation: row.operation,
            payload: from_json("payload", &row.payload)?,
            state: known("delivery state", row.state, DeliveryState::parse)?,
            attempts: row.attempts,
            last_error: row.last_error,
            created_at: instant("created at", &row.created_at)?,
            queued_at: optional_instant("queued at", row.queued_at.as_deref())?,
            next_attempt_at: instant("next attempt at", &row.next_attempt_at)?,
            dead_at: optional_instant("dead at", row.dead_at.as_deref())?,
            delivered_at: optional_instant("delivered at", row.delivered_at.as_deref())?,
            case_number: row.case_number,
            latest,
        })
    }
}

#[derive(sqlx::FromRow)]
struct RetryRow {
    delivery_id: String,
    at: String,
    who: Option<String>,
}

fn retries(rows: Vec<RetryRow>) -> Result<Vec<Retry>, StorageError> {
    rows.into_iter()
        .map(|row| {
            Ok(Retry {
                delivery_id: row.delivery_id,
                at: instant("retried at", &row.at)?,
                who: row.who,
            })
        })
        .collect()
}

impl Outbox<'_> {
    /// `agency`'s calls, newest first, at most `limit`: the ones delivered (`delivered`), or
    /// the ones not delivered yet — waiting, being retried or dead.
    pub async fn of_agency(
        self,
        agency: &str,
        delivered: bool,
        limit: i64,
    ) -> Result<Vec<AgencyCall>, StorageError> {
        const SQL: &str = "SELECT d.delivery_id, d.reference, s.journey_id, d.service_id, \
             d.operation, d.payload, d.state, d.attempts, d.last_error, d.created_at, \
             d.queued_at, d.next_attempt_at, d.dead_at, d.delivered_at, d.case_number, \
             (SELECT e.status FROM case_event e WHERE e.delivery_id = d.delivery_id \
              ORDER BY e.reported_at DESC, e.received_at DESC LIMIT 1) AS latest, \
             (SELECT e.reported_at FROM case_event e WHERE e.delivery_id = d.delivery_id \
              ORDER BY e.reported_at DESC, e.received_at DESC LIMIT 1) AS latest_at \
             FROM delivery d JOIN submission s ON s.reference = d.reference \
             WHERE d.agency = $1 AND d.state IN ($2, $3) \
             ORDER BY d.created_at DESC, d.delivery_id DESC LIMIT $4";
        let states = if delivered {
            [DeliveryState::Delivered, DeliveryState::Delivered]
        } else {
            [DeliveryState::Pending, DeliveryState::Dead]
        };
        let rows: Vec<CallRow> = on_pool!(self.0, pool => sqlx::query_as(SQL)
            .bind(agency).bind(states[0].as_str()).bind(states[1].as_str()).bind(limit)
            .fetch_all(pool).await?);
        rows.into_iter().map(AgencyCall::try_from).collect()
    }

    /// Every retry of `agency`'s calls, oldest first, with who asked for it by name.
    pub async fn retries_of_agency(self, agency: &str) -> Result<Vec<Retry>, StorageError> {
        const SQL: &str = "SELECT r.delivery_id, r.at, p.name AS who FROM delivery_retry r \
             JOIN delivery d ON d.delivery_id = r.delivery_id \
             LEFT JOIN person p ON p.person_id = r.who_pid \
             WHERE d.agency = $1 ORDER BY r.at, r.delivery_retry_id";
        let rows: Vec<RetryRow> =
            on_pool!(self.0, pool => sqlx::query_as(SQL).bind(agency).fetch_all(pool).await?);
        retries(rows)
    }

    /// Every retry of one call, oldest first (an inbox case's history shows them).
    pub async fn retries_of_call(self, delivery_id: &str) -> Result<Vec<Retry>, StorageError> {
        const SQL: &str = "SELECT r.delivery_id, r.at, p.name AS who FROM delivery_retry r \
             LEFT JOIN person p ON p.person_id = r.who_pid \
             WHERE r.delivery_id = $1 ORDER BY r.at, r.delivery_retry_id";
        let rows: Vec<RetryRow> =
            on_pool!(self.0, pool => sqlx::query_as(SQL).bind(delivery_id).fetch_all(pool).await?);
        retries(rows)
    }
}
