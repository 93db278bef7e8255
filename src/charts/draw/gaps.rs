//! The runs of a line (dashed or solid) and the bands that mark the years a series has no
//! figure, with their labels' texts in the forms that fit the band.

use super::text::{font_px, fpt, Wanted};
use super::{px, Coords, DrawOptions, DrawResult};
use crate::charts::data::Series;
use crate::charts::layout::{text_size, Side};
use crate::charts::surface::{Stroke, Surface};
use plotters_backend::DrawingBackend;

/// A line through the data points `path`, dashed (6 on, 4 off) or solid.
pub(super) fn draw_path<DB: DrawingBackend>(
    (root, ctx): (&Surface<DB>, &Coords),
    path: &[(f64, f64)],
    dashed: bool,
    style: Stroke,
    opts: &DrawOptions,
) -> DrawResult<()> {
    let points: Vec<(i32, i32)> = path.iter().map(|&(x, y)| ctx.on_plot(x, y)).collect();
    if dashed {
        root.dashed(&points, (px(opts, 6.0), px(opts, 4.0)), style)
    } else {
        root.path(&points, style)
    }
}

/// Marks the years a line series has no figure, where the band is wide enough to say so: a
/// band tinted with the series' colour, and "No figure from Kyrgyz officials, 2019–2022" (or
/// a shorter form that fits the band) to be placed along its foot.
pub(super) fn draw_gap<DB: DrawingBackend>(
    (root, ctx): (&Surface<DB>, &Coords),
    series: &Series,
    (first, last): (u16, u16),
    opts: &DrawOptions,
    css: f64,
) -> DrawResult<Option<Wanted>> {
    let color = opts.palette.role(series.role);
    let (x0, x1) = (f64::from(first) - 0.5, f64::from(last) + 0.5);
    let yr = ctx.y_range();
    let span = |f: &dyn Fn(u16) -> String| {
        if first == last {
            f(first)
        } else {
            format!("{}–{}", f(first), f(last))
        }
    };
    let (years, short) = (
        span(&|y| y.to_string()),
        span(&|y| format!("’{:02}", y % 100)),
    );
    let (a, b) = (fpt(ctx.at(x0, yr.0)), fpt(ctx.at(x1, yr.0)));
    let band = b.0 - a.0 - 6.0 * opts.scale;
    let size = font_px(opts, css);
    let texts: Vec<String> = [
        format!("No figure from {}, {years}", series.label),
        format!(
            "No {} figure, {years}",
            series.label.split(' ').next().unwrap_or_default()
        ),
        format!("No figure, {years}"),
        format!("No figure {short}"),
    ]
    .into_iter()
    .filter(|t| text_size(t, size).0 <= band)
    .collect();
    // Tinted only where it can say what it is.
    if texts.is_empty() {
        return Ok(None);
    }
    root.rect(
        ctx.on_plot(x0, yr.0),
        ctx.on_plot(x1, yr.1),
        Stroke::fill(color.alpha(0.05)),
        true,
    )?;
    Ok(Some({
        Wanted::new(
            opts,
            ((a.0 + b.0) / 2.0, a.1),
            texts,
            vec![Side::Above],
            (css, color),
        )
        .gap(4.0, opts)
        .fixed()
    }))
}
