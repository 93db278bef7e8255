use crate::content::words::iso_date_in_words;
use crate::content::ARTICLE;
use crate::logic::lead::Lead;
use yew::prelude::*;

/// A date for `<time>`, in words ("26 November 2025").
pub fn date(iso: &str) -> Html {
    html! { <time datetime={iso.to_string()}>{ iso_date_in_words(iso).unwrap_or_else(|| iso.to_string()) }</time> }
}

/// Above the article: the explainer's title, a standfirst that says what the figures show,
/// its byline (what it is built on, when it was last updated, how it was checked) and the
/// key numbers, each a link to its chart. A plain function: no state or hooks.
pub fn lead_header(lead: Option<&Lead>) -> Html {
    let a = &ARTICLE;
    html! {
        <header class="lead" id="lead">
            <p class="kicker">{ "Russia–Kyrgyzstan · Explainer" }</p>
            <h1 id="headline">{ a.headline.as_ref() }</h1>
            if let Some(lead) = lead {
                <p class="standfirst">{ lead.standfirst.clone() }</p>
            }
            <p class="byline">
                <span class="byline-part">
                    { "Explainer built on the " }
                    <a href={a.source_url.as_ref()} rel="noopener">{ a.credit.as_ref() }</a>
                    { " report of " }{ date(&a.date_iso) }
                </span>
                { " " }
                <span class="byline-part">{ "Last updated " }{ date(&a.updated_iso) }</span>
                { " " }
                <span class="byline-part"><a href="#method">{ "How we checked these figures" }</a></span>
            </p>
            if let Some(lead) = lead {
                <ul class="key-numbers" aria-label="Key numbers">
                    { for lead.key_numbers.iter().map(|k| html! {
                        <li>
                            <a href={format!("#{}", crate::logic::ids::panel(k.panel))} data-key-panel={k.panel.key()}>
                                <span class="key-value">{ k.value.clone() }</span>
                                <span class="key-label">{ k.label.clone() }</span>
                            </a>
                        </li>
                    }) }
                </ul>
            }
        </header>
    }
}
