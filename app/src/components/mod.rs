//! Components shared by pages: the page frame and the language menu (the first island).

mod language_menu;
mod layout;

pub use language_menu::{LanguageMenu, LanguageSwitcher};
pub use layout::Layout;
