//! Marker shapes (and the lower-bound arrow), and the box each covers.

use super::{err, px, px_u32, Ctx, DrawOptions, DrawResult};
use crate::charts::data::{DataPoint, Mark, Series};
use crate::charts::layout::Rect;
use crate::content::Bound;
use plotters::prelude::*;

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
    ctx: &mut Ctx<'_, DB>,
    series: &Series,
    point: &DataPoint,
    opts: &DrawOptions,
) -> DrawResult<()> {
    let color = opts.palette.role(series.role);
    let fill = ShapeStyle::from(color).filled();
    let stroke = ShapeStyle::from(color).stroke_width(px_u32(opts, 2.0));
    let r = px(opts, 5.0);
    let at = EmptyElement::at((point.x, point.y));
    let result = match series.mark {
        Mark::Circle => ctx
            .draw_series(std::iter::once(at + Circle::new((0, 0), r, fill)))
            .map(|_| ()),
        Mark::HollowCircle => ctx
            .draw_series(std::iter::once(at + Circle::new((0, 0), r, stroke)))
            .map(|_| ()),
        Mark::Triangle => ctx
            .draw_series(std::iter::once(
                at + Polygon::new(vec![(0, -r - 1), (r + 1, r), (-r - 1, r)], fill),
            ))
            .map(|_| ()),
        Mark::Diamond => ctx
            .draw_series(std::iter::once(
                at + Polygon::new(vec![(0, -r - 1), (r + 1, 0), (0, r + 1), (-r - 1, 0)], fill),
            ))
            .map(|_| ()),
        Mark::Square => ctx
            .draw_series(std::iter::once(
                at + Rectangle::new([(-r, -r), (r, r)], fill),
            ))
            .map(|_| ()),
        Mark::None => Ok(()),
    };
    result.map_err(err)?;
    if point.bound == Bound::AtLeast {
        // A lower bound: an arrow pointing up from the mark.
        let tip = -r - px(opts, 16.0);
        let arrow = EmptyElement::at((point.x, point.y))
            + PathElement::new(vec![(0, -r - px(opts, 2.0)), (0, tip)], stroke)
            + Polygon::new(
                vec![
                    (0, tip - px(opts, 4.0)),
                    (px(opts, 4.0), tip + px(opts, 2.0)),
                    (-px(opts, 4.0), tip + px(opts, 2.0)),
                ],
                fill,
            );
        ctx.draw_series(std::iter::once(arrow)).map_err(err)?;
    }
    Ok(())
}
