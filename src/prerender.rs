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

/// The value of attribute `name` in an HTML start tag, quoted or not.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<(usize, usize, &'a str)> {
    let key = format!(" {name}=");
    let at = tag.find(&key)?;
    let start = at + key.len();
    let rest = &tag[start..];
    let (value, len) = if let Some(quoted) = rest.strip_prefix('"') {
        let end = quoted.find('"')?;
        (&quoted[..end], end + 2)
    } else {
        let end = rest.find([' ', '>']).unwrap_or(rest.len());
        let end = if rest[..end].ends_with('/') {
            end - 1
        } else {
            end
        };
        (&rest[..end], end)
    };
    Some((at, start + len, value))
}

/// Removes the `integrity` attribute from `<link rel=preload as=fetch>` tags (Trunk adds
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
        let is = |name, value| attribute(tag, name).is_some_and(|(_, _, v)| v == value);
        match attribute(tag, "integrity") {
            Some((from, to, _)) if is("rel", "preload") && is("as", "fetch") => {
                out.push_str(&tag[..from]);
                out.push_str(&tag[to..]);
            }
            _ => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
