//! The pieces of the Yew shell, by feature: `chart/` (the chart panels), `explorer/` (the documents), `figure/` (the
//! figures in the text), `embed/` (embedding and sharing); each re-exported here. `static_parts`: what
//! the server renders and the browser's app adopts without hydrating it.

pub mod chart;
pub mod embed;
pub mod explorer;
pub mod figure;
pub mod island;
pub mod lead;
pub mod static_parts;

pub use chart::*;
pub use embed::*;
pub use explorer::*;
pub use figure::*;
pub use lead::*;

pub use crate::logic::ids;
