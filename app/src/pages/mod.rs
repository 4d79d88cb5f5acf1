//! Pages. Each is rendered on the server; interactive parts are islands from `components`.
//! Citizen pages live at the top for now; `caseworker/` and `admin/` hold the staff pages.

pub mod admin;
pub mod auth;
pub mod caseworker;
pub mod drafts;
mod home;
pub mod journey;
mod life_event;
mod not_found;
mod staff;

pub use admin::AdminHome;
pub use auth::{Forbidden, LoggedOut, LoginError, RefusalNotice, RequestRefused};
pub use caseworker::CaseworkerHome;
pub use drafts::DeleteDraftPage;
pub use home::Home;
pub use journey::{CheckPage, MyPage, ReceiptPage, StepPage};
pub use life_event::LifeEvent;
pub use not_found::NotFound;

use crate::journey::Catalog;
use std::sync::Arc;

/// The journey catalogue the server provides to every request.
pub(crate) fn use_catalog() -> Arc<Catalog> {
    leptos::prelude::use_context::<Arc<Catalog>>().unwrap_or_default()
}
