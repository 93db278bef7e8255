//! A panel's tools, one step away under "Notes, sources, sound, downloads, share, embed": the
//! sound, the downloads, Share and the Embed code. Each needs the live app, so the page does
//! not carry them: the app makes them in a task of their own after the rest is live (issue 17:
//! no long task at start-up; `ArticlePage` says when, `ChartPanelProps::tools`). Without WebAssembly the
//! disclosure holds the panel's notes and sources alone.

use crate::charts::data::ChartData;
use crate::components::{downloads, embed_code, share_link, SoundButton};
use crate::logic::embed::EmbedView;
use crate::logic::view_state::Panel;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelToolsProps {
    pub panel: Panel,
    pub chart: Rc<ChartData>,
    /// The panel's finding (its title).
    pub title: AttrValue,
}

#[component]
pub fn PanelTools(props: &PanelToolsProps) -> Html {
    let key = props.panel.key();
    html! {
        <>
            <SoundButton chart={props.chart.clone()} />
            { downloads(&props.chart, &props.title) }
            { share_link(&format!("#chart-{key}"), "this chart") }
            { embed_code(embed_view(props.panel), &props.title) }
        </>
    }
}

fn embed_view(panel: Panel) -> EmbedView {
    match panel {
        Panel::Trade => EmbedView::Trade,
        Panel::Investment => EmbedView::Investment,
        Panel::Growth => EmbedView::Growth,
    }
}
