//! Every queue's count under a view's filters, for the inbox's queue links.
//!
//! A view without filters or search (the inbox as it opens) sums the tallies the triggers of
//! migration 0020 keep as cases change (`inbox_tally`, `inbox_due_tally`): exact, and a few
//! hundred rows however many cases there are. A filtered view counts its cases, but stops past
//! `CAP` (shown as "10 000+"): below it every count is exact; past it the number would cost a
//! read of every matching case and tell a caseworker nothing more. (A lower cap for searches was
//! tried and made a common surname slower: past the cap each queue is counted on its own, and
//! under a search whose word is common that reads the agency's cases once per queue.)

use super::{query::ListQuery, statement::Statement, Inbox};
use crate::storage::StorageError;
use app::pages::caseworker::model::{Count, InboxQuery, Queue};

/// Each queue's count under a view's filters, in `Queue::ALL`'s order.
pub type QueueCounts = Vec<(Queue, Count)>;

/// A filtered view's counts stop past this many cases.
pub const CAP: u64 = 10_000;

/// No filter and no search: the tallies hold the counts.
fn unfiltered(query: &InboxQuery) -> bool {
    let InboxQuery {
        status,
        journey,
        service,
        received_from,
        received_to,
        assignee,
        overdue,
        search,
        ..
    } = query;
    status.is_none()
        && journey.is_none()
        && service.is_none()
        && received_from.is_none()
        && received_to.is_none()
        && assignee.is_none()
        && !overdue
        && search.as_deref().is_none_or(|s| s.trim().is_empty())
}

/// `COUNT`/`SUM` per queue, `queue_<name>` each.
#[derive(sqlx::FromRow)]
struct CountRow {
    queue_new: i64,
    queue_mine: i64,
    queue_waiting: i64,
    queue_due: i64,
    queue_decided: i64,
    queue_all: i64,
}

impl CountRow {
    fn counts(&self) -> QueueCounts {
        let count = |n: i64| Count::Exact(u64::try_from(n).unwrap_or(0));
        vec![
            (Queue::New, count(self.queue_new)),
            (Queue::Mine, count(self.queue_mine)),
            (Queue::Waiting, count(self.queue_waiting)),
            (Queue::Due, count(self.queue_due)),
            (Queue::Decided, count(self.queue_decided)),
            (Queue::All, count(self.queue_all)),
        ]
    }
}

/// A count capped at `cap`: past it, at least that.
fn capped(n: i64, cap: u64) -> Count {
    match u64::try_from(n).unwrap_or(0) {
        n if n > cap => Count::AtLeast(cap),
        n => Count::Exact(n),
    }
}

impl Inbox<'_> {
    /// Every queue's count under the view's filters (its queue and page aside).
    pub async fn counts(self, list: &ListQuery<'_>) -> Result<QueueCounts, StorageError> {
        if unfiltered(list.query) {
            return self.tallied(list).await;
        }
        let search = self.search(list).await?;
        let cap = list.count_cap;
        // One read of the view's cases, up to the cap: below it, every queue's count.
        let mut statement = Statement::default();
        statement.filters(list, search.as_ref(), true);
        let columns = per_queue(&mut statement, |statement, queue| {
            let condition = statement.queue(queue, list);
            format!("COUNT(CASE WHEN {condition} THEN 1 END)")
        });
        let sql = format!(
            "SELECT {columns} FROM (SELECT c.status, c.assignee_pid, c.due_on \
             FROM inbox_case c WHERE {} LIMIT {}) c",
            statement.clause(),
            cap + 1
        );
        let row: CountRow = self.fetch(&sql, &statement).await?;
        if u64::try_from(row.queue_all).unwrap_or(0) <= cap {
            return Ok(row.counts());
        }
        // More: each queue up to the cap.
        let mut counts = Vec::with_capacity(Queue::ALL.len());
        for queue in Queue::ALL {
            if queue == Queue::All {
                counts.push((queue, Count::AtLeast(cap)));
                continue;
            }
            let mut statement = Statement::default();
            statement.filters(list, search.as_ref(), true);
            let condition = statement.queue(queue, list);
            statement.and(condition);
            let sql = format!(
                "SELECT COUNT(*) FROM (SELECT 1 AS one FROM inbox_case c WHERE {} LIMIT {}) c",
                statement.clause(),
                cap + 1
            );
            let n: i64 = on_pool!(self.0, pool => {
                let mut query = sqlx::query_scalar(&sql);
                for value in &statement.binds {
                    query = query.bind(value.as_str());
                }
                query.fetch_one(pool).await?
            });
            counts.push((queue, capped(n, cap)));
        }
        Ok(counts)
    }

    /// The tallies' sums: the queues of every case of the agencies.
    async fn tallied(self, list: &ListQuery<'_>) -> Result<QueueCounts, StorageError> {
        let mut statement = Statement::default();
        // The tally read as cases (`c`, the assignee NULL for no one), so each queue's own
        // condition applies; *due* is the due tally's sum up to its last day instead.
        let agency = statement.agencies("agency", list);
        let columns = per_queue(&mut statement, |statement, queue| {
            if queue == Queue::Due {
                let agency = statement.agencies("d.agency", list);
                let due_by = statement.bind(list.due_by.to_string());
                format!(
                    "(SELECT SUM(d.cases) FROM inbox_due_tally d \
                     WHERE {agency} AND d.due_on <= {due_by})"
                )
            } else {
                let condition = statement.queue(queue, list);
                format!("SUM(CASE WHEN {condition} THEN c.cases ELSE 0 END)")
            }
        });
        let sql = format!(
            "SELECT {columns} FROM (SELECT status, NULLIF(assignee_pid, '') AS assignee_pid, \
             cases FROM inbox_tally WHERE {agency}) c"
        );
        let row: CountRow = self.fetch(&sql, &statement).await?;
        Ok(row.counts())
    }

    async fn fetch(self, sql: &str, statement: &Statement) -> Result<CountRow, StorageError> {
        Ok(on_pool!(self.0, pool => {
            let mut query = sqlx::query_as(sql);
            for value in &statement.binds {
                query = query.bind(value.as_str());
            }
            query.fetch_one(pool).await?
        }))
    }
}

/// Each queue's `value`, as `queue_<name>` (0 for none).
fn per_queue(
    statement: &mut Statement,
    mut value: impl FnMut(&mut Statement, Queue) -> String,
) -> String {
    Queue::ALL
        .into_iter()
        .map(|queue| {
            let value = value(statement, queue);
            format!(
                "CAST(COALESCE({value}, 0) AS BIGINT) AS queue_{}",
                queue.as_str()
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}
