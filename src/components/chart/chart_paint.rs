//! Browser glue for `ChartCanvas`: painting the canvas with plotters, placing the tooltip,
//! and turning pointer and key events into the active point.

use crate::charts::data::{ChartData, PointRef};
use crate::charts::draw::HitMap;
#[cfg(target_arch = "wasm32")]
use crate::logic::format::fixed;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// What a canvas chart keeps between paints.
#[derive(Clone, Default)]
pub struct Painter {
    pub canvas: NodeRef,
    pub tip: NodeRef,
    /// Where the points landed in the last paint.
    pub hits: Rc<RefCell<HitMap>>,
    /// (frame width, canvas CSS width, canvas CSS height) at the last size read.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    size: Rc<RefCell<(f64, f64, f64)>>,
}

/// What one paint shows.
pub struct Paint<'a> {
    pub chart: &'a ChartData,
    pub dark: bool,
    pub active: Option<PointRef>,
    pub highlight: Option<PointRef>,
    /// The frame's CSS width, from its ResizeObserver.
    pub frame_width: f64,
}

impl Painter {
    /// Paints the chart onto the canvas at CSS size × devicePixelRatio, stores the hit map,
    /// and moves the tooltip next to the active point.
    #[cfg(target_arch = "wasm32")]
    pub fn paint(&self, job: Paint) {
        use crate::charts::draw::{draw, DrawOptions};
        use crate::charts::theme::{DARK, LIGHT};
        use plotters::prelude::IntoDrawingArea;
        use plotters_canvas::CanvasBackend;

        let Some(canvas) = self.canvas.cast::<web_sys::HtmlCanvasElement>() else {
            return;
        };
        // Reading the canvas's size forces a layout: do it only when the frame's width changed.
        let (css_w, css_h) = {
            let mut size = self.size.borrow_mut();
            if size.0 != job.frame_width || size.1 < 1.0 {
                *size = (
                    job.frame_width,
                    f64::from(canvas.client_width()),
                    f64::from(canvas.client_height()),
                );
            }
            (size.1, size.2)
        };
        if css_w < 1.0 || css_h < 1.0 {
            return;
        }
        let dpr = gloo::utils::window().device_pixel_ratio().max(1.0);
        let (w, h) = ((css_w * dpr).round() as u32, (css_h * dpr).round() as u32);
        if canvas.width() != w {
            canvas.set_width(w);
        }
        if canvas.height() != h {
            canvas.set_height(h);
        }
        let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
            return;
        };
        let root = crate::charts::backend::Backend::Canvas(backend).into_drawing_area();
        let palette = if job.dark { &DARK } else { &LIGHT };
        let options = DrawOptions {
            palette,
            scale: dpr,
            highlight: job.highlight,
            focus: job.active,
        };
        if let Ok(map) = draw(&root, job.chart, &options) {
            let _ = root.present();
            // Where every text and mark landed, in CSS px, for tests and tools.
            let _ = canvas.set_attribute("data-label-boxes", &map.boxes_json(dpr));
            let plot_bottom = map.plot.map_or(css_h, |p| p.y1 / dpr);
            place_tooltip(
                &self.tip,
                (css_w, plot_bottom),
                job.active.and_then(|at| map.anchor(at)),
                dpr,
            );
            *self.hits.borrow_mut() = map;
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn paint(&self, _: Paint) {}
}

#[cfg(target_arch = "wasm32")]
/// Puts the tooltip beside the point, never over it or the x-axis: above it; else to its
/// right or left, within the plot; else above it all the same, over what is above the chart.
fn place_tooltip(
    tip: &NodeRef,
    (frame_w, plot_bottom): (f64, f64),
    anchor: Option<(i32, i32)>,
    dpr: f64,
) {
    let (Some(tip), Some((x, y))) = (tip.cast::<HtmlElement>(), anchor) else {
        return;
    };
    let (x, y) = (f64::from(x) / dpr, f64::from(y) / dpr);
    let (tip_w, tip_h) = (
        f64::from(tip.offset_width()),
        f64::from(tip.offset_height()),
    );
    let above = y - tip_h - 14.0;
    let side_top = (y - tip_h / 2.0).clamp(0.0, (plot_bottom - tip_h).max(0.0));
    let fits_beside = tip_h <= plot_bottom;
    let (left, top) = if above >= 0.0 || !fits_beside {
        (
            (x - tip_w / 2.0).clamp(0.0, (frame_w - tip_w).max(0.0)),
            above,
        )
    } else if x + 16.0 + tip_w <= frame_w {
        (x + 16.0, side_top)
    } else if x - 16.0 - tip_w >= 0.0 {
        (x - 16.0 - tip_w, side_top)
    } else {
        (
            (x - tip_w / 2.0).clamp(0.0, (frame_w - tip_w).max(0.0)),
            above,
        )
    };
    let style = tip.style();
    let _ = style.set_property("left", &format!("{}px", fixed(left, 0)));
    let _ = style.set_property("top", &format!("{}px", fixed(top, 0)));
    let _ = style.set_property("visibility", "visible");
    // Where the point is, in CSS pixels from the canvas's top left (for tests and tools).
    let _ = tip.set_attribute("data-anchor", &format!("{},{}", fixed(x, 0), fixed(y, 0)));
}

/// Scrolls the canvas into view and focuses it (a figure in the prose was activated).
pub fn reveal(canvas: &NodeRef) {
    if let Some(canvas) = canvas.cast::<HtmlElement>() {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        canvas.scroll_into_view_with_scroll_into_view_options(&options);
        let _ = canvas.focus();
    }
}

/// Pointer move or tap: the point under the pointer (or nearest within 24 CSS px).
pub fn on_pointer(
    hits: Rc<RefCell<HitMap>>,
    active: UseStateHandle<Option<PointRef>>,
) -> Callback<PointerEvent> {
    Callback::from(move |e: PointerEvent| {
        let Some(target) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else {
            return;
        };
        let dpr = gloo::utils::window().device_pixel_ratio().max(1.0);
        let rect = target.get_bounding_client_rect();
        let x = ((f64::from(e.client_x()) - rect.left()) * dpr) as i32;
        let y = ((f64::from(e.client_y()) - rect.top()) * dpr) as i32;
        let reach = (24.0 * dpr) as i32;
        let found = hits.borrow().at(x, y, reach);
        if found.is_some() || e.pointer_type() == "mouse" {
            active.set(found);
        }
    })
}

/// ←/→ between points of a series, ↑/↓ between series, Home/End, Escape to clear.
pub fn on_key(
    chart: Rc<ChartData>,
    active: UseStateHandle<Option<PointRef>>,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let current = (*active).or_else(|| chart.first());
        let Some(at) = current else { return };
        let next = match e.key().as_str() {
            "ArrowRight" => Some(chart.step(at, true)),
            "ArrowLeft" => Some(chart.step(at, false)),
            "ArrowDown" => Some(chart.switch_series(at, true)),
            "ArrowUp" => Some(chart.switch_series(at, false)),
            "Home" => Some(PointRef { point: 0, ..at }),
            "End" => Some(PointRef {
                point: chart.series[at.series].points.len().saturating_sub(1),
                ..at
            }),
            "Escape" => {
                active.set(None);
                return;
            }
            _ => return,
        };
        e.prevent_default();
        active.set(next);
    })
}
