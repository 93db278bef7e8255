use crate::content::{CLAIMS, FIGURES, LOOKUP};
use yew::prelude::*;

/// The export claim, shown as a claim: Putin's "quadrupled" beside the Kyrgyz prime
/// minister's "doubled", with the note that no year-by-year export series was found.
/// A plain function, not a component: no state or hooks, and every component type costs
/// kilobytes of wasm (Yew's lifecycle code is generated per type).
pub fn eaeu_claims() -> Html {
    let exports = &FIGURES[LOOKUP.eaeu_exports_multiple];
    let trade = &CLAIMS[LOOKUP.eaeu_trade_growth];
    html! {
        <div class="claims" id={crate::components::ids::shown(&exports.id)}>
            <h4>{ "Trade with the EAEU: two claims, no series" }</h4>
            <ul class="claim-list">
                <li class="claim">
                    <p class="claim-value">{ format!("×{}", exports.value) }</p>
                    <p>{ "“exports to other EAEU countries have " }{ exports.phrase.as_ref() }{ "”" }</p>
                    <p class="claim-who">{ exports.speaker.as_ref() }{ ", in the article" }</p>
                </li>
                <li class="claim">
                    <p class="claim-value">{ format!("×{}", trade.value) }</p>
                    <p>{ format!("“{}”", trade.quote) }</p>
                    <p class="claim-who">
                        <a href={trade.url.to_string()} rel="noopener">{ trade.speaker.as_ref() }</a>
                        { ", " }<span class="period">{ trade.period.as_ref() }</span>
                    </p>
                </li>
            </ul>
            <p class="section-note">
                { "Exports and mutual trade are different measures, and no official year-by-year series of Kyrgyz exports to the EAEU was found to check either claim." }
            </p>
        </div>
    }
}
