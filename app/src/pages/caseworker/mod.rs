//! The caseworker's pages: the inbox of the agencies their role is for, and a case. Each loads
//! through the caseworker port (`crate::ports::CaseworkerPort`); every action is a plain form
//! that works without JavaScript, handled by the server's `http::caseworker`.

mod actions;
mod case;
mod inbox;
pub(crate) mod messages;
pub mod model;
mod query;
mod requests;
mod table;
mod tasks;
mod views;

pub use case::{CasePage, CaseReply};
pub use inbox::InboxPage;
