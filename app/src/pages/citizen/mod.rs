//! The citizen's pages: a life event, its journey one step per page, "check your answers", the
//! receipt with its live timeline, and *My page*. Each page asks the citizen port for its data
//! (`super::load`) and renders it; every form is a plain `<form method="post">` that works without
//! JavaScript, and the server's handler for it calls the same port.

mod check;
mod drafts;
mod fields;
mod life_event;
pub mod model;
mod my_page;
mod receipt;
mod register_log;
mod step;
pub(crate) mod summary;
mod task;
mod text;
mod timeline;

pub use check::CheckPage;
pub use drafts::DeleteDraftPage;
pub use life_event::LifeEvent;
pub use my_page::MyPage;
pub use receipt::{MessageReply, ReceiptPage};
pub use step::{ParkedStep, StepPage, UnsavedStep};
pub use task::{TaskPage, TaskReply};
pub use text::display_time;
pub use timeline::timeline_fragment;
