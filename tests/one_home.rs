//! Facts that other languages copy from the Rust source: each copy is checked against its
//! one home, so that a change in one place that misses another fails here.

use bishkek_explainer::components::EXPLAINER_NAME;
use bishkek_explainer::logic::embed::{EmbedView, SANDBOX};
use bishkek_explainer::logic::embed_choice::Only;

/// The keys of a JavaScript object literal assigned to `var NAME = { … };`: bare names or
/// single-quoted strings, each followed by a colon.
fn js_object_keys(js: &str, name: &str) -> Vec<String> {
    let start = js
        .find(&format!("var {name} = {{"))
        .unwrap_or_else(|| panic!("boot.js has `var {name}`"));
    let body = &js[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find('}').unwrap()];
    let mut keys = Vec::new();
    let mut rest = body.trim_start();
    while !rest.is_empty() {
        let (key, after) = match rest.strip_prefix('\'') {
            Some(quoted) => {
                let end = quoted.find('\'').unwrap();
                (&quoted[..end], &quoted[end + 1..])
            }
            None => {
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                (&rest[..end], &rest[end..])
            }
        };
        let after = after.trim_start();
        let value_and_more = after.strip_prefix(':').expect("a key and its value");
        // The value runs to the next comma outside quotes.
        let mut quoted = false;
        let end = value_and_more
            .char_indices()
            .find(|&(_, c)| {
                if c == '\'' {
                    quoted = !quoted;
                }
                c == ',' && !quoted
            })
            .map_or(value_and_more.len(), |(i, _)| i + 1);
        keys.push(key.to_string());
        rest = value_and_more[end..].trim_start();
    }
    keys
}

#[test]
fn the_start_up_script_knows_every_embed_view_and_chart_only_form() {
    let boot = include_str!("../assets/boot.js");
    let views: Vec<String> = EmbedView::ALL.iter().map(|v| v.key().to_string()).collect();
    assert_eq!(js_object_keys(boot, "VIEWS"), views);
    let only = js_object_keys(boot, "ONLY");
    for form in Only::ALL.iter().filter_map(|o| o.value()) {
        assert!(
            only.contains(&form.to_string()),
            "boot.js reads only={form}"
        );
    }
    for attribute in Only::ALL.iter().filter_map(|o| o.attribute()) {
        assert!(
            boot.contains(&format!("'{attribute}'")),
            "boot.js writes data-only=\"{attribute}\""
        );
    }
}

#[test]
fn the_sandbox_is_written_the_same_in_the_readme_and_the_browser_tests() {
    assert!(include_str!("../README.md").contains(&format!("sandbox=\"{SANDBOX}\"")));
    assert!(
        include_str!("browser/embed.test.mjs").contains(&format!("const SANDBOX = '{SANDBOX}';"))
    );
}

#[test]
fn the_installed_app_has_the_explainer_s_name() {
    let manifest: serde_json::Value =
        serde_json::from_str(include_str!("../assets/manifest.webmanifest")).unwrap();
    assert_eq!(manifest["name"], EXPLAINER_NAME);
}
