//! What Aa-registeret sends, as prefill reads it: a person's employments, each checked as sound
//! before any of it is used (a valid organisation number, a plain name, dates in order, a
//! percentage of 0–100), and the records its look-ups make of them: `employments` (all of them,
//! newest first: a list that fills a group) and `latest` (the most recent one: one record).

use super::records::Record;
use app::journey::{Answer, Date, OrgNumber};
use serde::Deserialize;

/// `GET …/aa-registeret/employments/<pid>`.
#[derive(Debug, Deserialize)]
pub(super) struct Employments {
    employments: Vec<Employment>,
}

#[derive(Debug, Deserialize)]
struct Employment {
    employer_orgnr: String,
    employer_name: String,
    start_date: String,
    end_date: Option<String>,
    /// The register may give a fraction (37.5).
    percent: f64,
    kind: String,
}

/// At most this many employments are taken from one answer.
const MAX_EMPLOYMENTS: usize = 50;

fn clean_text(text: &str) -> bool {
    !text.trim().is_empty() && text.chars().count() <= 200 && !text.chars().any(char::is_control)
}

impl Employment {
    fn start(&self) -> Option<Date> {
        Date::parse_iso(&self.start_date)
    }

    fn end(&self) -> Option<Date> {
        self.end_date.as_deref().and_then(Date::parse_iso)
    }

    fn is_sound(&self) -> bool {
        let dates_in_order = match (self.start(), &self.end_date) {
            (Some(_), None) => true,
            (Some(start), Some(_)) => self.end().is_some_and(|end| end >= start),
            (None, _) => false,
        };
        OrgNumber::parse(&self.employer_orgnr).is_ok()
            && clean_text(&self.employer_name)
            && clean_text(&self.kind)
            && self.kind.len() <= 40
            && dates_in_order
            && self.percent.is_finite()
            && (0.0..=100.0).contains(&self.percent)
    }

    fn attribute(&self, name: &str) -> Option<Answer> {
        let text = |t: String| Some(Answer::Text(t));
        match name {
            "employer_orgnr" => text(self.employer_orgnr.clone()),
            "employer_name" => text(self.employer_name.clone()),
            "start_date" => text(self.start()?.display()),
            "end_date" => text(self.end()?.display()),
            "percent" if self.percent.fract() == 0.0 => text(format!("{}", self.percent as u8)),
            "percent" => text(format!("{}", self.percent)),
            "kind" => text(self.kind.clone()),
            _ => None,
        }
    }

    fn record(&self, attributes: &[&str]) -> Record {
        attributes
            .iter()
            .filter_map(|a| Some((a.to_string(), self.attribute(a)?)))
            .collect()
    }

    /// Ongoing employments sort after ended ones; then by end, then by start.
    fn recency(&self) -> (bool, Option<Date>, Option<Date>) {
        (self.end_date.is_none(), self.end(), self.start())
    }
}

impl Employments {
    /// Whether every employment is what a register may send, and not too many of them.
    pub(super) fn is_sound(&self) -> bool {
        self.employments.len() <= MAX_EMPLOYMENTS
            && self.employments.iter().all(Employment::is_sound)
    }

    /// The records of `lookup`: `employments` (newest first), `latest` (the one that goes on or
    /// ended last; of two that go on, the one begun last) or nothing.
    pub(super) fn records(mut self, lookup: &str, attributes: &[&str]) -> Vec<Record> {
        self.employments
            .sort_by_key(|e| std::cmp::Reverse(e.recency()));
        let take = match lookup {
            "employments" => self.employments.len(),
            "latest" => 1,
            _ => 0,
        };
        self.employments
            .iter()
            .take(take)
            .map(|e| e.record(attributes))
            .collect()
    }
}
