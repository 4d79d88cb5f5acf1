//! The words of the domain that storage, the agency edges and the pages share: how an agency's
//! case stands (`CaseStatus`), how far a call to it has come (`DeliveryState`), how a register
//! look-up went (`ReadOutcome`, `RegisterRead`), who read a case (`CaseRead`), when a case is
//! due (`deadline`, in working days), what a register event offers (`LifeEventKind`, `Offer`) and when anything happened (`Instant`, in UTC; shown in
//! Oslo's time). Pure: no Leptos, no IO; compiled for the server and the browser alike.
//!
//! Each word is stored and sent as it always was (`as_str`); whoever reads one from outside (the
//! database, an agency) parses it once (`parse`) and works with the enum from there on.

mod access;
pub mod deadline;
mod delivery;
mod offer;
mod party;
mod register;
mod status;
mod time;
mod version;

pub use access::CaseRead;
pub use delivery::DeliveryState;
pub use offer::{LifeEventKind, Offer};
pub use party::{PartyCard, PartyState, PartyStatus};
pub use register::{ReadOutcome, RegisterRead, CHECK_LOOKUPS, PARTY_LOOKUP};
pub use status::CaseStatus;
pub use time::{Instant, NotATime};
pub use version::{AuthoringAction, VersionState};
