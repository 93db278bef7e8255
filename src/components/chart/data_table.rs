use crate::charts::data::{ChartData, SeriesKind};
use std::rc::Rc;
use yew::prelude::*;

/// Every reported point of a chart: series, period, value as reported, notes and source.
/// A plain function, not a component: no state or hooks, its inputs change whenever its
/// parent renders it, and each component type costs kilobytes of wasm.
pub fn data_table(chart: &Rc<ChartData>) -> Html {
    let chart = &chart;
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={format!("{}: data table", chart.title)}>
            <table class="data-table" id={format!("{}-table", chart.id)}>
                <caption>{ format!("{} ({})", chart.title, chart.unit) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Series" }</th>
                        <th scope="col">{ "Period" }</th>
                        <th scope="col">{ "Value" }</th>
                        <th scope="col">{ "As reported" }</th>
                        <th scope="col">{ "Notes" }</th>
                        <th scope="col">{ "Source" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for chart.points().map(|(s, _, p)| {
                        let series = &chart.series[s];
                        let value = if series.kind == SeriesKind::Bars { p.x } else { p.y };
                        html! {
                            <tr data-key={p.key.clone()}>
                                <td>{ series.label.clone() }</td>
                                <td>{ p.period.clone() }</td>
                                <td class="num">{ chart.value_text(value) }</td>
                                <td>{ p.value_text.clone() }</td>
                                <td>{ p.note.clone().unwrap_or_default() }</td>
                                <td>
                                    if p.url.is_empty() {
                                        { p.source.to_string() }
                                    } else {
                                        <a href={p.url.to_string()} rel="noopener">{ p.source.to_string() }</a>
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
