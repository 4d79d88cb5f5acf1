//! Parties to a submission (tables `submission_party`, `notification`): written with the
//! submission (`Submissions::submit`, which holds its calls while any party is waiting); each
//! party's answer, refusal or lapsed deadline; the release of the held calls with the last answer,
//! in that answer's transaction; the notification records a real SMS or e-mail service would
//! send.

use super::{
    columns::{from_json, instant, known, to_json},
    BeginWrite, Database, StorageError,
};
use app::{
    domain::{Instant, PartyState},
    journey::model::PartyTask,
};

/// Where a held call's next attempt and queue time stand: never due, never given up.
pub(super) const HELD: &str = "9000-01-01T00:00:00.000Z";

pub(super) const NEW_PARTY: &str =
    "INSERT INTO submission_party (party_key, reference, party_id, person_id, task, state, \
     deadline, created_at) VALUES ($1, $2, $3, $4, $5, 'waiting', $6, $7)";
pub(super) const HOLD_CALLS: &str =
    "UPDATE delivery SET next_attempt_at = $1, queued_at = $1 WHERE reference = $2";
pub(super) const NOTIFY: &str = "INSERT INTO notification (notification_id, person_id, kind, \
                                 reference, created_at) VALUES ($1, $2, $3, $4, $5)";

/// A party to write with a submission.
#[derive(Clone, Debug)]
pub struct NewParty {
    pub party_id: String,
    pub person_id: String,
    pub task: PartyTask,
    pub deadline: Instant,
}

/// A party of a submission as stored, with the submission's journey and applicant.
#[derive(Clone, Debug)]
pub struct StoredParty {
    pub key: String,
    pub reference: String,
    pub party_id: String,
    pub person_id: String,
    pub task: PartyTask,
    pub state: PartyState,
    /// Their answers as agencies get them (`flow::party_payload`).
    pub answers: Option<serde_json::Value>,
    pub deadline: Instant,
    pub journey_id: String,
    pub journey_version: i64,
    pub applicant: String,
    /// The person's name as the portal knows it (empty when it does not).
    pub name: String,
}

#[derive(sqlx::FromRow)]
struct Row {
    party_key: String,
    reference: String,
    party_id: String,
    person_id: String,
    task: String,
    state: String,
    answers: Option<String>,
    deadline: String,
    journey_id: String,
    journey_version: i64,
    applicant: String,
    name: Option<String>,
}

impl TryFrom<Row> for StoredParty {
    type Error = StorageError;

    fn try_from(row: Row) -> Result<StoredParty, StorageError> {
        Ok(StoredParty {
            key: row.party_key,
            reference: row.reference,
            party_id: row.party_id,
            person_id: row.person_id,
            task: known("party task", row.task, PartyTask::parse)?,
            state: known("party state", row.state, PartyState::parse)?,
            answers: row
                .answers
                .as_deref()
                .map(|a| from_json("party answers", a))
                .transpose()?,
            deadline: instant("party deadline", &row.deadline)?,
            journey_id: row.journey_id,
            journey_version: row.journey_version,
            applicant: row.applicant,
            name: row.name.unwrap_or_default(),
        })
    }
}

const SELECT: &str = "SELECT p.party_key, p.reference, p.party_id, p.person_id, p.task, p.state, \
                      p.answers, p.deadline, s.journey_id, s.journey_version, \
                      s.person_id AS applicant, n.name FROM submission_party p \
                      JOIN submission s ON s.reference = p.reference \
                      LEFT JOIN person n ON n.person_id = p.person_id";

/// How an answer was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answered {
    /// Taken; other parties are still waiting.
    Waiting,
    /// Taken, and it was the last: the submission's calls are on their way.
    Released,
    /// Not taken: answered already, refused, stopped or past its deadline.
    NotOpen,
}

#[derive(Clone, Copy)]
pub struct Parties<'a>(pub(super) &'a Database);

impl Parties<'_> {
    /// The parties of a submission, in the order they were named.
    pub async fn of_submission(self, reference: &str) -> Result<Vec<StoredParty>, StorageError> {
        let sql = format!("{SELECT} WHERE p.reference = $1 ORDER BY p.created_at, p.party_key");
        let rows: Vec<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql)
            .bind(reference).fetch_all(pool).await?);
        rows.into_iter().map(StoredParty::try_from).collect()
    }

    /// The person's tasks still to do (waiting, before the deadline), the soonest first; then
    /// those stopped under them (another party refused, or their deadline passed) since `since`,
    /// for them to be told.
    pub async fn tasks_of(
        self,
        person_id: &str,
        since: Instant,
    ) -> Result<Vec<StoredParty>, StorageError> {
        let sql = format!(
            "{SELECT} WHERE p.person_id = $1 AND ((p.state = 'waiting' AND p.deadline > $2) \
             OR (p.state IN ('stopped', 'expired') AND p.closed_at > $3)) \
             ORDER BY p.state DESC, p.deadline"
        );
        let now = Instant::now().stored();
        let rows: Vec<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql)
            .bind(person_id).bind(&now).bind(since.stored()).fetch_all(pool).await?);
        rows.into_iter().map(StoredParty::try_from).collect()
    }

    /// The person's party `key`, whatever its state; another person's, or none, is `None`.
    pub async fn get(
        self,
        person_id: &str,
        key: &str,
    ) -> Result<Option<StoredParty>, StorageError> {
        let sql = format!("{SELECT} WHERE p.party_key = $1 AND p.person_id = $2");
        let row: Option<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql)
            .bind(key).bind(person_id).fetch_optional(pool).await?);
        row.map(StoredParty::try_from).transpose()
    }

    /// Takes the person's answer (`None` for a consent) while their task is open; the last
    /// answer releases the submission's calls, each with every party's answers beside its
    /// payload (`"parties": [{"party", "pid", "answers"}]`), due at once.
    pub async fn answer(
        self,
        person_id: &str,
        key: &str,
        answers: Option<&serde_json::Value>,
    ) -> Result<Answered, StorageError> {
        const TAKE: &str = "UPDATE submission_party SET state = 'answered', answers = $1, \
                            closed_at = $2 WHERE party_key = $3 AND person_id = $4 \
                            AND state = 'waiting' AND deadline > $2 RETURNING reference";
        const OPEN: &str = "SELECT COUNT(*) FROM submission_party WHERE reference = $1 \
                            AND state <> 'answered'";
        const ALL: &str = "SELECT party_id, person_id, answers FROM submission_party \
                           WHERE reference = $1 ORDER BY created_at, party_key";
        const CALLS: &str = "SELECT delivery_id, payload FROM delivery WHERE reference = $1";
        const RELEASE: &str = "UPDATE delivery SET payload = $1, next_attempt_at = $2, \
                               queued_at = $2 WHERE delivery_id = $3";
        const APPLICANT: &str = "SELECT person_id FROM submission WHERE reference = $1";
        let answers = answers.map(|a| to_json("party answers", a)).transpose()?;
        let at = Instant::now().stored();
        let outcome = on_pool!(self.0, pool => {
            let mut tx = pool.begin_write().await?;
            let reference: Option<String> = sqlx::query_scalar(TAKE)
                .bind(&answers).bind(&at).bind(key).bind(person_id)
                .fetch_optional(&mut *tx).await?;
            let Some(reference) = reference else {
                tx.rollback().await?;
                return Ok(Answered::NotOpen);
            };
            let open: i64 = sqlx::query_scalar(OPEN).bind(&reference).fetch_one(&mut *tx).await?;
            if open > 0 {
                tx.commit().await?;
                return Ok(Answered::Waiting);
            }
            let all: Vec<(String, String, Option<String>)> =
                sqlx::query_as(ALL).bind(&reference).fetch_all(&mut *tx).await?;
            // A stored answer that cannot be read is an error, never sent as null.
            let mut parties: Vec<serde_json::Value> = Vec::new();
            for (party, pid, answers) in all {
                let answers: serde_json::Value = match answers {
                    Some(text) => from_json("party answers", &text)?,
                    None => serde_json::Value::Null,
                };
                parties.push(serde_json::json!({ "party": party, "pid": pid, "answers": answers }));
            }
            let calls: Vec<(String, String)> =
                sqlx::query_as(CALLS).bind(&reference).fetch_all(&mut *tx).await?;
            for (id, payload) in calls {
                let mut payload: serde_json::Value = from_json("payload", &payload)?;
                if let Some(object) = payload.as_object_mut() {
                    object.insert("parties".into(), serde_json::Value::Array(parties.clone()));
                }
                sqlx::query(RELEASE)
                    .bind(payload.to_string()).bind(&at).bind(&id)
                    .execute(&mut *tx).await?;
            }
            let applicant: String =
                sqlx::query_scalar(APPLICANT).bind(&reference).fetch_one(&mut *tx).await?;
            sqlx::query(NOTIFY)
                .bind(crate::ids::random_token(16)).bind(&applicant).bind("parties-answered")
                .bind(&reference).bind(&at)
                .execute(&mut *tx).await?;
            tx.commit().await?;
            Answered::Released
        });
        if outcome == Answered::Released {
            super::outbox::work_waiting().notify_waiters();
        }
        Ok(outcome)
    }

    /// The person refuses while their task is open: the submission stops (`stop`). `false`
    /// when the task was not open.
    pub async fn refuse(self, person_id: &str, key: &str) -> Result<bool, StorageError> {
        const REFUSE: &str = "UPDATE submission_party SET state = 'refused', closed_at = $1 \
                              WHERE party_key = $2 AND person_id = $3 AND state = 'waiting' \
                              AND deadline > $1 RETURNING reference";
        let at = Instant::now().stored();
        on_pool!(self.0, pool => {
            let mut tx = pool.begin_write().await?;
            let reference: Option<String> = sqlx::query_scalar(REFUSE)
                .bind(&at).bind(key).bind(person_id)
                .fetch_optional(&mut *tx).await?;
            let Some(reference) = reference else {
                tx.rollback().await?;
                return Ok(false);
            };
            stop(&mut tx, &reference, &at).await?;
            tx.commit().await?;
        });
        Ok(true)
    }

    /// Every party still waiting past its deadline (`now`) expires, and its submission stops:
    /// the references stopped.
    pub async fn expire_overdue(self, now: Instant) -> Result<Vec<String>, StorageError> {
        const EXPIRE: &str = "UPDATE submission_party SET state = 'expired', closed_at = $1 \
                              WHERE state = 'waiting' AND deadline <= $1 RETURNING reference";
        let at = now.stored();
        let stopped = on_pool!(self.0, pool => {
            let mut tx = pool.begin_write().await?;
            let mut references: Vec<String> =
                sqlx::query_scalar(EXPIRE).bind(&at).fetch_all(&mut *tx).await?;
            references.sort();
            references.dedup();
            for reference in &references {
                stop(&mut tx, reference, &at).await?;
            }
            tx.commit().await?;
            references
        });
        Ok(stopped)
    }

    /// The notification records for a person: (kind, reference), oldest first.
    pub async fn notifications_of(
        self,
        person_id: &str,
    ) -> Result<Vec<(String, String)>, StorageError> {
        const SQL: &str = "SELECT kind, reference FROM notification WHERE person_id = $1 \
                           ORDER BY created_at, notification_id";
        Ok(on_pool!(self.0, pool => sqlx::query_as(SQL)
            .bind(person_id).fetch_all(pool).await?))
    }
}

/// Stops a submission in the caller's transaction: the other waiting parties are stopped, the
/// held calls removed (none was sent), and everyone — the applicant and every party — gets a
/// notification.
async fn stop<'c, DB>(
    tx: &mut sqlx::Transaction<'c, DB>,
    reference: &str,
    at: &str,
) -> Result<(), sqlx::Error>
where
    DB: sqlx::Database,
    for<'q> <DB as sqlx::Database>::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'e> &'e mut <DB as sqlx::Database>::Connection: sqlx::Executor<'e, Database = DB>,
    for<'q> &'q str: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> String: sqlx::Encode<'q, DB> + sqlx::Type<DB> + sqlx::Decode<'q, DB>,
    (String,): for<'r> sqlx::FromRow<'r, DB::Row>,
{
    const OTHERS: &str = "UPDATE submission_party SET state = 'stopped', closed_at = $1 \
                          WHERE reference = $2 AND state = 'waiting'";
    const DROP_CALLS: &str = "DELETE FROM delivery WHERE reference = $1 AND next_attempt_at = $2";
    const PEOPLE: &str = "SELECT person_id FROM submission WHERE reference = $1 \
                          UNION SELECT person_id FROM submission_party WHERE reference = $1";
    sqlx::query(OTHERS)
        .bind(at)
        .bind(reference)
        .execute(&mut **tx)
        .await?;
    sqlx::query(DROP_CALLS)
        .bind(reference)
        .bind(HELD)
        .execute(&mut **tx)
        .await?;
    let people: Vec<(String,)> = sqlx::query_as(PEOPLE)
        .bind(reference)
        .fetch_all(&mut **tx)
        .await?;
    for (person,) in people {
        sqlx::query(NOTIFY)
            .bind(crate::ids::random_token(16))
            .bind(person)
            .bind("submission-stopped")
            .bind(reference)
            .bind(at)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}
