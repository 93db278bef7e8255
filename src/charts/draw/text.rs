//! Text placed by the label layout: its size, drawing it in its box, and the boxes the
//! drawing keeps for hit-testing, tests and the canvas's `data-label-boxes`.

use super::{font, DrawOptions, DrawResult};
use crate::charts::layout::{text_size, Candidate, Obstacle, Rect, Side, MIDDLE_EM};
use crate::charts::surface::{Stroke, Surface};
use crate::charts::theme::Rgb;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::DrawingBackend;

/// The drawn size in backend pixels of text set at `css` CSS px: `font` asks the backend for
/// 1.24 times that, which plotters' SVG backend writes ÷ 1.24 (and `canvas::Canvas` does the
/// same).
pub(super) fn font_px(opts: &DrawOptions, css: f64) -> f64 {
    css * opts.scale
}

/// A label wanted: where, which texts (longest first), which sides, in what colour and size.
pub(super) struct Wanted {
    pub(super) candidate: Candidate,
    pub(super) color: Rgb,
    pub(super) css: f64,
}

impl Wanted {
    pub(super) fn new(
        opts: &DrawOptions,
        anchor: (f64, f64),
        texts: Vec<String>,
        sides: Vec<Side>,
        (css, color): (f64, Rgb),
    ) -> Self {
        let size = font_px(opts, css);
        Wanted {
            candidate: Candidate {
                anchor,
                texts: texts
                    .into_iter()
                    .map(|t| {
                        let s = text_size(&t, size);
                        (t, s)
                    })
                    .collect(),
                sides,
                gap: 10.0 * opts.scale,
                leader: true,
            },
            color,
            css,
        }
    }

    pub(super) fn fixed(mut self) -> Self {
        self.candidate.leader = false;
        self
    }

    pub(super) fn gap(mut self, css: f64, opts: &DrawOptions) -> Self {
        self.candidate.gap = css * opts.scale;
        self
    }
}

/// Places `wanted` inside `bounds` clear of `obstacles` and draws each placed label (with
/// its leader line, if moved); returns each label's box, `None` where it was left out.
pub(super) fn place_and_draw<DB: DrawingBackend>(
    root: &Surface<DB>,
    opts: &DrawOptions,
    bounds: Rect,
    obstacles: &[Obstacle],
    wanted: &[Wanted],
) -> DrawResult<Vec<Option<Rect>>> {
    let candidates: Vec<Candidate> = wanted.iter().map(|w| w.candidate.clone()).collect();
    let placed = crate::charts::layout::place(bounds, obstacles, &candidates, 2.0 * opts.scale);
    let mut boxes = Vec::new();
    for (w, p) in wanted.iter().zip(placed) {
        let Some(p) = p else {
            boxes.push(None);
            continue;
        };
        if let Some((a, b)) = p.leader {
            root.path(&[pt(a), pt(b)], Stroke::new(opts.palette.muted, 1))?;
        }
        let text = &w.candidate.texts[p.text].0;
        // Set toward the anchor: the estimate errs wide, so the text hugs its mark.
        let x = w.candidate.anchor.0;
        let h = if p.rect.x1 <= x {
            HPos::Right
        } else if p.rect.x0 >= x {
            HPos::Left
        } else {
            HPos::Center
        };
        draw_aligned(root, opts, text, p.rect, (w.css, w.color), h)?;
        boxes.push(Some(p.rect));
    }
    Ok(boxes)
}

/// Draws `text` left-aligned in `rect`, centred on the box's text middle.
pub(super) fn draw_text<DB: DrawingBackend>(
    root: &Surface<DB>,
    opts: &DrawOptions,
    text: &str,
    rect: Rect,
    style: (f64, Rgb),
) -> DrawResult<()> {
    draw_aligned(root, opts, text, rect, style, HPos::Left)
}

/// Draws `text` in `rect` aligned to its left, right or centre.
fn draw_aligned<DB: DrawingBackend>(
    root: &Surface<DB>,
    opts: &DrawOptions,
    text: &str,
    rect: Rect,
    (css, color): (f64, Rgb),
    h: HPos,
) -> DrawResult<()> {
    let y = rect.y0 + MIDDLE_EM * font_px(opts, css);
    let x = match h {
        HPos::Left => rect.x0,
        HPos::Right => rect.x1,
        HPos::Center => (rect.x0 + rect.x1) / 2.0,
    };
    root.text(
        text,
        pt((x, y)),
        &font(opts, css, color).anchor(h, VPos::Center),
    )
}

/// A backend coordinate from a layout point.
#[allow(clippy::cast_possible_truncation)] // saturating; drawn sizes are far inside i32
pub(super) fn pt((x, y): (f64, f64)) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// A layout point from a backend coordinate.
pub(super) fn fpt((x, y): (i32, i32)) -> (f64, f64) {
    (f64::from(x), f64::from(y))
}

/// The box of a text of `css` px whose box starts at `(x0, y0)`.
pub(super) fn text_box(opts: &DrawOptions, text: &str, css: f64, (x0, y0): (f64, f64)) -> Rect {
    let (w, h) = text_size(text, font_px(opts, css));
    Rect::new(x0, y0, x0 + w, y0 + h)
}
