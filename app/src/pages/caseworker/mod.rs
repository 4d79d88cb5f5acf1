//! The caseworker's pages: the inbox of the agencies their role is for, and a case. Each loads
//! through the caseworker port; every action is a plain form that works without JavaScript.

mod home;
pub mod model;

pub use home::CaseworkerHome;
