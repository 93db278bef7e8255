use super::rate_control::{rate_control, RateControlProps};
use crate::charts::copy::{data_multiples, growth_sentence, implied_rate_formula};
use crate::logic::view_state::{Tenths, GROWTH_RATE};
use crate::state::{View, ViewAction};
use yew::prelude::*;

/// The growth rate behind "2.5 times in ten years": a slider draws the steady path and a
/// sentence says where it ends after ten years, next to what the data show.
/// A plain function, not a component: no state or hooks, its inputs change whenever its
/// parent renders it, and each component type costs kilobytes of wasm.
pub fn growth_controls(rate: Tenths, dispatch: Option<UseReducerDispatcher<View>>) -> Html {
    let sentence = growth_sentence(rate);
    let on_rate = Callback::from(move |v| {
        if let Some(d) = &dispatch {
            d.dispatch(ViewAction::SetGrowthRate(v))
        }
    });
    html! {
        <div class="what-if" aria-labelledby="growth-what-if">
            <h4 id="growth-what-if">{ "What does “2.5 times in ten years” take?" }</h4>
            <p class="formula">{ implied_rate_formula() }</p>
            { rate_control(&RateControlProps {
                id: "growth-rate",
                label: "Steady annual growth of GDP",
                range: GROWTH_RATE,
                value: rate,
                on_change: on_rate,
                value_text: sentence.clone(),
            }) }
            <p class="what-if-sentence" aria-live="polite" data-sentence="growth">{ sentence }</p>
            <p class="formula">{ data_multiples() }</p>
        </div>
    }
}
