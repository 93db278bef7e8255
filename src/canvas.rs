//! The canvas as a plotters `DrawingBackend`: the chart module's live charts (`live`) and the
//! app's PNG downloads (through `charts::backend`). Like plotters-canvas, but it writes colours and font
//! sizes with integer arithmetic (no float formatting in the module), and sets text at the
//! size the SVG backend does (its size ÷ 1.24), so that text is the same size on both and the
//! label layout's estimates hold for both.

use crate::charts::canvas_font::canvas_font;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use std::f64::consts::PI;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

pub struct Canvas {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    /// The context's font, as it reads it back: set only when a label's differs, since setting
    /// one makes the browser parse it and compute the canvas's style. The context keeps the
    /// one the last paint left, and most labels share it.
    font: String,
}

/// A canvas call that failed, as the browser said it.
#[derive(Debug)]
pub struct CanvasError(String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CanvasError {}

type Result = std::result::Result<(), DrawingErrorKind<CanvasError>>;

fn failed(e: JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError(e.as_string().unwrap_or_default()))
}

impl Canvas {
    pub fn new(canvas: HtmlCanvasElement) -> Option<Self> {
        let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        let font = context.font();
        Some(Canvas {
            canvas,
            context,
            font,
        })
    }

    fn stroke(&self, style: &impl BackendStyle) {
        self.context.set_stroke_style_str(&css_color(style.color()));
        self.context.set_line_width(f64::from(style.stroke_width()));
    }

    fn fill(&self, color: BackendColor) {
        self.context.set_fill_style_str(&css_color(color));
    }

    fn trace(&self, path: impl IntoIterator<Item = BackendCoord>) -> bool {
        let mut path = path.into_iter();
        self.context.begin_path();
        let Some((x, y)) = path.next() else {
            return false;
        };
        self.context.move_to(f64::from(x), f64::from(y));
        for (x, y) in path {
            self.context.line_to(f64::from(x), f64::from(y));
        }
        true
    }
}

/// `rgba(r,g,b,a)` with the alpha in thousandths.
pub fn css_color(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped to 0..=1000
    let a = (crate::charts::layout::fit(color.alpha, 0.0, 1.0) * 1000.0).round() as u32;
    if a >= 1000 {
        format!("rgb({r},{g},{b})")
    } else {
        format!("rgba({r},{g},{b},0.{a:03})")
    }
}

/// A horizontal or vertical line moved by half a pixel, so that it is not blurred.
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let (mut a, mut b) = (
        (f64::from(from.0), f64::from(from.1)),
        (f64::from(to.0), f64::from(to.1)),
    );
    if from.0 == to.0 {
        a.0 -= 0.5;
        b.0 -= 0.5;
    }
    if from.1 == to.1 {
        a.1 -= 0.5;
        b.1 -= 0.5;
    }
    (a, b)
}

impl DrawingBackend for Canvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    fn present(&mut self) -> Result {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Result {
        if color.alpha > 0.0 {
            self.fill(color);
            self.context.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result {
        if style.color().alpha > 0.0 {
            let (a, b) = crisp(from, to);
            self.stroke(style);
            self.context.begin_path();
            self.context.move_to(a.0, a.1);
            self.context.line_to(b.0, b.1);
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        ul: BackendCoord,
        br: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        if style.color().alpha > 0.0 {
            let (x, y) = (f64::from(ul.0), f64::from(ul.1));
            let (w, h) = (f64::from(br.0 - ul.0), f64::from(br.1 - ul.1));
            if fill {
                self.fill(style.color());
                self.context.fill_rect(x, y, w, h);
            } else {
                self.stroke(style);
                self.context.stroke_rect(x, y, w, h);
            }
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        if style.color().alpha > 0.0 {
            self.stroke(style);
            self.trace(path);
            self.context.stroke();
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        if style.color().alpha > 0.0 {
            self.fill(style.color());
            if self.trace(path) {
                self.context.close_path();
            }
            self.context.fill();
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result {
        if style.color().alpha > 0.0 {
            if fill {
                self.fill(style.color());
            } else {
                self.stroke(style);
            }
            self.context.begin_path();
            self.context
                .arc(f64::from(x), f64::from(y), f64::from(radius), 0.0, PI * 2.0)
                .map_err(failed)?;
            if fill {
                self.context.fill();
            } else {
                self.context.stroke();
            }
        }
        Ok(())
    }

    /// The label layout's estimate (`charts::layout`), not plotters' own measurement, which
    /// lays out text in the DOM: nothing here asks for it, and it formats floats.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> std::result::Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        let (w, h) = crate::charts::layout::text_size(text, style.size() / 1.24);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // small, positive
        Ok((w.ceil() as u32, h.ceil() as u32))
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        (x, y): BackendCoord,
    ) -> Result {
        let color = style.color();
        if color.alpha <= 0.0 {
            return Ok(());
        }
        let turn = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 0.5,
            FontTransform::Rotate180 => 1.0,
            FontTransform::Rotate270 => 1.5,
        };
        let c = &self.context;
        let (x, y) = if turn == 0.0 {
            (f64::from(x), f64::from(y))
        } else {
            c.save();
            c.translate(f64::from(x), f64::from(y)).map_err(failed)?;
            c.rotate(turn * PI).map_err(failed)?;
            (0.0, 0.0)
        };
        let anchor = style.anchor();
        c.set_text_baseline(match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        c.set_text_align(match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        self.fill(color);
        let font = canvas_font(
            style.style().as_str(),
            style.size(),
            style.family().as_str(),
        );
        if font != self.font {
            c.set_font(&font);
            self.font = font;
        }
        c.fill_text(text, x, y).map_err(failed)?;
        if turn != 0.0 {
            // `restore` brings back the font from before the rotation.
            c.restore();
            self.font = c.font();
        }
        Ok(())
    }
}
