//! Server rendering of the app into the page Trunk built (native only).

use crate::App;

/// The element the app mounts on, as `index.html` writes it.
pub const ROOT_EMPTY: &str = r#"<div id="app"></div>"#;

/// The app's first render as hydratable HTML.
pub async fn render_app() -> String {
    yew::ServerRenderer::<App>::new()
        .hydratable(true)
        .render()
        .await
}

/// Puts the rendered markup into the page's empty root; fails if the page has no empty root
/// (for example when it was prerendered already).
pub fn splice(page: &str, markup: &str) -> Result<String, String> {
    match page.matches(ROOT_EMPTY).count() {
        1 => Ok(page.replacen(ROOT_EMPTY, &format!(r#"<div id="app">{markup}</div>"#), 1)),
        n => Err(format!(
            "expected one `{ROOT_EMPTY}` in the page, found {n}"
        )),
    }
}
