//! What agency admins do to journeys beyond storing and publishing a draft
//! (`journey_versions`): scheduling a draft's go-live, rolling back to an earlier version, moving
//! citizens' drafts to a newer version, and the audit trail of it all (tables `journey_version`,
//! `draft`, `authoring_event`). Each change is one transaction, so two admins (or two instances'
//! journey workers) acting at once leave one result, never half of each.

use super::{
    columns::{from_json, instant, known, to_json},
    journey_versions::{Row, COLUMNS},
    BeginWrite, Database, StorageError, StoredVersion,
};
use app::{
    domain::{AuthoringAction, Instant},
    journey::Answers,
};

/// The authoring side of the journey versions, and its audit trail.
#[derive(Clone, Copy)]
pub struct Authoring<'a>(pub(super) &'a Database);

/// One entry of the audit trail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthoringEvent {
    pub at: Instant,
    /// Who: a person id when recorded, their name when read back.
    pub person_id: String,
    pub agency: String,
    pub journey_id: String,
    pub version: Option<i64>,
    pub action: AuthoringAction,
    pub detail: String,
}

/// A citizen's draft on some version of a journey, as the impact and the move read it.
#[derive(Clone, Debug)]
pub struct DraftOnVersion {
    pub draft_id: String,
    pub person_id: String,
    pub version: i64,
    pub answers: Answers,
    /// As read: a draft saved since is not moved.
    pub revision: i64,
}

/// What a rollback did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RolledBack {
    /// The copy is published as `version`; the journey's draft, if any, was renumbered above it.
    Done { version: i64 },
    /// The published version changed since the admin looked (another admin acted first).
    Moved { published: Option<i64> },
}

impl Authoring<'_> {
    /// Every journey's published `(id, version)`: what a catalogue must serve, read cheaply by
    /// every instance's journey worker to see whether another instance published.
    pub async fn published_versions(self) -> Result<Vec<(String, i64)>, StorageError> {
        const SQL: &str = "SELECT journey_id, version FROM journey_version \
                           WHERE state = 'published' ORDER BY journey_id";
        Ok(on_pool!(self.0, pool => sqlx::query_as(SQL).fetch_all(pool).await?))
    }

    /// Schedules (or, with `None`, unschedules) the draft `version` to go live at `at`, with
    /// what to do with citizens' drafts then (`moves`: `journeys::moves::policy_text`, `None`
    /// to leave them). False when the journey has no such draft.
    pub async fn schedule(
        self,
        id: &str,
        version: i64,
        at: Option<Instant>,
        moves: Option<&str>,
    ) -> Result<bool, StorageError> {
        const SQL: &str = "UPDATE journey_version SET publish_at = $3, moves = $4 \
                           WHERE journey_id = $1 AND version = $2 AND state = 'draft'";
        let at = at.map(|at| at.stored());
        let moves = moves.filter(|_| at.is_some());
        let done = on_pool!(self.0, pool => sqlx::query(SQL).bind(id).bind(version).bind(&at)
            .bind(moves).execute(pool).await?.rows_affected());
        Ok(done == 1)
    }

    /// What a scheduled version's go-live does with citizens' drafts (see `schedule`).
    pub async fn scheduled_moves(
        self,
        id: &str,
        version: i64,
    ) -> Result<Option<String>, StorageError> {
        const SQL: &str =
            "SELECT moves FROM journey_version WHERE journey_id = $1 AND version = $2";
        let moves: Option<Option<String>> = on_pool!(self.0, pool =>
            sqlx::query_scalar(SQL).bind(id).bind(version).fetch_optional(pool).await?);
        Ok(moves.flatten())
    }

    /// Who last scheduled `version` of the journey (its newest `schedule` entry in the audit
    /// trail), to record what the scheduler then did under their name.
    pub async fn scheduled_by(
        self,
        id: &str,
        version: i64,
    ) -> Result<Option<String>, StorageError> {
        const SQL: &str = "SELECT person_id FROM authoring_event \
             WHERE journey_id = $1 AND version = $2 AND action = 'schedule' \
             ORDER BY authoring_event_id DESC LIMIT 1";
        Ok(on_pool!(self.0, pool =>
            sqlx::query_scalar(SQL).bind(id).bind(version).fetch_optional(pool).await?))
    }

    /// The drafts whose scheduled time has come.
    pub async fn due(self, now: Instant) -> Result<Vec<StoredVersion>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} WHERE state = 'draft' AND publish_at IS NOT NULL \
             AND publish_at <= $1 ORDER BY publish_at"
        );
        let now = now.stored();
        let rows: Vec<Row> =
            on_pool!(self.0, pool => sqlx::query_as(&sql).bind(&now).fetch_all(pool).await?);
        rows.into_iter().map(StoredVersion::try_from).collect()
    }

    /// Publishes `source` (an earlier version's text, renumbered `version` by the caller) as a
    /// new version, retiring the one published now, if that is still `expected`. A draft, if
    /// any, is renumbered to `draft` (its text given) so that it stays above every published
    /// version.
    pub async fn roll_back(
        self,
        id: &str,
        expected: i64,
        copy: (i64, &str),
        draft: Option<(i64, i64, &str)>,
        made_by: &str,
    ) -> Result<RolledBack, StorageError> {
        const CURRENT: &str = "SELECT version FROM journey_version \
                               WHERE journey_id = $1 AND state = 'published'";
        const RETIRE: &str = "UPDATE journey_version SET state = 'retired' \
                              WHERE journey_id = $1 AND state = 'published'";
        const RENUMBER: &str = "UPDATE journey_version SET version = $3, source = $4 \
                                WHERE journey_id = $1 AND version = $2 AND state = 'draft'";
        const INSERT: &str = "INSERT INTO journey_version \
             (journey_id, version, state, source, made_by, made_at, published_at) \
             VALUES ($1, $2, 'published', $3, $4, $5, $5)";
        let at = Instant::now().stored();
        let (version, source) = copy;
        let done = on_pool!(self.0, pool => {
            let mut tx = pool.begin_write().await?;
            let published: Option<i64> =
                sqlx::query_scalar(CURRENT).bind(id).fetch_optional(&mut *tx).await?;
            if published != Some(expected) {
                tx.rollback().await?;
                RolledBack::Moved { published }
            } else {
                if let Some((old, new, text)) = draft {
                    sqlx::query(RENUMBER).bind(id).bind(old).bind(new).bind(text)
                        .execute(&mut *tx).await?;
                }
                sqlx::query(RETIRE).bind(id).execute(&mut *tx).await?;
                sqlx::query(INSERT).bind(id).bind(version).bind(source).bind(made_by).bind(&at)
                    .execute(&mut *tx).await?;
                tx.commit().await?;
                RolledBack::Done { version }
            }
        });
        Ok(done)
    }

    /// Replaces the text of the journey's draft `version`, if it is still the one made at
    /// `made_at` with `source` (what the admin edited): false otherwise (another admin saved).
    /// A changed draft is no longer scheduled: its new text was not what was scheduled.
    pub async fn replace_draft(
        self,
        draft: &StoredVersion,
        source: &str,
        made_by: &str,
    ) -> Result<bool, StorageError> {
        const SQL: &str = "UPDATE journey_version \
             SET source = $3, made_by = $4, made_at = $5, publish_at = NULL \
             WHERE journey_id = $1 AND version = $2 AND state = 'draft' \
             AND made_at = $6 AND source = $7";
        let (at, was) = (Instant::now().stored(), draft.made_at.stored());
        let done = on_pool!(self.0, pool => sqlx::query(SQL).bind(&draft.id).bind(draft.version)
            .bind(source).bind(made_by).bind(&at).bind(&was).bind(&draft.source)
            .execute(pool).await?.rows_affected());
        Ok(done == 1)
    }

    /// Drops the journey's draft `version`: false when there is none.
    pub async fn discard(self, id: &str, version: i64) -> Result<bool, StorageError> {
        const SQL: &str = "DELETE FROM journey_version \
                           WHERE journey_id = $1 AND version = $2 AND state = 'draft'";
        let done = on_pool!(self.0, pool => sqlx::query(SQL).bind(id).bind(version)
            .execute(pool).await?.rows_affected());
        Ok(done == 1)
    }

    /// Every citizen's open (not submitted) draft of the journey on a version below `below`.
    pub async fn drafts_below(
        self,
        id: &str,
        below: i64,
    ) -> Result<Vec<DraftOnVersion>, StorageError> {
        const SQL: &str =
            "SELECT d.draft_id, d.person_id, d.journey_version, d.answers, d.revision \
             FROM draft d WHERE d.journey_id = $1 AND d.journey_version < $2 \
             AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.draft_id = d.draft_id) \
             ORDER BY d.draft_id";
        let rows: Vec<(String, String, i64, String, i64)> = on_pool!(self.0, pool =>
            sqlx::query_as(SQL).bind(id).bind(below).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(draft_id, person_id, version, answers, revision)| {
                Ok(DraftOnVersion {
                    draft_id,
                    person_id,
                    version,
                    answers: from_json("answers", &answers)?,
                    revision,
                })
            })
            .collect()
    }

    /// Moves one draft from its version to `to` with the answers that still fit and what to
    /// tell the citizen (`notice`, JSON); it goes on from `first_step` (the citizen walks the
    /// new version from its start, their answers in place). False when the draft moved, was
    /// submitted, was saved or is gone since it was read (nothing is written then).
    pub async fn move_draft(
        self,
        draft: &DraftOnVersion,
        to: i64,
        answers: &Answers,
        notice: &str,
        first_step: &str,
    ) -> Result<bool, StorageError> {
        const SQL: &str = "UPDATE draft SET journey_version = $3, answers = $4, notice = $5, \
             current_step = $6, revision = revision + 1, path = NULL, pending = NULL \
             WHERE draft_id = $1 AND journey_version = $2 AND revision = $7 \
             AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.draft_id = draft.draft_id)";
        let answers = to_json("answers", answers)?;
        let done = on_pool!(self.0, pool => sqlx::query(SQL).bind(&draft.draft_id)
            .bind(draft.version).bind(to).bind(&answers).bind(notice).bind(first_step)
            .bind(draft.revision).execute(pool).await?.rows_affected());
        Ok(done == 1)
    }

    /// The notice of a moved draft of this person, taken (it is shown once).
    pub async fn take_notice(
        self,
        person_id: &str,
        draft_id: &str,
    ) -> Result<Option<String>, StorageError> {
        const READ: &str = "SELECT notice FROM draft WHERE draft_id = $1 AND person_id = $2";
        const CLEAR: &str = "UPDATE draft SET notice = NULL \
                             WHERE draft_id = $1 AND person_id = $2 AND notice IS NOT NULL";
        let notice = on_pool!(self.0, pool => {
            let notice: Option<Option<String>> = sqlx::query_scalar(READ).bind(draft_id)
                .bind(person_id).fetch_optional(pool).await?;
            let notice = notice.flatten();
            if notice.is_some() {
                sqlx::query(CLEAR).bind(draft_id).bind(person_id).execute(pool).await?;
            }
            notice
        });
        Ok(notice)
    }

    /// Who made each version of the journey that a person made: `(version, name)`.
    pub async fn makers(self, id: &str) -> Result<Vec<(i64, String)>, StorageError> {
        const SQL: &str = "SELECT v.version, p.name FROM journey_version v \
             JOIN person p ON p.person_id = v.made_by WHERE v.journey_id = $1";
        Ok(on_pool!(self.0, pool => sqlx::query_as(SQL).bind(id).fetch_all(pool).await?))
    }

    /// How many open (not submitted) drafts of the journey each version has: `(version, n)`.
    pub async fn open_drafts(self, id: &str) -> Result<Vec<(i64, i64)>, StorageError> {
        const SQL: &str = "SELECT d.journey_version, COUNT(*) FROM draft d \
             WHERE d.journey_id = $1 \
             AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.draft_id = d.draft_id) \
             GROUP BY d.journey_version";
        Ok(on_pool!(self.0, pool => sqlx::query_as(SQL).bind(id).fetch_all(pool).await?))
    }

    /// Records one change in the audit trail.
    pub async fn record(self, event: &AuthoringEvent) -> Result<(), StorageError> {
        const SQL: &str = "INSERT INTO authoring_event \
             (at, person_id, agency, journey_id, version, action, detail) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)";
        let at = event.at.stored();
        on_pool!(self.0, pool => {
            sqlx::query(SQL).bind(&at).bind(&event.person_id).bind(&event.agency)
                .bind(&event.journey_id).bind(event.version).bind(event.action.as_str())
                .bind(&event.detail).execute(pool).await?;
        });
        Ok(())
    }

    /// The journey's audit trail, newest first, at most `limit` entries.
    pub async fn events(self, id: &str, limit: i64) -> Result<Vec<AuthoringEvent>, StorageError> {
        const SQL: &str = "SELECT e.at, COALESCE(p.name, e.person_id), e.agency, e.journey_id, \
             e.version, e.action, e.detail \
             FROM authoring_event e LEFT JOIN person p ON p.person_id = e.person_id \
             WHERE e.journey_id = $1 ORDER BY e.authoring_event_id DESC LIMIT $2";
        type Raw = (String, String, String, String, Option<i64>, String, String);
        let rows: Vec<Raw> = on_pool!(self.0, pool =>
            sqlx::query_as(SQL).bind(id).bind(limit).fetch_all(pool).await?);
        rows.into_iter()
            .map(
                |(at, person_id, agency, journey_id, version, action, detail)| {
                    Ok(AuthoringEvent {
                        at: instant("authoring event at", &at)?,
                        person_id,
                        agency,
                        journey_id,
                        version,
                        action: known("authoring action", action, AuthoringAction::parse)?,
                        detail,
                    })
                },
            )
            .collect()
    }
}
