use super::embed_preview::{measured, refresh};
use crate::browser_promise::{navigator_call, say_when, Pending};
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// The "Embed" disclosures (`components::embed_code`), for the root: one set of delegated
/// listeners on the document, released on cleanup.
#[hook]
pub fn use_embed_panels() {
    use_effect_with((), |_| {
        let panels = EmbedPanels::start();
        move || drop(panels)
    });
}

/// The listeners: opening one, or changing its choice, shows the choice in a 600 px preview
/// whose measured height the code is then written with (from the page's own address); its
/// button copies the code; Escape closes it and returns focus to its summary.
struct EmbedPanels {
    _listeners: [EventListener; 5],
}

impl EmbedPanels {
    fn start() -> Self {
        let document = gloo::utils::document();
        let capture = gloo::events::EventListenerOptions::run_in_capture_phase();
        let on_toggle = EventListener::new_with_options(&document, "toggle", capture, |event| {
            if let Some(panel) = target_in(event, "details.embed-code[open]") {
                add_help(&panel);
                refresh(&panel);
            }
        });
        let on_change = EventListener::new(&document, "change", |event| {
            if let Some(panel) = target_in(event, "details.embed-code[open]") {
                refresh(&panel);
            }
        });
        let on_message = EventListener::new(&gloo::utils::window(), "message", |event| {
            if let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() {
                if let Some(source) = event.source() {
                    measured(&source, &event.data());
                }
            }
        });
        let pending = Pending::default();
        let on_click = EventListener::new(&document, "click", move |event| {
            let Some(panel) = target_in(event, ".embed-copy")
                .and_then(|b| b.closest(".embed-code").ok().flatten())
            else {
                return;
            };
            if let (Some(area), Ok(Some(status))) =
                (text_area(&panel), panel.query_selector(".embed-status"))
            {
                area.select();
                copy(area.value(), status, &pending);
            }
        });
        let on_key = EventListener::new(&document, "keydown", |event| {
            let escape = event
                .dyn_ref::<KeyboardEvent>()
                .is_some_and(|e| e.key() == "Escape");
            if let (true, Some(panel)) = (escape, target_in(event, "details.embed-code[open]")) {
                let _ = panel.remove_attribute("open");
                if let Ok(Some(summary)) = panel.query_selector("summary") {
                    if let Some(summary) = summary.dyn_ref::<web_sys::HtmlElement>() {
                        let _ = summary.focus();
                    }
                }
            }
        });
        EmbedPanels {
            _listeners: [on_toggle, on_change, on_message, on_click, on_key],
        }
    }
}

/// The element matching `selector` at or around the event's target.
fn target_in(event: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// Copies the page's one list of options and messages (`<template id="embed-help">`) into a
/// panel, once.
fn add_help(panel: &web_sys::Element) {
    let document = gloo::utils::document();
    let template = document
        .get_element_by_id("embed-help")
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok());
    let slot = panel.query_selector(".embed-panel").ok().flatten();
    if let (Some(template), Some(slot), Ok(None)) =
        (template, slot, panel.query_selector(".embed-help"))
    {
        if let Ok(copy) = document.import_node_with_deep(&template.content(), true) {
            let _ = slot.append_child(&copy);
        }
    }
}

fn text_area(panel: &web_sys::Element) -> Option<web_sys::HtmlTextAreaElement> {
    panel.query_selector("textarea").ok()??.dyn_into().ok()
}

/// Copies with the asynchronous clipboard; where it is refused (permissions, an old browser)
/// the code stays selected for Ctrl+C / ⌘C, and the status says so.
fn copy(text: String, status: web_sys::Element, pending: &Pending) {
    let write = navigator_call(Some("clipboard"), "writeText", &text.into());
    let refused = "Selected: press Ctrl+C (⌘C) to copy.";
    say_when(write, status, "Copied.".into(), refused.into(), pending);
}
