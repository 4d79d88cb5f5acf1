//! Components shared by pages: the page frame, and the islands (the language menu, the idle
//! warning, the step's live checks, the live timeline, the filter form that applies itself, the
//! journey text editor's check as the admin types, the condition's check at its field).

mod auto_submit;
mod condition_checker;
mod drag_reorder;
mod language_menu;
mod layout;
mod live_timeline;
mod session_timeout;
mod source_checker;
mod step_enhancer;

pub use auto_submit::AutoSubmit;
pub use condition_checker::ConditionChecker;
pub use drag_reorder::DragReorder;
pub use language_menu::LanguageSwitcher;
pub use layout::Layout;
pub use live_timeline::LiveTimeline;
pub use session_timeout::SessionTimeout;
pub use source_checker::SourceChecker;
pub use step_enhancer::StepEnhancer;
