//! Browser entry of the chart module: the live charts and the "what would it take" controls,
//! without Yew (`src/live`), loaded before the Yew app.

#[cfg(target_arch = "wasm32")]
fn main() {
    bishkek_explainer::fault::install_std_panic_hook();
    bishkek_explainer::live::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the chart module's WebAssembly entry point; build it with `trunk build` (see README).");
}
