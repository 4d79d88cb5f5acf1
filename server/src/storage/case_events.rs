//! What the agencies report about the cases their calls opened (table `case_event`), and the
//! portal's polls of the cases nothing was heard from (`delivery.last_polled_at`).

use super::{instant, known, Database, StorageError};
use app::domain::{CaseStatus, Instant};

/// The agencies' reports on their cases.
#[derive(Clone, Copy)]
pub struct CaseEvents<'a>(pub(super) &'a Database);

/// A status an agency reported for a call's case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseEvent {
    pub delivery_id: String,
    pub status: CaseStatus,
    pub message: Option<String>,
    /// When the agency set it (as it said, in UTC).
    pub reported_at: Instant,
}

/// A delivered call whose case is not decided and from which nothing was heard for a while.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuietCase {
    pub delivery_id: String,
    pub agency: String,
    pub case_number: String,
    /// The latest status reported, if any.
    pub latest: Option<CaseStatus>,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    delivery_id: String,
    status: String,
    message: Option<String>,
    reported_at: String,
}

#[derive(sqlx::FromRow)]
struct QuietRow {
    delivery_id: String,
    agency: String,
    case_number: String,
    latest: Option<String>,
}

impl CaseEvents<'_> {
    /// Stores a reported status once; `false` when it was already stored: a repeated callback,
    /// or one telling what was already known by then (a poll that got no time from the agency
    /// stored it when it was heard, after the agency set it). The same status set again after
    /// that (information asked for twice) is stored.
    pub async fn add(
        self,
        delivery_id: &str,
        status: CaseStatus,
        message: Option<&str>,
        reported_at: Instant,
    ) -> Result<bool, StorageError> {
        const SQL: &str = ADD;
        let at = Instant::now().stored();
        let added = on_pool!(self.0, pool => sqlx::query(SQL)
            .bind(delivery_id).bind(status.as_str()).bind(message).bind(reported_at.stored())
            .bind(&at)
            .execute(pool).await?.rows_affected());
        Ok(added == 1)
    }
}

/// Stores a reported status once (see `CaseEvents::add`): `$1` the call, `$2` the status, `$3`
/// the message, `$4` when it was set, `$5` now. Also run by the inbox, in its transactions, for
/// a caseworker's status: the same statement as an agency's callback.
pub(super) const ADD: &str = "INSERT INTO case_event (delivery_id, status, message, reported_at, received_at) \
                           SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS (\
                             SELECT 1 FROM (SELECT status, message, received_at FROM case_event \
                               WHERE delivery_id = $1 ORDER BY reported_at DESC, received_at DESC LIMIT 1) latest \
                             WHERE latest.status = $2 AND latest.message IS NOT DISTINCT FROM $3 \
                               AND latest.received_at >= $4) \
                           ON CONFLICT (delivery_id, status, reported_at) DO NOTHING";

impl CaseEvents<'_> {
    /// Every reported status of a submission's calls, in the order they were reported.
    pub async fn of_submission(self, reference: &str) -> Result<Vec<CaseEvent>, StorageError> {
        const SQL: &str =
            "SELECT e.delivery_id, e.status, e.message, e.reported_at FROM case_event e \
             JOIN delivery d ON d.delivery_id = e.delivery_id WHERE d.reference = $1 \
             ORDER BY e.reported_at, e.received_at";
        let rows: Vec<EventRow> =
            on_pool!(self.0, pool => sqlx::query_as(SQL).bind(reference).fetch_all(pool).await?);
        rows.into_iter()
            .map(|row| {
                Ok(CaseEvent {
                    delivery_id: row.delivery_id,
                    status: known("case status", row.status, CaseStatus::parse)?,
                    message: row.message,
                    reported_at: instant("reported at", &row.reported_at)?,
                })
            })
            .collect()
    }

    /// Delivered calls whose case is not decided (and not in the portal's own inbox, where
    /// nothing is to be asked), from which nothing was heard since
    /// `quiet_since` and which were not asked about since `polled_before`, least recently asked
    /// first, at most `limit`.
    pub async fn quiet(
        self,
        quiet_since: Instant,
        polled_before: Instant,
        limit: i64,
    ) -> Result<Vec<QuietCase>, StorageError> {
        const SQL: &str = "SELECT d.delivery_id, d.agency, d.case_number, \
             (SELECT e.status FROM case_event e WHERE e.delivery_id = d.delivery_id \
              ORDER BY e.reported_at DESC, e.received_at DESC LIMIT 1) AS latest FROM delivery d \
             WHERE d.state = 'delivered' AND d.case_number IS NOT NULL \
             AND NOT EXISTS (SELECT 1 FROM inbox_case c WHERE c.delivery_id = d.delivery_id) \
             AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.delivery_id = d.delivery_id \
                             AND e.status IN ('approved', 'rejected')) \
             AND COALESCE((SELECT MAX(e.received_at) FROM case_event e \
                           WHERE e.delivery_id = d.delivery_id), d.delivered_at) < $1 \
             AND COALESCE(d.last_polled_at, d.delivered_at) < $2 \
             ORDER BY COALESCE(d.last_polled_at, d.delivered_at) LIMIT $3";
        let rows: Vec<QuietRow> = on_pool!(self.0, pool => sqlx::query_as(SQL)
            .bind(quiet_since.stored()).bind(polled_before.stored()).bind(limit)
            .fetch_all(pool).await?);
        rows.into_iter()
            .map(|row| {
                Ok(QuietCase {
                    delivery_id: row.delivery_id,
                    agency: row.agency,
                    case_number: row.case_number,
                    latest: row
                        .latest
                        .map(|status| known("case status", status, CaseStatus::parse))
                        .transpose()?,
                })
            })
            .collect()
    }

    /// Claims this round's poll of a call's case (`at`), unless it was asked about since
    /// `polled_before` (by another instance): `true` when this instance is to ask.
    pub async fn claim_poll(
        self,
        delivery_id: &str,
        at: Instant,
        polled_before: Instant,
    ) -> Result<bool, StorageError> {
        const SQL: &str = "UPDATE delivery SET last_polled_at = $1 WHERE delivery_id = $2 \
                           AND COALESCE(last_polled_at, delivered_at) < $3";
        let claimed = on_pool!(self.0, pool => sqlx::query(SQL)
            .bind(at.stored()).bind(delivery_id).bind(polled_before.stored())
            .execute(pool).await?.rows_affected());
        Ok(claimed == 1)
    }
}
