//! The warning before an idle session ends. The server renders it hidden with the session's
//! limits; the island shows it a few minutes before the end. Its link reloads the page the
//! citizen is on, and any request keeps the session alive, so nothing typed on a saved page is
//! lost. Without JavaScript the footer states the limit instead.

use leptos::prelude::*;
use std::time::Duration;

#[island(lazy)]
pub fn SessionTimeout(
    /// Seconds after the page loaded at which to warn.
    warn_after_seconds: u64,
    message: String,
    stay_label: String,
    stay_href: String,
) -> impl IntoView {
    let show = RwSignal::new(false);
    // `data-hydrated` appears once the WebAssembly has taken over (every logged-in page has this
    // island): how the end-to-end tests know that hydration happened.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| {
        hydrated.set(true);
        set_timeout(
            move || show.set(true),
            Duration::from_secs(warn_after_seconds),
        );
    });
    view! {
        <div
            class="session-timeout"
            role="alert"
            hidden=move || !show.get()
            data-hydrated=move || hydrated.get().then_some("true")
        >
            <p class="ds-paragraph">{message}</p>
            <a class="ds-link" href=stay_href>{stay_label}</a>
        </div>
    }
}
