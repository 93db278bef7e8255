//! Browser entry: hydrate the prerendered page, or render into an empty root.

#[cfg(target_arch = "wasm32")]
fn main() {
    use bishkek_explainer::App;
    bishkek_explainer::fault::install_panic_hook();
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        return;
    };
    // In a task after the one that starts the WebAssembly, so that the two are not one long
    // task (issue 17).
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
        let renderer = yew::Renderer::<App>::with_root(root.clone());
        if root.has_child_nodes() {
            renderer.hydrate();
        } else {
            renderer.render();
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the WebAssembly entry point; build it with `trunk build` (see README).");
}
