//! Typed, validated content: the article and the figures it quotes.
//!
//! `data/` (JSON and the sourced CSV files) is parsed and validated at build time by `build.rs` (with `source`, the same
//! code the native tests exercise) and baked into the statics below.

#[cfg(not(target_arch = "wasm32"))]
pub mod csv_read;
#[macro_use]
mod keyed;
pub mod error;
pub mod lookup;
pub mod model;
pub mod records;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;
pub mod words;

pub use error::ContentError;
pub use lookup::Lookup;
pub use model::{
    Agreement, Article, Block, Domain, Figure, Inline, Kind, List, Qualifier, Text, Unit,
};
pub use records::{Bound, Change, Claim, DocumentTerm, GdpYear, Period, Quantity, Reported, Side};

use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The figure with this id, if any.
pub fn figure_by_id(id: &str) -> Option<(usize, &'static Figure)> {
    FIGURES.iter().enumerate().find(|(_, f)| f.id == id)
}

/// The context claim on this topic, if any.
pub fn claim_by_topic(topic: &str) -> Option<&'static Claim> {
    CLAIMS.iter().find(|c| c.topic == topic)
}
