//! Browser entry of the chart module: the live charts and the "what would it take" controls,
//! without Yew (`src/live`), loaded before the Yew app.

#[cfg(target_arch = "wasm32")]
fn main() {
    bishkek_explainer::fault::install_std_panic_hook();
    bishkek_explainer::live::start();
}

/// Fault injection for the browser tests (`simulatePanic` of the module's glue): panics, so that
/// a test can check the notice says the charts are out too. It changes nothing else.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = simulatePanic)]
pub fn simulate_panic() {
    panic!("simulated panic (fault-injection test)");
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the chart module's WebAssembly entry point; build it with `trunk build` (see README).");
}
