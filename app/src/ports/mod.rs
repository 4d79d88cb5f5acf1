//! Ports: what each side of the portal asks of the server, as traits the server implements and
//! the pages call (held as `Arc<dyn …>` in the Leptos context). Server-only: the WebAssembly
//! client never loads a page's data.
//!
//! A port's methods are the side's use cases, named as a person would name them ("save a
//! step", "submit"); they take the person they act for and return page data or an `AppError`.
//! The citizen's and the caseworker's sides are here, and the deliveries that did not arrive
//! (the agency admins' page, read-only for API agencies' caseworkers), and the agencies'
//! connectors (their admins' page).

mod authoring;
mod authoring_parts;
mod caseworker;
mod citizen;
mod connectors;
mod deliveries;

pub use authoring::AuthoringPort;
pub use authoring_parts::AuthoringPartsPort;
pub use caseworker::CaseworkerPort;
pub use citizen::CitizenPort;
pub use connectors::ConnectorsPort;
pub use deliveries::DeliveriesPort;
