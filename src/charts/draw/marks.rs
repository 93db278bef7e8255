//! Marker shapes (and the lower-bound arrow), and the halo behind a mark's tag.

use super::{count_f64, err, px, px_u32, round_px, Ctx, DrawOptions, DrawResult};
use crate::charts::data::{DataPoint, Mark, Series};
use crate::content::Bound;
use plotters::prelude::*;

/// A box of the background colour behind a mark's tag (drawn to its left), so that lines
/// passing under the tag do not cross its letters. The width is estimated from the number of
/// characters (about 0.56 em each in a sans-serif face), the same on every backend.
pub(super) fn tag_halo(
    opts: &DrawOptions,
    tag: &str,
    background: RGBColor,
) -> Rectangle<(i32, i32)> {
    let em = 11.5 * opts.scale;
    let width = round_px(count_f64(tag.chars().count()) * 0.56 * em);
    let (right, pad, half) = (-px(opts, 10.0), px(opts, 3.0), round_px(0.6 * em));
    Rectangle::new(
        [
            (right - width - pad, -half - pad),
            (right + pad, half + pad),
        ],
        background.mix(0.85).filled(),
    )
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
