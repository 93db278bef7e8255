use crate::charts::trade::{baseline_point, Baseline};
use crate::charts::what_if::{
    rate_text, reported_rates, start_text, trade_formula, trade_sentence,
};
use crate::components::rate_control::{rate_control, RateControlProps};
use crate::logic::view_state::{tenths_text, Tenths, TRADE_RATE};
use crate::state::view::{BASELINE_IDS, TRADE_RATE_ID};
use yew::prelude::*;

/// "What would it take": whose latest annual figure to start from, the growth rate (starting
/// at, and one tap from, the rates the two sides reported), and the live sentence saying when
/// trade would pass $5 billion, with its formula.
/// Markup only: the server renders it at the default state, and the chart module
/// (`src/live/controls.rs`) runs it in the browser.
pub fn trade_controls(baseline: Baseline, rate: Tenths) -> Html {
    let sentence = trade_sentence(baseline, rate);
    let option = |option_baseline: Baseline, id: &str| {
        let start = baseline_point(option_baseline);
        html! {
            <label class="choice" for={id.to_string()}>
                <input type="radio" id={id.to_string()} name="trade-baseline" checked={baseline == option_baseline} />
                { format!(" {}", start_text(&start)) }
            </label>
        }
    };
    let rates = reported_rates();
    let preset = |r: &crate::charts::what_if::ReportedRate| {
        let tenths = r.tenths;
        html! {
            <li>
                <button type="button" class="preset" aria-pressed={(rate == tenths).to_string()} data-tenths={tenths_text(tenths)}>
                    { format!("{} a year", rate_text(tenths)) }
                </button>
                { format!(" the {} growth {} reported (", r.year, r.side) }
                <a href={r.url.clone()} rel="noopener">{ r.source.clone() }</a>
                { ")" }
            </li>
        }
    };
    html! {
        <div class="what-if" role="group" aria-labelledby="trade-what-if">
            <h4 id="trade-what-if">{ "What would it take to reach $5 billion?" }</h4>
            <fieldset class="choices">
                <legend>{ "Start from the latest annual figure of" }</legend>
                { for BASELINE_IDS.iter().map(|(b, id)| option(*b, id)) }
            </fieldset>
            { rate_control(&RateControlProps {
                id: TRADE_RATE_ID,
                label: "Annual growth of trade",
                range: TRADE_RATE,
                value: rate,
                value_text: sentence.clone(),
            }) }
            <p class="presets-label">{ "Growth rates the two sides reported (the slider starts at the first):" }</p>
            <ul class="presets">{ for rates.iter().map(preset) }</ul>
            <p class="what-if-sentence" aria-live="polite" data-sentence="trade">{ sentence }</p>
            <p class="formula" data-formula="trade">{ trade_formula(baseline, rate) }</p>
        </div>
    }
}
