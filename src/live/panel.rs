//! One live chart: the canvas that replaces the prerendered SVG, painted with plotters at the
//! device's pixel density and repainted on resize and theme change. Hover, tap, or focus and
//! use ←/→ (points), ↑/↓ (series), Home/End and Escape: a tooltip shows the point and a live
//! region says it.

use super::dom::{self, set_attr};
use super::tooltip;
use crate::charts::data::{announce, ChartData, PointRef};
use crate::charts::draw::HitMap;
use crate::logic::chart_bus::{Event, EVENT};
use crate::logic::view_state::Panel;
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement, HtmlElement, KeyboardEvent, PointerEvent};

pub struct LivePanel {
    pub panel: Panel,
    frame: HtmlElement,
    canvas: HtmlCanvasElement,
    live: Option<Element>,
    chart: RefCell<ChartData>,
    hits: RefCell<HitMap>,
    active: Cell<Option<PointRef>>,
    /// The key of the point the prose or the embedding page points at.
    highlight: RefCell<Option<String>>,
    tip: RefCell<Option<HtmlElement>>,
    /// (frame width, canvas CSS width, canvas CSS height) at the last size read.
    size: Cell<(f64, f64, f64)>,
    /// The frame's CSS width, from its ResizeObserver.
    pub width: Cell<f64>,
    dark: Rc<Cell<bool>>,
    /// Whether the canvas has been painted once.
    painted: Cell<bool>,
    listeners: RefCell<Vec<EventListener>>,
}

impl LivePanel {
    /// Replaces the prerendered drawings in `frame` with a canvas and listens to it.
    pub fn start(
        frame: HtmlElement,
        panel: Panel,
        chart: ChartData,
        highlight: Option<String>,
        dark: Rc<Cell<bool>>,
    ) -> Option<Rc<Self>> {
        // The chart's title, as the prerendered drawing carries it.
        let svgs = dom::find::<Element>(Some(&frame), ".chart-svgs");
        let title = dom::find::<Element>(Some(&frame), "svg[aria-label]")
            .and_then(|svg| svg.get_attribute("aria-label"))
            .unwrap_or_else(|| chart.title.to_string());
        let canvas: HtmlCanvasElement = dom::document()
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        canvas.set_class_name("chart-canvas");
        let id = chart.id;
        for (name, value) in [
            ("tabindex", "0"),
            ("role", "img"),
            (
                "aria-label",
                &format!("{title}. Use the arrow keys to move between points."),
            ),
            (
                "aria-describedby",
                &format!("{id}-summary {id}-description"),
            ),
            ("data-chart", id),
        ] {
            let _ = canvas.set_attribute(name, value);
        }
        match svgs {
            Some(svgs) => svgs.replace_with_with_node_1(&canvas).ok()?,
            None => frame.prepend_with_node_1(&canvas).ok()?,
        }
        let live = dom::find(Some(&frame), "[data-live]");
        let this = Rc::new(LivePanel {
            panel,
            frame,
            canvas,
            live,
            chart: RefCell::new(chart),
            hits: RefCell::default(),
            active: Cell::new(None),
            highlight: RefCell::new(highlight),
            tip: RefCell::new(None),
            size: Cell::new((0.0, 0.0, 0.0)),
            width: Cell::new(0.0),
            dark,
            painted: Cell::new(false),
            listeners: RefCell::default(),
        });
        this.listen();
        this.mark_highlight();
        Some(this)
    }

    fn listen(self: &Rc<Self>) {
        // Not passive: the arrow keys move between points instead of scrolling the page.
        let on = |target: &web_sys::EventTarget,
                  name: &'static str,
                  f: fn(&LivePanel, &web_sys::Event)| {
            let me: Weak<LivePanel> = Rc::downgrade(self);
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(target, name, options, move |e| {
                if let Some(me) = me.upgrade() {
                    f(&me, e)
                }
            })
        };
        let c = &self.canvas;
        *self.listeners.borrow_mut() = vec![
            on(c, "pointermove", LivePanel::on_pointer),
            on(c, "pointerdown", LivePanel::on_pointer),
            on(&self.frame, "pointerleave", |me, e| {
                if e.dyn_ref::<PointerEvent>()
                    .is_some_and(|p| p.pointer_type() == "mouse")
                {
                    me.set_active(None);
                }
            }),
            on(c, "keydown", LivePanel::on_key),
            on(c, "focus", |me, _| {
                if me.active.get().is_none() {
                    let first = me.chart.borrow().first();
                    me.set_active(first);
                }
            }),
        ];
    }

    /// Pointer move or tap: the point under the pointer (or nearest within 24 CSS px).
    fn on_pointer(&self, e: &web_sys::Event) {
        let Some(e) = e.dyn_ref::<PointerEvent>() else {
            return;
        };
        let dpr = dpr();
        let rect = self.canvas.get_bounding_client_rect();
        let x = ((f64::from(e.client_x()) - rect.left()) * dpr) as i32;
        let y = ((f64::from(e.client_y()) - rect.top()) * dpr) as i32;
        let found = self.hits.borrow().at(x, y, (24.0 * dpr) as i32);
        if found.is_some() || e.pointer_type() == "mouse" {
            self.set_active(found);
        }
    }

    /// ←/→ between points of a series, ↑/↓ between series, Home/End, Escape to clear.
    fn on_key(&self, e: &web_sys::Event) {
        let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        let next = {
            let chart = self.chart.borrow();
            let Some(at) = self.active.get().or_else(|| chart.first()) else {
                return;
            };
            match e.key().as_str() {
                "ArrowRight" => Some(chart.step(at, true)),
                "ArrowLeft" => Some(chart.step(at, false)),
                "ArrowDown" => Some(chart.switch_series(at, true)),
                "ArrowUp" => Some(chart.switch_series(at, false)),
                "Home" => Some(PointRef { point: 0, ..at }),
                "End" => Some(PointRef {
                    point: chart.series[at.series].points.len().saturating_sub(1),
                    ..at
                }),
                "Escape" => None,
                _ => return,
            }
        };
        if next.is_some() {
            e.prevent_default();
        }
        self.set_active(next);
    }

    /// Moves the reader's point, and tells the app.
    pub fn set_active(&self, at: Option<PointRef>) {
        let at = at.filter(|at| self.chart.borrow().point(*at).is_some());
        if at == self.active.get() {
            return;
        }
        self.show(at);
        let key = at.and_then(|at| Some(self.chart.borrow().point(at)?.key.clone()));
        dom::emit(
            EVENT,
            &Event::Point {
                panel: self.panel,
                key,
            }
            .to_string(),
        );
    }

    /// Shows `at` as the reader's point: canvas attributes, live region, tooltip, paint.
    fn show(&self, at: Option<PointRef>) {
        let chart = self.chart.borrow();
        let at = at.filter(|at| chart.point(*at).is_some());
        self.active.set(at);
        let key = at.and_then(|at| chart.point(at)).map(|p| p.key.as_str());
        set_attr(&self.canvas, "data-active", key);
        if let Some(live) = &self.live {
            let said = at.and_then(|at| announce(&chart, at)).unwrap_or_default();
            live.set_text_content(Some(&said));
        }
        if let Some(old) = self.tip.take() {
            old.remove();
        }
        if let Some(tip) = at.and_then(|at| tooltip::build(&chart, at)) {
            let before: Option<&web_sys::Node> = self.live.as_ref().map(|l| l.as_ref());
            let _ = self.frame.insert_before(&tip, before);
            *self.tip.borrow_mut() = Some(tip);
        }
        drop(chart);
        self.paint();
    }

    /// The point the prose or the embedding page points at (by key), ringed.
    pub fn set_highlight(&self, key: Option<String>) {
        if *self.highlight.borrow() != key {
            *self.highlight.borrow_mut() = key;
            self.mark_highlight();
            self.paint();
        }
    }

    fn mark_highlight(&self) {
        let found = self.highlight_ref().is_some();
        let key = self.highlight.borrow().clone().filter(|_| found);
        set_attr(&self.canvas, "data-highlight", key.as_deref());
    }

    fn highlight_ref(&self) -> Option<PointRef> {
        let key = self.highlight.borrow();
        self.chart.borrow().find_key(key.as_deref()?)
    }

    /// A new chart for this panel (a control changed); the reader's point stays.
    pub fn set_chart(&self, chart: ChartData) {
        *self.chart.borrow_mut() = chart;
        self.mark_highlight();
        self.show(self.active.get());
    }

    /// Scrolls the chart into view and focuses it on a point (a figure in the prose was activated).
    pub fn reveal(&self, key: &str) {
        let at = self.chart.borrow().find_key(key);
        if at.is_some() {
            self.set_active(at);
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            self.canvas
                .scroll_into_view_with_scroll_into_view_options(&options);
            let _ = self.canvas.focus();
        }
    }

    /// Paints the chart at CSS size × devicePixelRatio, stores the hit map, and moves the
    /// tooltip next to the active point.
    pub fn paint(&self) {
        use crate::charts::draw::{draw, DrawOptions};
        use crate::charts::theme::{DARK, LIGHT};
        use plotters_backend::DrawingBackend;

        let canvas = &self.canvas;
        // Reading the canvas's size forces a layout: only when the frame's width changed.
        let (css_w, css_h) = {
            let size = self.size.get();
            let width = self.width.get();
            if size.0 != width || size.1 < 1.0 {
                let read = (
                    width,
                    f64::from(canvas.client_width()),
                    f64::from(canvas.client_height()),
                );
                self.size.set(read);
                (read.1, read.2)
            } else {
                (size.1, size.2)
            }
        };
        if css_w < 1.0 || css_h < 1.0 {
            return;
        }
        let dpr = dpr();
        let (w, h) = ((css_w * dpr).round() as u32, (css_h * dpr).round() as u32);
        if canvas.width() != w {
            canvas.set_width(w);
        }
        if canvas.height() != h {
            canvas.set_height(h);
        }
        let Some(mut backend) = crate::canvas::Canvas::new(canvas.clone()) else {
            return;
        };
        let options = DrawOptions {
            palette: if self.dark.get() { &DARK } else { &LIGHT },
            scale: dpr,
            highlight: self.highlight_ref(),
            focus: self.active.get(),
        };
        let chart = self.chart.borrow();
        if let Ok(map) = draw(&mut backend, &chart, &options) {
            let _ = backend.present();
            self.painted.set(true);
            // Where every text and mark landed, in CSS px, for tests and tools.
            let _ = canvas.set_attribute("data-label-boxes", &map.boxes_json(dpr));
            let plot_bottom = map.plot.map_or(css_h, |p| p.y1 / dpr);
            let anchor = self.active.get().and_then(|at| map.anchor(at));
            if let (Some(tip), Some(anchor)) = (self.tip.borrow().as_ref(), anchor) {
                tooltip::place(tip, (css_w, plot_bottom), anchor, dpr);
            }
            *self.hits.borrow_mut() = map;
        }
    }
}

fn dpr() -> f64 {
    gloo::utils::window().device_pixel_ratio().max(1.0)
}

impl LivePanel {
    pub fn painted(&self) -> bool {
        self.painted.get()
    }

    /// Whether any of the frame is in the viewport (a reader would see an empty canvas).
    pub fn in_view(&self) -> bool {
        let rect = self.frame.get_bounding_client_rect();
        let height = gloo::utils::window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        rect.bottom() > 0.0 && rect.top() < height
    }

    pub fn is_frame(&self, el: &web_sys::Element) -> bool {
        let frame: &web_sys::Element = self.frame.as_ref();
        frame == el
    }

    pub fn observe_with(&self, observer: &web_sys::ResizeObserver) {
        observer.observe(&self.frame);
    }
}
