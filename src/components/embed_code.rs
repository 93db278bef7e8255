use crate::logic::embed::{escape_html, EmbedView};
use yew::prelude::*;

/// "Embed", for editors: a disclosure with the code that puts this view in their page (an
/// iframe that sizes itself with `embed.js`), a button that copies it, and the options and
/// messages in short (`embed_help`). Static markup (each Yew component type costs kilobytes of wasm): the
/// code is written into the box when the disclosure opens, and copied, by the page's one
/// delegated handlers (`hooks::use_embed_panels`), from the page's own address.
pub fn embed_code(view: EmbedView, title: &str) -> Html {
    let key = view.key();
    let title = escape_html(title);
    let label = match view {
        EmbedView::Explainer => "Embed the whole explainer",
        EmbedView::Agreements => "Embed the explorer",
        _ => "Embed this chart",
    };
    Html::from_html_unchecked(AttrValue::from(format!(
        "<details class=\"embed-code\" data-view=\"{key}\" data-title=\"{title}\"><summary>{label}<span class=\"visually-hidden\">: {title}</span></summary><div class=\"embed-panel\"><label for=\"embed-{key}-code\">Paste this into your page; the frame takes the height of its content.</label><textarea id=\"embed-{key}-code\" readonly rows=\"5\" spellcheck=\"false\"></textarea><p><button type=\"button\" class=\"embed-copy\">Copy code</button><span class=\"embed-status\" role=\"status\"></span></p></div></details>"
    )))
}

/// The options and messages in short, once per page: each panel copies it in as it opens.
pub fn embed_help() -> Html {
    Html::from_html_unchecked(AttrValue::Static(HELP))
}

const HELP: &str = concat!(
    "<template id=\"embed-help\"><ul class=\"embed-help\">",
    "<li>Options, added to the address: <code>theme=light|dark|auto</code>, <code>title=0</code> (no title), ",
    "<code>highlight=</code> a chart point’s key or a document’s id, <code>origin=</code> your site, ",
    "then the only one allowed to send messages.</li>",
    "<li>Your page may send <code>{type: \"bishkek-explainer:set\", theme, highlight}</code>; the frame sends ",
    "<code>bishkek-explainer:resize</code> (also as Pym.js and AMP <code>embed-size</code>) and ",
    "<code>bishkek-explainer:event</code> messages (point.focus, agreement.select, view.change), which ",
    "embed.js re-dispatches on the iframe.</li>",
    "<li>Sandbox: <code>allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads</code>. ",
    "More in the README’s Embedding section.</li></ul></template>"
);
