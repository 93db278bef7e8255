//! Calls into optional browser APIs (the clipboard, the share sheet) and a status line that
//! says how their promise ended. Browser-only glue, used by the Embed panels and Share buttons.

use wasm_bindgen::prelude::*;

/// The callbacks of the last promise a status line waits on, kept until the next one or the
/// cleanup.
pub type Pending = std::rc::Rc<std::cell::RefCell<Option<[Closure<dyn FnMut(JsValue)>; 2]>>>;

fn get(o: &JsValue, k: &str) -> JsValue {
    js_sys::Reflect::get(o, &k.into()).unwrap_or(JsValue::UNDEFINED)
}

/// `navigator[object][method](arg)` (or `navigator[method](arg)` without `object`), when the
/// browser has it and it returns a promise.
pub fn navigator_call(
    object: Option<&str>,
    method: &str,
    arg: &JsValue,
) -> Option<js_sys::Promise> {
    let mut target = get(&gloo::utils::window(), "navigator");
    if let Some(object) = object {
        target = get(&target, object);
    }
    get(&target, method)
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call1(&target, arg)
        .ok()?
        .dyn_into()
        .ok()
}

/// Shows `done` or `failed` in `status` as the promise settles; `failed` at once without one.
pub fn say_when(
    promise: Option<js_sys::Promise>,
    status: web_sys::Element,
    done: String,
    failed: String,
    pending: &Pending,
) {
    status.set_text_content(Some(""));
    let Some(promise) = promise else {
        status.set_text_content(Some(&failed));
        return;
    };
    let said = move |text: String| {
        let status = status.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_| status.set_text_content(Some(&text)))
    };
    let callbacks = [said(done), said(failed)];
    let _ = promise.then2(&callbacks[0], &callbacks[1]);
    pending.replace(Some(callbacks));
}
