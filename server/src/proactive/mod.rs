//! Proactive starts: a worker follows Folkeregisteret's event feed and offers the right journey
//! to the people each event concerns, on their *My page* — a birth offers Få barn to each
//! parent, a death offers Dødsfall og arv to the spouse and the heirs of full age. Nothing is
//! started or submitted on anyone's behalf: the offer is started (the journey's own start, with
//! its prefill) or dismissed by the person.
//!
//! Once per event, across restarts and instances: the cursor (`feed_cursor`) moves by compare
//! and set in the transaction that stores the offers (`storage::Offers::advance`), and an offer
//! is unique per event and person. A page that is not the documented shape is refused and read
//! again at the next poll (the cursor stays); repeated events are left out, gaps logged, an
//! unsound event refused and passed (`feed`). A register read that fails stops the round at that
//! event: the events before it are stored, it is read again at the next poll.

pub mod feed;
#[cfg(all(test, feature = "simulator"))]
mod tests;

use crate::{
    agencies::{
        prefill::{Person, Registers},
        registers::FOLKEREGISTERET,
    },
    storage::{Database, NewOffer, StorageError},
};
use app::{
    domain::LifeEventKind,
    journey::{date::Period, Date},
};
use feed::{plan, Event, Page, PAGE};
use std::time::Duration;

/// The feed's name in `feed_cursor` and `offer`.
pub const FEED: &str = "folkeregisteret";

/// An event older than this (by its date) offers nothing: the moment has passed.
const OFFER_WINDOW: Period = Period::Months(-6);

/// What one round did, for the log and the tests.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub handled: usize,
    pub offers: usize,
    pub repeated: usize,
    pub gaps: Vec<(i64, i64)>,
    pub refused: usize,
    /// Another instance had moved the cursor: nothing was stored.
    pub too_late: bool,
    /// The page was full: there may be more to read at once.
    pub full: bool,
}

/// Why a round stored nothing new.
#[derive(Debug, thiserror::Error)]
pub enum FeedError {
    #[error("the event feed could not be read: {0}")]
    Unread(String),
    #[error("the event feed sent nothing at all")]
    Missing,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

#[derive(Clone)]
pub struct FeedFollower {
    pub database: Database,
    pub registers: Registers,
    /// `VEIVISER_FEED_POLL_SECONDS`: how often the feed is read.
    pub poll: Duration,
}

impl FeedFollower {
    /// Follows the feed until the process ends.
    pub fn spawn(self) {
        tokio::spawn(async move {
            loop {
                match self.round().await {
                    Ok(round) if round.full && !round.too_late => continue,
                    Ok(_) => {}
                    Err(error) => {
                        metrics::counter!("feed_rounds_failed_total").increment(1);
                        tracing::error!(%error, "the event feed round failed; tried again at the next poll");
                    }
                }
                tokio::time::sleep(self.poll).await;
            }
        });
    }

    /// Reads one page after the cursor and handles it.
    pub async fn round(&self) -> Result<Round, FeedError> {
        let offers = self.database.offers();
        let cursor = offers.cursor(FEED).await?;
        let path = format!("events?after={cursor}&limit={PAGE}");
        let page: Page = self.read(&path).await?.ok_or(FeedError::Missing)?;
        let full = page.events.len() >= PAGE;
        let plan = plan(cursor, page.events);
        for (first, last) in &plan.gaps {
            tracing::warn!(
                first,
                last,
                "the event feed skipped events; they cannot be offered for"
            );
        }
        for sequence in &plan.refused {
            tracing::warn!(sequence, "an event of the feed is not sound; refused");
        }
        let mut round = Round {
            repeated: plan.repeated,
            gaps: plan.gaps.clone(),
            refused: plan.refused.len(),
            full,
            ..Round::default()
        };
        let today = crate::citizen::today();
        let mut made = Vec::new();
        let mut to = plan.last;
        for event in &plan.events {
            match self.offers_for(event, today).await {
                Ok(offers) => {
                    made.extend(offers);
                    round.handled += 1;
                }
                Err(reason) => {
                    // Stored up to the event before; this one is read again at the next poll.
                    tracing::warn!(sequence = event.sequence, %reason, "a register read for the event feed failed");
                    to = event.sequence - 1;
                    round.full = false;
                    break;
                }
            }
        }
        if to == cursor {
            return Ok(round);
        }
        if offers.advance(FEED, cursor, to, &made).await? {
            round.offers = made.len();
            metrics::counter!("feed_offers_total").increment(made.len() as u64);
            tracing::info!(from = cursor, to, offers = made.len(), "event feed read");
        } else {
            round.too_late = true;
        }
        Ok(round)
    }

    async fn read<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
    ) -> Result<Option<T>, FeedError> {
        tokio::time::timeout(
            self.registers.timeout,
            self.registers.read(FOLKEREGISTERET, path),
        )
        .await
        .unwrap_or_else(|_| Err("no answer in time".into()))
        .map_err(FeedError::Unread)
    }

    /// A person's record, if the register knows them and the record is sound.
    async fn person(&self, pid: &str) -> Result<Option<Person>, String> {
        let person: Option<Person> = self
            .read(&format!("persons/{pid}"))
            .await
            .map_err(|e| e.to_string())?;
        Ok(person.filter(|p| {
            let sound = p.is_sound() && p.pid == pid;
            if !sound {
                tracing::warn!("Folkeregisteret sent a person record that is not sound; refused");
            }
            sound
        }))
    }

    /// The offers an event makes: none for an event too old, or for a person the register does
    /// not know (logged); `Err` when the register could not be read.
    async fn offers_for(&self, event: &Event, today: Date) -> Result<Vec<NewOffer>, String> {
        if today
            .shift(OFFER_WINDOW)
            .is_none_or(|oldest| event.date < oldest)
        {
            return Ok(Vec::new());
        }
        let Some(subject) = self.person(&event.pid).await? else {
            tracing::warn!(
                sequence = event.sequence,
                "the feed names a person the register does not know"
            );
            return Ok(Vec::new());
        };
        let related = match event.kind {
            LifeEventKind::Birth => subject.related("parent"),
            LifeEventKind::Death => {
                let mut related = subject.related("spouse");
                related.extend(subject.related("child"));
                related
            }
        };
        let adult = today.shift(Period::Years(-18));
        let mut offers = Vec::new();
        for pid in related {
            let Some(person) = self.person(&pid).await? else {
                continue;
            };
            let of_age = person
                .birth()
                .zip(adult)
                .is_some_and(|(born, adult)| born <= adult);
            if person.death().is_some()
                || !of_age
                || offers.iter().any(|o: &NewOffer| o.person_id == pid)
            {
                continue;
            }
            offers.push(NewOffer {
                person_id: pid,
                kind: event.kind,
                sequence: event.sequence,
                event_date: event.date.iso(),
                subject_name: subject.name().to_string(),
            });
        }
        Ok(offers)
    }
}
