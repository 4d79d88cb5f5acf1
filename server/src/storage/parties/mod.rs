//! Parties to a submission (tables `submission_party`, `notification`): written with the
//! submission (`Submissions::submit`, which holds the calls that wait for a party); each party's
//! answer, refusal or lapsed deadline; the release of the held calls once every party each waits
//! for has answered, in that answer's transaction (`release.rs`); the notification records a real
//! SMS or e-mail service would send. A party is a person, or an organisation (`agency`) whose
//! caseworkers answer; a blocking party holds every call, one that does not only its services'.

mod release;

use super::{
    columns::{from_json, instant, known, to_json},
    BeginWrite, Database, StorageError,
};
use app::{
    domain::{Instant, PartyState},
    journey::{model::PartyTask, Agency},
};
use release::{releasable, settle, HeldCall, PartyRow};

/// Where a held call's next attempt and queue time stand: never due, never given up.
pub(super) const HELD: &str = "9000-01-01T00:00:00.000Z";

/// Whether a call (its state and queue time) is held for a party's answer: pending, and queued
/// at `HELD`.
pub fn is_held(state: app::domain::DeliveryState, queued_at: Option<&Instant>) -> bool {
    state == app::domain::DeliveryState::Pending && queued_at.is_some_and(|at| at.stored() == HELD)
}

pub(super) const NEW_PARTY: &str =
    "INSERT INTO submission_party (party_key, reference, party_id, person_id, task, state, \
     deadline, created_at, agency, services) VALUES ($1, $2, $3, $4, $5, 'waiting', $6, $7, $8, \
     $9)";
pub(super) const HOLD_CALLS: &str =
    "UPDATE delivery SET next_attempt_at = $1, queued_at = $1 WHERE reference = $2";
pub(super) const HOLD_SERVICE: &str = "UPDATE delivery SET next_attempt_at = $1, queued_at = $1 \
                                       WHERE reference = $2 AND service_id = $3";
pub(super) const NOTIFY: &str = "INSERT INTO notification (notification_id, person_id, kind, \
                                 reference, created_at) VALUES ($1, $2, $3, $4, $5)";

/// A party to write with a submission.
#[derive(Clone, Debug)]
pub struct NewParty {
    pub party_id: String,
    /// The person; empty for an organisation.
    pub person_id: String,
    /// The organisation whose caseworkers answer.
    pub agency: Option<Agency>,
    /// The services whose calls wait for this party; `None`: every call (a blocking party).
    pub services: Option<Vec<String>>,
    pub task: PartyTask,
    pub deadline: Instant,
}

impl NewParty {
    /// The `services` column: a JSON list, or NULL for a blocking party.
    pub(super) fn services_json(&self) -> Result<Option<String>, StorageError> {
        self.services
            .as_ref()
            .map(|s| to_json("party services", s))
            .transpose()
    }
}

/// A party of a submission as stored, with the submission's journey and applicant.
#[derive(Clone, Debug)]
pub struct StoredParty {
    pub key: String,
    pub reference: String,
    pub party_id: String,
    /// The person; empty for an organisation.
    pub person_id: String,
    /// The organisation whose caseworkers answer, for an organisation party.
    pub agency: Option<Agency>,
    /// Whether the whole submission waits for this party.
    pub blocking: bool,
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

impl StoredParty {
    /// The task as a card on a list (*My page*, an organisation's inbox), with the applicant's
    /// name as the portal knows it.
    pub fn card(self, applicant: String) -> app::domain::PartyCard {
        app::domain::PartyCard {
            key: self.key,
            journey_id: self.journey_id,
            party: self.party_id,
            reference: self.reference,
            applicant,
            deadline: self.deadline,
            state: self.state,
        }
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    party_key: String,
    reference: String,
    party_id: String,
    person_id: String,
    agency: Option<String>,
    services: Option<String>,
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
            agency: row
                .agency
                .map(|a| known("party agency", a, Agency::parse))
                .transpose()?,
            blocking: row.services.is_none(),
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

const SELECT: &str = "SELECT p.party_key, p.reference, p.party_id, p.person_id, p.agency, \
                      p.services, p.task, p.state, p.answers, p.deadline, s.journey_id, s.journey_version, \
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

    /// The organisation's tasks still to do (waiting, before the deadline), the soonest first.
    pub async fn tasks_of_agency(self, agency: Agency) -> Result<Vec<StoredParty>, StorageError> {
        let sql = format!(
            "{SELECT} WHERE p.agency = $1 AND p.state = 'waiting' AND p.deadline > $2 \
             ORDER BY p.deadline, p.party_key"
        );
        let now = Instant::now().stored();
        let rows: Vec<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql)
            .bind(agency.id()).bind(&now).fetch_all(pool).await?);
        rows.into_iter().map(StoredParty::try_from).collect()
    }

    /// The party `key`, whatever its state and whoever it is: the caller decides who may see it
    /// (the person, or the organisation's caseworkers).
    pub async fn by_key(self, key: &str) -> Result<Option<StoredParty>, StorageError> {
        let sql = format!("{SELECT} WHERE p.party_key = $1");
        let row: Option<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql)
            .bind(key).fetch_optional(pool).await?);
        row.map(StoredParty::try_from).transpose()
    }

    /// Takes the answer (`None` for a consent) while the task is open, from the person it is
    /// theirs, or from a caseworker of the organisation it is for (`Answerer`). Every held call
    /// whose parties have all answered is released in the same transaction, each with those
    /// parties' answers beside its payload (`"parties": [{"party", "pid" or "organisation",
    /// "answers"}]`), due at once.
    pub async fn answer(
        self,
        by: Answerer<'_>,
        key: &str,
        answers: Option<&serde_json::Value>,
    ) -> Result<Answered, StorageError> {
        const TAKE: &str = "UPDATE submission_party SET state = 'answered', answers = $1, \
                            closed_at = $2, answered_by = $5 WHERE party_key = $3 \
                            AND state = 'waiting' AND deadline > $2 AND (agency = $4 \
                            OR (agency IS NULL AND person_id = $5)) RETURNING reference";
        const ALL: &str = "SELECT party_id, person_id, agency, state, services, answers \
                           FROM submission_party WHERE reference = $1 \
                           ORDER BY created_at, party_key";
        const HELD_CALLS: &str = "SELECT delivery_id, service_id, payload FROM delivery \
                                  WHERE reference = $1 AND next_attempt_at = $2";
        const RELEASE: &str = "UPDATE delivery SET payload = $1, next_attempt_at = $2, \
                               queued_at = $2 WHERE delivery_id = $3";
        const APPLICANT: &str = "SELECT person_id FROM submission WHERE reference = $1";
        let answers = answers.map(|a| to_json("party answers", a)).transpose()?;
        let at = Instant::now().stored();
        let (pid, agency) = by.columns();
        let outcome = on_pool!(self.0, pool => {
            let mut tx = pool.begin_write().await?;
            let reference: Option<String> = sqlx::query_scalar(TAKE)
                .bind(&answers).bind(&at).bind(key).bind(agency).bind(pid)
                .fetch_optional(&mut *tx).await?;
            let Some(reference) = reference else {
                tx.rollback().await?;
                return Ok(Answered::NotOpen);
            };
            let parties: Vec<PartyRow> =
                sqlx::query_as(ALL).bind(&reference).fetch_all(&mut *tx).await?;
            let held: Vec<HeldCall> = sqlx::query_as(HELD_CALLS)
                .bind(&reference).bind(HELD).fetch_all(&mut *tx).await?;
            let released = releasable(&parties, held)?;
            if released.is_empty() {
                tx.commit().await?;
                return Ok(Answered::Waiting);
            }
            for (id, payload) in released {
                sqlx::query(RELEASE).bind(payload).bind(&at).bind(&id)
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

    /// The refusal, while the task is open (`Answerer` as for `answer`): a blocking party's stops
    /// the submission; one that does not block drops only the calls that waited for it. `false`
    /// when the task was not open.
    pub async fn refuse(self, by: Answerer<'_>, key: &str) -> Result<bool, StorageError> {
        const REFUSE: &str = "UPDATE submission_party SET state = 'refused', closed_at = $1, \
                              answered_by = $4 WHERE party_key = $2 AND state = 'waiting' \
                              AND deadline > $1 AND (agency = $3 \
                              OR (agency IS NULL AND person_id = $4)) \
                              RETURNING reference, party_id, services";
        let at = Instant::now().stored();
        let (pid, agency) = by.columns();
        on_pool!(self.0, pool => {
            let mut tx = pool.begin_write().await?;
            let refused: Option<(String, String, Option<String>)> = sqlx::query_as(REFUSE)
                .bind(&at).bind(key).bind(agency).bind(pid)
                .fetch_optional(&mut *tx).await?;
            let Some(refused) = refused else {
                tx.rollback().await?;
                return Ok(false);
            };
            settle(&mut tx, refused, &at, "party-refused").await?;
            tx.commit().await?;
        });
        Ok(true)
    }

    /// Every party still waiting past its deadline (`now`) expires: a blocking party's submission
    /// stops, one that does not block loses only the calls that waited for it. The references
    /// stopped.
    pub async fn expire_overdue(self, now: Instant) -> Result<Vec<String>, StorageError> {
        const EXPIRE: &str = "UPDATE submission_party SET state = 'expired', closed_at = $1 \
                              WHERE state = 'waiting' AND deadline <= $1 \
                              RETURNING reference, party_id, services";
        let at = now.stored();
        let stopped = on_pool!(self.0, pool => {
            let mut tx = pool.begin_write().await?;
            let mut expired: Vec<(String, String, Option<String>)> =
                sqlx::query_as(EXPIRE).bind(&at).fetch_all(&mut *tx).await?;
            // A submission with several blocking parties past their deadline stops once.
            expired.sort_by(|a, b| (&a.0, a.2.is_some()).cmp(&(&b.0, b.2.is_some())));
            let mut stopped: Vec<String> = Vec::new();
            for party in expired {
                if stopped.contains(&party.0) {
                    continue;
                }
                if party.2.is_none() {
                    stopped.push(party.0.clone());
                }
                settle(&mut tx, party, &at, "party-expired").await?;
            }
            tx.commit().await?;
            stopped
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

/// Who answers a party's task: the person it names, or a caseworker of the organisation it is for.
#[derive(Clone, Copy, Debug)]
pub enum Answerer<'a> {
    Person(&'a str),
    Staff { pid: &'a str, agency: Agency },
}

impl Answerer<'_> {
    /// The person (recorded as who answered), and the organisation, if any, acted for.
    fn columns(self) -> (String, Option<&'static str>) {
        match self {
            Answerer::Person(pid) => (pid.to_string(), None),
            Answerer::Staff { pid, agency } => (pid.to_string(), Some(agency.id())),
        }
    }
}
