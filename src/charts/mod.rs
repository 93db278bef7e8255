//! The charts: what they show (`data`, one module per chart) and how they are drawn (`draw`,
//! generic over plotters' `DrawingBackend`: canvas in the browser, SVG for the prerendered
//! page, downloads and tests; through `surface`, the few operations they use, and `draw::coords`,
//! the mapping from data to pixels, without plotters' chart builder).

pub mod backend;
pub mod canvas_font;
pub mod copy;
pub mod dashes;
pub mod data;
pub mod draw;
pub mod export;
pub mod frame;
pub mod gdp_windows;
pub mod growth;
pub mod investment;
pub mod layout;
pub mod surface;
pub mod svg;
pub mod svg_compact;
pub mod theme;
pub mod trade;
pub mod what_if;

use crate::logic::view_state::Panel;

/// Which panel shows each article figure, and whether as a point of its chart (else in the
/// panel's text); the other figures are only in the figure index. A test checks this
/// against the charts' data.
pub const FIGURE_PANELS: &[(&str, Panel, bool)] = &[
    ("trade_share", Panel::Trade, false),
    ("trade_target", Panel::Trade, true),
    ("fdi_h1_2025", Panel::Investment, true),
    ("fund_invested", Panel::Investment, true),
    ("fund_projects", Panel::Investment, true),
    ("energy_facilities", Panel::Investment, true),
    ("energy_value", Panel::Investment, true),
    ("eaeu_years", Panel::Growth, true),
    ("gdp_multiple", Panel::Growth, true),
    ("eaeu_exports_multiple", Panel::Growth, false),
];

/// The panel that shows a figure, and whether its chart has a point for it.
pub fn panel_of_figure(figure: &str) -> Option<(Panel, bool)> {
    FIGURE_PANELS
        .iter()
        .find(|(id, _, _)| *id == figure)
        .map(|(_, p, point)| (*p, *point))
}

/// The chart of a panel at the given view state.
pub fn chart_for(panel: Panel, state: &crate::logic::view_state::ViewState) -> data::ChartData {
    use crate::logic::view_state::rate;
    match panel {
        Panel::Trade => trade::chart(state.baseline, rate(state.trade_rate)),
        Panel::Investment => investment::chart(),
        Panel::Growth => growth::chart(rate(state.growth_rate), state.gdp_base),
    }
}
