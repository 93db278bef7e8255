use super::RateControl;
use crate::charts::copy::{trade_formula, trade_sentence};
use crate::charts::trade::{baseline_point, Baseline};
use crate::logic::view_state::TRADE_RATE;
use crate::state::{View, ViewAction};
use yew::prelude::*;

/// "What would it take": the 2024 baseline (Kyrgyz or Russian figure), the growth rate,
/// and the live sentence saying when trade would reach $5 billion, with its formula.
#[component]
pub fn TradeControls() -> Html {
    let Some(view) = use_context::<UseReducerHandle<View>>() else {
        return html! {};
    };
    let state = view.0;
    let sentence = trade_sentence(state.baseline, state.trade_rate);
    let choose = |baseline: Baseline| {
        let view = view.clone();
        move |_| view.dispatch(ViewAction::SetBaseline(baseline))
    };
    let on_rate = {
        let view = view.clone();
        Callback::from(move |v| view.dispatch(ViewAction::SetTradeRate(v)))
    };
    let option = |baseline: Baseline, id: &str| {
        let (value, label) = baseline_point(baseline);
        html! {
            <label class="choice" for={id.to_string()}>
                <input type="radio" id={id.to_string()} name="trade-baseline" checked={state.baseline == baseline} onchange={choose(baseline)} />
                { format!(" ${value} billion ({label})") }
            </label>
        }
    };
    html! {
        <div class="what-if" aria-labelledby="trade-what-if">
            <h4 id="trade-what-if">{ "What would it take to reach $5 billion?" }</h4>
            <fieldset class="choices">
                <legend>{ "Start from the 2024 figure of" }</legend>
                { option(Baseline::Kyrgyz, "baseline-kg") }
                { option(Baseline::Russian, "baseline-ru") }
            </fieldset>
            <RateControl id="trade-rate" label="Annual growth of trade" range={TRADE_RATE} value={state.trade_rate} on_change={on_rate} value_text={sentence.clone()} />
            <p class="what-if-sentence" aria-live="polite" data-sentence="trade">{ sentence }</p>
            <p class="formula">{ trade_formula(state.baseline, state.trade_rate) }</p>
        </div>
    }
}
