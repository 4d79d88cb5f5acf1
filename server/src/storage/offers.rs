//! Proactive starts (tables `feed_cursor`, `offer`): how far the register's event feed has been
//! read, and the journeys offered to the people its events concern. The cursor moves only by
//! compare and set, in the transaction that stores the offers its events made: of two instances
//! that read the same page, one stores it and the other learns it was too late.

use super::{
    columns::{instant, known},
    BeginWrite, Database, StorageError,
};
use crate::ids::random_token;
use app::domain::{Instant, LifeEventKind, Offer};

#[derive(Clone, Copy)]
pub struct Offers<'a>(pub(super) &'a Database);

/// An offer to make, from one event of a feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewOffer {
    pub person_id: String,
    pub kind: LifeEventKind,
    pub sequence: i64,
    pub event_date: String,
    pub subject_name: String,
}

#[derive(sqlx::FromRow)]
struct Row {
    offer_id: String,
    journey_id: String,
    event_kind: String,
    event_date: String,
    subject_name: String,
    created_at: String,
}

impl TryFrom<Row> for Offer {
    type Error = StorageError;

    fn try_from(row: Row) -> Result<Offer, StorageError> {
        Ok(Offer {
            id: row.offer_id,
            journey_id: row.journey_id,
            kind: known("event kind", row.event_kind, LifeEventKind::parse)?,
            event_date: row.event_date,
            subject_name: row.subject_name,
            created_at: instant("offer created at", &row.created_at)?,
        })
    }
}

const COLUMNS: &str = "offer_id, journey_id, event_kind, event_date, subject_name, created_at";

impl Offers<'_> {
    /// The last event of `feed` handled (0 before the first).
    pub async fn cursor(self, feed: &str) -> Result<i64, StorageError> {
        const SQL: &str = "SELECT position FROM feed_cursor WHERE feed = $1";
        let position: Option<i64> = on_pool!(self.0, pool => sqlx::query_scalar(SQL)
            .bind(feed).fetch_optional(pool).await?);
        Ok(position.unwrap_or(0))
    }

    /// Moves `feed`'s cursor from `from` to `to` and stores the offers the events in between
    /// made, in one transaction; `false` (and nothing stored) when the cursor is no longer at
    /// `from`: another instance handled those events. An offer already made for the same event
    /// and person is not made again.
    pub async fn advance(
        self,
        feed: &str,
        from: i64,
        to: i64,
        offers: &[NewOffer],
    ) -> Result<bool, StorageError> {
        const START: &str = "INSERT INTO feed_cursor (feed, position, updated_at) \
                             VALUES ($1, 0, $2) ON CONFLICT (feed) DO NOTHING";
        const MOVE: &str = "UPDATE feed_cursor SET position = $1, updated_at = $2 \
                            WHERE feed = $3 AND position = $4";
        const OFFER: &str = "INSERT INTO offer (offer_id, person_id, journey_id, feed, \
                             event_sequence, event_kind, event_date, subject_name, created_at) \
                             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
                             ON CONFLICT (feed, event_sequence, person_id) DO NOTHING";
        let at = Instant::now().stored();
        on_pool!(self.0, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(START).bind(feed).bind(&at).execute(&mut *tx).await?;
            let moved = sqlx::query(MOVE)
                .bind(to).bind(&at).bind(feed).bind(from)
                .execute(&mut *tx).await?.rows_affected();
            if moved != 1 {
                tx.rollback().await?;
                return Ok(false);
            }
            for offer in offers {
                sqlx::query(OFFER)
                    .bind(random_token(16)).bind(&offer.person_id)
                    .bind(offer.kind.journey()).bind(feed).bind(offer.sequence)
                    .bind(offer.kind.as_str()).bind(&offer.event_date)
                    .bind(&offer.subject_name).bind(&at)
                    .execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(true)
    }

    /// The person's open offers (neither started nor dismissed), newest first.
    pub async fn open_of(self, person_id: &str) -> Result<Vec<Offer>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM offer WHERE person_id = $1 AND started_at IS NULL \
             AND dismissed_at IS NULL ORDER BY created_at DESC, event_sequence DESC"
        );
        let rows: Vec<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql)
            .bind(person_id).fetch_all(pool).await?);
        rows.into_iter().map(Offer::try_from).collect()
    }

    /// The person's open offer `id`; another person's, a closed one or none is `None`.
    pub async fn open(self, person_id: &str, id: &str) -> Result<Option<Offer>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM offer WHERE offer_id = $1 AND person_id = $2 \
             AND started_at IS NULL AND dismissed_at IS NULL"
        );
        let row: Option<Row> = on_pool!(self.0, pool => sqlx::query_as(&sql)
            .bind(id).bind(person_id).fetch_optional(pool).await?);
        row.map(Offer::try_from).transpose()
    }

    /// Whether offer `id` is the person's, open or closed.
    pub async fn belongs(self, person_id: &str, id: &str) -> Result<bool, StorageError> {
        const SQL: &str = "SELECT COUNT(*) FROM offer WHERE offer_id = $1 AND person_id = $2";
        let count: i64 = on_pool!(self.0, pool => sqlx::query_scalar(SQL)
            .bind(id).bind(person_id).fetch_one(pool).await?);
        Ok(count == 1)
    }

    /// Closes the person's open offer `id` as dismissed or started: `false` when it was not
    /// open (closed meanwhile, another person's, none).
    pub async fn close(
        self,
        person_id: &str,
        id: &str,
        closing: Closing,
    ) -> Result<bool, StorageError> {
        let column = match closing {
            Closing::Dismissed => "dismissed_at",
            Closing::Started => "started_at",
        };
        let sql = format!(
            "UPDATE offer SET {column} = $1 WHERE offer_id = $2 AND person_id = $3 \
             AND started_at IS NULL AND dismissed_at IS NULL"
        );
        let at = Instant::now().stored();
        let closed = on_pool!(self.0, pool => sqlx::query(&sql)
            .bind(&at).bind(id).bind(person_id)
            .execute(pool).await?.rows_affected());
        Ok(closed == 1)
    }

    /// How many offers were ever made to the person for event `sequence` of `feed`, open or
    /// closed (for the tests of "exactly once").
    pub async fn made_for(
        self,
        person_id: &str,
        feed: &str,
        sequence: i64,
    ) -> Result<i64, StorageError> {
        const SQL: &str = "SELECT COUNT(*) FROM offer WHERE person_id = $1 AND feed = $2 \
                           AND event_sequence = $3";
        Ok(on_pool!(self.0, pool => sqlx::query_scalar(SQL)
            .bind(person_id).bind(feed).bind(sequence).fetch_one(pool).await?))
    }
}

/// How an open offer is closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closing {
    Dismissed,
    Started,
}
