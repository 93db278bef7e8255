use crate::charts::copy::panel_copy;
use crate::logic::view_state::Panel;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelNotesProps {
    pub panel: Panel,
}

/// A chart's definitions and sources.
#[component]
pub fn PanelNotes(props: &PanelNotesProps) -> Html {
    let copy = panel_copy(props.panel);
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
