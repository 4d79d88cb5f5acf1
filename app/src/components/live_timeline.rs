//! With JavaScript, a timeline keeps itself up to date: every few seconds it fetches the timeline
//! alone again (`/receipt/<reference>/timeline`: the server renders it, in the person's language,
//! from that one submission's calls), until every agency has decided. Without JavaScript the
//! timeline is as fresh as the page, and reloading shows what is new.

use leptos::prelude::*;

#[island(lazy)]
pub fn LiveTimeline(
    /// Where to fetch the fresh timeline from (markup holding it).
    source: String,
    /// Which timeline (its `data-timeline` value).
    key: String,
    /// Seconds between looks.
    every: u64,
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        if let Some(root) = root.get() {
            let (source, key) = (source.clone(), key.clone());
            leptos::task::spawn_local(async move {
                // Ten minutes at most: a page left open must not keep the session alive forever.
                for _ in 0..(600 / every.max(1)) {
                    let settled = root
                        .query_selector("[data-settled=\"true\"]")
                        .ok()
                        .flatten()
                        .is_some();
                    if settled {
                        break;
                    }
                    gloo_timers_sleep(every).await;
                    // An error (the session ended: 401; the submission is gone: 404) stops the
                    // updates.
                    let Some(fresh) = live::fetch_timeline(&source, &key).await else {
                        break;
                    };
                    // Only a change is written, so screen readers hear only news.
                    if root.inner_html() != fresh {
                        root.set_inner_html(&fresh);
                    }
                }
            });
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (source, key, every);
    view! {
        <div node_ref=root class="live-timeline" aria-live="polite">
            {children()}
        </div>
    }
}

#[cfg(feature = "hydrate")]
async fn gloo_timers_sleep(seconds: u64) {
    let (sender, receiver) = futures_channel::oneshot::channel::<()>();
    set_timeout(
        move || {
            let _ = sender.send(());
        },
        std::time::Duration::from_secs(seconds),
    );
    let _ = receiver.await;
}

#[cfg(feature = "hydrate")]
mod live {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{DomParser, Response, SupportedType};

    /// The timeline's fresh markup, if it could be had.
    pub async fn fetch_timeline(source: &str, key: &str) -> Option<String> {
        let window = web_sys::window()?;
        let response: Response = JsFuture::from(window.fetch_with_str(source))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
        if !response.ok() {
            return None;
        }
        let text = JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()?;
        let document = DomParser::new()
            .ok()?
            .parse_from_string(&text, SupportedType::TextHtml)
            .ok()?;
        let fresh = document
            .query_selector(&format!("[data-timeline=\"{key}\"]"))
            .ok()??;
        Some(fresh.outer_html())
    }
}
