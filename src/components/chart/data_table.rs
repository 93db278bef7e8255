use crate::charts::data::{ChartData, SeriesKind};
use crate::logic::encoding::escape_html as esc;
use std::fmt::Write;
use yew::prelude::*;

/// Every reported point of a chart: series, period, value as reported, notes and source.
///
/// Raw markup, not `html!`: the three tables are about 420 of the page's elements, which
/// Yew would otherwise build, compare with the prerendered page and build again on every
/// start (a hydration renders each component twice), all in one task. As raw HTML the server
/// writes it and the browser's first render adopts it as it is (the same string); Yew
/// replaces it only when the chart's data change (README, "Performance").
pub fn data_table(chart: &ChartData) -> Html {
    Html::from_html_unchecked(table_markup(chart).into())
}

/// The table's markup; every text and attribute escaped.
pub fn table_markup(chart: &ChartData) -> String {
    let mut out = String::with_capacity(8192);
    let title = esc(chart.title);
    let _ = write!(
        out,
        r#"<div class="table-scroll" tabindex="0" role="region" aria-label="{title}: data table"><table class="data-table" id="{id}-table"><caption>{title} ({unit})</caption><thead><tr>"#,
        id = chart.id,
        unit = esc(chart.unit),
    );
    for head in [
        "Series",
        "Period",
        "Value",
        "As reported",
        "Notes",
        "Source",
    ] {
        let _ = write!(out, r#"<th scope="col">{head}</th>"#);
    }
    out.push_str("</tr></thead><tbody>");
    for (s, _, p) in chart.points() {
        let series = &chart.series[s];
        let value = if series.kind == SeriesKind::Bars {
            p.x
        } else {
            p.y
        };
        let _ = write!(
            out,
            r#"<tr data-key="{key}"><td>{label}</td><td>{period}</td><td class="num">{value}</td><td>{reported}</td><td>{note}</td><td>"#,
            key = esc(&p.key),
            label = esc(&series.label),
            period = esc(&p.period),
            value = esc(&chart.value_text(value)),
            reported = esc(&p.value_text),
            note = esc(p.note.as_deref().unwrap_or_default()),
        );
        let source = esc(&p.source);
        if p.url.is_empty() {
            out.push_str(&source);
        } else {
            let _ = write!(
                out,
                r#"<a href="{}" rel="noopener">{source}</a>"#,
                esc(&p.url)
            );
        }
        out.push_str("</td></tr>");
    }
    out.push_str("</tbody></table></div>");
    out
}
