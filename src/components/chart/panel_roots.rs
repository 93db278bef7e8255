//! The chart panels as Yew apps of their own (issue 17: no long task at start-up). The page
//! writes each panel's `<section>` with the panel's server render inside; the app adopts the
//! section as it stands when it hydrates, and then hydrates one panel per task
//! (`Renderer::with_root_and_props` on the section), each from the same first props as the
//! server's (`first`). From then on the app hands each panel its props as they change
//! (`AppHandle::update`): its part of the view state, the figure the prose points at, the
//! point an embedding page names, and whether its tools are made yet.

use super::chart_panel::{ChartPanel, ChartPanelProps};
use crate::hooks::EmbedContext;
use crate::logic::view_state::{Mode, Panel, ViewState};
use crate::state::{FigureFocus, View};
use std::rc::Rc;
use yew::prelude::*;

/// The panels, in the order they are hydrated (the page's order).
pub const PANELS: [Panel; 3] = [Panel::Trade, Panel::Investment, Panel::Growth];

/// `data-mode` of a panel's section (the stylesheet hides the chart for "table").
pub fn mode_name(mode: Mode) -> &'static str {
    if mode == Mode::Table {
        "table"
    } else {
        "chart"
    }
}

/// The props of a panel's first render, on the server and when the browser hydrates it.
pub fn first(panel: Panel) -> ChartPanelProps {
    ChartPanelProps {
        panel,
        state: ViewState::default().for_panel(panel),
        dispatch: None,
        shown: None,
        activated: None,
        highlight: None,
        tools: false,
    }
}

/// Where a panel stands in the article: its section with the server's render of the panel
/// inside (hydratable); in the browser an empty string, so that the app's hydration adopts
/// the section without walking it.
pub fn slot(panel: Panel) -> Html {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let key = panel.key();
        let mode = mode_name(first(panel).state.mode(panel));
        let inner = server::markup(panel);
        Html::from_html_unchecked(
            format!(r#"<section class="chart-panel" id="chart-{key}" aria-labelledby="{key}-title" data-mode="{mode}">{inner}</section>"#)
                .into(),
        )
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = panel;
        Html::from_html_unchecked(AttrValue::default())
    }
}

#[derive(Properties, PartialEq)]
pub struct PanelRootsProps {
    /// Whether the panels' tools are made yet.
    pub tools: bool,
    /// Called in the task after the last panel is hydrated.
    pub then: Callback<()>,
}

/// Renders nothing: hydrates the panels, one per task, then hands them their props.
#[component]
pub fn PanelRoots(props: &PanelRootsProps) -> Html {
    let view = use_context::<UseReducerHandle<View>>();
    let focus = use_context::<UseReducerHandle<FigureFocus>>();
    let embed = use_context::<Rc<EmbedContext>>();
    let state = view.as_ref().map(|v| v.0).unwrap_or_default();
    let latest = PANELS.map(|panel| ChartPanelProps {
        panel,
        state: state.for_panel(panel),
        dispatch: view.as_ref().map(|v| v.dispatcher()),
        shown: focus.as_ref().and_then(|f| f.shown()),
        activated: focus.as_ref().and_then(|f| f.activated),
        highlight: embed.as_ref().and_then(|e| e.highlight.clone()),
        tools: props.tools,
    });
    use_roots(latest, props.then.clone());
    Html::default()
}

#[cfg(target_arch = "wasm32")]
use browser::use_roots;

/// On the server, nothing to hydrate.
#[cfg(not(target_arch = "wasm32"))]
#[hook]
fn use_roots(_latest: [ChartPanelProps; 3], _then: Callback<()>) {}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{first, ChartPanel, ChartPanelProps, PANELS};
    use gloo::timers::callback::Timeout;
    use std::cell::RefCell;
    use std::rc::Rc;
    use yew::prelude::*;
    use yew::AppHandle;

    /// Hydrates the panels, one per task, then hands each its latest props as they change.
    #[hook]
    pub fn use_roots(latest: [ChartPanelProps; 3], then: Callback<()>) {
        let roots = use_memo((), |_| Roots {
            live: RefCell::default(),
            latest: RefCell::new(PANELS.map(first)),
            timer: RefCell::default(),
        });
        {
            let roots = roots.clone();
            use_effect_with((), move |_| {
                hydrate_next(roots.clone(), then, 0);
                move || roots.stop()
            });
        }
        use_effect_with(latest, move |latest| {
            *roots.latest.borrow_mut() = latest.clone();
            roots.update();
        });
    }

    struct Roots {
        /// The hydrated panels, in `PANELS` order, with the props each has (a panel the page lacks
        /// is skipped, so `update` pairs them by panel).
        live: RefCell<Vec<(AppHandle<ChartPanel>, ChartPanelProps)>>,
        /// The props each panel should have.
        latest: RefCell<[ChartPanelProps; 3]>,
        /// The next panel's hydration.
        timer: RefCell<Option<Timeout>>,
    }

    impl Roots {
        /// Hands each hydrated panel its latest props where they changed.
        fn update(&self) {
            let latest = self.latest.borrow();
            for (handle, has) in self.live.borrow_mut().iter_mut() {
                let Some(want) = latest.iter().find(|p| p.panel == has.panel) else {
                    continue;
                };
                if has != want {
                    *has = want.clone();
                    handle.update(want.clone());
                }
            }
        }

        fn stop(&self) {
            drop(self.timer.take());
            for (handle, _) in self.live.take() {
                handle.destroy();
            }
        }
    }

    /// In a task of its own, hydrates panel `i` (if the page has it) and brings it to its latest
    /// props, then goes on to the next; after the last, calls `then` (in the next task).
    fn hydrate_next(roots: Rc<Roots>, then: Callback<()>, i: usize) {
        let next = roots.clone();
        let timer = Timeout::new(0, move || {
            let Some(&panel) = PANELS.get(i) else {
                then.emit(());
                return;
            };
            let host = gloo::utils::document().get_element_by_id(&format!("chart-{}", panel.key()));
            if let Some(host) = host {
                let handle =
                    yew::Renderer::<ChartPanel>::with_root_and_props(host, first(panel)).hydrate();
                next.live.borrow_mut().push((handle, first(panel)));
                next.update();
            }
            hydrate_next(next, then, i + 1);
        });
        *roots.timer.borrow_mut() = Some(timer);
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use server::prepare;

#[cfg(not(target_arch = "wasm32"))]
mod server {
    use super::{first, ChartPanel, PANELS};
    use crate::logic::view_state::Panel;
    use std::sync::Mutex;

    /// Each panel's server render, made by `prepare` before the app.
    static MARKUP: Mutex<Vec<(Panel, String)>> = Mutex::new(Vec::new());

    /// Renders each panel as the browser will hydrate it, for `slot`.
    pub async fn prepare() {
        let mut parts = Vec::new();
        for panel in PANELS {
            let html = yew::LocalServerRenderer::<ChartPanel>::with_props(first(panel))
                .hydratable(true)
                .render()
                .await;
            parts.push((panel, html));
        }
        if let Ok(mut markup) = MARKUP.lock() {
            *markup = parts;
        }
    }

    pub fn markup(panel: Panel) -> String {
        MARKUP
            .lock()
            .ok()
            .and_then(|m| m.iter().find(|(p, _)| *p == panel).map(|(_, h)| h.clone()))
            .unwrap_or_default()
    }
}
