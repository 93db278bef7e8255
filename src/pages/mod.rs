//! One view each.

pub mod article;
#[cfg(not(target_arch = "wasm32"))]
pub mod story;

pub use article::ArticlePage;
