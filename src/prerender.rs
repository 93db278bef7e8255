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

/// Removes the `integrity` attribute from `<link rel="preload" as="fetch">` tags (Trunk adds
/// it to the wasm preload). Chromium ignores integrity on fetch preloads and warns about it
/// in the console; the hash stays on the module script and the stylesheet.
pub fn drop_ignored_preload_integrity(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find("<link ") {
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..end];
        out.push_str(&rest[..start]);
        if tag.contains(r#"rel="preload""#) && tag.contains(r#"as="fetch""#) {
            out.push_str(&strip_attribute(tag, "integrity"));
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn strip_attribute(tag: &str, name: &str) -> String {
    let key = format!(r#" {name}=""#);
    match tag.find(&key) {
        Some(at) => {
            let value_start = at + key.len();
            let close = tag[value_start..]
                .find('"')
                .map_or(tag.len(), |e| value_start + e + 1);
            format!("{}{}", &tag[..at], &tag[close..])
        }
        None => tag.to_string(),
    }
}
