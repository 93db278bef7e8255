//! The chart module (the `charts` binary; no Yew): it turns the prerendered charts into live
//! canvases (`panel`) and runs the "what would it take" controls (`controls`) as soon as the
//! page is parsed, before the Yew app that runs the rest of the page has loaded. The two talk
//! only through `logic::chart_bus`: DOM events with text messages.

mod controls;
mod dom;
mod first_paint;
mod panel;
mod tooltip;

use crate::logic::chart_bus::{Command, Event, COMMAND, EVENT};
use crate::logic::view_state::{self, Panel, ViewState};
use crate::state::view::{apply, ViewAction};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use panel::LivePanel;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The live charts and the controls' state.
pub struct Live {
    panels: Vec<Rc<LivePanel>>,
    state: Cell<ViewState>,
    dark: Rc<Cell<bool>>,
    listeners: RefCell<Vec<EventListener>>,
    observers: RefCell<Vec<Observer>>,
    /// The state not yet told to the app (a slider still moving).
    pending: RefCell<Option<Timeout>>,
    /// The first paints of the charts out of view, one task each, then the mark that all are
    /// live (`paint_later`).
    first_paints: RefCell<Vec<Timeout>>,
    /// Whether the charts are live (`ready_later` has run).
    started: Cell<bool>,
    /// The animation-frame callback that schedules the first paints (`after_next_frame`),
    /// and whether it (or its fallback) has.
    next_frame: RefCell<Option<Closure<dyn FnMut()>>>,
    scheduled: Cell<bool>,
}

/// How long the controls must rest before the app hears of their state: the app re-renders
/// the panel's table and downloads and writes the URL, work a slider step need not wait for.
const TELL_DELAY_MS: u32 = 120;

/// An observer with the closure it calls, released together (disconnected first).
struct Observer {
    kind: Observing,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

enum Observing {
    Resize(web_sys::ResizeObserver),
    Mutation(web_sys::MutationObserver),
}

impl Drop for Observer {
    fn drop(&mut self) {
        match &self.kind {
            Observing::Resize(o) => o.disconnect(),
            Observing::Mutation(o) => o.disconnect(),
        }
    }
}

thread_local! {
    /// The running module (it lives as long as the page), or the wait for the parsed page,
    /// then for the task `begin` runs in.
    static RUNNING: RefCell<Option<Rc<Live>>> = const { RefCell::new(None) };
    static WAITING: RefCell<Option<EventListener>> = const { RefCell::new(None) };
    static STARTING: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

/// Starts the live charts once the page is parsed, in a task of its own: neither in the task
/// that ends the page's parsing (with its layout) nor in the one that starts the WebAssembly,
/// so that neither becomes a longer task (issue 17).
pub fn start() {
    let later = || STARTING.with(|s| *s.borrow_mut() = Some(Timeout::new(0, begin)));
    let document = dom::document();
    if document.ready_state() == "loading" {
        let listener = EventListener::once(&document, "DOMContentLoaded", move |_| later());
        WAITING.with(|w| *w.borrow_mut() = Some(listener));
    } else {
        later();
    }
}

fn begin() {
    let query = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let (state, _) = view_state::parse(&query);
    let highlight = crate::logic::embed::parse_options(&query).0.highlight;
    let dark = Rc::new(Cell::new(dom::is_dark()));
    let panels: Vec<Rc<LivePanel>> = Panel::ALL
        .into_iter()
        .filter_map(|panel| {
            let frame = dom::find(None, &format!("[data-chart-frame={}]", panel.key()))?;
            let chart = crate::charts::chart_for(panel, &state);
            let own = highlight.clone().filter(|k| chart.find_key(k).is_some());
            LivePanel::start(frame, panel, chart, own, dark.clone())
        })
        .collect();
    let live = Rc::new(Live {
        first_paints: RefCell::default(),
        started: Cell::new(false),
        next_frame: RefCell::default(),
        scheduled: Cell::new(false),
        panels,
        state: Cell::new(state),
        dark,
        listeners: RefCell::default(),
        observers: RefCell::default(),
        pending: RefCell::default(),
    });
    controls::render(&state);
    let mut listeners = controls::listen(&live);
    listeners.extend(live.listen_theme());
    listeners.push(live.listen_commands());
    *live.listeners.borrow_mut() = listeners;
    live.observe();
    live.after_next_frame();
    RUNNING.with(|r| *r.borrow_mut() = Some(live));
}

impl Live {
    /// A control changed: the new state in every control, the charts it changes redrawn,
    /// and the app told.
    pub fn dispatch(self: &Rc<Self>, action: ViewAction) {
        let old = self.state.get();
        let new = apply(old, action);
        self.state.set(new);
        controls::render(&new);
        if new == old {
            return;
        }
        for p in &self.panels {
            if old.for_panel(p.panel) != new.for_panel(p.panel) {
                p.set_chart(crate::charts::chart_for(p.panel, &new));
            }
        }
        self.tell_state_later();
    }

    fn tell_state(&self) {
        dom::emit(EVENT, &Event::State(self.state.get()).to_string());
    }

    /// Tells the app now (at start, and when it asks), instead of after the rest.
    fn tell_state_now(&self) {
        // Dropping a timeout that has not fired cancels it (never from within its own call).
        drop(self.pending.take());
        self.tell_state();
    }

    /// Tells the app once the controls have rested (a new change restarts the wait).
    fn tell_state_later(self: &Rc<Self>) {
        let live = Rc::downgrade(self);
        let timeout = Timeout::new(TELL_DELAY_MS, move || {
            if let Some(live) = live.upgrade() {
                live.tell_state();
            }
        });
        *self.pending.borrow_mut() = Some(timeout);
    }

    fn panel(&self, panel: Panel) -> Option<&Rc<LivePanel>> {
        self.panels.iter().find(|p| p.panel == panel)
    }

    fn listen_commands(self: &Rc<Self>) -> EventListener {
        let live = Rc::downgrade(self);
        EventListener::new(&dom::document(), COMMAND, move |e| {
            let (Some(live), Some(text)) = (live.upgrade(), dom::detail(e)) else {
                return;
            };
            match text.parse::<Command>() {
                Ok(Command::Highlight { panel, key }) => {
                    if let Some(p) = live.panel(panel) {
                        p.set_highlight(key);
                    }
                }
                Ok(Command::Reveal { panel, key }) => {
                    if let Some(p) = live.panel(panel) {
                        p.reveal(&key);
                    }
                }
                Ok(Command::Sync) => live.tell_state_now(),
                Err(e) => web_sys::console::warn_1(&format!("charts: {e}: “{text}”").into()),
            }
        })
    }

    /// Repaints on a change of the system's colour scheme.
    fn listen_theme(self: &Rc<Self>) -> Option<EventListener> {
        let query = gloo::utils::window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()?;
        let live = Rc::downgrade(self);
        Some(EventListener::new(&query, "change", move |_| {
            if let Some(live) = live.upgrade() {
                live.theme_changed();
            }
        }))
    }

    fn theme_changed(&self) {
        let dark = dom::is_dark();
        if dark != self.dark.get() {
            self.dark.set(dark);
            self.panels.iter().for_each(|p| p.paint());
        }
    }

    /// Repaints a chart when its frame's width changes (the first time only if it is in view:
    /// `paint_later` paints the others), and every chart when `<html data-theme>` does.
    fn observe(self: &Rc<Self>) {
        let mut observers = Vec::new();
        let live = Rc::downgrade(self);
        let resized = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Some(live) = live.upgrade() else { return };
            for entry in entries.iter() {
                let Ok(entry) = entry.dyn_into::<web_sys::ResizeObserverEntry>() else {
                    continue;
                };
                let target = entry.target();
                if let Some(p) = live.panels.iter().find(|p| p.is_frame(&target)) {
                    p.width.set(entry.content_rect().width());
                    if p.painted() || p.in_view() {
                        p.paint();
                    } else if live.started.get() {
                        // Sized while out of view after its first paint's turn (an embed's
                        // hidden view shown, say).
                        live.paint_later(p);
                    }
                }
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(resized.as_ref().unchecked_ref()) {
            self.panels.iter().for_each(|p| p.observe_with(&observer));
            observers.push(Observer {
                kind: Observing::Resize(observer),
                _callback: resized,
            });
        }
        let live = Rc::downgrade(self);
        let themed = Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| {
            if let Some(live) = live.upgrade() {
                live.theme_changed();
            }
        });
        if let Ok(observer) = web_sys::MutationObserver::new(themed.as_ref().unchecked_ref()) {
            let options = web_sys::MutationObserverInit::new();
            options.set_attribute_filter(&js_sys::Array::of1(&"data-theme".into()));
            let _ = observer.observe_with_options(&gloo::utils::document_element(), &options);
            observers.push(Observer {
                kind: Observing::Mutation(observer),
                _callback: themed,
            });
        }
        *self.observers.borrow_mut() = observers;
    }
}
