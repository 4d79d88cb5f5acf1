//! Veiviser's Leptos application.
//!
//! Pages are rendered on the server; only the parts that need a browser are `#[island]`s, which
//! the WebAssembly client hydrates. That keeps translations, the journey catalogue and everything
//! personal on the server, and keeps the hydration bundle small: `pages`, `ports` and the shell
//! are compiled for the server only.
//!
//! What lives here: the pure journey engine (`journey`), the portal's own words (`domain`), the
//! one client-safe error (`error`), the ports each side's use cases sit behind (`ports`, traits
//! the server implements), the pages that load their data through them, the components and
//! islands, and the i18n layer. What does not: IO of any kind.

pub mod address;
pub mod auth;
pub mod components;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod journey;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod ports;
#[cfg(feature = "ssr")]
mod shell;

#[cfg(feature = "ssr")]
pub use shell::{content_security_policy, shell, App, DemoMode, FormTargets};

/// The entry point of the WebAssembly client: hydrates the islands and nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
