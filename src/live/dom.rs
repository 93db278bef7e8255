//! The few DOM calls the chart module makes, each failing quietly (a missing element leaves
//! the prerendered page as it is).

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

pub fn document() -> Document {
    gloo::utils::document()
}

/// The element with this id, as the type asked for.
pub fn by_id<T: JsCast>(id: &str) -> Option<T> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// The first element matching `selector` under `root` (the document when `None`).
pub fn find<T: JsCast>(root: Option<&Element>, selector: &str) -> Option<T> {
    let found = match root {
        Some(root) => root.query_selector(selector),
        None => document().query_selector(selector),
    };
    found.ok().flatten()?.dyn_into().ok()
}

/// A new element with a class and, if any, its text.
pub fn element(tag: &str, class: &str, text: Option<&str>) -> Option<HtmlElement> {
    let el: HtmlElement = document().create_element(tag).ok()?.dyn_into().ok()?;
    el.set_class_name(class);
    if let Some(text) = text {
        el.set_text_content(Some(text));
    }
    Some(el)
}

/// Sets an attribute, or removes it for `None`.
pub fn set_attr(el: &Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// Sets the text of the element matching `selector`, if it is there and differs.
pub fn set_text(selector: &str, text: &str) {
    if let Some(el) = find::<Element>(None, selector) {
        if el.text_content().as_deref() != Some(text) {
            el.set_text_content(Some(text));
        }
    }
}

pub use crate::browser::{detail, emit};

/// Whether the page is dark: `<html data-theme>` (the URL's or the embedding page's
/// choice) when set, else the reader's system setting.
pub fn is_dark() -> bool {
    let root = document().document_element();
    match root.and_then(|r| r.get_attribute("data-theme")).as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => gloo::utils::window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|q| q.matches()),
    }
}
