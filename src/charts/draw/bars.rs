//! Horizontal bar charts in labelled groups (one per series: each group says what kind of
//! value its bars are), one bar per point with its label above, lower bounds with an arrow.

use super::text::{draw_text, font_px, fpt, text_box};
use super::{
    draw_axes, label_css, nice_ticks, px, px_u32, spaced_x_ticks, Axes, Coords, DrawOptions,
    DrawResult, Hit, HitMap, Room,
};
use crate::charts::data::{ChartData, PointRef};
use crate::charts::layout::{text_size, Rect, LINE_EM};
use crate::charts::surface::{Stroke, Surface};
use crate::content::Bound;
use crate::logic::format::{bound_word, group_thousands};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::DrawingBackend;

/// A bar's label: "H1 2024: 108.3", its period without the group's name (the text after the
/// first ", "), then the value alone where even that does not fit.
fn bar_texts(period: &str, value: &str) -> Vec<String> {
    let short = period.split_once(", ").map_or(period, |(_, rest)| rest);
    vec![format!("{short}: {value}"), value.to_string()]
}

pub(super) fn draw_bars<DB: DrawingBackend>(
    root: &Surface<DB>,
    chart: &ChartData,
    opts: &DrawOptions,
) -> DrawResult<HitMap> {
    let p = opts.palette;
    let f = &chart.frame;
    let (width, height) = root.size();
    // The rows at the thinnest bars must fit: where they would not, a smaller type (to 11 px).
    let rows_fit = |css: f64| {
        let line = LINE_EM * font_px(opts, css);
        let groups = chart.series.iter().filter(|s| !s.points.is_empty()).count();
        let bars: usize = chart.series.iter().map(|s| s.points.len()).sum();
        let s = opts.scale;
        let need = groups as f64 * (line + 4.0 * s)
            + bars as f64 * (line + 12.0 * s)
            + 2.0 * line
            + 20.0 * s;
        need <= f64::from(height)
    };
    let mut css = label_css(opts, width);
    while css > 11.0 && !rows_fit(css) {
        css -= 0.5;
    }
    let size = font_px(opts, css);
    let line_h = LINE_EM * size;
    let room = Room {
        top: px(opts, 4.0),
        right: px(opts, 14.0),
        left: px(opts, 12.0),
        bottom: px(opts, 2.0),
        below: super::round_px(2.0 * line_h + 14.0 * opts.scale),
        beside: 0,
    };
    let ctx = Coords::new(root.size(), room, f.x_range, (0.0, 1.0));
    let x_label = |x: f64| group_thousands(x);
    let make = |count| nice_ticks(f.x_range.0, f.x_range.1, count);
    let x_ticks = spaced_x_ticks(&ctx, opts, css, &x_label, &make, 6);
    let texts = draw_axes(
        root,
        &ctx,
        opts,
        &Axes {
            x_ticks: &x_ticks,
            x_format: &x_label,
            y_ticks: &[],
            y_format: None,
            x_title: Some(f.x_label),
            y_title: &[],
            css,
        },
    )?;
    let mut hits = HitMap {
        texts,
        ..HitMap::default()
    };
    let (x0, y1) = fpt(ctx.at(f.x_range.0, 0.0));
    let (x1, y0) = fpt(ctx.at(f.x_range.1, 1.0));
    let plot = Rect::new(x0, y0, x1, y1);
    hits.plot = Some(plot);
    // Rows from the top: per group a heading line, per bar a label line and the bar; the
    // room left over is shared out between the rows.
    // Below each bar 3 px before the next label: boxes that only touch would overlap once
    // rounded to whole CSS pixels.
    let (head_h, label_gap, after) = (
        line_h + 4.0 * opts.scale,
        4.0 * opts.scale,
        3.0 * opts.scale,
    );
    let groups: Vec<_> = chart
        .series
        .iter()
        .filter(|s| !s.points.is_empty())
        .collect();
    let bars: usize = groups.iter().map(|s| s.points.len()).sum();
    let rows = groups.len() + bars;
    // Bars 9 px thick where there is room, down to 5 px where there is not.
    let texts_h = groups.len() as f64 * head_h + bars as f64 * (line_h + label_gap + after);
    let bar_h = crate::charts::layout::fit(
        (plot.y1 - plot.y0 - texts_h) / bars.max(1) as f64,
        5.0 * opts.scale,
        9.0 * opts.scale,
    );
    let need = texts_h + bars as f64 * bar_h;
    let spare = ((plot.y1 - plot.y0 - need) / rows as f64).max(0.0);
    let x_px = |v: f64| fpt(ctx.at(v, 0.0)).0;
    let mut y = plot.y0;
    let heading_css = css;
    for (s, series) in chart.series.iter().enumerate() {
        if series.points.is_empty() {
            continue;
        }
        let color = p.role(series.role);
        let texts = series.direct_texts();
        // Bold: about a tenth wider than the estimate for the regular face.
        let bold = |t: &str| {
            let (w, h) = text_size(t, font_px(opts, heading_css));
            (w * 1.12, h)
        };
        let heading = texts
            .iter()
            .find(|t| bold(t).0 <= plot.x1 - plot.x0)
            .unwrap_or(&texts[texts.len() - 1]);
        let (w, h) = bold(heading);
        let top = y + spare / 2.0;
        let r = Rect::new(plot.x0, top, plot.x0 + w, top + h);
        root.text(
            heading,
            super::text::pt((
                r.x0,
                r.y0 + crate::charts::layout::MIDDLE_EM * font_px(opts, heading_css),
            )),
            &super::font(opts, heading_css, p.ink)
                .bold()
                .anchor(HPos::Left, VPos::Center),
        )?;
        hits.texts.push(r);
        y += head_h + spare;
        for (i, point) in series.points.iter().enumerate() {
            let value = format!("{}{}", bound_word(point.bound), group_thousands(point.x));
            let label_y = y;
            let bar_top = y + line_h + label_gap;
            let end = x_px(point.x);
            let bar = Rect::new(plot.x0, bar_top, end, bar_top + bar_h);
            root.rect(
                super::text::pt((bar.x0, bar.y0)),
                super::text::pt((bar.x1, bar.y1)),
                Stroke::fill(color.opaque()),
                true,
            )?;
            hits.marks.push(bar);
            let texts = bar_texts(&point.period, &value);
            let text = texts
                .iter()
                .find(|t| plot.x0 + text_size(t, size).0 <= plot.x1)
                .unwrap_or(&texts[texts.len() - 1]);
            let r = text_box(opts, text, css, (plot.x0, label_y));
            draw_text(root, opts, text, r, (css, p.muted))?;
            hits.texts.push(r);
            let mid = bar_top + bar_h / 2.0;
            if point.bound == Bound::AtLeast {
                let s = opts.scale;
                // Within the bar's row, a little taller than the bar.
                let half = bar_h / 2.0 + 1.5 * s;
                let arrow = [
                    (end + 1.0 * s, mid - half),
                    (end + 7.0 * s, mid),
                    (end + 1.0 * s, mid + half),
                ];
                root.polygon(
                    &arrow
                        .iter()
                        .map(|q| super::text::pt(*q))
                        .collect::<Vec<_>>(),
                    color.opaque(),
                )?;
                hits.marks
                    .push(Rect::new(end, mid - half, end + 7.0 * s, mid + half));
            }
            let at = PointRef {
                series: s,
                point: i,
            };
            let (ix0, iy0, ix1, iy1) = (
                super::round_px(plot.x0),
                super::round_px(label_y),
                super::round_px(end.max(plot.x0 + 24.0 * opts.scale)),
                super::round_px(bar.y1 + 2.0 * opts.scale),
            );
            hits.hits.push(Hit {
                at,
                anchor: (super::round_px(end), super::round_px(mid)),
                rect: ((ix0, iy0), (ix1, iy1)),
            });
            let ring_color = if opts.focus == Some(at) {
                Some(p.ink)
            } else if opts.highlight == Some(at) {
                Some(p.highlight)
            } else {
                None
            };
            if let Some(ring) = ring_color {
                let g = 3.0 * opts.scale;
                root.rect(
                    super::text::pt((bar.x0, bar.y0 - g)),
                    super::text::pt((bar.x1 + g, bar.y1 + g)),
                    Stroke::new(ring, px_u32(opts, 2.5)),
                    false,
                )?;
            }
            y = bar.y1 + after + spare;
        }
    }
    Ok(hits)
}
