//! Requests for more information (`information_request`): a caseworker asks the citizen to
//! correct chosen answers and/or answer a free question; the citizen answers once. Asking moves
//! the case to *needs information* and answering back to *in progress* — each in one
//! transaction with the case's history entry and the call's case event (so the citizen's
//! timeline shows both), and answering moves the deadline on by the working days the case
//! waited.

use super::{
    case_events::ADD as ADD_EVENT,
    columns::{from_json, instant, optional_instant, to_json},
    inbox::InboxCase,
    known, Database, StorageError,
};
use app::{
    domain::{CaseStatus, Instant},
    journey::{Agency, Answers, Date},
};

/// The requests for more information.
#[derive(Clone, Copy)]
pub struct InformationRequests<'a>(pub(super) &'a Database);

/// A request, with what the citizen sees of its case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InformationRequest {
    pub id: String,
    pub case_id: String,
    pub agency: Agency,
    pub reference: String,
    pub journey_id: String,
    pub citizen_pid: String,
    pub fields: Vec<String>,
    pub question: Option<String>,
    pub reason: String,
    pub asked_by: String,
    pub asked_at: Instant,
    pub before: Answers,
    pub answered_at: Option<Instant>,
    pub after: Option<Answers>,
    pub reply: Option<String>,
}

/// A request to make.
pub struct NewRequest<'a> {
    pub id: &'a str,
    pub fields: &'a [String],
    pub question: Option<&'a str>,
    pub reason: &'a str,
    pub before: &'a Answers,
}

#[derive(sqlx::FromRow)]
struct Row {
    information_request_id: String,
    inbox_case_id: String,
    agency: String,
    reference: String,
    journey_id: String,
    citizen_pid: String,
    fields: String,
    question: Option<String>,
    reason: String,
    asked_by: String,
    asked_at: String,
    before: String,
    answered_at: Option<String>,
    after: Option<String>,
    reply: Option<String>,
}

impl TryFrom<Row> for InformationRequest {
    type Error = StorageError;

    fn try_from(row: Row) -> Result<Self, StorageError> {
        Ok(InformationRequest {
            id: row.information_request_id,
            case_id: row.inbox_case_id,
            agency: known("agency", row.agency, Agency::parse)?,
            reference: row.reference,
            journey_id: row.journey_id,
            citizen_pid: row.citizen_pid,
            fields: from_json("fields", &row.fields)?,
            question: row.question,
            reason: row.reason,
            asked_by: row.asked_by,
            asked_at: instant("asked at", &row.asked_at)?,
            before: from_json("before", &row.before)?,
            answered_at: optional_instant("answered at", row.answered_at.as_deref())?,
            after: row
                .after
                .as_deref()
                .map(|a| from_json("after", a))
                .transpose()?,
            reply: row.reply,
        })
    }
}

const COLUMNS: &str = "SELECT r.information_request_id, r.inbox_case_id, c.agency, c.reference, \
    c.journey_id, r.citizen_pid, r.fields, r.question, r.reason, \
    COALESCE(p.name, '') AS asked_by, r.asked_at, r.before, r.answered_at, r.after, r.reply \
    FROM information_request r JOIN inbox_case c ON c.inbox_case_id = r.inbox_case_id \
    LEFT JOIN person p ON p.person_id = r.asked_by_pid";

/// `$1` case, `$2` when, `$3` who, `$4` kind, `$5` status, `$6` text, `$7` assignee.
const HISTORY: &str = "INSERT INTO case_history \
    (inbox_case_id, at, who_pid, kind, status, text, assignee_pid) \
    VALUES ($1, $2, $3, $4, $5, $6, $7)";

impl InformationRequests<'_> {
    /// Asks: the case moves from `from` to *needs information* with the reason as its message,
    /// and the request is stored. `false` (nothing written) when the case no longer stands at
    /// `from`.
    pub async fn ask(
        self,
        case: &InboxCase,
        from: CaseStatus,
        request: NewRequest<'_>,
        who: &str,
    ) -> Result<bool, StorageError> {
        const MOVE: &str =
            "UPDATE inbox_case SET status = $1 WHERE inbox_case_id = $2 AND status = $3";
        const INSERT: &str = "INSERT INTO information_request (information_request_id, \
            inbox_case_id, citizen_pid, fields, question, reason, asked_by_pid, asked_at, before) \
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
        let waiting = CaseStatus::NeedsInformation.as_str();
        let at = Instant::now().stored();
        let fields = to_json("fields", request.fields)?;
        let before = to_json("before", request.before)?;
        on_pool!(self.0, pool => {
            let mut tx = pool.begin().await?;
            let moved = sqlx::query(MOVE).bind(waiting).bind(&case.id).bind(from.as_str())
                .execute(&mut *tx).await?.rows_affected() == 1;
            if moved {
                sqlx::query(INSERT).bind(request.id).bind(&case.id).bind(&case.citizen_pid)
                    .bind(&fields).bind(request.question).bind(request.reason).bind(who)
                    .bind(&at).bind(&before).execute(&mut *tx).await?;
                sqlx::query(HISTORY).bind(&case.id).bind(&at).bind(who).bind("status")
                    .bind(waiting).bind(request.reason).bind(None::<&str>)
                    .execute(&mut *tx).await?;
                sqlx::query(ADD_EVENT).bind(&case.delivery_id).bind(waiting)
                    .bind(request.reason).bind(&at).bind(&at).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(moved)
        })
    }

    /// The citizen's requests still unanswered, oldest first.
    pub async fn open_for(self, citizen: &str) -> Result<Vec<InformationRequest>, StorageError> {
        let sql = format!(
            "{COLUMNS} WHERE r.citizen_pid = $1 AND r.answered_at IS NULL ORDER BY r.asked_at"
        );
        let rows: Vec<Row> =
            on_pool!(self.0, pool => sqlx::query_as(&sql).bind(citizen).fetch_all(pool).await?);
        rows.into_iter().map(TryInto::try_into).collect()
    }

    /// Request `id` if it is this citizen's.
    pub async fn of_citizen(
        self,
        citizen: &str,
        id: &str,
    ) -> Result<Option<InformationRequest>, StorageError> {
        let sql = format!("{COLUMNS} WHERE r.information_request_id = $1 AND r.citizen_pid = $2");
        let row: Option<Row> = on_pool!(self.0, pool => {
            sqlx::query_as(&sql).bind(id).bind(citizen).fetch_optional(pool).await?
        });
        row.map(TryInto::try_into).transpose()
    }

    /// A case's requests, oldest first.
    pub async fn of_case(self, case: &str) -> Result<Vec<InformationRequest>, StorageError> {
        let sql = format!("{COLUMNS} WHERE r.inbox_case_id = $1 ORDER BY r.asked_at");
        let rows: Vec<Row> =
            on_pool!(self.0, pool => sqlx::query_as(&sql).bind(case).fetch_all(pool).await?);
        rows.into_iter().map(TryInto::try_into).collect()
    }

    /// The citizen's answer, once: the request is answered, the case is back *in progress* with
    /// its deadline at `due_on`. `false` (nothing written) when the request was answered
    /// already or the case no longer waits.
    pub async fn answer(
        self,
        request: &InformationRequest,
        delivery_id: &str,
        after: &Answers,
        reply: Option<&str>,
        due_on: Date,
    ) -> Result<bool, StorageError> {
        const ANSWER: &str = "UPDATE information_request SET answered_at = $1, after = $2, \
            reply = $3 WHERE information_request_id = $4 AND answered_at IS NULL";
        const BACK: &str = "UPDATE inbox_case SET status = $1, due_on = $2 \
            WHERE inbox_case_id = $3 AND status = $4";
        let working = CaseStatus::InProgress.as_str();
        let at = Instant::now().stored();
        let after = to_json("after", after)?;
        let due = due_on.to_string();
        on_pool!(self.0, pool => {
            let mut tx = pool.begin().await?;
            let answered = sqlx::query(ANSWER).bind(&at).bind(&after).bind(reply)
                .bind(&request.id).execute(&mut *tx).await?.rows_affected() == 1;
            let back = answered && sqlx::query(BACK).bind(working).bind(&due)
                .bind(&request.case_id).bind(CaseStatus::NeedsInformation.as_str())
                .execute(&mut *tx).await?.rows_affected() == 1;
            if !back {
                tx.rollback().await?;
                return Ok(false);
            }
            sqlx::query(HISTORY).bind(&request.case_id).bind(&at).bind(&request.citizen_pid)
                .bind("status").bind(working).bind(None::<&str>).bind(None::<&str>)
                .execute(&mut *tx).await?;
            sqlx::query(ADD_EVENT).bind(delivery_id).bind(working).bind(None::<&str>)
                .bind(&at).bind(&at).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(true)
        })
    }
}
