//! Messages on a case (`case_message`) between the agency's caseworkers and the citizen, with
//! read receipts: each message is marked read the first time the other side sees it.

use super::{
    columns::{instant, optional_instant},
    Database, StorageError,
};
use app::domain::Instant;

/// The messages on cases.
#[derive(Clone, Copy)]
pub struct CaseMessages<'a>(pub(super) &'a Database);

/// One message, with its author's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseMessage {
    pub id: String,
    pub case_id: String,
    pub from_citizen: bool,
    pub author: String,
    pub text: String,
    pub sent_at: Instant,
    /// When the other side first saw it.
    pub read_at: Option<Instant>,
}

#[derive(sqlx::FromRow)]
struct Row {
    case_message_id: String,
    inbox_case_id: String,
    from_citizen: bool,
    author: String,
    text: String,
    sent_at: String,
    read_at: Option<String>,
}

impl TryFrom<Row> for CaseMessage {
    type Error = StorageError;

    fn try_from(row: Row) -> Result<Self, StorageError> {
        Ok(CaseMessage {
            id: row.case_message_id,
            case_id: row.inbox_case_id,
            from_citizen: row.from_citizen,
            author: row.author,
            text: row.text,
            sent_at: instant("sent at", &row.sent_at)?,
            read_at: optional_instant("read at", row.read_at.as_deref())?,
        })
    }
}

const COLUMNS: &str = "SELECT m.case_message_id, m.inbox_case_id, m.from_citizen, \
    COALESCE(p.name, '') AS author, m.text, m.sent_at, m.read_at \
    FROM case_message m LEFT JOIN person p ON p.person_id = m.author_pid";

impl CaseMessages<'_> {
    /// Sends a message on a case.
    pub async fn send(
        self,
        id: &str,
        case: &str,
        from_citizen: bool,
        author: &str,
        text: &str,
    ) -> Result<(), StorageError> {
        const SQL: &str = "INSERT INTO case_message (case_message_id, inbox_case_id, \
            from_citizen, author_pid, text, sent_at) VALUES ($1, $2, $3, $4, $5, $6)";
        let at = Instant::now().stored();
        on_pool!(self.0, pool => {
            sqlx::query(SQL).bind(id).bind(case).bind(from_citizen).bind(author).bind(text)
                .bind(&at).execute(pool).await?;
        });
        Ok(())
    }

    /// The messages on the cases `ids`, oldest first.
    pub async fn of_cases(self, ids: &[String]) -> Result<Vec<CaseMessage>, StorageError> {
        let mut messages = Vec::new();
        let sql = format!("{COLUMNS} WHERE m.inbox_case_id = $1 ORDER BY m.sent_at");
        for id in ids {
            let rows: Vec<Row> =
                on_pool!(self.0, pool => sqlx::query_as(&sql).bind(id).fetch_all(pool).await?);
            for row in rows {
                messages.push(row.try_into()?);
            }
        }
        Ok(messages)
    }

    /// Marks read the messages on case `case` sent by the other side of `reader_is_citizen`.
    pub async fn mark_read(self, case: &str, reader_is_citizen: bool) -> Result<(), StorageError> {
        const SQL: &str = "UPDATE case_message SET read_at = $1 \
            WHERE inbox_case_id = $2 AND from_citizen = $3 AND read_at IS NULL";
        let at = Instant::now().stored();
        on_pool!(self.0, pool => {
            sqlx::query(SQL).bind(&at).bind(case).bind(!reader_is_citizen).execute(pool).await?;
        });
        Ok(())
    }
}
