//! Marker shapes (and the lower-bound arrow), and the box each covers.

use super::{px, px_u32, Coords, DrawOptions, DrawResult};
use crate::charts::data::{DataPoint, Mark, Series};
use crate::charts::layout::Rect;
use crate::charts::surface::{Stroke, Surface};
use crate::content::Bound;
use plotters_backend::DrawingBackend;

/// The box a point's mark covers, in backend pixels (with its lower-bound arrow).
pub(super) fn mark_box(opts: &DrawOptions, point: &DataPoint, (x, y): (i32, i32)) -> Rect {
    let (x, y, s) = (f64::from(x), f64::from(y), opts.scale);
    let r = 6.5 * s;
    let top = if point.bound == Bound::AtLeast {
        y - 27.0 * s
    } else {
        y - r
    };
    Rect::new(x - r, top, x + r, y + r)
}

pub(super) fn draw_mark<DB: DrawingBackend>(
    root: &Surface<DB>,
    ctx: &Coords,
    series: &Series,
    point: &DataPoint,
    opts: &DrawOptions,
) -> DrawResult<()> {
    let color = opts.palette.role(series.role);
    let fill = Stroke::fill(color.opaque());
    let stroke = Stroke::new(color, px_u32(opts, 2.0));
    let r = px(opts, 5.0);
    let (x, y) = ctx.on_plot(point.x, point.y);
    let at = |v: &[(i32, i32)]| {
        v.iter()
            .map(|(dx, dy)| (x + dx, y + dy))
            .collect::<Vec<_>>()
    };
    match series.mark {
        Mark::Circle => root.circle((x, y), r, fill, true)?,
        Mark::HollowCircle => root.circle((x, y), r, stroke, false)?,
        Mark::Triangle => root.polygon(&at(&[(0, -r - 1), (r + 1, r), (-r - 1, r)]), fill.color)?,
        Mark::Diamond => root.polygon(
            &at(&[(0, -r - 1), (r + 1, 0), (0, r + 1), (-r - 1, 0)]),
            fill.color,
        )?,
        Mark::Square => root.rect((x - r, y - r), (x + r, y + r), fill, true)?,
        Mark::None => {}
    }
    if point.bound == Bound::AtLeast {
        // A lower bound: an arrow pointing up from the mark.
        let tip = -r - px(opts, 16.0);
        root.path(&at(&[(0, -r - px(opts, 2.0)), (0, tip)]), stroke)?;
        root.polygon(
            &at(&[
                (0, tip - px(opts, 4.0)),
                (px(opts, 4.0), tip + px(opts, 2.0)),
                (-px(opts, 4.0), tip + px(opts, 2.0)),
            ]),
            fill.color,
        )?;
    }
    Ok(())
}
