//! Browser hooks. Each effect returns its release: observers disconnect and listeners drop.

pub mod embed_preview;
pub mod use_chart_bus;
pub mod use_embed;
pub mod use_embed_panels;
pub mod use_share_links;

pub use use_chart_bus::use_chart_bus;
pub use use_embed::{use_embed, EmbedContext};
pub use use_embed_panels::use_embed_panels;
pub use use_share_links::use_share_links;
