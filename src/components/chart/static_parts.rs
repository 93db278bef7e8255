//! The parts of a chart panel that the chart module (`src/live`) owns in the browser, as
//! server-rendered markup: the chart frame (the prerendered SVGs and the live region) and the
//! "what would it take" controls. The Yew app inserts them as raw HTML, which it never
//! hydrates or touches again (the browser's app inserts an empty string in the same place).

use crate::charts::data::ChartData;
use crate::logic::view_state::Panel;
#[cfg(not(target_arch = "wasm32"))]
pub use server::prepare;

/// A panel's controls, as `prepare` rendered them ("" before it, for a panel without, and in
/// the browser).
pub fn controls(panel: Panel) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return server::controls(panel);
    #[cfg(target_arch = "wasm32")]
    {
        let _ = panel;
        String::new()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod server {
    use crate::components::chart::growth_controls::growth_controls;
    use crate::components::chart::trade_controls::trade_controls;
    use crate::logic::view_state::{Panel, ViewState};
    use std::sync::Mutex;
    use yew::prelude::*;

    /// The controls' markup by panel, rendered once by `prepare` before the app.
    static CONTROLS: Mutex<Vec<(Panel, String)>> = Mutex::new(Vec::new());

    #[derive(Properties, PartialEq)]
    struct ControlsProps {
        panel: Panel,
    }

    #[component]
    fn Controls(props: &ControlsProps) -> Html {
        let s = ViewState::default();
        match props.panel {
            Panel::Trade => trade_controls(s.baseline, s.trade_rate),
            Panel::Growth => growth_controls(s.growth_rate, s.gdp_base),
            Panel::Investment => html! {},
        }
    }

    /// Renders the controls (plain markup: no hydration markers) for `controls` to hand out.
    pub async fn prepare() {
        let mut parts = Vec::new();
        for panel in [Panel::Trade, Panel::Growth] {
            let html = yew::LocalServerRenderer::<Controls>::with_props(ControlsProps { panel })
                .hydratable(false)
                .render()
                .await;
            parts.push((panel, html));
        }
        if let Ok(mut controls) = CONTROLS.lock() {
            *controls = parts;
        }
    }

    pub fn controls(panel: Panel) -> String {
        CONTROLS
            .lock()
            .ok()
            .and_then(|c| c.iter().find(|(p, _)| *p == panel).map(|(_, h)| h.clone()))
            .unwrap_or_default()
    }
}

/// The chart frame: the prerendered drawings, which the chart module replaces with a canvas,
/// and the live region it speaks in.
pub fn frame(chart: &ChartData, title: &str) -> String {
    let svgs = crate::charts::svg::for_page(chart, title, &crate::charts::theme::LIGHT)
        .unwrap_or_default();
    let id = chart.id;
    format!(
        r#"<div class="chart-frame" data-chart-frame="{id}">{svgs}<p class="visually-hidden" aria-live="polite" aria-atomic="true" data-live="{id}"></p></div>"#
    )
}
