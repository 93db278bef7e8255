//! Interactive explainer of the CentralasianLIGHT.org article of 26 November 2025 on the
//! Russia–Kyrgyzstan talks in Bishkek.
//!
//! Layers, each using only those below it:
//! - `content`: typed, validated data baked in at build time (pure).
//! - `logic`, `state`: formatting and reducers (pure).
//! - `components`, `pages`, `app`: the Yew shell, rendered on the server (prerender) and
//!   hydrated in the browser.
//! - `prerender`, `share` (native only): the server render, and the link previews (head tags,
//!   share images, static data files) the build writes beside it.

pub mod app;
pub mod browser;
pub mod charts;
pub mod components;
pub mod content;
#[cfg(target_arch = "wasm32")]
pub mod fault;
pub mod hooks;
pub mod logic;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod share;
pub mod state;

pub use app::App;
