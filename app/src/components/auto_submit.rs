//! With JavaScript, a filter form applies itself as the person types or chooses: a moment after
//! the last change it is submitted, as its button would (the address then carries the view, as
//! without JavaScript). Without JavaScript the button does the same.

use leptos::prelude::*;

#[island(lazy)]
pub fn AutoSubmit(
    /// Milliseconds of quiet before the form is sent.
    delay: u32,
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        use wasm_bindgen::{closure::Closure, JsCast};
        let Some(root) = root.get() else {
            return;
        };
        let pending = std::rc::Rc::new(std::cell::Cell::new(None::<i32>));
        let on_change = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            let Some(form) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("form").ok().flatten())
                .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            let Some(window) = web_sys::window() else {
                return;
            };
            if let Some(previous) = pending.take() {
                window.clear_timeout_with_handle(previous);
            }
            let send = Closure::once_into_js(move || {
                let _ = form.request_submit();
            });
            if let Ok(handle) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                send.unchecked_ref(),
                delay as i32,
            ) {
                pending.set(Some(handle));
            }
        });
        for kind in ["input", "change"] {
            let _ = root.add_event_listener_with_callback(kind, on_change.as_ref().unchecked_ref());
        }
        on_change.forget();
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = delay;
    view! { <div node_ref=root class="auto-submit">{children()}</div> }
}
