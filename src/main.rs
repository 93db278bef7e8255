//! Browser entry: hydrate the prerendered page, or render into an empty root.

#[cfg(target_arch = "wasm32")]
fn main() {
    use bishkek_explainer::App;
    bishkek_explainer::fault::install_panic_hook();
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        return;
    };
    let renderer = yew::Renderer::<App>::with_root(root.clone());
    if root.has_child_nodes() {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}

/// Fault injection for the browser tests (`window.wasmBindings.simulatePanic()`): panics, so
/// that the test can check the notice and the single log line. It changes nothing else. In
/// the app's binary only, not in the library the chart module links too.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = simulatePanic)]
pub fn simulate_panic() {
    panic!("simulated panic (fault-injection test)");
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the WebAssembly entry point; build it with `trunk build` (see README).");
}
