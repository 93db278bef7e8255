//! A chart's reported data as CSV and JSON, for downloads. Derived series are left out.

use super::data::ChartData;
use crate::content::Bound;
use crate::logic::encoding::{csv, json_string};

const COLUMNS: [&str; 9] = [
    "chart",
    "series",
    "period",
    "value",
    "unit",
    "as_reported",
    "bound",
    "source",
    "url",
];

/// The file name of a chart's download (`kind`: "csv", "json", "png", "svg"), the same in the
/// browser's downloads and for the static data files the build writes. A macro, not a
/// function: it is exactly the `format!` it stands for, so the wasm does not grow for it.
macro_rules! download_name {
    ($chart_id:expr, $kind:expr) => {
        format!("bishkek-talks-{}.{}", $chart_id, $kind)
    };
}
pub(crate) use download_name;

fn bound_name(b: Bound) -> &'static str {
    match b {
        Bound::Exact => "exact",
        Bound::AtLeast => "at_least",
        Bound::About => "about",
        Bound::JustUnder => "just_under",
    }
}

/// The value column: x for bars (the amount), y otherwise.
fn rows(chart: &ChartData) -> Vec<[String; 10]> {
    chart
        .points()
        .map(|(s, _, p)| {
            let series = &chart.series[s];
            let value = if series.kind == super::data::SeriesKind::Bars {
                p.x
            } else {
                p.y
            };
            [
                chart.id.to_string(),
                series.label.clone(),
                p.period.clone(),
                crate::logic::format::shortest(value),
                chart.unit.to_string(),
                p.value_text.clone(),
                bound_name(p.bound).to_string(),
                p.source.to_string(),
                p.url.to_string(),
                p.note.clone().unwrap_or_default(),
            ]
        })
        .collect()
}

/// RFC 4180 CSV with a header row; one row per reported point.
pub fn to_csv(chart: &ChartData) -> String {
    let header: Vec<&str> = COLUMNS.iter().chain(&["note"]).copied().collect();
    csv(&header, rows(chart))
}

/// A JSON array of objects, one per reported point; `value` is a number.
pub fn to_json(chart: &ChartData) -> String {
    let items: Vec<String> = rows(chart)
        .into_iter()
        .map(|row| {
            let fields: Vec<String> = COLUMNS
                .iter()
                .chain(&["note"])
                .zip(row.iter())
                .map(|(k, v)| {
                    if *k == "value" {
                        format!("\"{k}\":{v}")
                    } else {
                        format!("\"{k}\":{}", json_string(v))
                    }
                })
                .collect();
            format!("{{{}}}", fields.join(","))
        })
        .collect();
    format!("[\n{}\n]\n", items.join(",\n"))
}
