//! The legend across the top: where each entry goes, and drawing it.

use super::{count_f64, err, font, px, px_u32, DrawOptions, DrawResult};
use crate::charts::data::{ChartData, Mark, SeriesKind};
use plotters::coord::Shift;
use plotters::prelude::*;

/// A one-line legend across the top of the plot: mark and label per reported series.
/// Where each legend entry goes: rows across the top, wrapping at the chart's width.
/// Returns (series index, x, y) per entry, and the height the legend takes.
pub(super) fn legend_layout(
    chart: &ChartData,
    width: u32,
    opts: &DrawOptions,
) -> (Vec<(usize, i32, i32)>, i32) {
    let (start, row) = (px(opts, 64.0), px(opts, 18.0));
    let (mut x, mut y) = (start, px(opts, 12.0));
    let mut entries = Vec::new();
    for (i, series) in chart.series.iter().enumerate() {
        if series.kind == SeriesKind::Reference || series.points.is_empty() {
            continue;
        }
        let label_width = px(opts, 7.0 * count_f64(series.label.chars().count()) + 30.0);
        if x + label_width > i32::try_from(width).unwrap_or(i32::MAX) && x > start {
            x = start;
            y += row;
        }
        entries.push((i, x, y));
        x += label_width;
    }
    let height = if entries.is_empty() {
        0
    } else {
        y + row - px(opts, 6.0)
    };
    (entries, height)
}

/// The legend: mark and label per series, as laid out by `legend_layout`.
pub(super) fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ChartData,
    opts: &DrawOptions,
    entries: &[(usize, i32, i32)],
) -> DrawResult<()> {
    let p = opts.palette;
    for &(i, x, y) in entries {
        let series = &chart.series[i];
        let color = p.role(series.role);
        let r = px(opts, 4.0);
        let swatch: DynElement<DB, (i32, i32)> = match series.mark {
            Mark::None => PathElement::new(
                vec![(x - r * 2, y), (x + r, y)],
                ShapeStyle::from(color).stroke_width(px_u32(opts, 2.0)),
            )
            .into_dyn(),
            Mark::Circle | Mark::HollowCircle => Circle::new(
                (x, y),
                r,
                if series.mark == Mark::Circle {
                    ShapeStyle::from(color).filled()
                } else {
                    ShapeStyle::from(color).stroke_width(px_u32(opts, 2.0))
                },
            )
            .into_dyn(),
            Mark::Triangle => Polygon::new(
                vec![(x, y - r), (x + r, y + r), (x - r, y + r)],
                ShapeStyle::from(color).filled(),
            )
            .into_dyn(),
            Mark::Diamond => Polygon::new(
                vec![(x, y - r), (x + r, y), (x, y + r), (x - r, y)],
                ShapeStyle::from(color).filled(),
            )
            .into_dyn(),
            Mark::Square => Rectangle::new(
                [(x - r, y - r), (x + r, y + r)],
                ShapeStyle::from(color).filled(),
            )
            .into_dyn(),
        };
        root.draw(&swatch).map_err(err)?;
        root.draw(&Text::new(
            series.label.clone(),
            (x + px(opts, 9.0), y - px(opts, 7.0)),
            font(opts, 12.0, p.ink),
        ))
        .map_err(err)?;
    }
    Ok(())
}
