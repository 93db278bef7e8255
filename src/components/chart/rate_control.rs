use crate::logic::view_state::{tenths_text, RateRange, Tenths};
use yew::prelude::*;

/// What a rate control shows and whom it tells.
pub struct RateControlProps {
    /// Unique id stem for the inputs.
    pub id: &'static str,
    pub label: &'static str,
    pub range: RateRange,
    pub value: Tenths,
    /// The sentence the value produces, for the slider's `aria-valuetext`.
    pub value_text: String,
}

/// A growth-rate slider with a numeric input beside it; both edit the same value. The
/// server renders it; the chart module (`src/live/controls.rs`) runs it: the slider follows
/// every movement, the number box commits on Enter or leaving it, and typed values outside
/// the range or off the step are kept within it.
pub fn rate_control(props: &RateControlProps) -> Html {
    let r = props.range;
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
                />
                <input
                    type="number"
                    id={format!("{}-number", props.id)}
                    aria-label={format!("{} (percent)", props.label)}
                    min={tenths_text(r.min)}
                    max={tenths_text(r.max)}
                    step={step}
                    value={tenths_text(props.value)}
                />
                <span aria-hidden="true">{ "%" }</span>
            </div>
        </div>
    }
}
