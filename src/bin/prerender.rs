//! Trunk post-build hook: renders the app on the server and writes the markup into
//! `$TRUNK_STAGING_DIR/index.html`, so the page reads in full before any WebAssembly runs.
//! Usage: `prerender [DIR]` (default: `$TRUNK_STAGING_DIR`).

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    use bishkek_explainer::prerender::{render_app, splice};
    use std::path::PathBuf;

    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .unwrap_or_else(|| fail("no directory: pass one or set TRUNK_STAGING_DIR"));
    let path = dir.join("index.html");
    let page = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    let markup = render_app().await;
    let page = splice(&page, &markup).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    std::fs::write(&path, page).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    println!(
        "prerender: wrote {} bytes of markup into {}",
        markup.len(),
        path.display()
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn fail(msg: &str) -> ! {
    eprintln!("prerender: {msg}");
    std::process::exit(1)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
