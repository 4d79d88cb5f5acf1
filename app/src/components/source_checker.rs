//! With JavaScript, the journey text editor checks as the admin types, with the same checker the
//! server runs (`Catalog::parse`, compiled into this island): a moment after the last keystroke
//! the problems are listed under the editor, by line, in a polite live region. Without
//! JavaScript the server checks at each save and lists the problems above the editor. The
//! texts a language lacks are the server's to say (the Fluent files are not in the browser).

use leptos::prelude::*;

#[island(lazy)]
pub fn SourceChecker(
    /// How the definition is named in the checker's words (`fa-barn v6`).
    name: String,
    /// "No problems found by the checker", in the page's language.
    ok_text: String,
    /// "Line {line}, column {column}:", in the page's language, to fill in.
    at_text: String,
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    let problems = RwSignal::new(None::<Vec<String>>);
    #[cfg(feature = "hydrate")]
    Effect::new({
        let at_text = at_text.clone();
        move |_| {
            use wasm_bindgen::{closure::Closure, JsCast};
            let Some(root) = root.get() else {
                return;
            };
            let pending = std::rc::Rc::new(std::cell::Cell::new(None::<i32>));
            let (name, at_text) = (name.clone(), at_text.clone());
            let on_input = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
                let Some(area) = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                else {
                    return;
                };
                let Some(window) = web_sys::window() else {
                    return;
                };
                if let Some(previous) = pending.take() {
                    window.clear_timeout_with_handle(previous);
                }
                let (name, at_text) = (name.clone(), at_text.clone());
                let check = Closure::once_into_js(move || {
                    problems.set(Some(check_text(&name, &area.value(), &at_text)));
                });
                if let Ok(handle) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                    check.unchecked_ref(),
                    400,
                ) {
                    pending.set(Some(handle));
                }
            });
            let _ =
                root.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
            on_input.forget();
            // Said on the page, so a test (or a curious admin) knows the check is listening.
            let _ = root.set_attribute("data-checking", "on");
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (name, at_text);
    let shown = move || {
        problems.get().map(|found| {
            if found.is_empty() {
                view! { <p class="ds-paragraph">{ok_text.clone()}</p> }.into_any()
            } else {
                let items = found
                    .into_iter()
                    .map(|p| view! { <li>{p}</li> })
                    .collect_view();
                view! { <ul class="ds-list">{items}</ul> }.into_any()
            }
        })
    };
    view! {
        <div node_ref=root class="source-checker">
            {children()}
            <div class="live-check" aria-live="polite">{shown}</div>
        </div>
    }
}

/// The checker's problems with the text, each as "Line l, column c: message".
#[cfg(any(feature = "hydrate", test))]
fn check_text(name: &str, text: &str, at_text: &str) -> Vec<String> {
    match crate::journey::Catalog::parse([(name, text)]) {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .into_iter()
            .map(|e| {
                if e.line == 0 {
                    e.message
                } else {
                    let at = at_text
                        .replace("{line}", &e.line.to_string())
                        .replace("{column}", &e.column.to_string());
                    format!("{at} {}", e.message)
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::check_text;

    #[test]
    fn the_browser_check_gives_the_checkers_words_at_their_line() {
        let problems = check_text(
            "x v2",
            "[journey]\nid = \"x\"\n",
            "Line {line}, column {column}:",
        );
        assert!(!problems.is_empty());
        assert!(
            problems.iter().any(|p| p.starts_with("Line ")),
            "{problems:?}"
        );
        let shipped = include_str!("../../../journeys/fa-barn.toml");
        assert_eq!(
            check_text("fa-barn v5", shipped, "{line}"),
            Vec::<String>::new()
        );
    }
}
