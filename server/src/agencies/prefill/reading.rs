//! One start's reads from the registers: each person read once, each register given up on after
//! its first failure or once the start's deadline has passed, and the look-ups a journey names
//! (`person`, `spouse`, `newborn`, `children`, `child`, `deceased`, `heirs`, the citizen's roles, and
//! their `employments` and `latest` employment) answered from what was read.

use super::{
    employments::Employments,
    records::{person_record, Person, Record, Roles},
    Registers,
};
use crate::agencies::registers::{AA_REGISTERET, ENHETSREGISTERET, FOLKEREGISTERET};
use app::journey::{model::Prefill, Answer, Date};
use std::collections::{HashMap, HashSet};

/// One start's reads: each person read once, each register given up on after its first failure.
pub(super) struct Reading<'a> {
    registers: &'a Registers,
    people: HashMap<String, Option<Person>>,
    /// Whose records the current look-up has read (the cache counts: it was read for it).
    consulted: Vec<String>,
    failed: HashSet<&'static str>,
    /// The start waits for the registers until then, in all.
    deadline: tokio::time::Instant,
}

/// Why a look-up gave nothing.
pub(super) enum Unread {
    /// The register could not be read: the citizen is told and fills in by hand.
    Failed,
}

impl<'a> Reading<'a> {
    /// A start's reads, waiting for the registers at most their `timeout` in all.
    pub(super) fn new(registers: &'a Registers) -> Self {
        Reading {
            registers,
            people: HashMap::new(),
            consulted: Vec::new(),
            failed: HashSet::new(),
            deadline: tokio::time::Instant::now() + registers.timeout,
        }
    }

    /// The name of a person this start has read, as Folkeregisteret gave it.
    pub(super) fn name_read(&self, pid: &str) -> Option<String> {
        let person = self.people.get(pid)?.as_ref()?;
        Some(person.name().to_string())
    }

    /// Whose records the last look-up read, forgotten for the next one.
    pub(super) fn take_consulted(&mut self) -> Vec<String> {
        std::mem::take(&mut self.consulted)
    }

    /// `GET <base>/<path>` on `register`: `Ok(None)` when it has no such thing.
    pub(super) async fn get<T: serde::de::DeserializeOwned>(
        &mut self,
        register: &'static str,
        path: &str,
        lookup: &str,
    ) -> Result<Option<T>, Unread> {
        if self.failed.contains(register) {
            return Err(Unread::Failed);
        }
        let remaining = self
            .deadline
            .saturating_duration_since(tokio::time::Instant::now());
        let fetched = if remaining.is_zero() {
            // Not even a token request once the time is up.
            Err("no time left before the start's deadline".to_string())
        } else {
            tokio::time::timeout(remaining, self.registers.read(register, path))
                .await
                .unwrap_or_else(|_| Err("no answer before the start's deadline".into()))
        };
        fetched.map_err(|reason| {
            tracing::warn!(register, lookup, %reason, "a register read failed; the citizen fills in by hand");
            self.failed.insert(register);
            Unread::Failed
        })
    }

    /// A person's record, read once per start; each look-up that uses it is noted as having
    /// read it.
    async fn person(&mut self, pid: &str, lookup: &str) -> Result<Option<Person>, Unread> {
        let person = match self.people.get(pid) {
            Some(known) => known.clone(),
            None => {
                let person: Option<Person> = self
                    .get(FOLKEREGISTERET, &format!("persons/{pid}"), lookup)
                    .await?;
                if let Some(p) = person.as_ref().filter(|p| !p.is_sound() || p.pid != pid) {
                    tracing::warn!(pid = %p.pid, "Folkeregisteret sent a person record that is not sound; refused");
                    self.failed.insert(FOLKEREGISTERET);
                    return Err(Unread::Failed);
                }
                self.people.insert(pid.to_string(), person.clone());
                person
            }
        };
        if person.is_some() {
            self.consulted.push(pid.to_string());
        }
        Ok(person)
    }

    async fn people(&mut self, pids: Vec<String>, lookup: &str) -> Result<Vec<Person>, Unread> {
        let mut found = Vec::new();
        for pid in pids {
            found.extend(self.person(&pid, lookup).await?);
        }
        Ok(found)
    }

    /// The citizen's children, alive, oldest first.
    async fn children(&mut self, me: &Person, lookup: &str) -> Result<Vec<Person>, Unread> {
        let pids = me.related("child");
        let mut children = self.people(pids, lookup).await?;
        children.retain(|c| c.death().is_none());
        children.sort_by_key(Person::birth);
        Ok(children)
    }

    /// A child born in the last year: the newest one.
    fn newborn(children: &[Person], today: Date) -> Option<&Person> {
        let year_ago = today.shift(app::journey::date::Period::Years(-1))?;
        children
            .iter()
            .rev()
            .find(|c| c.birth().is_some_and(|b| b > year_ago))
    }

    /// The citizen's spouse if they died, else the parent who died last.
    async fn deceased(&mut self, me: &Person, lookup: &str) -> Result<Option<Person>, Unread> {
        let spouses = me.related("spouse");
        if let Some(spouse) = self
            .people(spouses, lookup)
            .await?
            .into_iter()
            .find(|s| s.death().is_some())
        {
            return Ok(Some(spouse));
        }
        let parents = me.related("parent");
        Ok(self
            .people(parents, lookup)
            .await?
            .into_iter()
            .filter(|p| p.death().is_some())
            .max_by_key(Person::death))
    }

    /// A look-up's records: none when the register has nothing to say.
    pub(super) async fn lookup(
        &mut self,
        prefill: &Prefill,
        citizen: &str,
        today: Date,
    ) -> Result<Vec<Record>, Unread> {
        let attributes: Vec<&str> = prefill.fill.iter().map(|(_, a)| a.as_str()).collect();
        let lookup = prefill.lookup.as_str();
        if prefill.register == AA_REGISTERET {
            // 404: the register does not know the person, which is nothing to fill.
            let found: Option<Employments> = self
                .get(AA_REGISTERET, &format!("employments/{citizen}"), lookup)
                .await?;
            let Some(found) = found else {
                return Ok(Vec::new());
            };
            if !found.is_sound() {
                tracing::warn!("Aa-registeret sent employments that are not sound; refused");
                self.failed.insert(AA_REGISTERET);
                return Err(Unread::Failed);
            }
            return Ok(found.records(lookup, &attributes));
        }
        if prefill.register == ENHETSREGISTERET {
            let roles: Option<Roles> = self
                .get(ENHETSREGISTERET, &format!("roles/{citizen}"), lookup)
                .await?;
            let roles = roles.unwrap_or(Roles { units: Vec::new() });
            if !roles.is_sound() {
                tracing::warn!("Enhetsregisteret sent roles that are not sound; refused");
                self.failed.insert(ENHETSREGISTERET);
                return Err(Unread::Failed);
            }
            return Ok(roles
                .units
                .into_iter()
                .map(|u| {
                    Record::from([
                        ("orgnr".to_string(), Answer::Text(u.orgnr)),
                        ("name".to_string(), Answer::Text(u.name)),
                    ])
                })
                .collect());
        }
        let Some(me) = self.person(citizen, lookup).await? else {
            return Ok(Vec::new());
        };
        let records = match lookup {
            "person" => vec![person_record(&me, &attributes)],
            "spouse" => {
                let spouses = me.related("spouse");
                self.people(spouses, lookup)
                    .await?
                    .iter()
                    .filter(|s| s.death().is_none())
                    .take(1)
                    .map(|s| person_record(s, &attributes))
                    .collect()
            }
            "newborn" => {
                let children = self.children(&me, lookup).await?;
                Self::newborn(&children, today)
                    .map(|c| person_record(c, &attributes))
                    .into_iter()
                    .collect()
            }
            "children" => {
                let children = self.children(&me, lookup).await?;
                let newborn = Self::newborn(&children, today).map(|c| c.pid.clone());
                children
                    .iter()
                    .filter(|c| Some(&c.pid) != newborn.as_ref())
                    .map(|c| person_record(c, &attributes))
                    .collect()
            }
            // The youngest child under 18: the one a parent most often cares for; the citizen
            // corrects it when another child is ill.
            "child" => {
                let children = self.children(&me, lookup).await?;
                let adult = today.shift(app::journey::date::Period::Years(-18));
                children
                    .iter()
                    .rev()
                    .find(|c| c.birth().zip(adult).is_some_and(|(b, a)| b > a))
                    .map(|c| person_record(c, &attributes))
                    .into_iter()
                    .collect()
            }
            "deceased" => self
                .deceased(&me, lookup)
                .await?
                .map(|d| person_record(&d, &attributes))
                .into_iter()
                .collect(),
            "heirs" => {
                let Some(deceased) = self.deceased(&me, lookup).await? else {
                    return Ok(Vec::new());
                };
                let mut heirs = Vec::new();
                for relation in ["spouse", "child"] {
                    let pids = deceased.related(relation);
                    for heir in self.people(pids, lookup).await? {
                        if heir.death().is_none() {
                            let mut record = person_record(&heir, &attributes);
                            record.insert("relation".into(), Answer::Text(relation.into()));
                            heirs.push(record);
                        }
                    }
                }
                heirs
            }
            _ => Vec::new(),
        };
        Ok(records)
    }
}
