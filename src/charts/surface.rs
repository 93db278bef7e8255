//! The few drawing operations the charts use (lines, dashed lines, rectangles, circles,
//! polygons, text), straight on any plotters `DrawingBackend`: the canvas in the browser, SVG
//! for the page, the downloads and the tests. The charts place everything themselves (the
//! label layout, `draw::coords`), so plotters' drawing areas, chart builder and elements, whose
//! code the chart module would otherwise carry, are not needed (issue 17: bytes).

use super::theme::Rgb;
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontFamily, FontStyle,
};
use std::cell::RefCell;

/// A line's or an outline's colour and width (backend px); a fill's colour.
#[derive(Clone, Copy)]
pub struct Stroke {
    pub color: BackendColor,
    pub width: u32,
}

impl Stroke {
    pub fn new(color: Rgb, width: u32) -> Self {
        Stroke {
            color: color.opaque(),
            width,
        }
    }

    /// A fill of `color` (its width, 1, is what SVG writes for a filled circle's outline).
    pub fn fill(color: BackendColor) -> Self {
        Stroke { color, width: 1 }
    }
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// A text's look: its size as plotters' backends read it (1.24 times the drawn size: the SVG
/// backend writes it ÷ 1.24, and so does `canvas::Canvas`), weight, colour and anchor.
#[derive(Clone, Copy)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
    pub color: Rgb,
    pub anchor: (HPos, VPos),
}

impl Font {
    /// Text of `size` (as the backends read it: 1.24 times as high as drawn), anchored at its
    /// top left.
    pub fn new(size: f64, color: Rgb) -> Self {
        Font {
            size,
            bold: false,
            color,
            anchor: (HPos::Left, VPos::Top),
        }
    }

    pub fn bold(self) -> Self {
        Font { bold: true, ..self }
    }

    pub fn anchor(self, h: HPos, v: VPos) -> Self {
        Font {
            anchor: (h, v),
            ..self
        }
    }
}

impl BackendTextStyle for Font {
    type FontError = std::fmt::Error;

    fn color(&self) -> BackendColor {
        self.color.opaque()
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }

    fn anchor(&self) -> Pos {
        Pos::new(self.anchor.0, self.anchor.1)
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::SansSerif
    }

    /// The label layout's estimate (`charts::layout`), from the text's top left.
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), std::fmt::Error> {
        let (w, h) = super::layout::text_size(text, self.size / 1.24);
        Ok(((0, 0), (round(w.ceil()), round(h.ceil()))))
    }

    /// Both backends set text themselves (SVG `<text>`, the canvas's `fillText`): there are
    /// no glyph pixels to hand over.
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _: &str,
        _: BackendCoord,
        _: F,
    ) -> Result<Result<(), E>, std::fmt::Error> {
        Ok(Ok(()))
    }
}

/// Rounds to whole backend pixels; `as` saturates (NaN gives 0), so nothing wraps.
#[allow(clippy::cast_possible_truncation)] // drawn sizes are far inside i32
pub fn round(v: f64) -> i32 {
    v.round() as i32
}

/// A backend to draw on: each operation readies it first (the SVG backend writes its header
/// then) and gives its error as text.
pub struct Surface<'a, DB: DrawingBackend> {
    db: RefCell<&'a mut DB>,
    size: (u32, u32),
}

type Drawn = Result<(), String>;

impl<'a, DB: DrawingBackend> Surface<'a, DB> {
    pub fn new(db: &'a mut DB) -> Self {
        let size = db.get_size();
        Surface {
            db: RefCell::new(db),
            size,
        }
    }

    /// Width and height in backend pixels.
    pub fn size(&self) -> (u32, u32) {
        self.size
    }

    /// `p` kept on the surface (an edge at most), as plotters' drawing area kept it.
    fn keep(&self, (x, y): BackendCoord) -> BackendCoord {
        let (w, h) = self.corner();
        (x.min(w).max(0), y.min(h).max(0))
    }

    fn corner(&self) -> BackendCoord {
        let whole = |v: u32| i32::try_from(v).unwrap_or(i32::MAX);
        (whole(self.size.0), whole(self.size.1))
    }

    fn run(
        &self,
        op: impl FnOnce(&mut DB) -> Result<(), DrawingErrorKind<DB::ErrorType>>,
    ) -> Drawn {
        let mut db = self.db.borrow_mut();
        db.ensure_prepared()
            .and_then(|()| op(&mut db))
            .map_err(|e| e.to_string())
    }

    /// Fills the whole surface.
    pub fn fill(&self, color: Rgb) -> Drawn {
        let corner = self.corner();
        self.run(|db| db.draw_rect((0, 0), corner, &color.opaque(), true))
    }

    /// A line through `points`.
    pub fn path(&self, points: &[BackendCoord], stroke: Stroke) -> Drawn {
        self.run(|db| db.draw_path(points.iter().map(|p| self.keep(*p)), &stroke))
    }

    /// A line through `points`, dashed: `on` pixels drawn, `off` left, in turn.
    pub fn dashed(&self, points: &[BackendCoord], (on, off): (i32, i32), stroke: Stroke) -> Drawn {
        for dash in super::dashes::dashes(points, on, off) {
            self.path(&dash, stroke)?;
        }
        Ok(())
    }

    /// The rectangle with corners `a` and `b` (any two opposite ones), filled or outlined.
    pub fn rect(&self, a: BackendCoord, b: BackendCoord, stroke: Stroke, filled: bool) -> Drawn {
        let (a, b) = (self.keep(a), self.keep(b));
        let (ul, br) = ((a.0.min(b.0), a.1.min(b.1)), (a.0.max(b.0), a.1.max(b.1)));
        self.run(|db| db.draw_rect(ul, br, &stroke, filled))
    }

    pub fn circle(&self, center: BackendCoord, radius: i32, stroke: Stroke, filled: bool) -> Drawn {
        let r = radius.max(0).unsigned_abs();
        self.run(|db| db.draw_circle(self.keep(center), r, &stroke, filled))
    }

    pub fn polygon(&self, points: &[BackendCoord], color: BackendColor) -> Drawn {
        self.run(|db| db.fill_polygon(points.iter().map(|p| self.keep(*p)), &color))
    }

    pub fn text(&self, text: &str, at: BackendCoord, font: &Font) -> Drawn {
        self.run(|db| db.draw_text(text, font, self.keep(at)))
    }
}
