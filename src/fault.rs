//! When the app fails: a panic shows the page's notice (the prerendered article, charts and
//! tables stay readable) and is logged once, instead of leaving a frozen page. In the release
//! build (`./run`: `-Cpanic=immediate-abort`) a panic is a WebAssembly trap that never reaches
//! this hook: `assets/boot.js` shows the notice and logs the trap instead.

use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::prelude::*;

static LOGGED: AtomicBool = AtomicBool::new(false);

/// Shows `#app-notice`, the notice that the interactive parts are unavailable.
pub fn show_notice() {
    if let Some(notice) = gloo::utils::document().get_element_by_id("app-notice") {
        let _ = notice.remove_attribute("hidden");
    }
}

/// Logs the panic once to the console, then shows the notice.
fn report(info: &std::panic::PanicHookInfo<'_>) {
    if !LOGGED.swap(true, Ordering::SeqCst) {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "The explainer stopped: {info}"
        )));
    }
    show_notice();
}

/// Replaces yew's panic hook with `report` (the Yew app).
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(report));
}

/// The same for the chart module, which has no Yew.
pub fn install_std_panic_hook() {
    std::panic::set_hook(Box::new(report));
}

/// Fault injection for the browser tests (`simulatePanic` of either module's glue; the app's
/// as `window.wasmBindings.simulatePanic()`): panics, so that a test can check the notice,
/// which parts it says are out, and the single log line. It changes nothing else.
#[wasm_bindgen(js_name = simulatePanic)]
pub fn simulate_panic() {
    panic!("simulated panic (fault-injection test)");
}
