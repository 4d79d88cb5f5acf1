//! An operator's retry: dead calls put back in the queue, with the calls that died with them.
//! Each call put back is recorded (`delivery_retry`: when, and which admin — none for the
//! operator's command) in the same transaction.

use super::{super::StorageError, Outbox};
use app::domain::{DeliveryState, Instant};

/// Which dead calls an operator puts back: one by id, or all of an agency's, or all dead since a
/// time, or both of the latter.
#[derive(Clone, Debug, Default)]
pub struct RetryFilter {
    pub id: Option<String>,
    pub agency: Option<String>,
    pub since: Option<Instant>,
}

#[derive(sqlx::FromRow)]
struct Dead {
    delivery_id: String,
    reference: String,
    service_id: String,
}

impl Outbox<'_> {
    /// Sends a dead call again (an operator's retry).
    pub async fn retry(self, id: &str) -> Result<bool, StorageError> {
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
    pub async fn retry_dead(self, filter: &RetryFilter) -> Result<Vec<String>, StorageError> {
        self.requeue(filter, None).await
    }

    /// As `retry_dead`, asked for by the person `who` (an agency admin, from the deliveries page):
    /// each retry is recorded with their id.
    pub async fn retry_dead_as(
        self,
        filter: &RetryFilter,
        who: &str,
    ) -> Result<Vec<String>, StorageError> {
        self.requeue(filter, Some(who)).await
    }

    async fn requeue(
        self,
        filter: &RetryFilter,
        who: Option<&str>,
    ) -> Result<Vec<String>, StorageError> {
        const SELECT: &str = "SELECT delivery_id, reference, service_id FROM delivery \
                              WHERE state = 'dead' AND ($1 IS NULL OR delivery_id = $1) \
                              AND ($2 IS NULL OR agency = $2) \
                              AND ($3 IS NULL OR COALESCE(dead_at, created_at) >= $3) \
                              ORDER BY created_at, delivery_id";
        const REQUEUE: &str = "UPDATE delivery SET state = 'pending', attempts = 0, \
                               next_attempt_at = $1, queued_at = $1, dead_at = NULL, \
                               claimed_until = NULL, claimed_by = NULL \
                               WHERE delivery_id = $2 AND state = 'dead'";
        const RECORD: &str = "INSERT INTO delivery_retry (delivery_id, at, who_pid) \
                              VALUES ($1, $2, $3)";
        let since = filter.since.map(Instant::stored);
        let mut todo: Vec<Dead> = on_pool!(self.0, pool => sqlx::query_as(SELECT)
            .bind(&filter.id).bind(&filter.agency).bind(&since)
            .fetch_all(pool).await?);
        todo.reverse();
        let mut queued = Vec::new();
        while let Some(dead) = todo.pop() {
            let at = Instant::now().stored();
            let requeued = on_pool!(self.0, pool => {
                let mut tx = pool.begin().await?;
                let requeued = sqlx::query(REQUEUE).bind(&at).bind(&dead.delivery_id)
                    .execute(&mut *tx).await?.rows_affected() == 1;
                if requeued {
                    sqlx::query(RECORD).bind(&dead.delivery_id).bind(&at).bind(who)
                        .execute(&mut *tx).await?;
                }
                tx.commit().await?;
                requeued
            });
            if !requeued {
                continue;
            }
            for dependent in self.of_submission(&dead.reference).await? {
                if dependent.state == DeliveryState::Dead
                    && dependent.after.contains(&dead.service_id)
                {
                    todo.push(Dead {
                        delivery_id: dependent.id,
                        reference: dependent.reference,
                        service_id: dependent.service,
                    });
                }
            }
            queued.push(dead.delivery_id);
        }
        if !queued.is_empty() {
            super::work_waiting().notify_waiters();
        }
        Ok(queued)
    }
}
