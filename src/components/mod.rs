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

pub use crate::logic::ids;
