use crate::components::ChartPanel;
use crate::logic::view_state::Panel;
use crate::state::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartSectionProps {
    pub panel: Panel,
}

/// One chart panel where it stands in the article. It gets only its part of the view state,
/// so moving one panel's slider re-renders that panel alone, and the article not at all.
#[component]
pub fn ChartSection(props: &ChartSectionProps) -> Html {
    let view = use_context::<UseReducerHandle<View>>();
    let state = view.as_ref().map(|v| v.0).unwrap_or_default();
    let dispatch = view.as_ref().map(|v| v.dispatcher());
    html! {
        <ChartPanel panel={props.panel} state={state.for_panel(props.panel)} {dispatch} />
    }
}
