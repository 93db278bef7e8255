//! Reusable pieces of the Yew shell.

pub mod article_block;
pub mod figure_card;
pub mod figure_index;
pub mod figure_mention;

pub use article_block::ArticleBlock;
pub use figure_card::FigureCard;
pub use figure_index::FigureIndex;
pub use figure_mention::FigureMention;

/// DOM ids shared by the mention in the text, its entry in the figure index and its
/// description, so links and `aria-describedby` always agree.
pub mod ids {
    pub fn mention(figure_id: &str) -> String {
        format!("mention-{figure_id}")
    }
    pub fn entry(figure_id: &str) -> String {
        format!("figure-{figure_id}")
    }
    pub fn description(figure_id: &str) -> String {
        format!("figure-desc-{figure_id}")
    }
}
