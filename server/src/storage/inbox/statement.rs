//! The conditions of the inbox's statements, built from fixed fragments; every value the
//! caseworker gave is bound. One text for both backends.

use super::{
    query::ListQuery,
    search::{cases_with, phrase_pattern, Found, Search},
};
use app::pages::caseworker::model::Queue;

pub(super) const DECIDED: &str = "c.status IN ('approved', 'rejected')";
pub(super) const OPEN: &str = "c.status NOT IN ('approved', 'rejected')";

/// A statement being built: its conditions and the values bound to them, `$1`, `$2`, ….
#[derive(Default)]
pub(super) struct Statement {
    conditions: Vec<String>,
    pub binds: Vec<String>,
}

impl Statement {
    pub fn bind(&mut self, value: impl Into<String>) -> String {
        self.binds.push(value.into());
        format!("${}", self.binds.len())
    }

    pub fn and(&mut self, condition: String) {
        self.conditions.push(condition);
    }

    /// `column IN ($…)`: the view's agencies.
    pub fn agencies(&mut self, column: &str, list: &ListQuery<'_>) -> String {
        let agencies: Vec<String> = list.agencies.iter().map(|a| self.bind(a.id())).collect();
        format!("{column} IN ({})", agencies.join(", "))
    }

    /// The view's filters and search. `by_word`: a search of many cases is read through the
    /// word index (counting them all) rather than in the list's order (a page of them).
    pub fn filters(&mut self, list: &ListQuery<'_>, search: Option<&Search>, by_word: bool) {
        let query = list.query;
        // With a whole reference or identity number, or cases found by the word index, the
        // cases are found by id, so the agency is checked on them rather than offered to the
        // planner (SQLite, without statistics, would rather read the agency's cases in order
        // than sort a handful).
        let by_id = search.is_some_and(|s| match s.found {
            Found::Whole(..) | Found::Few(_) => true,
            Found::Many(_) => by_word,
        });
        let agency = self.agencies(
            if by_id {
                "(c.agency || '')"
            } else {
                "c.agency"
            },
            list,
        );
        self.and(agency);
        if let Some(status) = query.status {
            let p = self.bind(status.as_str());
            self.and(format!("c.status = {p}"));
        }
        if let Some(journey) = &query.journey {
            let p = self.bind(journey.as_str());
            self.and(format!("c.journey_id = {p}"));
        }
        if let Some(service) = &query.service {
            let p = self.bind(service.as_str());
            self.and(format!("c.service_id = {p}"));
        }
        if let Some(from) = query.received_from {
            let p = self.bind(from.to_string());
            self.and(format!("c.received_on >= {p}"));
        }
        if let Some(to) = query.received_to {
            let p = self.bind(to.to_string());
            self.and(format!("c.received_on <= {p}"));
        }
        match query.assignee.as_deref() {
            None => {}
            Some("none") => self.and("c.assignee_pid IS NULL".into()),
            Some(pid) => {
                let p = self.bind(pid);
                self.and(format!("c.assignee_pid = {p}"));
            }
        }
        if query.overdue {
            let p = self.bind(list.today.to_string());
            self.and(format!("{OPEN} AND c.due_on < {p}"));
        }
        if let Some(search) = search {
            self.search(list, search, by_word);
        }
    }

    fn search(&mut self, list: &ListQuery<'_>, search: &Search, by_word: bool) {
        match &search.found {
            Found::Whole(column, value) => {
                let p = self.bind(value.as_str());
                self.and(format!("{column} = {p}"));
            }
            Found::Few(ids) if ids.is_empty() => self.and("1 = 0".into()),
            Found::Few(ids) => {
                let ids: Vec<String> = ids.iter().map(|id| self.bind(id.as_str())).collect();
                self.and(format!("c.inbox_case_id IN ({})", ids.join(", ")));
            }
            Found::Many(word) if by_word => {
                let cases = cases_with(word, list, self);
                self.and(format!("c.inbox_case_id IN ({cases})"));
            }
            Found::Many(_) => {}
        }
        let p = self.bind(phrase_pattern(&search.phrase));
        self.and(format!(
            "(' ' || REPLACE(c.search_text, '-', ' ')) LIKE {p} ESCAPE '\\'"
        ));
    }

    /// The condition of a queue.
    pub fn queue(&mut self, queue: Queue, list: &ListQuery<'_>) -> String {
        match queue {
            Queue::New => format!("c.assignee_pid IS NULL AND {OPEN}"),
            Queue::Mine => format!("c.assignee_pid = {} AND {OPEN}", self.bind(list.me)),
            Queue::Waiting => "c.status = 'needs-information'".into(),
            Queue::Due => format!(
                "{OPEN} AND c.due_on <= {}",
                self.bind(list.due_by.to_string())
            ),
            Queue::Decided => DECIDED.into(),
            Queue::All => "1 = 1".into(),
        }
    }

    pub fn clause(&self) -> String {
        self.conditions.join(" AND ")
    }
}
