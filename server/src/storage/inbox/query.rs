//! Listing the inbox: a queue's cases under filters and a search, in any column's order, a page
//! at a time by keyset (the last row's sort value and id, never OFFSET, so cases arriving
//! between pages neither repeat nor push a row out of sight), and every queue's count.
//!
//! The statement is built from fixed fragments; every value the caseworker gave is bound.

use super::{CaseRow, Inbox, InboxCase, CASE_COLUMNS};
use crate::storage::StorageError;
use app::{
    journey::{Agency, Date},
    pages::caseworker::model::{InboxQuery, Queue, SortKey},
};
use base64::Engine;

/// What to list: a caseworker's view of their agencies' cases.
pub struct ListQuery<'a> {
    pub agencies: &'a [Agency],
    /// The caseworker (the `mine` queue).
    pub me: &'a str,
    pub query: &'a InboxQuery,
    /// Where the page starts (decoded from `query.after`).
    pub after: Option<Cursor>,
    pub today: Date,
    /// The last due date the `due` queue holds (three working days ahead).
    pub due_by: Date,
    pub limit: usize,
}

/// One page of cases, and the cursor of the next if there is one.
#[derive(Clone, Debug)]
pub struct CaseList {
    pub cases: Vec<InboxCase>,
    pub next: Option<Cursor>,
}

/// Each queue's count under a view's filters, in `Queue::ALL`'s order.
pub type QueueCounts = Vec<(Queue, u64)>;

/// Where a page of a view starts: after the row with this sort value and id, in this order.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Cursor {
    #[serde(rename = "s")]
    sort: String,
    #[serde(rename = "d")]
    descending: bool,
    #[serde(rename = "v")]
    value: String,
    #[serde(rename = "i")]
    id: String,
}

/// A cursor that is not one this view made (tampered, cut, or another order's).
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a cursor of this view")]
pub struct BadCursor;

impl Cursor {
    /// As the address carries it: base64url of its JSON.
    pub fn encode(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
    }

    /// Reads the cursor of `query`'s view; one made for another order is refused.
    pub fn decode(text: &str, query: &InboxQuery) -> Result<Cursor, BadCursor> {
        if text.len() > 2048 {
            return Err(BadCursor);
        }
        let json = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(text)
            .map_err(|_| BadCursor)?;
        let cursor: Cursor = serde_json::from_slice(&json).map_err(|_| BadCursor)?;
        if cursor.sort != query.sort.as_str() || cursor.descending != query.descending {
            return Err(BadCursor);
        }
        Ok(cursor)
    }
}

const DECIDED: &str = "c.status IN ('approved', 'rejected')";
const OPEN: &str = "c.status NOT IN ('approved', 'rejected')";

/// A search that is a whole reference (`VV-2026-7K3M9QXZ`) or identity number (eleven digits):
/// the column that holds it and its stored form. The substring search finds exactly the cases
/// with that value there: the search text is `reference name identity-number`, a reference has
/// this one shape (no eleven digits in a row) and a name no digits, so such a text occurs in
/// no other place. The equality is added to the search (not put in its place), so its index
/// finds the few cases to check.
fn whole_key(search: &str) -> Option<(&'static str, String)> {
    let bytes = search.as_bytes();
    let readable = |b: &u8| b.is_ascii_alphanumeric() && !b"iloILOuU".contains(b);
    if bytes.len() == 16
        && bytes[..3].eq_ignore_ascii_case(b"vv-")
        && bytes[3..7].iter().all(u8::is_ascii_digit)
        && bytes[7] == b'-'
        && bytes[8..].iter().all(readable)
    {
        return Some(("c.reference", search.to_ascii_uppercase()));
    }
    if bytes.len() == 11 && bytes.iter().all(u8::is_ascii_digit) {
        return Some(("c.citizen_pid", search.to_string()));
    }
    None
}

/// The expression a column sorts by (text on both backends; statuses in a case's order).
fn sort_expression(key: SortKey) -> &'static str {
    match key {
        SortKey::Reference => "c.reference",
        SortKey::LifeEvent => "c.journey_id",
        SortKey::Service => "c.service_id",
        SortKey::Citizen => "c.citizen_name",
        SortKey::Received => "c.received_at",
        SortKey::Status => {
            "CASE c.status WHEN 'received' THEN '0' WHEN 'in-progress' THEN '1' \
             WHEN 'needs-information' THEN '2' WHEN 'approved' THEN '3' ELSE '4' END"
        }
        SortKey::Assignee => "COALESCE(a.name, '')",
        SortKey::Deadline => "c.due_on",
    }
}

/// A statement being built: its conditions and the values bound to them, `$1`, `$2`, ….
#[derive(Default)]
struct Statement {
    conditions: Vec<String>,
    binds: Vec<String>,
}

impl Statement {
    fn bind(&mut self, value: impl Into<String>) -> String {
        self.binds.push(value.into());
        format!("${}", self.binds.len())
    }

    fn and(&mut self, condition: String) {
        self.conditions.push(condition);
    }

    fn filters(&mut self, list: &ListQuery<'_>) {
        let query = list.query;
        let search = query.search.as_deref().map(str::trim);
        let whole = search.and_then(whole_key);
        let agencies: Vec<String> = list.agencies.iter().map(|a| self.bind(a.id())).collect();
        // With a whole reference or identity number, its cases are found by that column's index,
        // so the agency is checked on them rather than offered to the planner (SQLite, without
        // statistics, would rather read the agency's cases in order than sort a handful).
        let agency = if whole.is_some() {
            "(c.agency || '')"
        } else {
            "c.agency"
        };
        self.and(format!("{agency} IN ({})", agencies.join(", ")));
        if let Some(status) = query.status {
            let p = self.bind(status.as_str());
            self.and(format!("c.status = {p}"));
        }
        if let Some(journey) = &query.journey {
            let p = self.bind(journey.as_str());
            self.and(format!("c.journey_id = {p}"));
        }
        if let Some(service) = &query.service {
            let p = self.bind(service.as_str());
            self.and(format!("c.service_id = {p}"));
        }
        if let Some(from) = query.received_from {
            let p = self.bind(from.to_string());
            self.and(format!("c.received_on >= {p}"));
        }
        if let Some(to) = query.received_to {
            let p = self.bind(to.to_string());
            self.and(format!("c.received_on <= {p}"));
        }
        match query.assignee.as_deref() {
            None => {}
            Some("none") => self.and("c.assignee_pid IS NULL".into()),
            Some(pid) => {
                let p = self.bind(pid);
                self.and(format!("c.assignee_pid = {p}"));
            }
        }
        if query.overdue {
            let p = self.bind(list.today.to_string());
            self.and(format!("{OPEN} AND c.due_on < {p}"));
        }
        if let Some((column, value)) = whole {
            let p = self.bind(value);
            self.and(format!("{column} = {p}"));
        }
        if let Some(search) = search {
            let escaped: String = search
                .to_lowercase()
                .chars()
                .flat_map(|c| match c {
                    '%' | '_' | '\\' => vec!['\\', c],
                    c => vec![c],
                })
                .collect();
            let p = self.bind(format!("%{escaped}%"));
            self.and(format!("c.search_text LIKE {p} ESCAPE '\\'"));
        }
    }

    /// The condition of a queue.
    fn queue(&mut self, queue: Queue, list: &ListQuery<'_>) -> String {
        match queue {
            Queue::New => format!("c.assignee_pid IS NULL AND {OPEN}"),
            Queue::Mine => format!("c.assignee_pid = {} AND {OPEN}", self.bind(list.me)),
            Queue::Waiting => "c.status = 'needs-information'".into(),
            Queue::Due => format!(
                "{OPEN} AND c.due_on <= {}",
                self.bind(list.due_by.to_string())
            ),
            Queue::Decided => DECIDED.into(),
            Queue::All => "1 = 1".into(),
        }
    }

    fn clause(&self) -> String {
        self.conditions.join(" AND ")
    }
}

#[derive(sqlx::FromRow)]
struct ListedRow {
    #[sqlx(flatten)]
    case: CaseRow,
    sort_value: String,
}

#[derive(sqlx::FromRow)]
struct CountRow {
    queue_new: i64,
    queue_mine: i64,
    queue_waiting: i64,
    queue_due: i64,
    queue_decided: i64,
    queue_all: i64,
}

impl Inbox<'_> {
    /// One page of a queue under the view's filters, in its order.
    pub async fn list(self, list: &ListQuery<'_>) -> Result<CaseList, StorageError> {
        let mut statement = Statement::default();
        statement.filters(list);
        let queue = statement.queue(list.query.queue, list);
        statement.and(queue);
        let key = sort_expression(list.query.sort);
        let (op, order) = if list.query.descending {
            ("<", "DESC")
        } else {
            (">", "ASC")
        };
        if let Some(cursor) = &list.after {
            let value = statement.bind(cursor.value.as_str());
            let id = statement.bind(cursor.id.as_str());
            statement.and(format!(
                "({key} {op} {value} OR ({key} = {value} AND c.inbox_case_id {op} {id}))"
            ));
        }
        let sql = format!(
            "SELECT {key} AS sort_value, {CASE_COLUMNS} WHERE {} \
             ORDER BY {key} {order}, c.inbox_case_id {order} LIMIT {}",
            statement.clause(),
            list.limit + 1
        );
        let rows: Vec<ListedRow> = on_pool!(self.0, pool => {
            let mut query = sqlx::query_as(&sql);
            for value in &statement.binds {
                query = query.bind(value.as_str());
            }
            query.fetch_all(pool).await?
        });
        let more = rows.len() > list.limit;
        let mut cases = Vec::with_capacity(list.limit);
        let mut last = None;
        for row in rows.into_iter().take(list.limit) {
            last = Some((row.sort_value, row.case.inbox_case_id.clone()));
            cases.push(InboxCase::try_from(row.case)?);
        }
        let next = last.filter(|_| more).map(|(value, id)| Cursor {
            sort: list.query.sort.as_str().into(),
            descending: list.query.descending,
            value,
            id,
        });
        Ok(CaseList { cases, next })
    }

    /// Every queue's count under the view's filters (its queue and page aside).
    pub async fn counts(self, list: &ListQuery<'_>) -> Result<QueueCounts, StorageError> {
        let mut statement = Statement::default();
        statement.filters(list);
        let columns: Vec<String> = Queue::ALL
            .into_iter()
            .map(|queue| {
                let condition = statement.queue(queue, list);
                format!(
                    "COUNT(CASE WHEN {condition} THEN 1 END) AS queue_{}",
                    queue.as_str()
                )
            })
            .collect();
        let sql = format!(
            "SELECT {} FROM inbox_case c WHERE {}",
            columns.join(", "),
            statement.clause()
        );
        let row: CountRow = on_pool!(self.0, pool => {
            let mut query = sqlx::query_as(&sql);
            for value in &statement.binds {
                query = query.bind(value.as_str());
            }
            query.fetch_one(pool).await?
        });
        let count = |n: i64| u64::try_from(n).unwrap_or(0);
        Ok(vec![
            (Queue::New, count(row.queue_new)),
            (Queue::Mine, count(row.queue_mine)),
            (Queue::Waiting, count(row.queue_waiting)),
            (Queue::Due, count(row.queue_due)),
            (Queue::Decided, count(row.queue_decided)),
            (Queue::All, count(row.queue_all)),
        ])
    }
}
