//! The inbox of the agencies whose connector is `inbox` (table `inbox_case`, one case per
//! delivered call) and each case's history (`case_history`). A case arrives through the outbox
//! (`receive`, in the delivery's own transaction); each change a caseworker makes is one
//! conditional update and its history entry in one transaction, and a status is also stored as
//! the call's `case_event`, with the statement an agency's callback uses. Listing, counting and
//! paging the inbox is `query`, its search `search`, its queues' counts `counts`.

mod counts;
mod query;
mod search;
mod statement;

pub use counts::{QueueCounts, CAP as COUNT_CAP};
pub use query::{BadCursor, CaseList, Cursor, ListQuery};
#[cfg(test)]
pub(crate) use search::words;

use super::{
    case_events::ADD as ADD_EVENT,
    columns::{instant, to_json},
    known,
    outbox::{DELIVERED, WAKE_WAITING},
    Database, StorageError,
};
use app::{
    domain::{CaseStatus, Instant},
    journey::{Agency, Date},
};

/// The inbox agencies' cases and their histories.
#[derive(Clone, Copy)]
pub struct Inbox<'a>(pub(super) &'a Database);

/// A case as the inbox keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InboxCase {
    /// Also the case number the citizen sees.
    pub id: String,
    pub delivery_id: String,
    pub agency: Agency,
    pub reference: String,
    pub service: String,
    pub journey_id: String,
    pub citizen_pid: String,
    pub citizen_name: String,
    pub received_at: Instant,
    pub status: CaseStatus,
    /// `(person id, name)` of the caseworker who has it.
    pub assignee: Option<(String, String)>,
    pub due_on: Date,
}

/// A call to file as a case: its case number, its agency's deadline, what it carries.
pub struct NewCase<'a> {
    pub case_id: &'a str,
    pub delivery_id: &'a str,
    pub agency: Agency,
    pub reference: &'a str,
    pub service: &'a str,
    pub payload: &'a serde_json::Value,
    pub received_at: Instant,
    pub received_on: Date,
    pub due_on: Date,
}

/// One entry of a case's history, with names read from `person`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryRow {
    pub at: Instant,
    /// `None`: the portal (the case arriving).
    pub who: Option<String>,
    pub kind: String,
    pub status: Option<CaseStatus>,
    pub text: Option<String>,
    /// The name of the person it was assigned to.
    pub assignee: Option<String>,
}

#[derive(sqlx::FromRow)]
pub(super) struct CaseRow {
    inbox_case_id: String,
    delivery_id: String,
    agency: String,
    reference: String,
    service_id: String,
    journey_id: String,
    citizen_pid: String,
    citizen_name: String,
    received_at: String,
    status: String,
    assignee_pid: Option<String>,
    assignee_name: Option<String>,
    due_on: String,
}

impl TryFrom<CaseRow> for InboxCase {
    type Error = StorageError;

    fn try_from(row: CaseRow) -> Result<InboxCase, StorageError> {
        Ok(InboxCase {
            id: row.inbox_case_id,
            delivery_id: row.delivery_id,
            agency: known("agency", row.agency, Agency::parse)?,
            reference: row.reference,
            service: row.service_id,
            journey_id: row.journey_id,
            citizen_pid: row.citizen_pid,
            citizen_name: row.citizen_name,
            received_at: instant("received at", &row.received_at)?,
            status: known("case status", row.status, CaseStatus::parse)?,
            assignee: row
                .assignee_pid
                .map(|pid| (pid, row.assignee_name.unwrap_or_default())),
            due_on: known("due on", row.due_on, Date::parse_iso)?,
        })
    }
}

/// The columns of `CaseRow`, from `inbox_case c` and the assignee `person a`.
pub(super) const CASE_COLUMNS: &str =
    "c.inbox_case_id, c.delivery_id, c.agency, c.reference, c.service_id, c.journey_id, \
     c.citizen_pid, c.citizen_name, c.received_at, c.status, c.assignee_pid, \
     a.name AS assignee_name, c.due_on \
     FROM inbox_case c LEFT JOIN person a ON a.person_id = c.assignee_pid";

/// `$1` case, `$2` when, `$3` who, `$4` kind, `$5` status, `$6` text, `$7` assignee.
const HISTORY: &str = "INSERT INTO case_history \
    (inbox_case_id, at, who_pid, kind, status, text, assignee_pid) \
    VALUES ($1, $2, $3, $4, $5, $6, $7)";

#[derive(sqlx::FromRow)]
struct Citizen {
    person_id: String,
    journey_id: String,
    name: String,
}

#[derive(sqlx::FromRow)]
struct HistoryDbRow {
    at: String,
    who: Option<String>,
    kind: String,
    status: Option<String>,
    text: Option<String>,
    assignee: Option<String>,
}

/// One change and its history entry, in one transaction: the change's statement with its text
/// binds, then the entry, only if the change touched a row. `true` when it did.
macro_rules! change_with_history {
    ($database:expr, $change:expr, [$($bind:expr),*], $entry:expr) => {{
        let (case, at, who, kind, status, text, assignee): (
            &str, String, Option<&str>, &str, Option<&str>, Option<&str>, Option<&str>,
        ) = $entry;
        let changed: bool = on_pool!($database, pool => {
            let mut tx = pool.begin().await?;
            let changed = sqlx::query($change)$(.bind($bind))*
                .execute(&mut *tx).await?.rows_affected() == 1;
            if changed {
                sqlx::query(HISTORY).bind(case).bind(&at).bind(who).bind(kind).bind(status)
                    .bind(text).bind(assignee).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            changed
        });
        changed
    }};
}

impl Inbox<'_> {
    /// Files a leased call as a case, marks the call delivered with the case's number, records
    /// the arrival in the case's history and as the call's `received` status, all in one
    /// transaction: the case number, or `None` when the lease no longer holds the call (another
    /// worker files it; nothing is written). A call already filed keeps its one case.
    pub async fn receive(
        self,
        new: NewCase<'_>,
        lease: &str,
    ) -> Result<Option<String>, StorageError> {
        const CITIZEN: &str = "SELECT s.person_id, s.journey_id, COALESCE(p.name, '') AS name \
             FROM submission s LEFT JOIN person p ON p.person_id = s.person_id \
             WHERE s.reference = $1";
        const INSERT: &str = "INSERT INTO inbox_case (inbox_case_id, delivery_id, agency, \
             reference, service_id, journey_id, citizen_pid, citizen_name, search_text, \
             received_at, received_on, due_on, payload) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
             ON CONFLICT (delivery_id) DO NOTHING";
        const NUMBER: &str = "SELECT inbox_case_id FROM inbox_case WHERE delivery_id = $1";
        let payload = to_json("payload", new.payload)?;
        let citizen: Citizen = on_pool!(self.0, pool => sqlx::query_as(CITIZEN)
            .bind(new.reference).fetch_one(pool).await?);
        let search =
            format!("{} {} {}", new.reference, citizen.name, citizen.person_id).to_lowercase();
        let at = new.received_at.stored();
        let now = Instant::now().stored();
        on_pool!(self.0, pool => {
            let mut tx = pool.begin().await?;
            let filed = sqlx::query(INSERT)
                .bind(new.case_id).bind(new.delivery_id).bind(new.agency.id())
                .bind(new.reference).bind(new.service).bind(&citizen.journey_id)
                .bind(&citizen.person_id).bind(&citizen.name).bind(&search).bind(&at)
                .bind(new.received_on.to_string()).bind(new.due_on.to_string()).bind(&payload)
                .execute(&mut *tx).await?.rows_affected() == 1;
            let number: String = sqlx::query_scalar(NUMBER)
                .bind(new.delivery_id).fetch_one(&mut *tx).await?;
            if filed {
                sqlx::query(HISTORY).bind(&number).bind(&at).bind(None::<&str>).bind("received")
                    .bind(CaseStatus::Received.as_str()).bind(None::<&str>).bind(None::<&str>)
                    .execute(&mut *tx).await?;
                sqlx::query(ADD_EVENT).bind(new.delivery_id).bind(CaseStatus::Received.as_str())
                    .bind(None::<&str>).bind(&at).bind(&now)
                    .execute(&mut *tx).await?;
            }
            let delivered = sqlx::query(DELIVERED)
                .bind(&number).bind(&now).bind(new.delivery_id).bind(lease)
                .execute(&mut *tx).await?.rows_affected() == 1;
            if delivered {
                sqlx::query(WAKE_WAITING).bind(&now).bind(new.delivery_id)
                    .bind(super::parties::HELD)
                    .execute(&mut *tx).await?;
                tx.commit().await?;
                crate::storage::work_waiting().notify_waiters();
                Ok(Some(number))
            } else {
                tx.rollback().await?;
                Ok(None)
            }
        })
    }

    /// One case by id, whichever agency's.
    pub async fn get(self, id: &str) -> Result<Option<InboxCase>, StorageError> {
        let sql = format!("SELECT {CASE_COLUMNS} WHERE c.inbox_case_id = $1");
        let row: Option<CaseRow> =
            on_pool!(self.0, pool => sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?);
        row.map(InboxCase::try_from).transpose()
    }

    /// The cases a submission's calls became, oldest first.
    pub async fn of_submission(self, reference: &str) -> Result<Vec<InboxCase>, StorageError> {
        let sql = format!("SELECT {CASE_COLUMNS} WHERE c.reference = $1 ORDER BY c.received_at");
        let rows: Vec<CaseRow> =
            on_pool!(self.0, pool => sqlx::query_as(&sql).bind(reference).fetch_all(pool).await?);
        rows.into_iter().map(InboxCase::try_from).collect()
    }

    /// A case's history, oldest first, with who did what by name.
    pub async fn history(self, id: &str) -> Result<Vec<HistoryRow>, StorageError> {
        const SQL: &str = "SELECT h.at, w.name AS who, h.kind, h.status, h.text, \
             a.name AS assignee FROM case_history h \
             LEFT JOIN person w ON w.person_id = h.who_pid \
             LEFT JOIN person a ON a.person_id = h.assignee_pid \
             WHERE h.inbox_case_id = $1 ORDER BY h.at, h.case_history_id";
        let rows: Vec<HistoryDbRow> =
            on_pool!(self.0, pool => sqlx::query_as(SQL).bind(id).fetch_all(pool).await?);
        rows.into_iter()
            .map(|row| {
                Ok(HistoryRow {
                    at: instant("history at", &row.at)?,
                    who: row.who,
                    kind: row.kind,
                    status: row
                        .status
                        .map(|s| known("case status", s, CaseStatus::parse))
                        .transpose()?,
                    text: row.text,
                    assignee: row.assignee,
                })
            })
            .collect()
    }

    /// Takes a case no one has: `false` when someone has it (one's own included).
    pub async fn claim(self, id: &str, who: &str) -> Result<bool, StorageError> {
        const SQL: &str = "UPDATE inbox_case SET assignee_pid = $1 \
                           WHERE inbox_case_id = $2 AND assignee_pid IS NULL";
        let at = Instant::now().stored();
        Ok(change_with_history!(
            self.0,
            SQL,
            [who, id],
            (id, at, Some(who), "claimed", None, None, None)
        ))
    }

    /// Gives back a case `who` has: `false` when they do not have it.
    pub async fn release(self, id: &str, who: &str) -> Result<bool, StorageError> {
        const SQL: &str = "UPDATE inbox_case SET assignee_pid = NULL \
                           WHERE inbox_case_id = $1 AND assignee_pid = $2";
        let at = Instant::now().stored();
        Ok(change_with_history!(
            self.0,
            SQL,
            [id, who],
            (id, at, Some(who), "released", None, None, None)
        ))
    }

    /// Gives a case to `to` (whoever had it).
    pub async fn assign(self, id: &str, to: &str, who: &str) -> Result<bool, StorageError> {
        const SQL: &str = "UPDATE inbox_case SET assignee_pid = $1 WHERE inbox_case_id = $2";
        let at = Instant::now().stored();
        Ok(change_with_history!(
            self.0,
            SQL,
            [to, id],
            (id, at, Some(who), "assigned", None, None, Some(to))
        ))
    }

    /// An internal note (history only; never a case event).
    pub async fn note(self, id: &str, who: &str, text: &str) -> Result<(), StorageError> {
        let at = Instant::now().stored();
        on_pool!(self.0, pool => {
            sqlx::query(HISTORY).bind(id).bind(&at).bind(who).bind("note").bind(None::<&str>)
                .bind(text).bind(None::<&str>).execute(pool).await?;
        });
        Ok(())
    }

    /// Moves a case from `from` to `to` with a message to the citizen, stored as the call's
    /// case event as a callback would: `false` (nothing written) when the case no longer stands
    /// at `from`.
    pub async fn set_status(
        self,
        case: &InboxCase,
        from: CaseStatus,
        to: CaseStatus,
        message: Option<&str>,
        who: &str,
    ) -> Result<bool, StorageError> {
        const SQL: &str =
            "UPDATE inbox_case SET status = $1 WHERE inbox_case_id = $2 AND status = $3";
        let at = Instant::now().stored();
        on_pool!(self.0, pool => {
            let mut tx = pool.begin().await?;
            let changed = sqlx::query(SQL).bind(to.as_str()).bind(&case.id).bind(from.as_str())
                .execute(&mut *tx).await?.rows_affected() == 1;
            if changed {
                sqlx::query(HISTORY).bind(&case.id).bind(&at).bind(who).bind("status")
                    .bind(to.as_str()).bind(message).bind(None::<&str>)
                    .execute(&mut *tx).await?;
                sqlx::query(ADD_EVENT).bind(&case.delivery_id).bind(to.as_str()).bind(message)
                    .bind(&at).bind(&at).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(changed)
        })
    }
}
