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

/// The callbacks of the last share's promise, kept until the next share or the cleanup.
type Pending = std::rc::Rc<std::cell::RefCell<Option<[Closure<dyn FnMut(JsValue)>; 2]>>>;

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
    let status = button
        .parent_element()
        .and_then(|p| p.query_selector(".share-status").ok().flatten());
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).ok();
    let navigator = get(&gloo::utils::window(), "navigator").unwrap_or(JsValue::UNDEFINED);
    let call = |object: &JsValue, method: &str, arg: &JsValue| {
        get(object, method)?
            .dyn_into::<js_sys::Function>()
            .ok()?
            .call1(object, arg)
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.clone().into());
    let title = gloo::utils::document().title();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    // The share sheet where there is one; otherwise the clipboard.
    let (promise, done) = match call(&navigator, "share", &data) {
        Some(p) => (Some(p), ""),
        None => {
            let clipboard = get(&navigator, "clipboard").unwrap_or(JsValue::UNDEFINED);
            (
                call(&clipboard, "writeText", &url.clone().into()),
                "Link copied.",
            )
        }
    };
    let Some(status) = status else { return };
    status.set_text_content(Some(""));
    match promise {
        Some(promise) => {
            let said = move |text: String| {
                let status = status.clone();
                Closure::<dyn FnMut(JsValue)>::new(move |_| status.set_text_content(Some(&text)))
            };
            let callbacks = [said(done.into()), said(format!("Copy this link: {url}"))];
            let _ = promise.then2(&callbacks[0], &callbacks[1]);
            pending.replace(Some(callbacks));
        }
        None => status.set_text_content(Some(&format!("Copy this link: {url}"))),
    }
}
