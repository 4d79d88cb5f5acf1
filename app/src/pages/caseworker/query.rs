//! The inbox's view as its address carries it (so it works without JavaScript and can be
//! bookmarked): the queue, the sort column, the filters and search, and the page's cursor, read
//! from and written to the address's query pairs. Re-exported by `model`.

use crate::{domain::CaseStatus, journey::Date};

/// The inbox's queues, each with a count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Queue {
    /// Not assigned to anyone, not decided.
    #[default]
    New,
    /// Assigned to the person looking, not decided.
    Mine,
    /// Waiting for the citizen (needs information).
    Waiting,
    /// Not decided, due within three working days or overdue.
    Due,
    /// Approved or rejected.
    Decided,
    /// Every case.
    All,
}

impl Queue {
    pub const ALL: [Queue; 6] = [
        Queue::New,
        Queue::Mine,
        Queue::Waiting,
        Queue::Due,
        Queue::Decided,
        Queue::All,
    ];

    /// The word in the address (`queue=mine`) and in message ids (`inbox-queue-mine`).
    pub fn as_str(self) -> &'static str {
        match self {
            Queue::New => "new",
            Queue::Mine => "mine",
            Queue::Waiting => "waiting",
            Queue::Due => "due",
            Queue::Decided => "decided",
            Queue::All => "all",
        }
    }

    pub fn parse(word: &str) -> Option<Queue> {
        Queue::ALL.into_iter().find(|q| q.as_str() == word)
    }
}

/// The columns an inbox can be sorted on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    Reference,
    LifeEvent,
    Service,
    Citizen,
    #[default]
    Received,
    Status,
    Assignee,
    Deadline,
}

impl SortKey {
    pub const ALL: [SortKey; 8] = [
        SortKey::Reference,
        SortKey::LifeEvent,
        SortKey::Service,
        SortKey::Citizen,
        SortKey::Received,
        SortKey::Status,
        SortKey::Assignee,
        SortKey::Deadline,
    ];

    /// The word in the address (`sort=deadline`) and in message ids (`inbox-column-deadline`).
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Reference => "reference",
            SortKey::LifeEvent => "life-event",
            SortKey::Service => "service",
            SortKey::Citizen => "citizen",
            SortKey::Received => "received",
            SortKey::Status => "status",
            SortKey::Assignee => "assignee",
            SortKey::Deadline => "deadline",
        }
    }

    pub fn parse(word: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.as_str() == word)
    }
}

/// One view of the inbox: a queue, filters, a search, an order and a page. Every field travels
/// in the address (`to_query` / `from_query`); what is not given is the default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InboxQuery {
    pub queue: Queue,
    pub status: Option<CaseStatus>,
    /// A journey id (the life event).
    pub journey: Option<String>,
    /// A service id of a journey.
    pub service: Option<String>,
    pub received_from: Option<Date>,
    pub received_to: Option<Date>,
    /// A caseworker's person id, or `none` for cases no one has.
    pub assignee: Option<String>,
    pub overdue: bool,
    /// Reference, the citizen's name or identity number (part of it).
    pub search: Option<String>,
    pub sort: SortKey,
    pub descending: bool,
    /// The page after this cursor (opaque; from `InboxView::next`).
    pub after: Option<String>,
}

/// A part of an inbox address that is not one (a word no queue or column has, a date that is
/// not one): the inbox refuses the address rather than guess.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadQuery(pub String);

impl InboxQuery {
    /// Reads an inbox address's query pairs. Empty values are "not given".
    pub fn from_query(pairs: &[(String, String)]) -> Result<InboxQuery, BadQuery> {
        let mut query = InboxQuery::default();
        for (key, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let bad = || BadQuery(key.clone());
            let text = || Some(value.to_string());
            match key.as_str() {
                "queue" => query.queue = Queue::parse(value).ok_or_else(bad)?,
                "status" => query.status = Some(CaseStatus::parse(value).ok_or_else(bad)?),
                "journey" => query.journey = text(),
                "service" => query.service = text(),
                "from" => query.received_from = Some(Date::parse_iso(value).ok_or_else(bad)?),
                "to" => query.received_to = Some(Date::parse_iso(value).ok_or_else(bad)?),
                "assignee" => query.assignee = text(),
                "overdue" => query.overdue = value == "1" || value == "on" || value == "true",
                "q" => query.search = text(),
                "sort" => query.sort = SortKey::parse(value).ok_or_else(bad)?,
                "order" => {
                    query.descending = match value {
                        "desc" => true,
                        "asc" => false,
                        _ => return Err(bad()),
                    }
                }
                "after" => query.after = text(),
                // Other parameters (a view's name being saved, the page's own) are not the view's.
                _ => {}
            }
        }
        Ok(query)
    }

    /// The query pairs of this view, defaults left out, in a stable order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.queue != Queue::default() {
            pairs.push(("queue", self.queue.as_str().to_string()));
        }
        if let Some(status) = self.status {
            pairs.push(("status", status.as_str().to_string()));
        }
        let mut push = |key, value: &Option<String>| {
            if let Some(value) = value {
                pairs.push((key, value.clone()));
            }
        };
        push("journey", &self.journey);
        push("service", &self.service);
        push("from", &self.received_from.map(|d| d.to_string()));
        push("to", &self.received_to.map(|d| d.to_string()));
        push("assignee", &self.assignee);
        if self.overdue {
            pairs.push(("overdue", "1".into()));
        }
        if let Some(search) = &self.search {
            pairs.push(("q", search.clone()));
        }
        if self.sort != SortKey::default() {
            pairs.push(("sort", self.sort.as_str().into()));
        }
        if self.descending {
            pairs.push(("order", "desc".into()));
        }
        if let Some(after) = &self.after {
            pairs.push(("after", after.clone()));
        }
        pairs
    }

    /// The same view from its first page.
    pub fn first_page(&self) -> InboxQuery {
        InboxQuery {
            after: None,
            ..self.clone()
        }
    }
}
