//! One view each.

pub mod article;

pub use article::ArticlePage;
