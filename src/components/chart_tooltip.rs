use super::ids;
use crate::charts::data::{ChartData, PointRef};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartTooltipProps {
    pub chart: Rc<ChartData>,
    pub at: PointRef,
    /// Set by the canvas to place the tooltip next to the point.
    pub node: NodeRef,
}

/// What a point is: series and period, value as reported, caveats, source with its link,
/// and a link back to the article's sentence for points that illustrate a figure.
#[component]
pub fn ChartTooltip(props: &ChartTooltipProps) -> Html {
    let Some(point) = props.chart.point(props.at) else {
        return html! {};
    };
    let series = &props.chart.series[props.at.series];
    html! {
        <div class="chart-tooltip" ref={props.node.clone()} data-key={point.key.clone()}>
            <p class="tip-period">{ format!("{} · {}", series.label, point.period) }</p>
            <p class="tip-value">{ point.value_text.clone() }</p>
            if let Some(note) = &point.note {
                <p class="tip-note">{ note.clone() }</p>
            }
            <p class="tip-source">
                { "Source: " }
                if point.url.is_empty() {
                    { point.source.to_string() }
                } else {
                    <a href={point.url.to_string()} rel="noopener" target="_blank">{ point.source.to_string() }</a>
                }
            </p>
            { for point.figures.iter().take(1).map(|id| html! {
                <a class="tip-back" href={format!("#{}", ids::mention(id))}>{ "Read it in the article ↑" }</a>
            }) }
        </div>
    }
}
