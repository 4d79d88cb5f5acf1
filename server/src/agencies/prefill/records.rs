//! What the registers send, as prefill reads it: a person from Folkeregisteret, a citizen's
//! roles in units from Enhetsregisteret, each checked as sound before any of it is used (a valid
//! identity or organisation number, plain text, dates), and the record a look-up makes of them
//! (attribute → answer).

use app::journey::{Answer, Date, IdentityNumber, OrgNumber};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A person as Folkeregisteret gives it; checked before any of it is used.
#[derive(Clone, Debug, Deserialize)]
pub(crate) struct Person {
    pub(crate) pid: String,
    name: String,
    birth_date: String,
    death_date: Option<String>,
    address: Option<Address>,
    #[serde(default)]
    relations: Vec<Relation>,
}

#[derive(Clone, Debug, Deserialize)]
struct Address {
    street: String,
    postcode: String,
    city: String,
}

#[derive(Clone, Debug, Deserialize)]
struct Relation {
    relation: String,
    pid: String,
}

#[derive(Debug, Deserialize)]
pub(super) struct Roles {
    pub(super) units: Vec<RoleUnit>,
}

#[derive(Debug, Deserialize)]
pub(super) struct RoleUnit {
    pub(super) orgnr: String,
    pub(super) name: String,
}

/// At most this many related people are read for one look-up.
const MAX_RELATED: usize = 20;

fn clean_text(text: &str) -> bool {
    !text.trim().is_empty() && text.chars().count() <= 200 && !text.chars().any(char::is_control)
}

impl Person {
    /// Whether every part of it is what a register may send: a valid number, plain text, dates.
    pub(crate) fn is_sound(&self) -> bool {
        IdentityNumber::parse(&self.pid).is_ok()
            && clean_text(&self.name)
            && Date::parse_iso(&self.birth_date).is_some()
            && self
                .death_date
                .as_deref()
                .is_none_or(|d| Date::parse_iso(d).is_some())
            && self.address.as_ref().is_none_or(|a| {
                clean_text(&a.street)
                    && a.postcode.len() == 4
                    && a.postcode.chars().all(|c| c.is_ascii_digit())
                    && clean_text(&a.city)
            })
            && self.relations.len() <= MAX_RELATED * 2
            && self
                .relations
                .iter()
                .all(|r| IdentityNumber::parse(&r.pid).is_ok())
    }

    /// The person's name as the register has it.
    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    pub(crate) fn related(&self, relation: &str) -> Vec<String> {
        self.relations
            .iter()
            .filter(|r| r.relation == relation)
            .map(|r| r.pid.clone())
            .take(MAX_RELATED)
            .collect()
    }

    pub(crate) fn birth(&self) -> Option<Date> {
        Date::parse_iso(&self.birth_date)
    }

    pub(crate) fn death(&self) -> Option<Date> {
        self.death_date.as_deref().and_then(Date::parse_iso)
    }

    fn attribute(&self, name: &str) -> Option<Answer> {
        let date = |d: Option<Date>| d.map(|d| Answer::Text(d.display()));
        match name {
            "pid" => Some(Answer::Text(self.pid.clone())),
            "name" => Some(Answer::Text(self.name.clone())),
            "birth_date" => date(self.birth()),
            "death_date" => date(self.death()),
            "address" => self.address.as_ref().map(|a| Answer::Address {
                street: a.street.clone(),
                postcode: a.postcode.clone(),
                city: a.city.clone(),
            }),
            _ => None,
        }
    }
}

/// A look-up's result: one record per person or unit, attribute → answer.
pub(super) type Record = BTreeMap<String, Answer>;

pub(super) fn person_record(person: &Person, attributes: &[&str]) -> Record {
    attributes
        .iter()
        .filter_map(|a| Some((a.to_string(), person.attribute(a)?)))
        .collect()
}

impl Roles {
    /// Whether every unit is what a register may send: a valid organisation number and a plain
    /// name, and not too many of them.
    pub(crate) fn is_sound(&self) -> bool {
        self.units.len() <= MAX_RELATED
            && self
                .units
                .iter()
                .all(|u| OrgNumber::parse(&u.orgnr).is_ok() && clean_text(&u.name))
    }
}
