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
