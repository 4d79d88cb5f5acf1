//! Prefill ("once only"): when a journey starts, its `[[prefill]]` look-ups are read from the
//! registers over HTTP and fill the answers they name. Every read is recorded for the citizen's
//! access log. A register that is down, slow or answers nonsense does not stop the journey: its
//! fields are left for the citizen to fill in, marked so the step can say why, and the register
//! is not asked again during that start.

use super::registers::{ENHETSREGISTERET, FOLKEREGISTERET};
use app::domain::ReadOutcome;
use app::journey::{
    model::Prefill, Answer, Answers, Date, FieldKind, IdentityNumber, Journey, Source, Sources,
};
use serde::Deserialize;
use std::{
    collections::{BTreeMap, HashMap, HashSet},
    time::Duration,
};

/// Where the registers are and how to reach them.
#[derive(Clone)]
pub struct Registers {
    pub client: reqwest::Client,
    /// `…/registers`: `<base>/folkeregisteret/persons/<pid>` and so on.
    pub base: String,
    pub auth: super::AgencyAuth,
    pub timeout: Duration,
}

/// One look-up, for the access log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Read {
    pub register: &'static str,
    /// The look-up it served (`person`, `spouse`, `newborn`, …).
    pub lookup: String,
    pub outcome: ReadOutcome,
    pub read_at: app::domain::Instant,
    /// The other people whose records it read (the spouse, the children…), who see the read
    /// in their own access log.
    pub subjects: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Prefilled {
    pub answers: Answers,
    pub sources: Sources,
    pub reads: Vec<Read>,
}

/// A person as Folkeregisteret gives it; checked before any of it is used.
#[derive(Clone, Debug, Deserialize)]
struct Person {
    pid: String,
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
struct Roles {
    units: Vec<RoleUnit>,
}

#[derive(Debug, Deserialize)]
struct RoleUnit {
    orgnr: String,
    name: String,
}

/// At most this many related people are read for one look-up.
const MAX_RELATED: usize = 20;

fn clean_text(text: &str) -> bool {
    !text.trim().is_empty() && text.chars().count() <= 200 && !text.chars().any(char::is_control)
}

impl Person {
    /// Whether every part of it is what a register may send: a valid number, plain text, dates.
    fn is_sound(&self) -> bool {
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

    fn related(&self, relation: &str) -> Vec<String> {
        self.relations
            .iter()
            .filter(|r| r.relation == relation)
            .map(|r| r.pid.clone())
            .take(MAX_RELATED)
            .collect()
    }

    fn birth(&self) -> Option<Date> {
        Date::parse_iso(&self.birth_date)
    }

    fn death(&self) -> Option<Date> {
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
type Record = BTreeMap<String, Answer>;

fn person_record(person: &Person, attributes: &[&str]) -> Record {
    attributes
        .iter()
        .filter_map(|a| Some((a.to_string(), person.attribute(a)?)))
        .collect()
}

/// One start's reads: each person read once, each register given up on after its first failure.
struct Reading<'a> {
    registers: &'a Registers,
    people: HashMap<String, Option<Person>>,
    /// Whose records the current look-up has read (the cache counts: it was read for it).
    consulted: Vec<String>,
    failed: HashSet<&'static str>,
    /// The start waits for the registers until then, in all.
    deadline: tokio::time::Instant,
}

/// Why a look-up gave nothing.
enum Unread {
    /// The register could not be read: the citizen is told and fills in by hand.
    Failed,
}

impl Reading<'_> {
    /// `GET <base>/<path>` on `register`: `Ok(None)` when it has no such thing.
    async fn get<T: serde::de::DeserializeOwned>(
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
            tokio::time::timeout(remaining, self.fetch(register, path))
                .await
                .unwrap_or_else(|_| Err("no answer before the start's deadline".into()))
        };
        fetched.map_err(|reason| {
            tracing::warn!(register, lookup, %reason, "a register read failed; the citizen fills in by hand");
            self.failed.insert(register);
            Unread::Failed
        })
    }

    async fn fetch<T: serde::de::DeserializeOwned>(
        &self,
        register: &str,
        path: &str,
    ) -> Result<Option<T>, String> {
        // The scope is the kind of thing read: `folkeregisteret:persons`, `enhetsregisteret:roles`.
        let service = path.split('/').next().unwrap_or_default();
        let token = self.registers.auth.bearer(register, service).await?;
        let response = self
            .registers
            .client
            .get(format!("{}/{register}/{path}", self.registers.base))
            .bearer_auth(token)
            .send()
            .await
            .map_err(|e| format!("no answer: {e}"))?;
        match response.status() {
            reqwest::StatusCode::OK => {}
            reqwest::StatusCode::NOT_FOUND => return Ok(None),
            status => return Err(format!("answered {status}")),
        }
        let body = super::answer_body(response)
            .await
            .map_err(|error| match error {
                super::BodyError::TooLarge => {
                    format!("answer larger than {} bytes", super::MAX_ANSWER_BYTES)
                }
                super::BodyError::Broken(e) => e.to_string(),
            })?;
        serde_json::from_slice(&body)
            .map(Some)
            .map_err(|e| format!("not the expected JSON: {e}"))
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
    async fn lookup(
        &mut self,
        prefill: &Prefill,
        citizen: &str,
        today: Date,
    ) -> Result<Vec<Record>, Unread> {
        let attributes: Vec<&str> = prefill.fill.iter().map(|(_, a)| a.as_str()).collect();
        let lookup = prefill.lookup.as_str();
        if prefill.register == ENHETSREGISTERET {
            let roles: Option<Roles> = self
                .get(ENHETSREGISTERET, &format!("roles/{citizen}"), lookup)
                .await?;
            let units = roles.map(|r| r.units).unwrap_or_default();
            let sound = units.iter().all(|u| {
                app::journey::fields::valid_organisation_number(&u.orgnr).is_some()
                    && clean_text(&u.name)
            });
            if !sound || units.len() > MAX_RELATED {
                tracing::warn!("Enhetsregisteret sent roles that are not sound; refused");
                self.failed.insert(ENHETSREGISTERET);
                return Err(Unread::Failed);
            }
            return Ok(units
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

impl Registers {
    /// Runs the journey's look-ups for `citizen` (their identity number).
    pub async fn prefill(&self, journey: &Journey, citizen: &str, today: Date) -> Prefilled {
        let mut reading = Reading {
            registers: self,
            people: HashMap::new(),
            consulted: Vec::new(),
            failed: HashSet::new(),
            deadline: tokio::time::Instant::now() + self.timeout,
        };
        let mut reads = Vec::new();
        let mut answers = Answers::default();
        let mut sources = Sources::default();
        for prefill in &journey.prefill {
            let register = match prefill.register.as_str() {
                FOLKEREGISTERET => FOLKEREGISTERET,
                _ => ENHETSREGISTERET,
            };
            let looked_up = reading.lookup(prefill, citizen, today).await;
            let read_at = app::domain::Instant::now();
            let mut subjects = std::mem::take(&mut reading.consulted);
            subjects.retain(|pid| pid != citizen);
            subjects.sort();
            subjects.dedup();
            reads.push(Read {
                register,
                lookup: prefill.lookup.clone(),
                outcome: match &looked_up {
                    Ok(records) if records.is_empty() => ReadOutcome::NotFound,
                    Ok(_) => ReadOutcome::Found,
                    Err(Unread::Failed) => ReadOutcome::Failed,
                },
                read_at,
                subjects,
            });
            let mut fill = |field: &str, value: Option<Answer>| {
                if let Some(answer) = &value {
                    answers.set(field, answer.clone());
                }
                let source = Source {
                    register: register.to_string(),
                    read_at,
                    value,
                };
                sources.0.insert(field.to_string(), source);
            };
            let group = prefill
                .fill
                .iter()
                .find(|(_, attribute)| attribute == "items")
                .map(|(field, _)| field.as_str());
            match (looked_up, group) {
                (Err(Unread::Failed), Some(group)) => fill(group, None),
                (Err(Unread::Failed), None) => {
                    for (field, _) in &prefill.fill {
                        fill(field, None);
                    }
                }
                (Ok(records), Some(group)) if !records.is_empty() => {
                    let items = records
                        .iter()
                        .map(|record| answers_from(journey, &prefill.fill, record))
                        .collect();
                    fill(group, Some(Answer::Items(items)));
                }
                (Ok(records), None) => {
                    let Some(record) = records.first() else {
                        continue;
                    };
                    for (field, answer) in answers_from(journey, &prefill.fill, record).0 {
                        fill(&field, Some(answer));
                    }
                }
                (Ok(_), Some(_)) => {}
            }
        }
        Prefilled {
            answers,
            sources,
            reads,
        }
    }
}

/// The answers a record gives: each field its attribute, where it fits (a group item, or the
/// top-level fields of a single-record look-up).
fn answers_from(journey: &Journey, fill: &[(String, String)], record: &Record) -> Answers {
    let mut answers = Answers::default();
    for (field, attribute) in fill {
        if let Some(answer) = record.get(attribute).filter(|a| fits(journey, field, a)) {
            answers.set(field, answer.clone());
        }
    }
    answers
}

/// Whether a register's value can be an answer to `field` (a relation only when it is one of
/// the field's options).
fn fits(journey: &Journey, field: &str, answer: &Answer) -> bool {
    match (journey.any_field(field).map(|f| &f.kind), answer) {
        (Some(FieldKind::OneOf(options)), Answer::Text(text)) => options.contains(text),
        (Some(FieldKind::Group { .. } | FieldKind::OneOf(_)) | None, _) => false,
        _ => true,
    }
}
