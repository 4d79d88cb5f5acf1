//! Veiviser's Leptos application.
//!
//! Pages are rendered on the server; only the parts that need a browser are `#[island]`s, which
//! the WebAssembly client hydrates (see DESIGN.md, "Islands"). That keeps translations, the journey
//! catalogue and everything personal on the server, and keeps the hydration bundle small.
//!
//! What lives here: the pages and components, the islands, the i18n layer, the pure journey
//! engine (`journey`) and the domain's words that storage and the pages share (`domain`). What
//! does not: IO of any kind. The server crate provides the journey catalogue and, later, the
//! ports (storage, identity, agencies) through Leptos context.

pub mod auth;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod journey;
pub mod pages;
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
