//! The chart panels: the chart (prerendered; the chart module, `src/live`, makes it live), its
//! table, the controls (prerendered markup the chart module runs), notes, sound and downloads.

pub mod chart_panel;
pub mod data_table;
pub mod downloads;
pub mod eaeu_claims;
#[cfg(not(target_arch = "wasm32"))]
pub mod growth_controls;
pub mod panel_notes;
pub mod panel_roots;
pub mod panel_tools;
#[cfg(not(target_arch = "wasm32"))]
pub mod rate_control;
pub mod sound_button;
#[cfg(not(target_arch = "wasm32"))]
pub mod trade_controls;
pub mod trade_share;

pub use chart_panel::ChartPanel;
pub use data_table::data_table;
pub use downloads::downloads;
pub use eaeu_claims::eaeu_claims;
pub use panel_notes::{panel_notes, source_line};
pub use panel_roots::PanelRoots;
pub use panel_tools::PanelTools;
pub use sound_button::SoundButton;
pub use trade_share::trade_share;
