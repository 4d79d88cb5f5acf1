//! Proactive starts: what the register's event feed reports that makes the portal offer a
//! journey, and the offer as *My page* shows it.

use super::Instant;

/// A register event the portal offers a journey for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LifeEventKind {
    /// A child was born: Få barn, to each parent.
    Birth,
    /// Someone died: Dødsfall og arv, to the spouse and the heirs of full age.
    Death,
}

impl LifeEventKind {
    pub const ALL: [LifeEventKind; 2] = [LifeEventKind::Birth, LifeEventKind::Death];

    /// The word the feed sends and the database keeps (`birth`, `death`).
    pub fn as_str(self) -> &'static str {
        match self {
            LifeEventKind::Birth => "birth",
            LifeEventKind::Death => "death",
        }
    }

    /// The kind a word names; `None` for a word that is not one (the feed may send others).
    pub fn parse(word: &str) -> Option<LifeEventKind> {
        LifeEventKind::ALL.into_iter().find(|k| k.as_str() == word)
    }

    /// The journey this event offers.
    pub fn journey(self) -> &'static str {
        match self {
            LifeEventKind::Birth => "fa-barn",
            LifeEventKind::Death => "dodsfall-og-arv",
        }
    }

    /// The Fluent message that says why the offer is there (`offer-why-birth`), with `$name`
    /// and `$date`.
    pub fn why_message_id(self) -> &'static str {
        match self {
            LifeEventKind::Birth => "offer-why-birth",
            LifeEventKind::Death => "offer-why-death",
        }
    }
}

/// An open offer on *My page*: a journey to start, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    pub id: String,
    pub journey_id: String,
    pub kind: LifeEventKind,
    /// The day of the birth or death (`2026-11-09`).
    pub event_date: String,
    /// Whose birth or death: the child's or the deceased's name, as the register has it.
    pub subject_name: String,
    pub created_at: Instant,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_read_back_from_their_words_and_others_are_none() {
        for kind in LifeEventKind::ALL {
            assert_eq!(LifeEventKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(LifeEventKind::parse("move"), None);
        assert_eq!(LifeEventKind::parse("Birth"), None);
        assert_eq!(LifeEventKind::Birth.journey(), "fa-barn");
        assert_eq!(LifeEventKind::Death.journey(), "dodsfall-og-arv");
    }
}
