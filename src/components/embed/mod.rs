//! For editors and readers who pass it on: the Embed panels, the embeds' heading and credit,
//! the Share buttons.

pub mod embed_code;
pub mod embed_credit;
pub mod share_link;

pub use embed_code::{embed_code, embed_help};
pub use embed_credit::{embed_credit, embed_heading, EXPLAINER_NAME, EXPLAINER_SHORT};
pub use share_link::share_link;
