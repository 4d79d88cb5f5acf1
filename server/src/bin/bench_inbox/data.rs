//! The synthetic data the cases are made of: the agencies and their shares, each agency's
//! services, the names of citizens and caseworkers, and their identity numbers.

use app::journey::Agency;
use rand::{rngs::StdRng, Rng};

/// The agencies and their share of the cases, the largest first (its caseworker is measured).
pub(super) const AGENCIES: [(Agency, u32); 7] = [
    (Agency::Kommune, 35),
    (Agency::Nav, 30),
    (Agency::Skatteetaten, 12),
    (Agency::Domstol, 10),
    (Agency::Helfo, 8),
    (Agency::Brreg, 4),
    (Agency::Lottstift, 1),
];

/// Each agency's services as `(journey, service)`, the most frequent first.
pub(super) fn services(agency: Agency) -> &'static [(&'static str, &'static str)] {
    match agency {
        Agency::Kommune => &[
            ("fa-barn", "kindergarten"),
            ("ny-i-norge", "housing-allowance"),
            ("alvorlig-sykt-barn", "relief-care"),
            ("dodsfall-og-arv", "funeral-support"),
            ("starte-bedrift", "serving-licence"),
        ],
        Agency::Nav => &[
            ("fa-barn", "parental-benefit"),
            ("fa-barn", "child-benefit"),
            ("miste-jobb", "unemployment-benefit"),
            ("dodsfall-og-arv", "survivors-pension"),
            ("alvorlig-sykt-barn", "care-benefit"),
        ],
        Agency::Skatteetaten => &[
            ("fa-barn", "child-name"),
            ("ny-i-norge", "tax-card"),
            ("dodsfall-og-arv", "estate-tax"),
        ],
        Agency::Domstol => &[
            ("dodsfall-og-arv", "probate"),
            ("dodsfall-og-arv", "estate-settlement"),
        ],
        Agency::Helfo => &[
            ("ny-i-norge", "gp-registration"),
            ("alvorlig-sykt-barn", "gp-change"),
        ],
        Agency::Brreg => &[
            ("starte-bedrift", "company-registration"),
            ("frivillig-organisasjon", "voluntary-register"),
        ],
        Agency::Lottstift => &[("frivillig-organisasjon", "vat-compensation")],
        // The health service answers tasks; no service files a case with it.
        Agency::Helse => &[],
    }
}

pub(super) const FIRST_NAMES: [&str; 40] = [
    "Kari", "Ola", "Ingrid", "Lars", "Nora", "Jonas", "Emma", "Sander", "Sara", "Magnus", "Ida",
    "Henrik", "Thea", "Emil", "Maja", "Tobias", "Sofie", "Mathias", "Ella", "Kristian", "Hanna",
    "Andreas", "Julie", "Martin", "Selma", "Sindre", "Vilde", "Eirik", "Astrid", "Håkon", "Linnea",
    "Even", "Frida", "Aksel", "Tiril", "Oskar", "Marte", "Johannes", "Ragnhild", "Petter",
];
pub(super) const LAST_NAMES: [&str; 40] = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Johnsen",
    "Pettersen",
    "Eriksen",
    "Berg",
    "Haugen",
    "Hagen",
    "Johannessen",
    "Andreassen",
    "Jacobsen",
    "Dahl",
    "Jørgensen",
    "Halvorsen",
    "Henriksen",
    "Lund",
    "Sørensen",
    "Jakobsen",
    "Moen",
    "Gundersen",
    "Iversen",
    "Strand",
    "Solberg",
    "Svendsen",
    "Eide",
    "Knutsen",
    "Martinsen",
    "Paulsen",
    "Bakken",
    "Kristoffersen",
    "Mathisen",
    "Lie",
];

/// Citizens (each has several cases) and caseworkers per agency.
pub(super) const CITIZENS: usize = 99_999;
pub(super) const CASEWORKERS: usize = 25;

pub(super) fn caseworker_pid(agency: usize, i: usize) -> String {
    format!("0101700{agency}{i:03}")
}

pub(super) fn citizen_pid(i: usize, rng: &mut StdRng) -> String {
    format!(
        "{:02}{:02}{:02}{i:05}",
        rng.gen_range(1..=28),
        rng.gen_range(1..=12),
        rng.gen_range(0..=99)
    )
}

pub(super) fn name(rng: &mut StdRng) -> String {
    format!(
        "{} {}",
        FIRST_NAMES[rng.gen_range(0..FIRST_NAMES.len())],
        LAST_NAMES[rng.gen_range(0..LAST_NAMES.len())]
    )
}
