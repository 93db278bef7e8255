//! Grid, axis lines, tick labels (as many as fit without touching) and the axis titles: the
//! value axis's title across the top, over its labels, as data desks set it.

use super::text::{draw_text, font_px, fpt, text_box};
use super::{px, px_u32, Coords, DrawOptions, DrawResult};
use crate::charts::layout::{text_size, Rect, MIDDLE_EM};
use crate::charts::surface::{Stroke, Surface};
use plotters_backend::DrawingBackend;

/// What the axes show.
pub(super) struct Axes<'a> {
    pub(super) x_ticks: &'a [f64],
    pub(super) x_format: &'a dyn Fn(f64) -> String,
    /// Horizontal grid lines and labels; empty for a vertical grid at the x ticks instead.
    pub(super) y_ticks: &'a [f64],
    pub(super) y_format: Option<&'a dyn Fn(f64) -> String>,
    pub(super) x_title: Option<&'a str>,
    /// The value axis's title, longest first: the first that fits the width is drawn.
    pub(super) y_title: &'a [String],
    /// Tick label size, CSS px.
    pub(super) css: f64,
}

/// The most ticks (of those `make(count)` gives, for counts from `max` down) whose labels
/// keep at least 10 CSS px apart along the x axis.
pub(super) fn spaced_x_ticks(
    ctx: &Coords,
    opts: &DrawOptions,
    css: f64,
    format: &dyn Fn(f64) -> String,
    make: &dyn Fn(usize) -> Vec<f64>,
    max: usize,
) -> Vec<f64> {
    let y = ctx.y_range().0;
    for count in (1..=max).rev() {
        let ticks = make(count);
        let widest = ticks
            .iter()
            .map(|t| text_size(&format(*t), font_px(opts, css)).0)
            .fold(0.0, f64::max);
        let fits = ticks.windows(2).all(|w| {
            let (a, b) = (ctx.at(w[0], y).0, ctx.at(w[1], y).0);
            f64::from(b - a) >= widest + 10.0 * opts.scale
        });
        if fits {
            return ticks;
        }
    }
    Vec::new()
}

/// Draws the axes; returns the boxes of the texts drawn.
pub(super) fn draw_axes<DB: DrawingBackend>(
    root: &Surface<DB>,
    ctx: &Coords,
    opts: &DrawOptions,
    axes: &Axes,
) -> DrawResult<Vec<Rect>> {
    let p = opts.palette;
    let (xr, yr) = (ctx.x_range(), ctx.y_range());
    let grid = Stroke::new(p.grid, px_u32(opts, 1.0));
    let axis = Stroke::new(p.muted, px_u32(opts, 1.0));
    let at = |x: f64, y: f64| ctx.at(x, y);
    let style = (axes.css, p.muted);
    let size = font_px(opts, axes.css);
    let (width, _) = root.size();
    let width = f64::from(width);
    let mut boxes = Vec::new();
    let line = |a: (i32, i32), b: (i32, i32), s: Stroke| root.path(&[a, b], s);
    if axes.y_ticks.is_empty() {
        for &x in axes.x_ticks {
            line(at(x, yr.0), at(x, yr.1), grid)?;
        }
    } else {
        for &y in axes.y_ticks {
            line(at(xr.0, y), at(xr.1, y), grid)?;
        }
    }
    line(at(xr.0, yr.0), at(xr.1, yr.0), axis)?;
    for &x in axes.x_ticks {
        let (px_x, py) = at(x, yr.0);
        line((px_x, py), (px_x, py + px(opts, 4.0)), axis)?;
    }
    if let Some(format) = axes.y_format {
        for &y in axes.y_ticks {
            let (x0, py) = fpt(at(xr.0, y));
            let text = format(y);
            let (w, _) = text_size(&text, size);
            let r = text_box(
                opts,
                &text,
                axes.css,
                (x0 - 6.0 * opts.scale - w, py - MIDDLE_EM * size),
            );
            draw_text(root, opts, &text, r, style)?;
            boxes.push(r);
        }
    }
    for &x in axes.x_ticks {
        let (px_x, py) = fpt(at(x, yr.0));
        let text = (axes.x_format)(x);
        let (w, _) = text_size(&text, size);
        let x0 = crate::charts::layout::fit(px_x - w / 2.0, 0.0, (width - w).max(0.0));
        let r = text_box(opts, &text, axes.css, (x0, py + 6.0 * opts.scale));
        draw_text(root, opts, &text, r, style)?;
        boxes.push(r);
    }
    if let Some(title) = axes.x_title {
        let (x0, y0) = fpt(at(xr.0, yr.0));
        let (x1, _) = fpt(at(xr.1, yr.0));
        let (w, h) = text_size(title, size);
        let r = text_box(
            opts,
            title,
            axes.css,
            ((x0 + x1 - w) / 2.0, y0 + 8.0 * opts.scale + h),
        );
        draw_text(root, opts, title, r, style)?;
        boxes.push(r);
    }
    let fits = |t: &&String| text_size(t, size).0 <= width - 4.0 * opts.scale;
    if let Some(title) = axes.y_title.iter().find(fits) {
        let r = text_box(opts, title, axes.css, (2.0 * opts.scale, 2.0 * opts.scale));
        draw_text(root, opts, title, r, style)?;
        boxes.push(r);
    }
    Ok(boxes)
}
