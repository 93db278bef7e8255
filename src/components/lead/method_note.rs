use crate::content::ARTICLE;
use crate::logic::lead::Lead;
use yew::prelude::*;

/// "How we checked these figures": the method, then each number of the lead with its source
/// or formula. A plain function: no state or hooks.
pub fn method_note(lead: Option<&Lead>) -> Html {
    let a = &ARTICLE;
    html! {
        <section class="method" id="method" aria-labelledby="method-title">
            <h2 id="method-title">{ "How we checked these figures" }</h2>
            <p>
                { "Every figure the article quotes is marked where it stands, with its value, unit and speaker as the article gives them. Each is set against what officials said elsewhere, as news outlets reported it (one link per value, in each chart’s data table), and, for GDP, against the World Bank’s World Development Indicators. Where the two sides’ figures differ, both are shown; numbers we derive carry their formula. The article itself: " }
                <a href={a.source_url.as_ref()} rel="noopener">{ a.credit.as_ref() }</a>{ "." }
            </p>
            if let Some(lead) = lead {
                <h3>{ "The numbers at the top of the page" }</h3>
                <ul class="method-list">
                    { for lead.checks.iter().map(|c| html! {
                        <li>
                            { c.text.clone() }
                            { " (" }<a href={c.url.clone()} rel="noopener">{ c.source.clone() }</a>{ ")" }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
