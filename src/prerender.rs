//! Server rendering of the app into the page Trunk built (native only).

use crate::App;

/// The element the app mounts on, as `index.html` writes it (and as Trunk's minifier
/// rewrites it, without quotes).
pub const ROOTS_EMPTY: [&str; 2] = [r#"<div id="app"></div>"#, "<div id=app></div>"];

/// The app's first render as hydratable HTML.
pub async fn render_app() -> String {
    use crate::components::static_parts::{prepare, IN_PANELS, PAGE};
    // Each part's own parts first: the panels' notes and controls, then the panels and the
    // explorer (Yew apps of their own), then the page's parts that hold them.
    prepare(&IN_PANELS).await;
    crate::components::chart::panel_roots::prepare().await;
    crate::components::explorer::explorer_root::prepare().await;
    prepare(&PAGE).await;
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

/// The page's `</title>`, after which the link-preview tags go (early in the head, before the
/// inlined stylesheet, where every crawler reads them).
pub const TITLE_END: &str = "</title>";

/// Puts the link-preview tags (`share::head`) into the page's head, after its title; fails
/// unless the page has exactly one title and no Open Graph tags yet (for example when it was
/// prerendered already).
pub fn splice_head(page: &str, tags: &str) -> Result<String, String> {
    let titles = page.matches(TITLE_END).count();
    if titles != 1 {
        return Err(format!(
            "expected one `{TITLE_END}` in the page, found {titles}"
        ));
    }
    if page.contains("og:title") {
        return Err("the page has Open Graph tags already".into());
    }
    Ok(page.replacen(TITLE_END, &format!("{TITLE_END}{tags}"), 1))
}
