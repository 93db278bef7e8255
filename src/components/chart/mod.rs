//! The chart panels: the chart (a canvas over the prerendered SVG), its tooltip, table,
//! controls, notes, sound and downloads.

pub mod chart_canvas;
pub mod chart_paint;
pub mod chart_panel;
pub mod chart_section;
pub mod chart_tooltip;
pub mod data_table;
pub mod downloads;
pub mod eaeu_claims;
pub mod growth_controls;
pub mod panel_notes;
pub mod rate_control;
pub mod sound_button;
pub mod trade_controls;
pub mod trade_share;

pub use chart_canvas::ChartCanvas;
pub use chart_panel::ChartPanel;
pub use chart_section::ChartSection;
pub use chart_tooltip::chart_tooltip;
pub use data_table::data_table;
pub use downloads::downloads;
pub use eaeu_claims::eaeu_claims;
pub use growth_controls::growth_controls;
pub use panel_notes::{panel_notes, source_line};
pub use sound_button::SoundButton;
pub use trade_controls::trade_controls;
pub use trade_share::trade_share;
