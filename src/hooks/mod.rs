//! Browser hooks. Each effect returns its release: observers disconnect and listeners drop.

pub mod embed_preview;
pub mod use_dark_mode;
pub mod use_element_width;
pub mod use_embed;
pub mod use_embed_panels;
pub mod use_share_links;

pub use use_dark_mode::use_dark_mode;
pub use use_element_width::use_element_width;
pub use use_embed::{use_embed, EmbedContext};
pub use use_embed_panels::use_embed_panels;
pub use use_share_links::use_share_links;
