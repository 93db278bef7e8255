use crate::logic::embed::{escape_html, EmbedView};
use crate::logic::embed_choice::{Choice, Only};
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
    let first = Choice::first(view);
    let shows: String = Only::ALL
        .into_iter()
        .filter(|o| o.offered(view))
        .map(|o| {
            radio(
                &format!("embed-{key}-only"),
                o.value().unwrap_or("panel"),
                o.label(),
                o == first.only,
            )
        })
        .collect();
    let themes: String = [
        ("auto", "Auto (the reader’s)"),
        ("light", "Light"),
        ("dark", "Dark"),
    ]
    .into_iter()
    .map(|(v, l)| radio(&format!("embed-{key}-theme"), v, l, v == "auto"))
    .collect();
    let shows = if Only::Chart.offered(view) {
        format!("<fieldset class=\"embed-choices\"><legend>Show</legend>{shows}</fieldset>")
    } else {
        String::new()
    };
    Html::from_html_unchecked(AttrValue::from(format!(
        "<details class=\"embed-code\" data-view=\"{key}\" data-title=\"{title}\"><summary>{label}<span class=\"visually-hidden\">: {title}</span></summary><div class=\"embed-panel\">{shows}<fieldset class=\"embed-choices\"><legend>Theme</legend>{themes}</fieldset><p class=\"embed-preview-label\">Preview, 600 px wide, as your page will show it:</p><div class=\"embed-preview\"></div><label for=\"embed-{key}-code\">Paste this into your page. Its height is the preview’s, measured at 600 px wide; with embed.js the frame then follows its content at any width.</label><textarea id=\"embed-{key}-code\" readonly rows=\"5\" spellcheck=\"false\"></textarea><p><button type=\"button\" class=\"embed-copy\">Copy code</button><span class=\"embed-status\" role=\"status\"></span></p></div></details>"
    )))
}

fn radio(name: &str, value: &str, label: &str, checked: bool) -> String {
    let checked = if checked { " checked" } else { "" };
    format!("<label class=\"choice\"><input type=\"radio\" name=\"{name}\" value=\"{value}\"{checked}> {label}</label>")
}

/// The options and messages in short, once per page: each panel copies it in as it opens.
pub fn embed_help() -> Html {
    Html::from_html_unchecked(AttrValue::Static(HELP))
}

const HELP: &str = concat!(
    "<template id=\"embed-help\"><ul class=\"embed-help\">",
    "<li>Options, added to the address: <code>only=chart</code> (the chart, its source and credit; <code>only=chart,slider</code> keeps its control), ",
    "<code>theme=light|dark|auto</code>, <code>frame=card</code> (a card instead of the host page’s background), <code>title=0</code> (no title), ",
    "<code>highlight=</code> a chart point’s key or a document’s id, <code>origin=</code> your site, ",
    "then the only one allowed to send messages.</li>",
    "<li>Your page may send <code>{type: \"bishkek-explainer:set\", theme, highlight}</code>; the frame sends ",
    "<code>bishkek-explainer:resize</code> (also as Pym.js and AMP <code>embed-size</code>) and ",
    "<code>bishkek-explainer:event</code> messages (point.focus, agreement.select, view.change), which ",
    "embed.js re-dispatches on the iframe.</li>",
    "<li>Sandbox: <code>allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads</code>. ",
    "More in the README’s Embedding section.</li></ul></template>"
);
