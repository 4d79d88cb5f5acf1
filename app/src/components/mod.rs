//! Components shared by pages: the page frame, the language menu and the idle-session warning
//! (islands both).

mod language_menu;
mod layout;
mod live_timeline;
mod session_timeout;
mod step_enhancer;

pub use language_menu::{LanguageMenu, LanguageSwitcher};
pub use layout::Layout;
pub use live_timeline::LiveTimeline;
pub use session_timeout::SessionTimeout;
pub use step_enhancer::StepEnhancer;
