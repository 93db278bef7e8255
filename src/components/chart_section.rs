use super::ChartPanel;
use crate::logic::view_state::Panel;
use yew::prelude::*;

/// The three chart panels, after the article.
#[component]
pub fn ChartSection() -> Html {
    html! {
        <section class="charts" id="charts" aria-labelledby="charts-title">
            <h2 id="charts-title">{ "The numbers behind the talks" }</h2>
            <p class="section-note">
                { "Every figure in the article in context: hover or tap a point, or focus a chart and use the arrow keys. Figures in the text link to their point." }
            </p>
            { for Panel::ALL.iter().map(|panel| html! { <ChartPanel panel={*panel} /> }) }
        </section>
    }
}
