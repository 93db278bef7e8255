//! The Embed panel's live preview: the chosen embed in a 600 px wide frame, whose own resize
//! message gives the height the snippet is written with (measured, never guessed).

use crate::logic::embed::{EmbedView, Theme, NAME};
use crate::logic::embed_choice::{embed_url, snippet, Choice, Only};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlIFrameElement, HtmlTextAreaElement};

/// The width the preview is measured at, in CSS pixels.
pub const PREVIEW_WIDTH: u32 = 600;

/// The view and the choice its radios show.
fn read(panel: &Element) -> Option<(EmbedView, Choice)> {
    let key = panel.get_attribute("data-view")?;
    let view = EmbedView::ALL.into_iter().find(|v| v.key() == key)?;
    let checked = |what: &str| {
        panel
            .query_selector(&format!("input[name=\"embed-{key}-{what}\"]:checked"))
            .ok()
            .flatten()
            .and_then(|i| i.get_attribute("value"))
    };
    let first = Choice::first(view);
    let only = checked("only")
        .and_then(|v| Only::parse(&v))
        .unwrap_or(first.only);
    let theme = checked("theme")
        .and_then(|v| Theme::parse(&v))
        .unwrap_or_default();
    Some((view, Choice { only, theme }))
}

/// The page's own address, without query or hash.
pub fn page_address() -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

fn frame(panel: &Element) -> Option<HtmlIFrameElement> {
    panel
        .query_selector(".embed-preview iframe")
        .ok()??
        .dyn_into()
        .ok()
}

fn text_area(panel: &Element) -> Option<HtmlTextAreaElement> {
    panel.query_selector("textarea").ok()??.dyn_into().ok()
}

fn status(panel: &Element, text: &str) {
    if let Ok(Some(s)) = panel.query_selector(".embed-status") {
        s.set_text_content(Some(text));
    }
}

/// Shows the panel's current choice in its preview (a new frame when the choice changed) and
/// clears the code until the frame reports its height.
pub fn refresh(panel: &Element) {
    let Some((view, choice)) = read(panel) else {
        return;
    };
    let src = embed_url(&page_address(), view, choice);
    if let Some(f) = frame(panel) {
        if f.get_attribute("src").as_deref() == Some(src.as_str()) {
            return;
        }
        f.remove();
    }
    let document = gloo::utils::document();
    let (Ok(Some(slot)), Ok(f)) = (
        panel.query_selector(".embed-preview"),
        document.create_element("iframe"),
    ) else {
        return;
    };
    let title = panel.get_attribute("data-title").unwrap_or_default();
    let _ = f.set_attribute("title", &format!("Preview: {title}"));
    let _ = f.set_attribute("width", &PREVIEW_WIDTH.to_string());
    let _ = f.set_attribute("height", &view.initial_height().to_string());
    let _ = f.set_attribute("src", &src);
    let _ = slot.append_child(&f);
    if let Some(area) = text_area(panel) {
        area.set_value("");
    }
    let _ = panel.remove_attribute("data-measured");
    status(panel, "Measuring the height at 600 px…");
}

/// A resize message from a preview frame: sets the frame's height and writes the snippet with
/// it. `source` is the message's window; `data` the message.
pub fn measured(source: &js_sys::Object, data: &wasm_bindgen::JsValue) {
    let get = |k: &str| js_sys::Reflect::get(data, &k.into()).ok();
    let resize = get("type").and_then(|t| t.as_string()) == Some(format!("{NAME}:resize"));
    let Some(height) = get("height").and_then(|h| h.as_f64()).filter(|_| resize) else {
        return;
    };
    if !(80.0..=20000.0).contains(&height) {
        return;
    }
    let height = height.ceil() as u32;
    let Ok(panels) = gloo::utils::document().query_selector_all("details.embed-code[open]") else {
        return;
    };
    for i in 0..panels.length() {
        let Some(panel) = panels.item(i).and_then(|p| p.dyn_into::<Element>().ok()) else {
            continue;
        };
        let Some(f) = frame(&panel) else { continue };
        let from_it = f
            .content_window()
            .is_some_and(|w| js_sys::Object::is(&w, source));
        if !from_it {
            continue;
        }
        let _ = f.set_attribute("height", &height.to_string());
        if let (Some((view, choice)), Some(area)) = (read(&panel), text_area(&panel)) {
            let title = panel.get_attribute("data-title").unwrap_or_default();
            area.set_value(&snippet(
                &page_address(),
                view,
                choice,
                &format!("{title} ({})", crate::components::EXPLAINER_SHORT),
                height,
            ));
            let _ = panel.set_attribute("data-measured", &height.to_string());
            status(&panel, "");
        }
    }
}
