use crate::browser_promise::{navigator_call, say_when, Pending};
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// The "Share" buttons (`components::share_link`): one delegated click listener on the
/// document, released on cleanup.
#[hook]
pub fn use_share_links() {
    use_effect_with((), |_| {
        let pending = Pending::default();
        let listener = EventListener::new(&gloo::utils::document(), "click", move |event| {
            let button = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest(".share-link").ok().flatten());
            if let Some(button) = button {
                share(&button, &pending);
            }
        });
        move || drop(listener)
    });
}

/// The address of the view: the page with its current query (the view's state), and the
/// button's target as the hash.
fn address(button: &web_sys::Element) -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        button.get_attribute("data-share").unwrap_or_default()
    )
}

fn share(button: &web_sys::Element, pending: &Pending) {
    let url = address(button);
    let Some(status) = button
        .parent_element()
        .and_then(|p| p.query_selector(".share-status").ok().flatten())
    else {
        return;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.clone().into());
    let _ = js_sys::Reflect::set(
        &data,
        &"title".into(),
        &gloo::utils::document().title().into(),
    );
    // The share sheet where there is one; otherwise the clipboard.
    let (promise, done) = match navigator_call(None, "share", &data) {
        Some(p) => (Some(p), ""),
        None => (
            navigator_call(Some("clipboard"), "writeText", &url.clone().into()),
            "Link copied.",
        ),
    };
    say_when(
        promise,
        status,
        done.into(),
        format!("Copy this link: {url}"),
        pending,
    );
}
