//! The simulated registers' synthetic population: everyone who can log in with the development
//! provider, and the families that make each life event real — a newborn with two parents and
//! an older sibling, a widow whose husband died last month with two children, a man whose father
//! died with two heirs and who runs a business. Generated deterministically from the day the
//! simulator starts (a newborn stays a newborn), so every machine has the same people that day.

mod numbers;

use crate::identity::population::population as login_population;
use chrono::{Datelike, Days, NaiveDate};
pub(super) use numbers::organisation_number;
use numbers::synthetic_d_number;
pub use numbers::{next_organisation_number, synthetic_pid};
use serde::Serialize;
use std::collections::HashSet;

#[derive(Clone, Debug, Serialize)]
pub struct Address {
    pub street: String,
    pub postcode: String,
    pub city: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Relation {
    /// `spouse`, `child` or `parent`.
    pub relation: &'static str,
    pub pid: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RegisterPerson {
    pub pid: String,
    pub name: String,
    pub birth_date: NaiveDate,
    pub death_date: Option<NaiveDate>,
    pub address: Option<Address>,
    pub relations: Vec<Relation>,
}

/// A birth or a death, in the order the register learnt of it.
#[derive(Clone, Debug, Serialize)]
pub struct RegisterEvent {
    pub sequence: u64,
    /// `birth` or `death`.
    pub kind: &'static str,
    pub pid: String,
    pub date: NaiveDate,
}

#[derive(Clone, Debug, Serialize)]
pub struct Role {
    pub pid: String,
    /// `founder`, `chair`, `ceo`, …
    pub role: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Unit {
    pub orgnr: String,
    pub name: String,
    /// `AS`, `ENK`, `FLI` (voluntary organisation), …
    pub form: String,
    pub roles: Vec<Role>,
}

pub struct Population {
    pub persons: Vec<RegisterPerson>,
    pub events: Vec<RegisterEvent>,
    pub units: Vec<Unit>,
    /// Aa-registeret: each person's employments, by identity number (`super::aa`).
    pub employments: std::collections::HashMap<String, Vec<super::aa::Employment>>,
}

impl Population {
    pub fn person(&self, pid: &str) -> Option<&RegisterPerson> {
        self.persons.iter().find(|p| p.pid == pid)
    }
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

fn address(street: &str, postcode: &str, city: &str) -> Option<Address> {
    Some(Address {
        street: street.into(),
        postcode: postcode.into(),
        city: city.into(),
    })
}

struct Builder {
    persons: Vec<RegisterPerson>,
    taken: HashSet<String>,
}

impl Builder {
    /// The login population's number for `name`.
    fn known(&self, name: &str) -> String {
        self.persons
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.pid.clone())
            .unwrap_or_else(|| unreachable!("{name} is in the login population"))
    }

    fn add(&mut self, name: &str, birth: NaiveDate, death: Option<NaiveDate>) -> String {
        let pid = synthetic_pid(birth, &mut self.taken);
        self.add_as(pid, name, birth, death)
    }

    fn add_as(
        &mut self,
        pid: String,
        name: &str,
        birth: NaiveDate,
        death: Option<NaiveDate>,
    ) -> String {
        self.persons.push(RegisterPerson {
            pid: pid.clone(),
            name: name.into(),
            birth_date: birth,
            death_date: death,
            address: None,
            relations: Vec::new(),
        });
        pid
    }

    fn person(&mut self, pid: &str) -> &mut RegisterPerson {
        self.persons
            .iter_mut()
            .find(|p| p.pid == pid)
            .unwrap_or_else(|| unreachable!("{pid} was added"))
    }

    fn relate(&mut self, a: &str, relation_of_b: &'static str, b: &str) {
        let back = match relation_of_b {
            "spouse" => "spouse",
            "child" => "parent",
            _ => "child",
        };
        self.person(a).relations.push(Relation {
            relation: relation_of_b,
            pid: b.into(),
        });
        self.person(b).relations.push(Relation {
            relation: back,
            pid: a.into(),
        });
    }

    fn live_at(&mut self, pids: &[&str], home: Option<Address>) {
        for pid in pids {
            self.person(pid).address.clone_from(&home);
        }
    }
}

/// The population as of `today`.
pub fn population(today: NaiveDate) -> Population {
    let ago = |days: u64| today.checked_sub_days(Days::new(days)).unwrap_or(today);
    let mut b = Builder {
        persons: Vec::new(),
        taken: HashSet::new(),
    };
    for person in login_population() {
        let pid = person.pid.as_str().to_string();
        let birth = person
            .pid
            .birth_date()
            .and_then(|d| NaiveDate::parse_from_str(&d.to_string(), "%Y-%m-%d").ok())
            .unwrap_or_default();
        b.taken.insert(pid.clone());
        b.persons.push(RegisterPerson {
            pid,
            name: person.name.to_string(),
            birth_date: birth,
            death_date: None,
            address: address("Postboks 1", "0001", "Oslo"),
            relations: Vec::new(),
        });
    }

    // Få barn: Kari and Ola are married; Emil was born three weeks ago, Nora is five.
    let kari = b.known("Kari Nordmann");
    let ola = b.known("Ola Nordmann");
    let emil = b.add("Emil Nordmann", ago(21), None);
    let nora = b.add("Nora Nordmann", date(today.year() - 5, 3, 14), None);
    b.relate(&kari, "spouse", &ola);
    for child in [&emil, &nora] {
        b.relate(&kari, "child", child);
        b.relate(&ola, "child", child);
    }
    b.live_at(
        &[&kari, &ola, &emil, &nora],
        address("Storgata 1", "0155", "Oslo"),
    );

    // Dødsfall og arv: Aisha's husband Tariq died a month ago; their children are his heirs too.
    let aisha = b.known("Aisha Khan");
    let tariq = b.add("Tariq Khan", date(1986, 4, 12), Some(ago(30)));
    let yusuf = b.add("Yusuf Khan", date(2012, 6, 1), None);
    let leila = b.add("Leila Khan", date(2015, 9, 20), None);
    b.relate(&aisha, "spouse", &tariq);
    for child in [&yusuf, &leila] {
        b.relate(&aisha, "child", child);
        b.relate(&tariq, "child", child);
    }
    b.live_at(
        &[&aisha, &yusuf, &leila],
        address("Fjordveien 12", "5003", "Bergen"),
    );

    // Per's father Arne died six weeks ago, a widower; Per and his sister Liv inherit. Per runs
    // a joinery (the business register's founder).
    let per = b.known("Per Hansen");
    let arne = b.add("Arne Hansen", date(1932, 2, 3), Some(ago(45)));
    let berit = b.add("Berit Hansen", date(1935, 8, 30), Some(date(2019, 5, 5)));
    let liv = b.add("Liv Hansen", date(1961, 7, 7), None);
    b.relate(&arne, "spouse", &berit);
    for child in [&per, &liv] {
        b.relate(&arne, "child", child);
        b.relate(&berit, "child", child);
    }
    b.live_at(&[&per], address("Kirkegata 5", "7011", "Trondheim"));
    b.live_at(&[&liv], address("Elvegata 3", "9008", "Tromsø"));

    // Ny i Norge: Marta had a D-number (the day + 40) for a short job in Norway and now moves
    // here for good; the register has no Norwegian address for her. She logs in with the number
    // typed on the test login page.
    let marta = synthetic_d_number(date(1994, 3, 8), &mut b.taken);
    b.add_as(marta, "Marta Kowalska", date(1994, 3, 8), None);

    let mut events: Vec<RegisterEvent> = Vec::new();
    for person in &b.persons {
        if person.birth_date >= ago(365) {
            events.push(event("birth", &person.pid, person.birth_date));
        }
        if let Some(died) = person.death_date.filter(|d| *d >= ago(365)) {
            events.push(event("death", &person.pid, died));
        }
    }
    events.sort_by_key(|e| e.date);
    for (i, e) in events.iter_mut().enumerate() {
        e.sequence = i as u64 + 1;
    }

    let mut units = vec![Unit {
        orgnr: organisation_number(1),
        name: "Hansen Snekkeri AS".into(),
        form: "AS".into(),
        roles: vec![Role {
            pid: per.clone(),
            role: "ceo".into(),
        }],
    }];
    // Aa-registeret: who works where; the employers are units in Enhetsregisteret too.
    let employments = super::aa::employments(&b.persons, &mut units, today);
    // Starte og drive en frivillig organisasjon: Aisha chairs a chess club, a voluntary
    // organisation (FLI), so her roles and a name that is taken are there to read.
    units.push(Unit {
        orgnr: next_organisation_number(&units),
        name: "Bergen Sjakklubb".into(),
        form: "FLI".into(),
        roles: vec![Role {
            pid: aisha.clone(),
            role: "chair".into(),
        }],
    });
    Population {
        persons: b.persons,
        events,
        units,
        employments,
    }
}

fn event(kind: &'static str, pid: &str, date: NaiveDate) -> RegisterEvent {
    RegisterEvent {
        sequence: 0,
        kind,
        pid: pid.into(),
        date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::journey::{IdentityNumber, OrgNumber};

    fn today() -> NaiveDate {
        date(2026, 11, 22)
    }

    #[test]
    fn everyone_has_a_valid_unique_synthetic_number_and_relations_go_both_ways() {
        let people = population(today());
        let pids: HashSet<_> = people.persons.iter().map(|p| p.pid.clone()).collect();
        assert_eq!(pids.len(), people.persons.len());
        for person in &people.persons {
            let number = IdentityNumber::parse(&person.pid).expect("valid");
            assert!(number.is_synthetic(), "{}", person.pid);
            for relation in &person.relations {
                let other = people.person(&relation.pid).expect("related person exists");
                assert!(other.relations.iter().any(|r| r.pid == person.pid));
            }
        }
    }

    #[test]
    fn the_login_population_keeps_its_numbers_and_the_families_are_there() {
        let people = population(today());
        for login in login_population() {
            assert!(
                people.person(login.pid.as_str()).is_some(),
                "{}",
                login.name
            );
        }
        let kari = people
            .persons
            .iter()
            .find(|p| p.name == "Kari Nordmann")
            .expect("Kari");
        let children = kari.relations.iter().filter(|r| r.relation == "child");
        assert_eq!(children.count(), 2);
        let emil = people
            .persons
            .iter()
            .find(|p| p.name == "Emil Nordmann")
            .expect("Emil");
        assert_eq!(emil.birth_date, date(2026, 11, 1));
        assert!(people
            .events
            .iter()
            .any(|e| e.kind == "birth" && e.pid == emil.pid));
        assert!(people
            .events
            .windows(2)
            .all(|w| w[0].sequence < w[1].sequence));
    }

    #[test]
    fn the_newcomer_has_a_d_number_and_no_norwegian_address() {
        let people = population(today());
        let marta = people
            .persons
            .iter()
            .find(|p| p.name == "Marta Kowalska")
            .expect("Marta");
        let number = IdentityNumber::parse(&marta.pid).expect("valid");
        assert!(number.is_d_number() && number.is_synthetic());
        assert_eq!(marta.pid, "48839410002", "the number the tests log in with");
        assert!(marta.address.is_none() && marta.relations.is_empty());
    }

    #[test]
    fn organisation_numbers_are_valid_and_new_ones_are_free() {
        let people = population(today());
        let orgnr = &people.units[0].orgnr;
        assert!(OrgNumber::parse(orgnr).is_ok());
        let next = next_organisation_number(&people.units);
        assert!(OrgNumber::parse(&next).is_ok());
        assert_ne!(&next, orgnr);
    }
}
