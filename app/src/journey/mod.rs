//! The journey engine: journey definitions, their static checker, the condition language,
//! field types and validation, the parsed answer value, navigation, the "check your answers"
//! summary, two versions of a journey compared (`compare`: what changed, and what that means for
//! a draft saved on the older one), and — for the admins who author journeys — conditions in plain
//! words (`explain`) and the steps as a graph (`flow_graph`).
//!
//! The engine is pure Rust: no IO, no leptos, no sqlx, no tokio. It takes definitions and answers
//! as values and returns decisions, so the WebAssembly client (instant validation) and the server
//! (the authoritative check) run the very same code, and its tests are plain Rust tests. Reading
//! files, the clock and ids are the caller's business.

pub mod case_write;
mod catalog;
pub(crate) mod check;
pub mod compare;
pub mod condition;
pub mod date;
mod definition;
pub mod explain;
pub mod fields;
pub mod flow;
pub mod flow_graph;
mod identity_number;
pub mod model;
pub mod place;
pub mod prefill;
pub mod texts;
pub mod value;

#[cfg(test)]
mod aa_registeret_tests;
#[cfg(test)]
mod cases_tests;
#[cfg(test)]
mod check_dates_tests;
#[cfg(test)]
mod check_errors_tests;
#[cfg(test)]
mod check_navigation_tests;
#[cfg(test)]
mod check_services_tests;
#[cfg(test)]
mod check_tests;
#[cfg(test)]
mod check_texts_tests;
#[cfg(test)]
mod explain_tests;
#[cfg(test)]
mod flow_graph_tests;
#[cfg(test)]
mod limits_tests;
#[cfg(test)]
mod parties_tests;
#[cfg(test)]
mod slice_tests;
#[cfg(test)]
mod untrusted_tests;
#[cfg(test)]
mod verify_tests;

pub use catalog::{Catalog, CatalogError};
/// The largest definition the checker reads.
pub use check::MAX_BYTES as MAX_DEFINITION_BYTES;
pub use date::Date;
pub use definition::{Agency, JourneyId, JourneyMeta, SecurityLevel};
pub use fields::{Answer, FieldKind, Problem};
pub use flow::Answers;
pub use identity_number::{IdentityNumber, IdentityNumberError};
pub use model::{Field, Journey, Step};
pub use prefill::{Source, Sources};
pub use value::{AccountNumber, Money, OrgNumber, Value};
