use crate::charts::trade::{baseline_point, Baseline};
use crate::charts::what_if::{
    rate_text, reported_rates, start_text, trade_formula, trade_sentence,
};
use crate::components::rate_control::{rate_control, RateControlProps};
use crate::logic::view_state::{Tenths, TRADE_RATE};
use crate::state::{View, ViewAction};
use yew::prelude::*;

/// "What would it take": whose latest annual figure to start from, the growth rate (starting
/// at, and one tap from, the rates the two sides reported), and the live sentence saying when
/// trade would pass $5 billion, with its formula.
/// A plain function, not a component: no state or hooks, its inputs change whenever its
/// parent renders it, and each component type costs kilobytes of wasm.
pub fn trade_controls(
    baseline: Baseline,
    rate: Tenths,
    dispatch: Option<UseReducerDispatcher<View>>,
) -> Html {
    let sentence = trade_sentence(baseline, rate);
    let send = {
        move |action: ViewAction| {
            if let Some(d) = &dispatch {
                d.dispatch(action)
            }
        }
    };
    let choose = |b: Baseline| {
        let send = send.clone();
        move |_| send(ViewAction::SetBaseline(b))
    };
    let on_rate = {
        let send = send.clone();
        Callback::from(move |v| send(ViewAction::SetTradeRate(v)))
    };
    let option = |option_baseline: Baseline, id: &str| {
        let start = baseline_point(option_baseline);
        html! {
            <label class="choice" for={id.to_string()}>
                <input type="radio" id={id.to_string()} name="trade-baseline" checked={baseline == option_baseline} onchange={choose(option_baseline)} />
                { format!(" {}", start_text(&start)) }
            </label>
        }
    };
    let rates = reported_rates();
    let preset = |r: &crate::charts::what_if::ReportedRate| {
        let send = send.clone();
        let tenths = r.tenths;
        html! {
            <li>
                <button type="button" class="preset" aria-pressed={(rate == tenths).to_string()} onclick={move |_| send(ViewAction::SetTradeRate(tenths))}>
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
                { option(Baseline::Kyrgyz, "baseline-kg") }
                { option(Baseline::Russian, "baseline-ru") }
            </fieldset>
            { rate_control(&RateControlProps {
                id: "trade-rate",
                label: "Annual growth of trade",
                range: TRADE_RATE,
                value: rate,
                on_change: on_rate,
                value_text: sentence.clone(),
            }) }
            <p class="presets-label">{ "Growth rates the two sides reported (the slider starts at the first):" }</p>
            <ul class="presets">{ for rates.iter().map(preset) }</ul>
            <p class="what-if-sentence" aria-live="polite" data-sentence="trade">{ sentence }</p>
            <p class="formula">{ trade_formula(baseline, rate) }</p>
        </div>
    }
}
