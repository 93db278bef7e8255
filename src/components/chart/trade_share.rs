use crate::content::ARTICLE;
use crate::content::{Side, FIGURES, LOOKUP, REPORTED};
use crate::logic::format::{group_thousands, qualifier_word};
use yew::prelude::*;

/// Russia's share of Kyrgyzstan's trade: the article's "nearly a quarter" beside what
/// officials said, as labelled bars on a scale of 0 to 100 %.
/// A plain function, not a component: no state or hooks, and every component type costs
/// kilobytes of wasm (Yew's lifecycle code is generated per type).
pub fn trade_share() -> Html {
    let article = &FIGURES[LOOKUP.trade_share];
    let rows = REPORTED
        .iter()
        .filter(|r| r.series == "kg_ru_trade_share_of_kg_total" && r.period_text != "2020");
    let side = |s: Side| match s {
        Side::Kyrgyz => "Kyrgyz side",
        Side::Russian => "Russian side",
        _ => "side not stated",
    };
    let bar = |label: String, who: String, value: f64, url: Option<&str>| {
        html! {
            <li class="share-row">
                <span class="share-label">{ label }</span>
                <meter class="share-bar" min="0" max="100" value={value.to_string()} aria-hidden="true"></meter>
                <span class="share-who">
                    if let Some(url) = url {
                        <a href={url.to_string()} rel="noopener">{ who }</a>
                    } else {
                        { who }
                    }
                </span>
            </li>
        }
    };
    html! {
        <div class="trade-share" id={crate::components::ids::shown(&article.id)}>
            <h4>{ "Russia’s share of Kyrgyzstan’s foreign trade" }</h4>
            <ul class="share-list">
                { bar(format!("“{}” ({}{}%)", article.phrase, qualifier_word(article.qualifier), group_thousands(article.value)), format!("{}, in the article", article.speaker), article.value, Some(&ARTICLE.source_url)) }
                { for rows.map(|r| bar(
                    format!("{}% ({})", r.value_text, r.period_words),
                    format!("{}, {}", r.source, side(r.side)),
                    r.quantities[0].amount,
                    Some(&r.url),
                )) }
            </ul>
        </div>
    }
}
