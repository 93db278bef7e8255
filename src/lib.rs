//! Interactive explainer of the CentralasianLIGHT.org article of 26 November 2025 on the
//! Russia–Kyrgyzstan talks in Bishkek.
//!
//! Layers, each using only those below it:
//! - `content`: typed, validated data baked in at build time, and the rows the app names,
//!   looked up at build time (pure).
//! - `logic`, `state`: formatting, growth arithmetic, URL and embed parsing, reducers (pure).
//! - `charts`: what each chart shows and the words around it, drawn on any plotters
//!   backend (pure: SVG natively, canvas in the browser).
//! - `browser`, `browser_promise`, `canvas`, `hooks`, `fault`: browser glue (downloads, clipboard and share
//!   sheet, observers, message links, the panic notice), used only inside effects and callbacks.
//! - `live` (browser only): the chart module, without Yew: the live charts and the "what
//!   would it take" controls, started before the Yew app (`logic::chart_bus` joins the two).
//! - `components`, `pages`, `app`: the Yew shell, rendered on the server (`prerender`) and
//!   hydrated in the browser.
//! - `allocator` (browser only): the WebAssembly's global allocator.
//! - `prerender`, `share` (native only): the server render, and the link previews (head tags,
//!   share images, static data files) the build writes beside it.

#[cfg(target_arch = "wasm32")]
mod allocator;
pub mod app;
pub mod browser;
pub mod browser_promise;
#[cfg(target_arch = "wasm32")]
pub mod canvas;
pub mod charts;
pub mod components;
#[macro_use]
pub mod content;
#[cfg(target_arch = "wasm32")]
pub mod fault;
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod live;
pub mod logic;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod share;
pub mod state;

pub use app::App;
