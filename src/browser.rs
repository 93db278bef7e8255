//! Small browser actions used by callbacks: saving a file, scrolling to an element.
//! Only called from event handlers and effects, never during a render.

use wasm_bindgen::{JsCast, JsValue};

/// Saves `text` as a file called `name` (a download made in the browser).
pub fn save_text(name: &str, mime: &str, text: &str) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    click_link(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Downloads `url` as `name` through a temporary link.
pub fn click_link(name: &str, url: &str) {
    let document = gloo::utils::document();
    let Ok(a) = document
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    else {
        return;
    };
    a.set_href(url);
    a.set_download(name);
    a.click();
}

/// Before a figure's tap moves the page to its chart point: the current history entry keeps
/// the reading position and the mention (`{bishkekReturn, mention}`), and a new entry is
/// pushed at the same address, so Back returns to the sentence (`return_to`).
pub fn remember_reading(mention_id: &str) {
    let window = gloo::utils::window();
    let Ok(history) = window.history() else {
        return;
    };
    let state = js_sys::Object::new();
    let y = window.scroll_y().unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&state, &"bishkekReturn".into(), &JsValue::from_f64(y));
    let _ = js_sys::Reflect::set(&state, &"mention".into(), &JsValue::from_str(mention_id));
    let _ = history.replace_state(&state, "");
    let pushed = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &pushed,
        &"bishkekFigure".into(),
        &JsValue::from_str(mention_id),
    );
    let _ = history.push_state(&pushed, "");
}

/// Back to an entry `remember_reading` wrote: focus on the mention and the reading position
/// as it was. Other entries are left alone.
pub fn return_to(state: &JsValue) {
    let y = js_sys::Reflect::get(state, &"bishkekReturn".into())
        .ok()
        .and_then(|v| v.as_f64());
    let mention = js_sys::Reflect::get(state, &"mention".into())
        .ok()
        .and_then(|v| v.as_string());
    let (Some(y), Some(mention)) = (y, mention) else {
        return;
    };
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(&mention)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
    gloo::utils::window().scroll_to_with_x_and_y(0.0, y);
}

/// Reveals the element `id` now and, if the page has not loaded yet, again when it has:
/// until then the browser keeps the address's `#fragment` in view (a permalink's
/// `#agreements`) and may put it back over this scroll. Dropping the handle cancels the second.
pub fn reveal_until_loaded(id: String) -> Option<gloo::events::EventListener> {
    reveal_id(&id);
    let loading = gloo::utils::document().ready_state() != "complete";
    loading.then(|| {
        gloo::events::EventListener::once(&gloo::utils::window(), "load", move |_| reveal_id(&id))
    })
}

/// Scrolls the element with this id to the middle of the view and moves focus to it.
pub fn reveal_id(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Tells the start-up script, benchmarks and tests that the app has started, every slice of it
/// (`pages::ArticlePage`: the page, each chart panel, the explorer, the panels' tools):
/// `<html data-app="ready">`.
pub fn mark_interactive() {
    let _ = gloo::utils::document_element().set_attribute("data-app", "ready");
}

/// Sends `detail` as a `CustomEvent` named `name` on the document (the chart module's and
/// the app's messages, `logic::chart_bus`).
pub fn emit(name: &str, detail: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&JsValue::from_str(detail));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = gloo::utils::document().dispatch_event(&event);
    }
}

/// The text in a `CustomEvent`'s detail.
pub fn detail(event: &web_sys::Event) -> Option<String> {
    event
        .dyn_ref::<web_sys::CustomEvent>()?
        .detail()
        .as_string()
}

/// Sends a command to the chart module (`logic::chart_bus`).
pub fn tell_charts(command: &crate::logic::chart_bus::Command) {
    emit(crate::logic::chart_bus::COMMAND, &command.to_string());
}
