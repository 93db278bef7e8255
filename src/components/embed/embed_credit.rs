use crate::content::ARTICLE;
use yew::prelude::*;

/// The explainer's short name: the h1 of an embedded view, the title of the whole one's embed.
pub const EXPLAINER_NAME: &str = "Putin in Bishkek, explained";
/// How an embed's frame names the explainer for screen readers: "… (Bishkek talks explainer)".
pub const EXPLAINER_SHORT: &str = "Bishkek talks explainer";

/// The top heading of an embedded view (shown to assistive technology only, by the
/// stylesheet, and only in embeds, where the article's h1 is not shown): a heading role, not a
/// second `<h1>` in the page.
pub fn embed_heading() -> Html {
    html! {
        <>
            <div class="embed-heading" role="heading" aria-level="1">{ EXPLAINER_NAME }</div>
            // The level between the explainer and a chart's title (an h3), as on the page.
            <div class="embed-heading" role="heading" aria-level="2">{ "The numbers behind the talks" }</div>
        </>
    }
}

/// The credit line of an embedded view (shown only in embeds, by the stylesheet): where the
/// report and the figures come from, and a link to the whole explainer. A plain function, not
/// a component: it has no state, and each component type costs kilobytes of wasm.
pub fn embed_credit() -> Html {
    let a = &ARTICLE;
    html! {
        <p class="embed-credit">
            { format!("From the explainer “{EXPLAINER_NAME}”, on the report by ") }
            <a href={a.source_url.as_ref()} rel="noopener" target="_blank">{ a.credit.as_ref() }</a>
            { ", " }
            <time datetime={a.date_iso.as_ref()}>{ a.dateline.as_ref() }</time>
            { ". " }
            <a href="./" target="_blank" rel="noopener">{ "Open the full explainer" }</a>
        </p>
    }
}
