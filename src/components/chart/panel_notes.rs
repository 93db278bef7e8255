use crate::charts::copy::panel_copy;
use crate::logic::view_state::Panel;
use yew::prelude::*;

/// The one-line source under a chart shown alone (`only=chart`) and in print; hidden
/// otherwise, where the notes in "More" give the sources.
pub fn source_line(panel: Panel) -> Html {
    html! { <p class="chart-source-line">{ panel_copy(panel).source_line }</p> }
}

/// A chart's definitions and sources.
/// A plain function, not a component: no state or hooks, and every component type costs
/// kilobytes of wasm (Yew's lifecycle code is generated per type).
pub fn panel_notes(panel: Panel) -> Html {
    let copy = panel_copy(panel);
    html! {
        <div class="chart-notes">
            { for copy.notes.iter().map(|n| html! { <p>{ n.clone() }</p> }) }
            <p class="chart-source">
                { "Sources: " }
                { for copy.sources.iter().enumerate().map(|(i, (label, url))| html! {
                    <>
                        if i > 0 { { "; " } }
                        <a href={*url} rel="noopener">{ *label }</a>
                    </>
                }) }
            </p>
        </div>
    }
}
