use crate::components::ChartPanel;
use crate::logic::view_state::Panel;
use crate::state::View;
use yew::prelude::*;

/// The three chart panels, after the article. Each panel gets only its part of the view
/// state, so moving one panel's slider re-renders that panel alone.
#[component]
pub fn ChartSection() -> Html {
    let view = use_context::<UseReducerHandle<View>>();
    let state = view.as_ref().map(|v| v.0).unwrap_or_default();
    let dispatch = view.as_ref().map(|v| v.dispatcher());
    html! {
        <section class="charts" id="charts" aria-labelledby="charts-title">
            <h2 id="charts-title">{ "The numbers behind the talks" }</h2>
            <p class="section-note interactive-only">
                { "Every figure in the article in context: hover or tap a point, or focus a chart and use the arrow keys. Figures in the text link to their point." }
            </p>
            { for Panel::ALL.iter().map(|panel| html! {
                <ChartPanel panel={*panel} state={state.for_panel(*panel)} dispatch={dispatch.clone()} />
            }) }
        </section>
    }
}
