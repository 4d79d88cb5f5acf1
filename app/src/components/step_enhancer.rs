//! With JavaScript, a journey step reacts as the citizen types, using the same engine as the
//! server: conditional questions appear and disappear with the answers they depend on, and a
//! field is checked when the citizen leaves it (a message appears, or goes once fixed). The
//! server renders the whole form first, so without JavaScript nothing is missing: every question
//! is there, and the server checks the post.

use crate::journey::{Answers, Journey};
use leptos::prelude::*;

#[island(lazy)]
pub fn StepEnhancer(
    journey: Journey,
    step: usize,
    /// The saved answers: conditions may read other steps' answers.
    answers: Answers,
    /// Each problem's message in the page's language, `{max}`/`{min}` left to fill in.
    messages: Vec<(String, String)>,
    /// The server's today (`yyyy-mm-dd`), so client and server agree on "under 18".
    today: String,
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    let enhanced = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    let page = std::rc::Rc::new(live::Page {
        journey,
        step,
        answers,
        messages,
        today: crate::journey::Date::parse_iso(&today),
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (journey, step, answers, messages, today);
    // A field's message appears when the citizen leaves it, but never under a press in
    // progress: leaving a field by pressing something below it (a radio, a link) would move that
    // away from under the pointer and the press would land on nothing. So the check waits until
    // the pointer is up and the click has landed.
    #[cfg(feature = "hydrate")]
    let (on_change, on_leave, on_press, on_release) = {
        use std::{cell::RefCell, rc::Rc};
        let pressing = Rc::new(std::cell::Cell::new(false));
        let deferred: Rc<RefCell<Option<Option<String>>>> = Rc::default();
        let check_later = {
            let page = page.clone();
            move |name: Option<String>| {
                let page = page.clone();
                set_timeout(
                    move || {
                        if let Some(root) = root.get_untracked() {
                            page.refresh(&root, name, true);
                        }
                    },
                    std::time::Duration::ZERO,
                );
            }
        };
        let a = page.clone();
        let (p1, p2, p3) = (pressing.clone(), pressing.clone(), pressing);
        let (d1, d2) = (deferred.clone(), deferred);
        let later = check_later.clone();
        (
            move |ev: leptos::ev::Event| {
                if let Some(root) = root.get_untracked() {
                    a.refresh(&root, live::name_of(&ev), false);
                }
            },
            move |ev: leptos::ev::FocusEvent| {
                // Leaving a field for a button is pressing it: the server checks the post.
                if live::towards_button(&ev) {
                    return;
                }
                let name = live::name_of(&ev);
                if p1.get() {
                    *d1.borrow_mut() = Some(name);
                } else {
                    later(name);
                }
            },
            move |_: leptos::ev::PointerEvent| p2.set(true),
            move |_: leptos::ev::PointerEvent| {
                p3.set(false);
                // Run after this press's click, which the browser dispatches next.
                if let Some(name) = d2.borrow_mut().take() {
                    check_later(name);
                }
            },
        )
    };
    #[cfg(not(feature = "hydrate"))]
    let (on_change, on_leave, on_press, on_release) = (
        |_: leptos::ev::Event| {},
        |_: leptos::ev::FocusEvent| {},
        |_: leptos::ev::PointerEvent| {},
        |_: leptos::ev::PointerEvent| {},
    );
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(root) = root.get() {
            page.refresh(&root, None, false);
        }
        enhanced.set(true);
    });
    view! {
        <div
            node_ref=root
            class="step-enhancer"
            data-enhanced=move || enhanced.get().to_string()
            on:input=on_change
            on:focusout=on_leave
            on:pointerdown=on_press
            on:pointerup=on_release
        >
            {children()}
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod live {
    use crate::journey::{
        flow::{self, FieldError},
        Answers, Date, Journey,
    };
    use wasm_bindgen::JsCast;
    use web_sys::{Element, FormData, HtmlFormElement};

    pub struct Page {
        pub journey: Journey,
        pub step: usize,
        pub answers: Answers,
        pub messages: Vec<(String, String)>,
        pub today: Option<Date>,
    }

    /// The answer name (`child_pid`, `heirs.0.heir_pid`) of the input an event came from.
    pub fn name_of(ev: &web_sys::Event) -> Option<String> {
        let target: Element = ev.target()?.dyn_into().ok()?;
        let name = target.get_attribute("name")?;
        name.strip_prefix("a.").map(str::to_string)
    }

    pub fn towards_button(ev: &web_sys::FocusEvent) -> bool {
        ev.related_target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|el| el.tag_name().eq_ignore_ascii_case("button"))
    }

    fn pairs(root: &Element) -> Option<Vec<(String, String)>> {
        let form: HtmlFormElement = root.query_selector("form").ok()??.dyn_into().ok()?;
        let data = FormData::new_with_form(&form).ok()?;
        let mut pairs = Vec::new();
        for entry in js_sys::try_iter(&data).ok()??.flatten() {
            let entry: js_sys::Array = entry.dyn_into().ok()?;
            let key = entry.get(0).as_string()?;
            pairs.push((key, entry.get(1).as_string().unwrap_or_default()));
        }
        Some(pairs)
    }

    impl Page {
        fn message(&self, error: &FieldError) -> String {
            let id = error.problem.message_id();
            let mut text = self
                .messages
                .iter()
                .find(|(m, _)| m == id)
                .map_or_else(|| id.to_string(), |(_, t)| t.clone());
            for (name, value) in error.problem.args() {
                text = text.replace(&format!("{{{name}}}"), &value);
            }
            text
        }

        /// Shows the questions the answers call for and, when `check` is set or the field
        /// already shows a message, the message for the field named `name`.
        pub fn refresh(&self, root: &Element, name: Option<String>, check: bool) {
            let (Some(today), Some(pairs)) = (self.today, pairs(root)) else {
                return;
            };
            let Ok(typed) = flow::read_step_form(&self.journey, self.step, &pairs) else {
                return;
            };
            let mut answers = self.answers.clone();
            for field in &self.journey.steps[self.step].fields {
                answers.0.remove(&field.id);
            }
            answers.0.extend(typed.0);
            let shown: Vec<String> = flow::shown_fields(&self.journey, self.step, &answers, today)
                .into_iter()
                .map(|f| f.id.clone())
                .collect();
            for field in &self.journey.steps[self.step].fields {
                if let Ok(Some(question)) =
                    root.query_selector(&format!("[data-question=\"{}\"]", field.id))
                {
                    let _ =
                        question.toggle_attribute_with_force("hidden", !shown.contains(&field.id));
                }
            }
            if let Ok(notes) = root.query_selector_all(".field-conditional") {
                for i in 0..notes.length() {
                    if let Some(note) = notes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                        let _ = note.toggle_attribute_with_force("hidden", true);
                    }
                }
            }
            let Some(name) = name else { return };
            let Ok(Some(slot)) = root.query_selector(&format!("[id=\"a.{name}-error\"]")) else {
                return;
            };
            let showing = !slot.has_attribute("hidden");
            if !check && !showing {
                return;
            }
            let errors = flow::validate_step(&self.journey, self.step, &answers, today);
            // An empty field is not scolded while the person moves through the form.
            let empty = pairs
                .iter()
                .all(|(k, v)| k != &format!("a.{name}") || v.trim().is_empty());
            let error = errors
                .iter()
                .find(|e| e.name == name || e.name.starts_with(&format!("{name}.")))
                .filter(|e| showing || !empty || e.problem != crate::journey::Problem::Required);
            let input = root
                .query_selector(&format!("[id=\"a.{name}\"]"))
                .ok()
                .flatten();
            match error {
                Some(error) => {
                    slot.set_text_content(Some(&self.message(error)));
                    let _ = slot.remove_attribute("hidden");
                    if let Some(input) = &input {
                        let _ = input.set_attribute("aria-invalid", "true");
                    }
                }
                None => {
                    slot.set_text_content(None);
                    let _ = slot.set_attribute("hidden", "");
                    if let Some(input) = &input {
                        let _ = input.remove_attribute("aria-invalid");
                    }
                }
            }
        }
    }
}
