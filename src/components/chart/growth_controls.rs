use crate::charts::gdp_windows::{windows, Window};
use crate::charts::growth::multiple_text;
use crate::charts::what_if::{growth_sentence, implied_rate_formula};
use crate::components::rate_control::{rate_control, RateControlProps};
use crate::logic::view_state::{GdpBase, Tenths, GROWTH_RATE};
use crate::state::view::{gdp_base_id, GROWTH_RATE_ID};
use yew::prelude::*;

/// The claim against the data: the year the ten years count from (the chart follows it), the
/// ratio for each defensible window in US dollars and som, and the steady growth rate
/// behind "2.5 times in ten years" with the sentence saying where it ends.
/// Markup only: the server renders it at the default state, and the chart module
/// (`src/live/controls.rs`) runs it in the browser.
pub fn growth_controls(rate: Tenths, base: GdpBase) -> Html {
    let sentence = growth_sentence(rate, base);
    let option = |b: GdpBase, words: &str| {
        let id = gdp_base_id(b);
        html! {
            <label class="choice" for={id.clone()}>
                <input type="radio" {id} name="gdp-base" checked={base == b} />
                { format!(" {} ({words})", b.year()) }
            </label>
        }
    };
    html! {
        <div class="what-if" role="group" aria-labelledby="growth-what-if">
            <h4 id="growth-what-if">{ "“2.5 times in ten years”: counted from when?" }</h4>
            <fieldset class="choices">
                <legend>{ "Count the ten years from" }</legend>
                { option(GdpBase::Accession, "the accession treaty came into force") }
                { option(GdpBase::YearBefore, "the last year before accession") }
            </fieldset>
            { windows_table() }
            <p class="formula">{ implied_rate_formula() }</p>
            { rate_control(&RateControlProps {
                id: GROWTH_RATE_ID,
                label: "Steady annual growth of GDP",
                range: GROWTH_RATE,
                value: rate,
                value_text: sentence.clone(),
            }) }
            <p class="what-if-sentence" aria-live="polite" data-sentence="growth">{ sentence }</p>
        </div>
    }
}

fn cell(m: Option<f64>, w: &Window) -> Html {
    match m {
        Some(m) => html! { <td class="num">{ format!("{}×", multiple_text(m)) }</td> },
        None => html! { <td class="missing">{ format!("no {} figure in the data", w.to) }</td> },
    }
}

/// The ratio over each window, exact to three decimals: GDP of the last year ÷ GDP of the first.
fn windows_table() -> Html {
    html! {
        <table class="windows" data-table="gdp-windows">
            <caption>{ "What the World Bank data say (GDP of the last year ÷ GDP of the first, nominal)" }</caption>
            <thead><tr><th scope="col">{ "Years" }</th><th scope="col">{ "In US dollars" }</th><th scope="col">{ "In som" }</th></tr></thead>
            <tbody>
                { for windows().iter().map(|w| html! {
                    <tr>
                        <th scope="row">{ format!("{}–{}", w.from, w.to) }<span class="why">{ format!(" ({} years, {})", w.years(), w.why) }</span></th>
                        { cell(w.usd, w) }
                        { cell(w.som, w) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
