//! The pieces of the Yew shell, by feature: `chart/` (the chart panels), `explorer/` (the documents), `figure/` (the
//! figures in the text), `embed/` (embedding and sharing); each re-exported here.

pub mod chart;
pub mod embed;
pub mod explorer;
pub mod figure;
pub mod lead;

pub use chart::*;
pub use embed::*;
pub use explorer::*;
pub use figure::*;
pub use lead::*;

/// DOM ids shared by the mention in the text, its entry in the figure index and its
/// description, so links and `aria-describedby` always agree.
pub mod ids {
    pub fn mention(figure_id: &str) -> String {
        format!("mention-{figure_id}")
    }
    pub fn entry(figure_id: &str) -> String {
        format!("figure-{figure_id}")
    }
    /// Where a panel shows a figure that is not a point of its chart.
    pub fn shown(figure_id: &str) -> String {
        format!("shown-{figure_id}")
    }
    pub fn description(figure_id: &str) -> String {
        format!("figure-desc-{figure_id}")
    }
}
