//! Drawing, generic over plotters' `DrawingBackend`: the same code paints the browser canvas,
//! the prerendered and downloadable SVG, and the native tests' SVG strings. It returns where
//! each point landed, for hit-testing and for placing the tooltip.

use super::data::{ChartData, PointRef, SeriesKind};
use super::surface::{Font, Surface};
use super::theme::{Palette, Rgb};
use plotters_backend::DrawingBackend;

mod axes;
mod bars;
mod coords;
mod gaps;
mod hit;
mod lines;
mod marks;
mod text;
mod ticks;

use axes::{draw_axes, spaced_x_ticks, Axes};
use bars::draw_bars;
use coords::{Coords, Room};
pub use hit::{Hit, HitMap};
use lines::draw_lines;
use marks::{draw_mark, mark_box};
pub use ticks::nice_ticks;

/// What to draw on top of the data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DrawOptions<'a> {
    pub palette: &'a Palette,
    /// Backend pixels per CSS pixel (the device pixel ratio on canvas, 1 for SVG).
    pub scale: f64,
    /// The point linked from the prose (hovered or focused figure).
    pub highlight: Option<PointRef>,
    /// The point under the pointer or the keyboard focus.
    pub focus: Option<PointRef>,
}

type DrawResult<T> = Result<T, String>;

/// Draws `chart` onto `backend` and returns where its points landed.
pub fn draw<DB: DrawingBackend>(
    backend: &mut DB,
    chart: &ChartData,
    opts: &DrawOptions,
) -> DrawResult<HitMap> {
    let root = Surface::new(backend);
    root.fill(opts.palette.background)?;
    if chart.series.iter().any(|s| s.kind == SeriesKind::Bars) {
        draw_bars(&root, chart, opts)
    } else {
        draw_lines(&root, chart, opts)
    }
}

/// Below this chart width (CSS px) text is set a little smaller.
const NARROW_CSS_PX: f64 = 480.0;

/// The size of tick and data labels, CSS px.
fn label_css(opts: &DrawOptions, width: u32) -> f64 {
    if f64::from(width) / opts.scale < NARROW_CSS_PX {
        12.0
    } else {
        13.0
    }
}

use super::surface::round as round_px;

fn px(opts: &DrawOptions, css: f64) -> i32 {
    round_px(css * opts.scale)
}

/// A width in backend pixels (a stroke, a label), never negative.
fn px_u32(opts: &DrawOptions, css: f64) -> u32 {
    u32::try_from(px(opts, css)).unwrap_or(0)
}

/// A number of characters as a float: exact up to `u32::MAX`, saturating above.
fn count_f64(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

/// Text of `css_px` CSS px in `color`, anchored at its top left.
fn font(opts: &DrawOptions, css_px: f64, color: Rgb) -> Font {
    Font::new(css_px * 1.24 * opts.scale, color)
}
