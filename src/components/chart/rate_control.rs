use crate::logic::view_state::{parse_tenths, tenths_text, RateRange, Tenths};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What a rate control shows and whom it tells.
pub struct RateControlProps {
    /// Unique id stem for the inputs.
    pub id: &'static str,
    pub label: &'static str,
    pub range: RateRange,
    pub value: Tenths,
    pub on_change: Callback<Tenths>,
    /// The sentence the value produces, for the slider's `aria-valuetext`.
    pub value_text: String,
}

/// A growth-rate slider with a numeric input beside it; both edit the same value.
/// Typed values outside the range or off the step are kept within it.
/// A plain function, not a component: no state or hooks, its inputs change whenever its
/// parent renders it, and each component type costs kilobytes of wasm.
pub fn rate_control(props: &RateControlProps) -> Html {
    let r = props.range;
    let emit = {
        let on_change = props.on_change.clone();
        move |input: HtmlInputElement| {
            if let Some(v) = parse_tenths(&input.value()) {
                on_change.emit(r.clamp(v));
            }
        }
    };
    // The slider follows every movement; the number box commits on Enter or leaving it,
    // so that typing "7.5" is not cut short at "7.".
    let on_slide = {
        let emit = emit.clone();
        move |e: InputEvent| emit(e.target_unchecked_into())
    };
    let on_commit = move |e: Event| emit(e.target_unchecked_into());
    let step = tenths_text(r.step);
    html! {
        <div class="rate-control">
            <label for={format!("{}-range", props.id)}>{ props.label }</label>
            <div class="rate-inputs">
                <input
                    type="range"
                    id={format!("{}-range", props.id)}
                    min={tenths_text(r.min)}
                    max={tenths_text(r.max)}
                    step={step.clone()}
                    value={tenths_text(props.value)}
                    aria-valuetext={props.value_text.clone()}
                    oninput={on_slide}
                />
                <input
                    type="number"
                    id={format!("{}-number", props.id)}
                    aria-label={format!("{} (percent)", props.label)}
                    min={tenths_text(r.min)}
                    max={tenths_text(r.max)}
                    step={step}
                    value={tenths_text(props.value)}
                    onchange={on_commit}
                />
                <span aria-hidden="true">{ "%" }</span>
            </div>
        </div>
    }
}
