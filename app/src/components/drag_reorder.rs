//! With JavaScript, the draft's steps, and the questions within a step, can be dragged to a new
//! place: dropped on another item of the same list, the item's own "move up" (or "move down")
//! form is posted with how many places (`places`), so the server makes the same move the
//! buttons make, that many times, and the page comes back in the new order. Without JavaScript
//! (and from the keyboard) the buttons move one place per press, as before. Items say they take
//! part with `data-move`; their forms say which way they go with `data-dir`.

use leptos::prelude::*;

#[island(lazy)]
pub fn DragReorder(children: Children) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        if let Some(root) = root.get() {
            enhance(&root);
        }
    });
    view! { <div node_ref=root class="drag-reorder">{children()}</div> }
}

#[cfg(feature = "hydrate")]
fn enhance(root: &web_sys::Element) {
    use std::{cell::RefCell, rc::Rc};
    use wasm_bindgen::{closure::Closure, JsCast};

    let Ok(items) = root.query_selector_all("[data-move]") else {
        return;
    };
    for i in 0..items.length() {
        if let Some(item) = items
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = item.set_attribute("draggable", "true");
        }
    }
    let dragged: Rc<RefCell<Option<web_sys::Element>>> = Rc::default();
    let item_of = |event: &web_sys::Event| -> Option<web_sys::Element> {
        event
            .target()?
            .dyn_into::<web_sys::Element>()
            .ok()?
            .closest("[data-move]")
            .ok()?
    };
    // The item under the pointer, if it is another of the dragged one's own list.
    let sibling = {
        let dragged = dragged.clone();
        move |event: &web_sys::Event| -> Option<web_sys::Element> {
            let over = item_of(event)?;
            let from = dragged.borrow().clone()?;
            (over != from && over.parent_element() == from.parent_element()).then_some(over)
        }
    };
    let listen = |name: &str, handler: Box<dyn Fn(web_sys::Event)>| {
        let closure = Closure::<dyn Fn(web_sys::Event)>::new(handler);
        let _ = root.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
        closure.forget();
    };
    listen("dragstart", {
        let dragged = dragged.clone();
        Box::new(move |event| {
            let item = item_of(&event);
            if let Some(drag) = event.dyn_ref::<web_sys::DragEvent>() {
                if let Some(transfer) = drag.data_transfer() {
                    transfer.set_effect_allowed("move");
                    let _ = transfer.set_data("text/plain", "");
                }
            }
            if let Some(item) = &item {
                let _ = item.class_list().add_1("dragging");
            }
            // Only the innermost item moves (a question, not its step).
            event.stop_propagation();
            *dragged.borrow_mut() = item;
        })
    });
    listen("dragover", {
        let sibling = sibling.clone();
        Box::new(move |event| {
            if let Some(over) = sibling(&event) {
                event.prevent_default();
                let _ = over.class_list().add_1("drop-target");
            }
        })
    });
    listen(
        "dragleave",
        Box::new(move |event| {
            if let Some(item) = item_of(&event) {
                let _ = item.class_list().remove_1("drop-target");
            }
        }),
    );
    listen("dragend", {
        let dragged = dragged.clone();
        Box::new(move |_| {
            if let Some(item) = dragged.borrow_mut().take() {
                let _ = item.class_list().remove_1("dragging");
            }
        })
    });
    listen(
        "drop",
        Box::new(move |event| {
            let Some(target) = sibling(&event) else {
                return;
            };
            event.prevent_default();
            let _ = target.class_list().remove_1("drop-target");
            let Some(from) = dragged.borrow().clone() else {
                return;
            };
            submit_move(&from, &target);
        }),
    );
}

/// Posts the dragged item's own move form with the number of places between it and `target`.
#[cfg(feature = "hydrate")]
fn submit_move(from: &web_sys::Element, target: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Some(list) = from.parent_element() else {
        return;
    };
    let Ok(items) = list.query_selector_all(":scope > [data-move]") else {
        return;
    };
    let position = |wanted: &web_sys::Element| {
        (0..items.length()).find(|&i| {
            items
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|e| &e == wanted)
        })
    };
    let (Some(at), Some(to)) = (position(from), position(target)) else {
        return;
    };
    let dir = if to < at { "up" } else { "down" };
    let selector = format!(":scope > .move-buttons form[data-dir=\"{dir}\"]");
    let Some(form) = from
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok())
    else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(places) = document.create_element("input") {
        let _ = places.set_attribute("type", "hidden");
        let _ = places.set_attribute("name", "places");
        let _ = places.set_attribute("value", &at.abs_diff(to).to_string());
        let _ = form.append_child(&places);
        let _ = form.submit();
    }
}
