//! With JavaScript, the forms with a condition (add or edit a question, add or edit a step) check
//! it as the admin types: a moment after the last keystroke (or a change of place) the condition
//! is parsed and type-checked against the fields a condition there may read
//! (`journey::condition::check_alone`), and the checker's words appear at the field, the input
//! marked invalid, in a polite live region. Without JavaScript the server checks the whole
//! draft when the form is posted and gives the same words at the same field.

use crate::journey::condition::ScopeField;
use leptos::prelude::*;

#[island(lazy)]
pub fn ConditionChecker(
    /// Per step id, what a question added at its end may read.
    scopes: Vec<(String, Vec<ScopeField>)>,
    /// The condition's input and the select of where it goes, by id (empty: no choice; the
    /// scope keyed "" applies).
    input_id: String,
    step_id: String,
    /// "The condition is fine", in the page's language.
    ok_text: String,
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    // `None`: not checked yet; `Some(Ok)`: fine; `Some(Err(words))`.
    let verdict = RwSignal::new(None::<Result<(), String>>);
    #[cfg(feature = "hydrate")]
    Effect::new({
        let (input_id, step_id) = (input_id.clone(), step_id.clone());
        move |_| {
            use wasm_bindgen::{closure::Closure, JsCast};
            let Some(root) = root.get() else {
                return;
            };
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            let Some(input) = document.get_element_by_id(&input_id) else {
                return;
            };
            // No choice of place on the page (an edit form): the one scope there is, keyed "".
            let step = (!step_id.is_empty())
                .then(|| document.get_element_by_id(&step_id))
                .flatten();
            let scopes = scopes.clone();
            // The server's words from the last post, if any: replaced by the live check's.
            let posted = document.get_element_by_id(&format!("{input_id}-error"));
            let pending = std::rc::Rc::new(std::cell::Cell::new(None::<i32>));
            let check = {
                let (input, step) = (input.clone(), step.clone());
                let posted = posted.clone();
                move || {
                    let text = js_sys::Reflect::get(&input, &"value".into())
                        .ok()
                        .and_then(|v| v.as_string())
                        .unwrap_or_default();
                    let step = step
                        .as_ref()
                        .and_then(|step| js_sys::Reflect::get(step, &"value".into()).ok())
                        .and_then(|v| v.as_string())
                        .unwrap_or_default();
                    let fields = scopes
                        .iter()
                        .find(|(id, _)| *id == step)
                        .map(|(_, fields)| fields.as_slice())
                        .unwrap_or_default();
                    let result = crate::journey::condition::check_alone(&text, fields)
                        .map_err(|e| e.message);
                    if result.is_err() {
                        let _ = input.set_attribute("aria-invalid", "true");
                    } else {
                        let _ = input.remove_attribute("aria-invalid");
                    }
                    if let Some(posted) = &posted {
                        let _ = posted.set_attribute("hidden", "");
                    }
                    verdict.set(Some(result));
                }
            };
            let on_event = Closure::<dyn Fn(web_sys::Event)>::new(move |_event: web_sys::Event| {
                let Some(window) = web_sys::window() else {
                    return;
                };
                if let Some(previous) = pending.take() {
                    window.clear_timeout_with_handle(previous);
                }
                let check = check.clone();
                let later = Closure::once_into_js(check);
                if let Ok(handle) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                    later.unchecked_ref(),
                    300,
                ) {
                    pending.set(Some(handle));
                }
            });
            let _ =
                input.add_event_listener_with_callback("input", on_event.as_ref().unchecked_ref());
            if let Some(step) = &step {
                let _ = step
                    .add_event_listener_with_callback("change", on_event.as_ref().unchecked_ref());
            }
            on_event.forget();
            // Said on the page, so a test (or a curious admin) knows the check is listening.
            let _ = root.set_attribute("data-checking", "on");
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (scopes, input_id.clone(), step_id);
    let shown = move || {
        verdict.get().map(|result| match result {
            Ok(()) => {
                view! { <p class="ds-paragraph condition-ok">{ok_text.clone()}</p> }.into_any()
            }
            Err(words) => view! { <p class="ds-validation-message">{words}</p> }.into_any(),
        })
    };
    view! {
        <div node_ref=root class="condition-checker">
            {children()}
            <div class="live-check" id=format!("{input_id}-live") aria-live="polite">{shown}</div>
        </div>
    }
}
