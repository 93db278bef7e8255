use crate::charts::copy::PanelCopy;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelNotesProps {
    /// The panel's words, computed once by the panel.
    pub copy: Rc<PanelCopy>,
}

/// A chart's definitions and sources.
#[component]
pub fn PanelNotes(props: &PanelNotesProps) -> Html {
    let copy = &props.copy;
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
