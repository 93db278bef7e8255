//! The figures in the text: the article's blocks, each figure's mention, its card and the index
//! of figures.

#[cfg(not(target_arch = "wasm32"))]
pub mod article_block;
pub mod figure_card;
pub mod figure_index;
#[cfg(not(target_arch = "wasm32"))]
pub mod figure_mention;
pub mod prose_live;

pub use figure_card::FigureCard;
pub use figure_index::figure_index;
pub use prose_live::ProseLive;
