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
mod offers;
mod party;
mod preview_case;
mod receipt;
mod register_log;
mod step;
pub(crate) mod summary;
mod task;
pub(crate) mod text;
mod timeline;

pub use check::CheckPage;
pub use drafts::DeleteDraftPage;
pub use life_event::LifeEvent;
pub use my_page::MyPage;
pub use party::{PartyPage, PartyReply};
pub use receipt::{MessageReply, ReceiptPage};
pub use step::{ParkedStep, StepPage, UnsavedStep};
pub use task::{TaskPage, TaskReply};
pub use text::display_time;
pub use timeline::timeline_fragment;

/// An agency admin's preview of a draft version: whose answers it walks, that nothing is sent,
/// and the way back to the draft.
fn preview_banner(journey: &crate::journey::Journey, name: String) -> leptos::prelude::AnyView {
    use crate::i18n::{tr, tr_with};
    use leptos::prelude::*;
    let back = format!("/admin/journeys/{}/draft", journey.meta.id);
    let text = tr_with(
        "preview-banner",
        &[
            ("person", name),
            ("version", journey.meta.version.to_string()),
        ],
    );
    view! {
        <div class="ds-alert" data-color="warning" role="note">
            <p class="ds-paragraph">{text} " " <a class="ds-link" href=back>{tr("preview-back")}</a></p>
        </div>
    }
    .into_any()
}
