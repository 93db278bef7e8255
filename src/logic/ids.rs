//! DOM ids shared by the mention in the text, its entry in the figure index and its
//! description, so links and `aria-describedby` always agree.

pub fn mention(figure_id: &str) -> String {
    format!("mention-{figure_id}")
}
pub fn entry(figure_id: &str) -> String {
    format!("figure-{figure_id}")
}
/// Where a panel shows a figure that is not a point of its chart.
pub fn shown(figure_id: &str) -> String {
    format!("shown-{figure_id}")
}
pub fn description(figure_id: &str) -> String {
    format!("figure-desc-{figure_id}")
}
/// A chart panel's section.
pub fn panel(panel: crate::logic::view_state::Panel) -> String {
    format!("chart-{}", panel.key())
}
/// An item of the article's list of signed documents.
pub fn signed_item(index: impl std::fmt::Display) -> String {
    format!("signed-{index}")
}
/// The article's body, which holds every figure mention.
pub const ARTICLE_BODY: &str = "article-body";
