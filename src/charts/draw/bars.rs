//! Horizontal bar charts: one bar per point, labelled above, lower bounds with an arrow.

use super::{
    draw_axes, err, font, nice_ticks, px, px_u32, Axes, DrawOptions, DrawResult, Hit, HitMap,
};
use crate::charts::data::{ChartData, PointRef};
use crate::content::Bound;
use crate::logic::format::{bound_word, group_thousands};
use plotters::coord::Shift;
use plotters::prelude::*;

pub(super) fn draw_bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ChartData,
    opts: &DrawOptions,
) -> DrawResult<HitMap> {
    let p = opts.palette;
    let f = &chart.frame;
    let mut ctx = ChartBuilder::on(root)
        .margin_top(px(opts, 8.0))
        .margin_right(px(opts, 16.0))
        .margin_left(px(opts, 12.0))
        .margin_bottom(px(opts, 4.0))
        .x_label_area_size(px(opts, 34.0))
        .build_cartesian_2d(f.x_range.0..f.x_range.1, f.y_range.0..f.y_range.1)
        .map_err(err)?;
    let x_label = |x: f64| group_thousands(x);
    let x_ticks = nice_ticks(f.x_range.0, f.x_range.1, 6);
    draw_axes(
        root,
        &ctx,
        opts,
        Axes {
            x_ticks: &x_ticks,
            x_format: &x_label,
            y_ticks: &[],
            y_format: None,
            x_desc: Some(f.x_label),
            y_desc: None,
        },
    )?;
    let top = f.y_range.1 - 0.5;
    let (width, _) = root.dim_in_pixel();
    let label_px = if f64::from(width) / opts.scale < 420.0 {
        11.0
    } else {
        12.5
    };
    let mut hits = HitMap::default();
    for (s, series) in chart.series.iter().enumerate() {
        let color = p.role(series.role);
        for (i, point) in series.points.iter().enumerate() {
            let at = PointRef {
                series: s,
                point: i,
            };
            // Slot 0 at the top: the bar sits in the lower part of its slot, the label above.
            let y = top - point.y;
            let bar = Rectangle::new(
                [(0.0, y - 0.38), (point.x, y - 0.02)],
                ShapeStyle::from(color).filled(),
            );
            ctx.draw_series(std::iter::once(bar)).map_err(err)?;
            let text = format!(
                "{}: {}{}",
                point.period,
                bound_word(point.bound),
                group_thousands(point.x)
            );
            let label = EmptyElement::at((0.0, y + 0.04))
                + Text::new(text, (0, -px(opts, 14.0)), font(opts, label_px, p.ink));
            ctx.draw_series(std::iter::once(label)).map_err(err)?;
            if point.bound == Bound::AtLeast {
                let arrow = EmptyElement::at((point.x, y - 0.2))
                    + Polygon::new(
                        vec![
                            (px(opts, 1.0), -px(opts, 5.0)),
                            (px(opts, 7.0), 0),
                            (px(opts, 1.0), px(opts, 5.0)),
                        ],
                        ShapeStyle::from(color).filled(),
                    );
                ctx.draw_series(std::iter::once(arrow)).map_err(err)?;
            }
            let (x0, y0) = ctx.backend_coord(&(0.0, y + 0.1));
            let (x1, y1) = ctx.backend_coord(&(point.x, y - 0.42));
            let anchor = ctx.backend_coord(&(point.x, y - 0.2));
            hits.hits.push(Hit {
                at,
                anchor,
                rect: ((x0, y0), (x1.max(x0 + px(opts, 24.0)), y1)),
            });
            let ring_color = if opts.focus == Some(at) {
                Some(p.ink)
            } else if opts.highlight == Some(at) {
                Some(p.highlight)
            } else {
                None
            };
            if let Some(ring) = ring_color {
                let outline = Rectangle::new(
                    [(0.0, y - 0.42), (point.x, y + 0.02)],
                    ShapeStyle::from(ring).stroke_width(px_u32(opts, 2.5)),
                );
                ctx.draw_series(std::iter::once(outline)).map_err(err)?;
            }
        }
    }
    Ok(hits)
}
