use yew::prelude::*;

/// "Share": the Web Share API where the browser has it, else the current view's address (its
/// URL state, and `target`, a `#id` in the page) copied to the clipboard. Static markup, driven
/// by one delegated listener (`hooks::use_share_links`): each component type costs kilobytes
/// of wasm.
pub fn share_link(target: &str, what: &str) -> Html {
    Html::from_html_unchecked(AttrValue::from(format!(
        "<p class=\"share\"><button type=\"button\" class=\"share-link\" data-share=\"{target}\">Share<span class=\"visually-hidden\"> {what}</span></button><span class=\"share-status\" role=\"status\"></span></p>"
    )))
}
