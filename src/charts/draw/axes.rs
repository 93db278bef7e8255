//! Grid, axis lines, tick labels and axis descriptions, placed by anchor (no text measured).

use super::{err, font, px, px_u32, Ctx, DrawOptions, DrawResult};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// What the axes show.
pub(super) struct Axes<'a> {
    pub(super) x_ticks: &'a [f64],
    pub(super) x_format: &'a dyn Fn(f64) -> String,
    /// Horizontal grid lines and labels; empty for a vertical grid at the x ticks instead.
    pub(super) y_ticks: &'a [f64],
    pub(super) y_format: Option<&'a dyn Fn(f64) -> String>,
    pub(super) x_desc: Option<&'a str>,
    pub(super) y_desc: Option<&'a str>,
}

/// Grid, axis line, tick labels and axis descriptions, placed by anchor: no text is measured,
/// so drawing needs no layout from the browser.
pub(super) fn draw_axes<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    ctx: &Ctx<'_, DB>,
    opts: &DrawOptions,
    axes: Axes,
) -> DrawResult<()> {
    let p = opts.palette;
    let (xr, yr) = (ctx.x_range(), ctx.y_range());
    let grid = ShapeStyle::from(p.grid).stroke_width(px_u32(opts, 1.0));
    let axis = ShapeStyle::from(p.muted).stroke_width(px_u32(opts, 1.0));
    let at = |x: f64, y: f64| ctx.backend_coord(&(x, y));
    let label = |anchor: Pos| font(opts, 12.0, p.muted).pos(anchor);
    if axes.y_ticks.is_empty() {
        for &x in axes.x_ticks {
            root.draw(&PathElement::new(
                vec![at(x, yr.start), at(x, yr.end)],
                grid,
            ))
            .map_err(err)?;
        }
    } else {
        for &y in axes.y_ticks {
            root.draw(&PathElement::new(
                vec![at(xr.start, y), at(xr.end, y)],
                grid,
            ))
            .map_err(err)?;
            if let Some(format) = axes.y_format {
                let (x0, py) = at(xr.start, y);
                root.draw(&Text::new(
                    format(y),
                    (x0 - px(opts, 6.0), py),
                    label(Pos::new(HPos::Right, VPos::Center)),
                ))
                .map_err(err)?;
            }
        }
        root.draw(&PathElement::new(
            vec![at(xr.start, yr.start), at(xr.start, yr.end)],
            axis,
        ))
        .map_err(err)?;
    }
    root.draw(&PathElement::new(
        vec![at(xr.start, yr.start), at(xr.end, yr.start)],
        axis,
    ))
    .map_err(err)?;
    for &x in axes.x_ticks {
        let (px_x, py) = at(x, yr.start);
        root.draw(&PathElement::new(
            vec![(px_x, py), (px_x, py + px(opts, 4.0))],
            axis,
        ))
        .map_err(err)?;
        root.draw(&Text::new(
            (axes.x_format)(x),
            (px_x, py + px(opts, 7.0)),
            label(Pos::new(HPos::Center, VPos::Top)),
        ))
        .map_err(err)?;
    }
    if let Some(desc) = axes.x_desc {
        let (x0, y0) = at(xr.start, yr.start);
        let (x1, _) = at(xr.end, yr.start);
        root.draw(&Text::new(
            desc.to_string(),
            ((x0 + x1) / 2, y0 + px(opts, 24.0)),
            label(Pos::new(HPos::Center, VPos::Top)),
        ))
        .map_err(err)?;
    }
    if let Some(desc) = axes.y_desc {
        let (_, y0) = at(xr.start, yr.start);
        let (_, y1) = at(xr.start, yr.end);
        let style = label(Pos::new(HPos::Center, VPos::Top)).transform(FontTransform::Rotate270);
        root.draw(&Text::new(
            desc.to_string(),
            (px(opts, 2.0), (y0 + y1) / 2),
            style,
        ))
        .map_err(err)?;
    }
    Ok(())
}
