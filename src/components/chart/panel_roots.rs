//! The chart panels as Yew apps of their own (`components::island`), hydrated one per task
//! after the page's hydration, in the page's order; then the app hands each its props: its
//! part of the view state, the figure the prose points at, the point an embedding page names,
//! and whether its tools are made yet.

use super::chart_panel::{ChartPanel, ChartPanelProps};
use crate::components::{ids, island};
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

/// Where a panel stands in the article: its section, with the panel inside.
pub fn slot(panel: Panel) -> Html {
    let (key, id) = (panel.key(), ids::panel(panel));
    let mode = mode_name(first(panel).state.mode(panel));
    island::slot(
        &format!(
            r#"<section class="chart-panel" id="{id}" aria-labelledby="{key}-title" data-mode="{mode}">"#
        ),
        key,
        "</section>",
    )
}

/// The panels' server renders, for `slot`.
#[cfg(not(target_arch = "wasm32"))]
pub async fn prepare() {
    for panel in PANELS {
        island::prepare::<ChartPanel>(panel.key(), first(panel)).await;
    }
}

#[derive(Properties, PartialEq)]
pub struct PanelRootsProps {
    /// Whether the panels' tools are made yet.
    pub tools: bool,
    /// Called in the task after the last panel is hydrated.
    pub then: Callback<()>,
    /// The charts' view state.
    pub view: UseReducerHandle<View>,
    /// The figure the prose points at.
    pub focus: UseReducerHandle<FigureFocus>,
    /// The point an embedding page names.
    pub embed: Rc<EmbedContext>,
}

/// Renders nothing: hydrates the panels, one per task, then hands them their props.
#[component]
pub fn PanelRoots(props: &PanelRootsProps) -> Html {
    let (view, focus) = (&props.view, &props.focus);
    let latest = PANELS.map(|panel| ChartPanelProps {
        panel,
        state: view.0.for_panel(panel),
        dispatch: Some(view.dispatcher()),
        shown: focus.shown(),
        activated: focus.activated,
        highlight: props.embed.highlight.clone(),
        tools: props.tools,
    });
    use_panels(latest, props.then.clone());
    Html::default()
}

/// On the server, nothing to hydrate.
#[cfg(not(target_arch = "wasm32"))]
#[hook]
fn use_panels(_latest: [ChartPanelProps; 3], _then: Callback<()>) {}

#[cfg(target_arch = "wasm32")]
#[hook]
fn use_panels(latest: [ChartPanelProps; 3], then: Callback<()>) {
    use crate::components::island::Island;
    use gloo::timers::callback::Timeout;
    use std::cell::RefCell;

    /// In a task of its own, hydrates panel `i`, then goes on to the next; after the last,
    /// calls `then` (in the next task).
    fn hydrate_next(
        panels: Rc<[Island<ChartPanel>; 3]>,
        timer: Rc<RefCell<Option<Timeout>>>,
        then: Callback<()>,
        i: usize,
    ) {
        let next = timer.clone();
        *timer.borrow_mut() = Some(Timeout::new(0, move || {
            let (Some(&panel), Some(island)) = (PANELS.get(i), panels.get(i)) else {
                then.emit(());
                return;
            };
            island.hydrate(&ids::panel(panel), |latest| ChartPanelProps {
                dispatch: latest.dispatch.clone(),
                ..first(panel)
            });
            hydrate_next(panels, next, then, i + 1);
        }));
    }

    let panels = use_memo((), |_| PANELS.map(|p| Island::new(first(p))));
    let timer = use_mut_ref(|| None);
    {
        let panels = panels.clone();
        use_effect_with((), move |_| {
            hydrate_next(panels.clone(), timer.clone(), then, 0);
            move || {
                drop(timer.take());
                panels.iter().for_each(Island::stop);
            }
        });
    }
    use_effect_with(latest, move |latest| {
        for (island, props) in panels.iter().zip(latest.iter()) {
            island.set(props.clone());
        }
    });
}
