//! The outbox of agency calls (table `delivery`): written with its submission, leased by the
//! workers, marked delivered, retried or dead-lettered (`attempts`), put back by an operator
//! (`retry`), listed per agency for its deliveries page (`agency`). Each agency's circuit is beside
//! it (`circuits`); what the agencies report about the cases is `CaseEvents`.

mod agency;
mod attempts;
mod circuits;
mod retry;

pub use agency::{AgencyCall, Retry};
pub use attempts::{GivenUp, Recorded};
pub(super) use attempts::{DELIVERED, WAKE_WAITING};
pub use circuits::{Circuit, Circuits};
pub use retry::RetryFilter;

use super::{
    columns::{from_json, instant, optional_instant},
    known, Database, StorageError,
};
use app::domain::{DeliveryState, Instant};

/// Calls became due in this process (a submission committed, a call delivered that others wait
/// for, a dead call put back): the delivery worker wakes at once instead of at its next poll.
/// Polling stays for what another instance wrote and for retries that fall due; a wake-up that
/// finds nothing costs one query. Every waiting worker wakes (several portals can share a
/// process, as in the tests); a worker waits on it from before its round, so a wake-up during
/// the round is not missed.
pub fn work_waiting() -> &'static tokio::sync::Notify {
    static WORK: std::sync::OnceLock<tokio::sync::Notify> = std::sync::OnceLock::new();
    WORK.get_or_init(tokio::sync::Notify::new)
}

/// The outbox: every submission's agency calls.
#[derive(Clone, Copy)]
pub struct Outbox<'a>(pub(super) &'a Database);

/// A new call, as `Submissions::submit` writes it in the submission's transaction: `$1` its id
/// (the idempotency key), `$2` the reference, `$3` service, `$4` agency, `$5` operation, `$6`
/// payload, `$7` the services it waits for (JSON), `$8` now.
pub(super) const NEW_CALL: &str =
    "INSERT INTO delivery (delivery_id, reference, service_id, agency, operation, \
     payload, after_services, next_attempt_at, created_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)";

#[derive(Clone, Debug)]
pub struct Delivery {
    pub id: String,
    pub reference: String,
    pub service: String,
    pub agency: String,
    pub operation: String,
    pub payload: serde_json::Value,
    pub after: Vec<String>,
    pub state: DeliveryState,
    pub attempts: i64,
    pub case_number: Option<String>,
    pub last_error: Option<String>,
    pub delivered_at: Option<Instant>,
    pub created_at: Instant,
    /// When an operator last put the call back; its give-up time counts from here.
    pub queued_at: Option<Instant>,
    pub dead_at: Option<Instant>,
    /// Until when a worker holds the call (`None`: nobody).
    pub claimed_until: Option<Instant>,
}

impl Delivery {
    /// When the call's retries began: its creation, or an operator's retry.
    pub fn queued_since(&self) -> Instant {
        self.queued_at.unwrap_or(self.created_at)
    }

    /// Whether the call is held for a party's answer (`Parties`): never tried until released.
    pub fn held(&self) -> bool {
        super::is_held(self.state, self.queued_at.as_ref())
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
            payload: from_json("payload", &row.payload)?,
            after: from_json("after services", &row.after_services)?,
            state: known("delivery state", row.state, DeliveryState::parse)?,
            attempts: row.attempts,
            case_number: row.case_number,
            last_error: row.last_error,
            delivered_at: optional_instant("delivered at", row.delivered_at.as_deref())?,
            created_at: instant("created at", &row.created_at)?,
            queued_at: optional_instant("queued at", row.queued_at.as_deref())?,
            dead_at: optional_instant("dead at", row.dead_at.as_deref())?,
            claimed_until: optional_instant("claimed until", row.claimed_until.as_deref())?,
        })
    }
}

const COLUMNS: &str = "delivery_id, reference, service_id, agency, operation, payload, \
                       after_services, state, attempts, case_number, last_error, delivered_at, \
                       created_at, queued_at, dead_at, claimed_until";

impl Outbox<'_> {
    /// Calls that are due and not leased by a worker, oldest first; none of an agency whose
    /// circuit is open or whose probe call is under way.
    pub async fn due(self, limit: i64) -> Result<Vec<Delivery>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM delivery WHERE state = 'pending' AND next_attempt_at <= $1 \
             AND (claimed_until IS NULL OR claimed_until < $1) \
             AND agency NOT IN (SELECT agency FROM agency_circuit \
                                WHERE open_until > $1 OR probe_until >= $1) \
             ORDER BY next_attempt_at LIMIT $2"
        );
        let at = Instant::now().stored();
        let rows: Vec<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql)
            .bind(&at).bind(limit).fetch_all(pool).await?);
        rows.into_iter().map(Delivery::try_from).collect()
    }

    /// Leases a call to this worker until `until`: the lease's token, or `None` when another
    /// worker has it. Every outcome is recorded with the token (see `Recorded`).
    pub async fn claim(self, id: &str, until: Instant) -> Result<Option<String>, StorageError> {
        const SQL: &str = "UPDATE delivery SET claimed_until = $1, claimed_by = $2 \
                           WHERE delivery_id = $3 AND state = 'pending' \
                           AND (claimed_until IS NULL OR claimed_until < $4)";
        let token = crate::ids::random_token(16);
        let at = Instant::now().stored();
        let claimed = on_pool!(self.0, pool => sqlx::query(SQL)
            .bind(until.stored()).bind(&token).bind(id).bind(&at)
            .execute(pool).await?.rows_affected());
        Ok((claimed == 1).then_some(token))
    }

    /// Every call not delivered yet (waiting, being retried, or dead), oldest first: what an
    /// operator looks at.
    pub async fn undelivered(self) -> Result<Vec<Delivery>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM delivery WHERE state <> 'delivered' \
             ORDER BY created_at, delivery_id"
        );
        let rows: Vec<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql).fetch_all(pool).await?);
        rows.into_iter().map(Delivery::try_from).collect()
    }

    /// Every call of a submission, in the order they were written.
    pub async fn of_submission(self, reference: &str) -> Result<Vec<Delivery>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM delivery WHERE reference = $1 ORDER BY created_at, delivery_id"
        );
        let rows: Vec<Row> =
            on_pool!(self.0, pool => sqlx::query_as(&sql).bind(reference).fetch_all(pool).await?);
        rows.into_iter().map(Delivery::try_from).collect()
    }

    /// One call by id.
    pub async fn get(self, id: &str) -> Result<Option<Delivery>, StorageError> {
        let sql = format!("SELECT {COLUMNS} FROM delivery WHERE delivery_id = $1");
        let row: Option<Row> =
            on_pool!(self.0, pool => sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?);
        row.map(Delivery::try_from).transpose()
    }
}
