//! The synthetic people of the development provider: citizens, for every agency at least one
//! caseworker and one administrator, and one operator (platform staff, of no agency). Identity numbers are synthetic (month + 80), computed
//! deterministically, so every start and every machine has the same people.
//!
//! Why here, with the embedded provider's identity code, and not in `crate::simulator` (nor
//! behind its feature): these are the test login's users, not the simulated registers' (those
//! are `simulator::population`, built around them). The embedded login is chosen at run time,
//! not at build time — a build without the simulator still has it, for a demo against real
//! agencies (`VEIVISER_MODE=demo`) — and production needs this list too: it never seeds these
//! people, but refuses to start on a database where they still hold roles (`startup`). So the
//! dependency goes one way: the simulator imports them from here.

pub use app::auth::{PlatformRole, Role};
use app::journey::{Agency, IdentityNumber};

/// The demo's operator: every agency's deliveries that did not arrive, no case contents.
pub const OPERATOR: &str = "Tone Brekke";

#[derive(Clone, Debug)]
pub struct SyntheticPerson {
    pub pid: IdentityNumber,
    pub name: &'static str,
    pub roles: Vec<(Agency, Role)>,
    /// Roles for the whole portal (the operator's).
    pub platform_roles: Vec<PlatformRole>,
}

/// The first valid synthetic number for a birth date (`DDMMYY`, real month).
fn synthetic_pid(birth_date: &str) -> IdentityNumber {
    let (day, rest) = birth_date.split_at(2);
    let (month, year) = rest.split_at(2);
    let month: u32 = month.parse().unwrap_or(1) + 80;
    (100..1000)
        .find_map(|individual| {
            IdentityNumber::with_check_digits(&format!("{day}{month}{year}{individual}"))
        })
        .unwrap_or_else(|| unreachable!("some individual number is valid for every date"))
}

pub fn population() -> Vec<SyntheticPerson> {
    use Agency::*;
    use Role::*;
    type Roles = Vec<(Agency, Role)>;
    let people: [(&str, &str, Roles); 21] = [
        ("150585", "Kari Nordmann", vec![]),
        ("021183", "Ola Nordmann", vec![]),
        ("240390", "Aisha Khan", vec![]),
        ("110758", "Per Hansen", vec![]),
        ("030379", "Ingrid Berg", vec![(Nav, Caseworker)]),
        ("170672", "Lars Dahl", vec![(Nav, Admin)]),
        ("090988", "Sofie Lie", vec![(Skatteetaten, Caseworker)]),
        ("121265", "Magnus Strand", vec![(Skatteetaten, Admin)]),
        ("280491", "Emma Moen", vec![(Brreg, Caseworker)]),
        ("050580", "Henrik Bakke", vec![(Brreg, Admin)]),
        ("191187", "Nora Haugen", vec![(Domstol, Caseworker)]),
        ("010170", "Jonas Lund", vec![(Domstol, Admin)]),
        ("220693", "Sara Eide", vec![(Kommune, Caseworker)]),
        ("141077", "Erik Holm", vec![(Kommune, Admin)]),
        ("300986", "Maja Vik", vec![(Helfo, Caseworker)]),
        (
            "070768",
            "Ole Ruud",
            vec![(Helfo, Admin), (Helfo, Caseworker)],
        ),
        ("120482", "Hilde Sand", vec![(Lottstift, Caseworker)]),
        ("080875", "Geir Aas", vec![(Lottstift, Admin)]),
        // A doctor at the health service: confirms a child's illness for NAV.
        ("160279", "Sigrid Fjeld", vec![(Helse, Caseworker)]),
        ("230466", "Tor Lunde", vec![(Helse, Admin)]),
        ("250879", OPERATOR, vec![]),
    ];
    people
        .into_iter()
        .map(|(birth, name, roles)| SyntheticPerson {
            pid: synthetic_pid(birth),
            name,
            roles,
            platform_roles: if name == OPERATOR {
                vec![PlatformRole::Operator]
            } else {
                vec![]
            },
        })
        .collect()
}

/// A person of the population as logged in at substantial level, for the use cases' tests.
#[cfg(test)]
pub fn logged_in(name: &str) -> app::auth::CurrentUser {
    let person = population()
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} is in the population"));
    app::auth::CurrentUser {
        pid: person.pid.as_str().to_string(),
        name: Some(name.into()),
        acr: "idporten-loa-substantial".into(),
        amr: vec![],
        roles: person.roles,
        platform_roles: person.platform_roles,
        csrf_token: "token".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_agency_has_a_caseworker_and_an_admin() {
        let people = population();
        for agency in Agency::ALL {
            for role in [Role::Caseworker, Role::Admin] {
                assert!(
                    people.iter().any(|p| p.roles.contains(&(agency, role))),
                    "{agency:?} lacks a {role:?}"
                );
            }
        }
    }

    #[test]
    fn the_one_operator_holds_no_agency_role() {
        let operators: Vec<_> = population()
            .into_iter()
            .filter(|p| p.platform_roles.contains(&PlatformRole::Operator))
            .collect();
        assert_eq!(operators.len(), 1);
        assert_eq!(operators[0].name, OPERATOR);
        assert!(
            operators[0].roles.is_empty(),
            "platform staff, of no agency"
        );
    }

    #[test]
    fn identity_numbers_are_synthetic_unique_and_stable() {
        let people = population();
        assert!(people.iter().all(|p| p.pid.is_synthetic()));
        let unique: HashSet<_> = people.iter().map(|p| p.pid.clone()).collect();
        assert_eq!(unique.len(), people.len());
        assert_eq!(population()[0].pid, people[0].pid);
    }
}
