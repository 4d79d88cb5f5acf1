//! Pages. Each is rendered on the server; interactive parts are islands from `components`.
//! `citizen/` holds the citizen's pages, `caseworker/` and `admin/` the staff's; `load` is how a
//! page asks its side's port for its data.

pub mod admin;
pub mod auth;
pub mod caseworker;
pub mod citizen;
pub mod deliveries;
mod home;
pub mod load;
mod not_found;
mod staff;

pub use admin::AdminHome;
pub use auth::{Forbidden, LoggedOut, LoginError, RefusalNotice, RequestRefused};
pub use caseworker::{CasePage, InboxPage};
pub use citizen::{
    CheckPage, DeleteDraftPage, LifeEvent, MyPage, PartyPage, ReceiptPage, StepPage, TaskPage,
};
pub use deliveries::{AdminDeliveriesPage, OperatorPage, SentPage};
pub use home::Home;
pub use not_found::NotFound;

use crate::journey::Catalog;
use std::sync::Arc;

/// The journey catalogue the server provides to every request.
/// The page shows this version of a journey: its own texts come first in what the page renders
/// from here on (`journey::texts`), not those of the version published now.
pub(crate) fn show_texts_of(journey: &crate::journey::Journey) {
    leptos::prelude::provide_context(crate::journey::texts::JourneyTexts::of([&journey.texts]));
}

pub(crate) fn use_catalog() -> Arc<Catalog> {
    leptos::prelude::use_context::<Arc<Catalog>>().unwrap_or_default()
}
