use crate::content::FIGURES;
use crate::logic::format::qualified_value;
use crate::state::FigureFocus;
use yew::prelude::*;

/// The card that shows the figure the reader hovers, focuses or taps: what it measures,
/// its value and unit, and who said it. Only the live app shows it; the same text is the
/// mention's accessible description, so the card itself is hidden from assistive technology.
#[component]
pub fn FigureCard() -> Html {
    let focus = use_context::<UseReducerHandle<FigureFocus>>();
    let Some(figure) = focus
        .and_then(|f| f.shown())
        .and_then(|i| FIGURES.get(usize::from(i)))
    else {
        return html! {};
    };
    html! {
        <div class="figure-card" role="presentation" aria-hidden="true" data-figure={figure.id.clone()}>
            <p class="figure-card-value">{ qualified_value(figure) }</p>
            <p class="figure-card-measure">{ figure.measure.as_ref() }</p>
            <p class="figure-card-speaker">{ crate::logic::format::attribution(figure) }</p>
        </div>
    }
}
