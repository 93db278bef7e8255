//! The charts' first paints, spread over tasks: the charts in view in the first frame (by
//! `Live::observe`), each of the others in a task of its own after it, then the mark that all
//! are live. Painted together, at start, they were one task of 150–200 ms on a throttled phone.

use super::panel::LivePanel;
use super::Live;
use gloo::timers::callback::Timeout;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long the first paints wait for a frame before they are scheduled without one.
const NO_FRAME_MS: u32 = 250;

impl Live {
    /// Paints `panel` in a task of its own: a chart's first paint is tens of milliseconds on a
    /// slow phone (the first the longest: the drawing code's first run), so that the charts
    /// out of view are painted one per task, none blocking input for long (those in view are
    /// painted at once, `observe`).
    pub(super) fn paint_later(self: &Rc<Self>, panel: &Rc<LivePanel>) {
        let panel = Rc::downgrade(panel);
        self.first_paints
            .borrow_mut()
            .push(Timeout::new(0, move || {
                if let Some(panel) = panel.upgrade().filter(|p| !p.painted()) {
                    panel.paint();
                }
            }));
    }

    /// Once the next frame is drawn (its `ResizeObserver` notification paints the charts in
    /// view), the others' first paints, one task each, then the mark that all are live: not
    /// before that frame, whose layout a paint would otherwise force into its own task. Where
    /// no frame comes (a frame out of view in its host page, whose rendering the browser
    /// pauses), after `NO_FRAME_MS`, so that the app still starts and sizes the embed.
    pub(super) fn after_next_frame(self: &Rc<Self>) {
        let schedule = |live: &Weak<Live>| {
            if let Some(live) = live.upgrade().filter(|l| !l.scheduled.replace(true)) {
                live.panels.iter().for_each(|p| live.paint_later(p));
                live.ready_later();
            }
        };
        let live = Rc::downgrade(self);
        let callback = Closure::<dyn FnMut()>::new(move || schedule(&live));
        let _ = gloo::utils::window().request_animation_frame(callback.as_ref().unchecked_ref());
        *self.next_frame.borrow_mut() = Some(callback);
        let live = Rc::downgrade(self);
        let fallback = Timeout::new(NO_FRAME_MS, move || schedule(&live));
        self.first_paints.borrow_mut().push(fallback);
    }

    /// After the first paints: `<html data-charts="ready">`, and the app is told the state.
    fn ready_later(self: &Rc<Self>) {
        let live = Rc::downgrade(self);
        self.first_paints
            .borrow_mut()
            .push(Timeout::new(0, move || {
                if let Some(live) = live.upgrade() {
                    live.started.set(true);
                    let _ = gloo::utils::document_element().set_attribute("data-charts", "ready");
                    live.tell_state();
                }
            }));
    }
}
