//! Server rendering of the app into the page Trunk built (native only).

use crate::App;

/// The element the app mounts on, as `index.html` writes it (and as Trunk's minifier
/// rewrites it, without quotes).
pub const ROOTS_EMPTY: [&str; 2] = [r#"<div id="app"></div>"#, "<div id=app></div>"];

/// The app's first render as hydratable HTML.
pub async fn render_app() -> String {
    yew::ServerRenderer::<App>::new()
        .hydratable(true)
        .render()
        .await
}

/// Puts the rendered markup into the page's empty root; fails unless the page has exactly
/// one empty root (for example when it was prerendered already).
pub fn splice(page: &str, markup: &str) -> Result<String, String> {
    let found: Vec<&str> = ROOTS_EMPTY
        .iter()
        .copied()
        .filter(|root| page.contains(root))
        .collect();
    match (
        found.as_slice(),
        found.first().map(|r| page.matches(r).count()),
    ) {
        ([root], Some(1)) => {
            Ok(page.replacen(root, &format!(r#"<div id="app">{markup}</div>"#), 1))
        }
        _ => Err(format!(
            "expected one empty `<div id=\"app\"></div>` in the page, found {}",
            ROOTS_EMPTY
                .iter()
                .map(|r| page.matches(r).count())
                .sum::<usize>()
        )),
    }
}
