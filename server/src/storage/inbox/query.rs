//! Listing the inbox: a queue's cases under filters and a search, in any column's order, a page
//! at a time by keyset (the last row's sort value and id, never OFFSET, so cases arriving
//! between pages neither repeat nor push a row out of sight). The conditions are
//! `statement`'s, the search's plan `search`'s, the queues' counts `counts`'.

use super::{statement::Statement, CaseRow, Inbox, InboxCase, CASE_COLUMNS};
use crate::storage::StorageError;
use app::{
    journey::{Agency, Date},
    pages::caseworker::model::{InboxQuery, SortKey},
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
    /// A filtered view's counts stop past this many cases (`COUNT_CAP`; the tests set their own).
    pub count_cap: u64,
}

/// One page of cases, and the cursor of the next if there is one.
#[derive(Clone, Debug)]
pub struct CaseList {
    pub cases: Vec<InboxCase>,
    pub next: Option<Cursor>,
}

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

#[derive(sqlx::FromRow)]
struct ListedRow {
    #[sqlx(flatten)]
    case: CaseRow,
    sort_value: String,
}

impl Inbox<'_> {
    /// One page of a queue under the view's filters, in its order.
    pub async fn list(self, list: &ListQuery<'_>) -> Result<CaseList, StorageError> {
        let search = self.search(list).await?;
        let mut statement = Statement::default();
        statement.filters(list, search.as_ref(), false);
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
}
