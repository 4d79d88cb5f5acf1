//! What became of a leased call: delivered, failed (tried again later, or dead), given up, or
//! handed back to wait. Each is recorded only while the worker's lease still holds the call.

use super::{super::StorageError, Outbox};
use app::domain::{DeliveryState, Instant};

/// Marks a leased call delivered with its case: `$1` the case number, `$2` now, `$3` the call,
/// `$4` the lease (also used by `Inbox::receive`, in its transaction).
pub(in crate::storage) const DELIVERED: &str =
    "UPDATE delivery SET state = 'delivered', case_number = $1, delivered_at = $2, \
     claimed_until = NULL, claimed_by = NULL, last_error = NULL, attempts = attempts + 1 \
     WHERE delivery_id = $3 AND claimed_by = $4 AND state = 'pending'";

/// After a call is delivered (`$2`), the calls of its submission that wait for another (pending,
/// never tried, not leased, set to look again later) are due now (`$1`): what they waited for may
/// be this one. One that still waits for something else is set to wait again when it is tried.
/// A call held for a party (`$3`, `parties::HELD`) waits for that party, not for this call.
pub(in crate::storage) const WAKE_WAITING: &str = "UPDATE delivery SET next_attempt_at = $1 \
     WHERE reference = (SELECT reference FROM delivery WHERE delivery_id = $2) \
     AND state = 'pending' AND attempts = 0 AND claimed_by IS NULL AND next_attempt_at > $1 \
     AND next_attempt_at <> $3";

/// What a worker hears when it records an attempt: whether its lease still held.
pub type Recorded = bool;

/// A call dead-lettered in bulk (`give_up_overdue`).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct GivenUp {
    #[sqlx(rename = "delivery_id")]
    pub id: String,
    pub agency: String,
}

impl Outbox<'_> {
    /// Records the agency's case for a call, if `lease` still holds it.
    pub async fn delivered(
        self,
        id: &str,
        lease: &str,
        case_number: &str,
    ) -> Result<Recorded, StorageError> {
        const SQL: &str = DELIVERED;
        let at = Instant::now().stored();
        let done = on_pool!(self.0, pool => {
            let mut tx = pool.begin().await?;
            let done = sqlx::query(SQL)
                .bind(case_number).bind(&at).bind(id).bind(lease)
                .execute(&mut *tx).await?.rows_affected();
            if done == 1 {
                sqlx::query(WAKE_WAITING).bind(&at).bind(id).bind(crate::storage::parties::HELD)
                    .execute(&mut *tx).await?;
            }
            tx.commit().await?;
            done
        });
        if done == 1 {
            // Calls that waited for this one may be due now.
            super::work_waiting().notify_waiters();
        }
        Ok(done == 1)
    }

    /// Records a failed attempt, if `lease` still holds the call: tried again at
    /// `next_attempt_at`, or given up (`dead`).
    pub async fn failed(
        self,
        id: &str,
        lease: &str,
        error: &str,
        next_attempt_at: Instant,
        dead: bool,
    ) -> Result<Recorded, StorageError> {
        const SQL: &str = "UPDATE delivery SET attempts = attempts + 1, last_error = $1, \
                           next_attempt_at = $2, claimed_until = NULL, claimed_by = NULL, \
                           state = $3, dead_at = $4 \
                           WHERE delivery_id = $5 AND claimed_by = $6 AND state = 'pending'";
        let (state, dead_at) = if dead {
            (DeliveryState::Dead, Some(Instant::now().stored()))
        } else {
            (DeliveryState::Pending, None)
        };
        let recorded = on_pool!(self.0, pool => sqlx::query(SQL)
            .bind(error).bind(next_attempt_at.stored()).bind(state.as_str()).bind(&dead_at)
            .bind(id).bind(lease)
            .execute(pool).await?.rows_affected());
        Ok(recorded == 1)
    }

    /// Gives up a leased call without an attempt (what it needs is dead, or its time ran out
    /// while its agency's circuit was open), if `lease` still holds it.
    pub async fn given_up(
        self,
        id: &str,
        lease: &str,
        error: &str,
    ) -> Result<Recorded, StorageError> {
        const SQL: &str = "UPDATE delivery SET last_error = $1, claimed_until = NULL, \
                           claimed_by = NULL, state = 'dead', dead_at = $2 \
                           WHERE delivery_id = $3 AND claimed_by = $4 AND state = 'pending'";
        let at = Instant::now().stored();
        let recorded = on_pool!(self.0, pool => sqlx::query(SQL)
            .bind(error).bind(&at).bind(id).bind(lease)
            .execute(pool).await?.rows_affected());
        Ok(recorded == 1)
    }

    /// Hands a leased call back without an attempt (its dependencies are not done yet, or its
    /// agency's circuit holds it), if `lease` still holds it.
    ///
    /// A call of the same submission delivered since `read_at` (when the caller read what the
    /// call waits for) may be what it waited for, and its wake-up (`WAKE_WAITING`) passed this
    /// call by while it was leased: then the call is due at once instead, and the workers are woken.
    pub async fn wait(
        self,
        id: &str,
        lease: &str,
        next_attempt_at: Instant,
        read_at: Instant,
    ) -> Result<Recorded, StorageError> {
        const SQL: &str = "UPDATE delivery SET claimed_until = NULL, claimed_by = NULL, \
                           next_attempt_at = CASE WHEN EXISTS (SELECT 1 FROM delivery d \
                             WHERE d.reference = delivery.reference AND d.delivered_at >= $4) \
                             THEN $5 ELSE $1 END \
                           WHERE delivery_id = $2 AND claimed_by = $3 AND state = 'pending' \
                           RETURNING next_attempt_at";
        let now = Instant::now().stored();
        let due: Option<(String,)> = on_pool!(self.0, pool => sqlx::query_as(SQL)
            .bind(next_attempt_at.stored()).bind(id).bind(lease)
            .bind(read_at.stored()).bind(&now)
            .fetch_optional(pool).await?);
        if due.as_ref().is_some_and(|(at,)| *at == now) {
            // Due at once: the worker may be asleep until its poll, woken before this was due.
            super::work_waiting().notify_waiters();
        }
        Ok(due.is_some())
    }

    /// Dead-letters the calls still pending that were queued before `cutoff` (their give-up
    /// time has passed) and that no worker holds: a call held back by its agency's circuit, or
    /// retried and never answered. A call that only waits for another (never tried itself) waits
    /// on: it dies when what it needs dies.
    pub async fn give_up_overdue(
        self,
        cutoff: Instant,
        reason: &str,
    ) -> Result<Vec<GivenUp>, StorageError> {
        const SQL: &str = "UPDATE delivery SET state = 'dead', dead_at = $1, claimed_until = NULL, \
                           claimed_by = NULL, last_error = $2 || COALESCE(last_error, 'never sent') \
                           WHERE state = 'pending' AND (claimed_until IS NULL OR claimed_until < $1) \
                           AND COALESCE(queued_at, created_at) < $3 \
                           AND (after_services = '[]' OR attempts > 0) \
                           RETURNING delivery_id, agency";
        let at = Instant::now().stored();
        let reason = format!("{reason}; last error: ");
        Ok(on_pool!(self.0, pool => sqlx::query_as(SQL)
            .bind(&at).bind(&reason).bind(cutoff.stored())
            .fetch_all(pool).await?))
    }
}
