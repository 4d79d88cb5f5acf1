//! Drafts: journeys in progress, saved at every step (table `draft`). Every query names the
//! person: a draft id alone never reaches another citizen's data. A draft is submitted once,
//! by `Submissions`; from then on it is read-only here.

use super::{
    columns::{from_json, instant, to_json},
    Database, StorageError,
};
use app::{
    domain::Instant,
    journey::{Answers, Sources},
};

/// The drafts, of whoever is named in each call.
#[derive(Clone, Copy)]
pub struct Drafts<'a>(pub(super) &'a Database);

#[derive(Clone, Debug)]
pub struct Draft {
    pub id: String,
    pub journey_id: String,
    pub journey_version: i64,
    pub answers: Answers,
    pub current_step: String,
    pub revision: i64,
    /// A save that clashed with another tab's: the step and what was typed there.
    pub pending: Option<(String, Answers)>,
    pub updated_at: Instant,
    /// Set once submitted.
    pub reference: Option<String>,
    /// Where prefilled answers came from.
    pub sources: Sources,
    /// The steps the answers took when a step was last saved without errors (none before the
    /// first save): what "step x of y" counts, so that an error page counts as the page before.
    pub path: Option<StablePath>,
    /// The draft was moved to a newer version of its journey: what changed for the citizen
    /// (JSON of the engine's notices), until they have been told (`Authoring::take_notice`).
    pub notice: Option<String>,
    /// An admin's preview, walked as this person: never submitted, never on My page.
    pub preview_as: Option<String>,
}

/// The path the answers took at the last save of a step without errors.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StablePath {
    /// Step ids, in order.
    pub steps: Vec<String>,
    /// That save changed the number of steps (the count then says why it moved).
    pub changed: bool,
}

/// What a save found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    Saved,
    /// The draft changed since the page was shown (another tab); nothing was written.
    Stale,
    /// No such draft for this person, or it is already submitted.
    Missing,
}

/// A draft as a journey starts: the prefilled answers and where they came from.
pub struct NewDraft<'a> {
    pub person_id: &'a str,
    pub draft_id: &'a str,
    pub journey_id: &'a str,
    pub journey_version: i64,
    pub first_step: &'a str,
    pub answers: &'a Answers,
    pub sources: &'a Sources,
    /// An admin's preview, as this person (`Draft::preview_as`).
    pub preview_as: Option<&'a str>,
}

/// A draft as stored, with its submission's reference if any.
#[derive(sqlx::FromRow)]
struct Row {
    draft_id: String,
    journey_id: String,
    journey_version: i64,
    answers: String,
    current_step: String,
    revision: i64,
    pending: Option<String>,
    updated_at: String,
    reference: Option<String>,
    sources: String,
    path: Option<String>,
    notice: Option<String>,
    preview_as: Option<String>,
}

impl TryFrom<Row> for Draft {
    type Error = StorageError;

    fn try_from(row: Row) -> Result<Draft, StorageError> {
        Ok(Draft {
            id: row.draft_id,
            journey_id: row.journey_id,
            journey_version: row.journey_version,
            answers: from_json("answers", &row.answers)?,
            current_step: row.current_step,
            revision: row.revision,
            pending: row
                .pending
                .map(|p| from_json("pending save", &p))
                .transpose()?,
            updated_at: instant("updated at", &row.updated_at)?,
            reference: row.reference,
            sources: from_json("sources", &row.sources)?,
            path: row.path.map(|p| from_json("path", &p)).transpose()?,
            notice: row.notice,
            preview_as: row.preview_as,
        })
    }
}

const COLUMNS: &str = "d.draft_id, d.journey_id, d.journey_version, d.answers, d.current_step, \
                       d.revision, d.pending, d.updated_at, s.reference, d.sources, d.path, \
                       d.notice, d.preview_as \
                       FROM draft d LEFT JOIN submission s ON s.draft_id = d.draft_id";

impl Drafts<'_> {
    pub async fn create(self, new: NewDraft<'_>) -> Result<(), StorageError> {
        const SQL: &str =
            "INSERT INTO draft (draft_id, person_id, journey_id, journey_version, answers, \
             current_step, created_at, updated_at, sources, preview_as) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9)";
        let answers = to_json("answers", new.answers)?;
        let sources = to_json("sources", new.sources)?;
        let at = Instant::now().stored();
        on_pool!(self.0, pool => {
            sqlx::query(SQL)
                .bind(new.draft_id)
                .bind(new.person_id)
                .bind(new.journey_id)
                .bind(new.journey_version)
                .bind(&answers)
                .bind(new.first_step)
                .bind(&at)
                .bind(&sources)
                .bind(new.preview_as)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// The person's draft `draft_id` (submitted or not); `None` when there is no such draft of
    /// theirs.
    pub async fn get(self, person_id: &str, draft_id: &str) -> Result<Option<Draft>, StorageError> {
        let sql = format!("SELECT {COLUMNS} WHERE d.draft_id = $1 AND d.person_id = $2");
        let row: Option<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql)
            .bind(draft_id).bind(person_id).fetch_optional(pool).await?);
        row.map(Draft::try_from).transpose()
    }

    /// Whether a draft with this id exists and is not submitted (whoever's it is).
    pub async fn is_open(self, draft_id: &str) -> Result<bool, StorageError> {
        const SQL: &str = "SELECT COUNT(*) FROM draft d WHERE d.draft_id = $1 \
             AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.draft_id = d.draft_id)";
        let found: i64 =
            on_pool!(self.0, pool => sqlx::query_scalar(SQL).bind(draft_id).fetch_one(pool).await?);
        Ok(found > 0)
    }

    /// The person's open (unsubmitted) draft of `journey_id`, the most recently saved if there
    /// are several: what Start continues.
    pub async fn open_of(
        self,
        person_id: &str,
        journey_id: &str,
    ) -> Result<Option<Draft>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} WHERE d.person_id = $1 AND d.journey_id = $2 \
             AND s.reference IS NULL AND d.preview_as IS NULL \
             ORDER BY d.updated_at DESC LIMIT 1"
        );
        let row: Option<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql)
            .bind(person_id).bind(journey_id).fetch_optional(pool).await?);
        row.map(Draft::try_from).transpose()
    }

    /// The person's drafts and submitted drafts, newest first.
    pub async fn of_person(self, person_id: &str) -> Result<Vec<Draft>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} WHERE d.person_id = $1 AND d.preview_as IS NULL \
             ORDER BY d.updated_at DESC"
        );
        let rows: Vec<Row> =
            on_pool!(self.0, pool => sqlx::query_as(&sql).bind(person_id).fetch_all(pool).await?);
        rows.into_iter().map(Draft::try_from).collect()
    }

    /// Deletes the person's open draft `draft_id` (its answers, sources and pending save); the
    /// register access log of its start stays. False when there is no such open draft of theirs.
    pub async fn delete(self, person_id: &str, draft_id: &str) -> Result<bool, StorageError> {
        const SQL: &str = "DELETE FROM draft WHERE draft_id = $1 AND person_id = $2 \
             AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.draft_id = $1)";
        let deleted = on_pool!(self.0, pool => sqlx::query(SQL)
            .bind(draft_id)
            .bind(person_id)
            .execute(pool)
            .await?
            .rows_affected());
        Ok(deleted == 1)
    }

    /// Saves the answers (and the path step counts follow) if the draft is still at `revision`
    /// and not submitted.
    pub async fn save(
        self,
        person_id: &str,
        draft_id: &str,
        revision: i64,
        answers: &Answers,
        current_step: &str,
        path: &StablePath,
    ) -> Result<Saved, StorageError> {
        const SQL: &str =
            "UPDATE draft SET answers = $1, current_step = $2, revision = revision + 1, \
             pending = NULL, updated_at = $3, path = $7 \
             WHERE draft_id = $4 AND person_id = $5 AND revision = $6 \
             AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.draft_id = $4)";
        let answers = to_json("answers", answers)?;
        let path = to_json("path", path)?;
        let at = Instant::now().stored();
        let updated = on_pool!(self.0, pool => sqlx::query(SQL)
            .bind(&answers)
            .bind(current_step)
            .bind(&at)
            .bind(draft_id)
            .bind(person_id)
            .bind(revision)
            .bind(&path)
            .execute(pool)
            .await?
            .rows_affected());
        if updated == 1 {
            return Ok(Saved::Saved);
        }
        Ok(match self.get(person_id, draft_id).await? {
            Some(draft) if draft.reference.is_none() => Saved::Stale,
            _ => Saved::Missing,
        })
    }

    /// Keeps what was typed in a save that clashed with another tab, to show it back.
    pub async fn keep_pending(
        self,
        person_id: &str,
        draft_id: &str,
        step: &str,
        typed: &Answers,
    ) -> Result<(), StorageError> {
        const SQL: &str = "UPDATE draft SET pending = $1 WHERE draft_id = $2 AND person_id = $3";
        let pending = to_json("pending save", &(step, typed))?;
        on_pool!(self.0, pool => {
            sqlx::query(SQL).bind(&pending).bind(draft_id).bind(person_id).execute(pool).await?;
        });
        Ok(())
    }
}
