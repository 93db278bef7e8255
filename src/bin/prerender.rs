//! Trunk post-build hook: renders the app on the server and writes the markup into
//! `$TRUNK_STAGING_DIR/index.html`, so the page reads in full before any WebAssembly runs;
//! adds the link-preview tags to its head and writes the files they name (the share images
//! and the charts' data as CSV: `bishkek_explainer::share`), with absolute addresses when
//! `PUBLIC_URL` is set. Usage: `prerender [DIR]` (default: `$TRUNK_STAGING_DIR`).

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    use bishkek_explainer::prerender::{render_app, splice, splice_head};
    use bishkek_explainer::share;
    use std::path::PathBuf;

    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .unwrap_or_else(|| fail("no directory: pass one or set TRUNK_STAGING_DIR"));
    let site = share::Site::from_env().unwrap_or_else(|e| fail(&e));
    let path = dir.join("index.html");
    let page = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    let markup = render_app().await;
    let page = splice(&page, &markup)
        .and_then(|page| splice_head(&page, &share::head(&site)))
        .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    std::fs::write(&path, page).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    println!(
        "prerender: wrote {} bytes of markup into {}",
        markup.len(),
        path.display()
    );
    let files = share::files().unwrap_or_else(|e| fail(&e));
    for (name, bytes) in &files {
        let file = dir.join(name);
        std::fs::write(&file, bytes).unwrap_or_else(|e| fail(&format!("{}: {e}", file.display())));
    }
    println!(
        "prerender: link previews for {}: head tags, {}",
        site.base().unwrap_or("relative addresses (no PUBLIC_URL)"),
        files
            .iter()
            .map(|(name, bytes)| format!("{name} ({} B)", bytes.len()))
            .collect::<Vec<_>>()
            .join(", ")
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn fail(msg: &str) -> ! {
    eprintln!("prerender: {msg}");
    std::process::exit(1)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
