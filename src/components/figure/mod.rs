//! The figures in the text: the article's blocks, each figure's mention, its card and the index
//! of figures.

pub mod article_block;
pub mod figure_card;
pub mod figure_index;
pub mod figure_mention;

pub use article_block::article_block;
pub use figure_card::FigureCard;
pub use figure_index::figure_index;
pub use figure_mention::FigureMention;
