//! The journey engine: journey definitions and, as it grows, their static checker, the condition
//! language, field types and validation, navigation and the "check your answers" summary.
//!
//! The engine is pure Rust: no IO, no leptos, no sqlx, no tokio. It takes definitions and answers
//! as values and returns decisions, so the WebAssembly client (instant validation) and the server
//! (the authoritative check) run the very same code, and its tests are plain Rust tests. Reading
//! files, the clock and ids are the caller's business.
//!
//! Today it knows a definition's metadata (enough for the landing page to list the life events)
//! and the identity number, which login needs.

mod catalog;
mod definition;
mod identity_number;

pub use catalog::{Catalog, CatalogError};
pub use definition::{Agency, JourneyId, JourneyMeta, SecurityLevel};
pub use identity_number::{IdentityNumber, IdentityNumberError};
