use crate::charts::data::{ChartData, PointRef};
use crate::components::ids;
use std::rc::Rc;
use yew::prelude::*;

/// What a point is: series and period, value as reported, caveats, source with its link,
/// and a link back to the article's sentence for points that illustrate a figure.
/// A plain function, not a component: no state or hooks, its inputs change whenever its
/// parent renders it, and each component type costs kilobytes of wasm.
pub fn chart_tooltip(chart: &Rc<ChartData>, at: PointRef, node: NodeRef) -> Html {
    let Some(point) = chart.point(at) else {
        return html! {};
    };
    let series = &chart.series[at.series];
    html! {
        <div class="chart-tooltip" ref={node.clone()} data-key={point.key.clone()}>
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
